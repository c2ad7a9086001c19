import type { Reply, Turn, TurnInput } from '../../bot/turn.ts';
import { choiceKey } from '../../bot/render-text.ts';

/**
 * Turns what the console user typed into a Turn input, using the previous reply to resolve shortcuts:
 * a number picks an option of the step on screen, a letter presses one of the buttons.
 */
export function consoleInput(line: string, previous?: Reply): TurnInput {
  const text = line.trim();
  const step = previous?.step;
  if (step?.options?.length && /^\d+$/.test(text)) {
    const option = step.options[Number(text) - 1];
    if (option) return { kind: 'text', text: option.value };
  }
  if (previous?.choices?.length && /^[a-z]$/i.test(text)) {
    const i = [...previous.choices.keys()].find((k) => choiceKey(k) === text.toLowerCase());
    const choice = i === undefined ? undefined : previous.choices[i];
    if (choice) return { kind: 'action', action: choice.action, value: choice.value };
  }
  return { kind: 'text', text };
}

export interface ConsoleIdentity {
  user: string;
}

/** The console is one conversation, scoped to this machine ("local"), so runs can be resumed across restarts. */
export function consoleTurn(input: TurnInput, identity: ConsoleIdentity, history?: Turn['history']): Turn {
  const turn: Turn = { platform: 'console', tenant: 'local', channel: 'console', user: { id: identity.user, name: identity.user }, input, isDirect: true };
  if (history?.length) turn.history = history;
  return turn;
}

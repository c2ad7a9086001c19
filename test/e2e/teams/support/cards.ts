import type { ConnectorCall } from './fake-connector.ts';

/**
 * Reading what the bot sent: the Adaptive Cards recorded by the fake connector or returned in invoke
 * responses. Tests take step ids, run ids and option values from these cards, as a Teams client would,
 * instead of hard-coding them.
 */

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
export const FILE_CONSENT = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO = 'application/vnd.microsoft.teams.card.file.info';

export type CardElement = Record<string, unknown> & { type: string; id?: string; text?: string; color?: string; value?: unknown };
export type CardAction = { type: string; title: string; verb?: string; url?: string; data?: Record<string, unknown> };
export interface Card {
  body: CardElement[];
  actions?: CardAction[];
}
export type Attachment = { contentType: string; name?: string; contentUrl?: string; content: Record<string, unknown> };
/** An `adaptiveCard/action` invoke response body. */
export type InvokeBody = { statusCode: number; type: string; value: Card | string | Record<string, unknown> };

/** The Adaptive Card of an activity the bot sent (throws with the activity when there is none). */
export function cardOf(body: Record<string, unknown>): Card {
  const attachments = body.attachments as Attachment[] | undefined;
  const found = attachments?.find((a) => a.contentType === ADAPTIVE_CARD);
  if (!found) throw new Error(`no adaptive card in ${JSON.stringify(body).slice(0, 400)}`);
  return found.content as unknown as Card;
}

/** Every TextBlock of a card, one per line. */
export function textOf(card: Card): string {
  return card.body.map((e) => e.text ?? '').join('\n');
}

/** The card an invoke answered with (throws, showing the body, when it answered with something else). */
export function invokeCard(body: unknown): Card {
  const b = body as InvokeBody;
  if (b?.type !== ADAPTIVE_CARD) throw new Error(`invoke did not answer with a card: ${JSON.stringify(body).slice(0, 400)}`);
  return b.value as Card;
}

/** The messages (POSTs with type "message") among the connector calls, oldest first. */
export function messages(calls: ConnectorCall[]): ConnectorCall[] {
  return calls.filter((c) => c.path.startsWith('/v3/') && c.method === 'POST' && c.body.type === 'message');
}

/** The step a card asks for, as a Teams client reads it: the Submit action's data and the main input. */
export interface CardStep {
  /** The Submit button's data (workflow, runId, stepId): sent back with the inputs. */
  data: Record<string, unknown>;
  input: CardElement;
  /** Values of an Input.ChoiceSet, in order. */
  choices: string[];
}

export function stepOf(card: Card): CardStep {
  const submit = card.actions?.find((a) => a.verb === 'step');
  const input = card.body.find((e) => e.id === 'answer');
  if (!submit?.data || !input) throw new Error(`not a step card: ${JSON.stringify(card).slice(0, 400)}`);
  const choices = ((input.choices as { value: string }[] | undefined) ?? []).map((c) => c.value);
  return { data: submit.data, input, choices };
}

/** Whether a card still asks for input. */
export function hasInputs(card: Card): boolean {
  return card.body.some((e) => e.type.startsWith('Input.'));
}

/**
 * A plausible answer for a step, by its input kind: a number for Input.Number, text for Input.Text, and for a
 * choice the option `prefer` picks (default the first offered).
 */
export function answerFor(step: CardStep, prefer: (choices: string[]) => string | undefined = (c) => c[0]): string {
  switch (step.input.type) {
    case 'Input.Number':
      return '4000';
    case 'Input.Text':
      return 'An answer typed on the card';
    default: {
      const value = prefer(step.choices);
      if (value === undefined) throw new Error(`no option to choose among ${step.choices.join(', ')}`);
      return value;
    }
  }
}

/** The Action.Execute button with this title (a choice the bot offered), read from the card. */
export function buttonOf(card: Card, title: RegExp): CardAction {
  const action = card.actions?.find((a) => title.test(a.title));
  if (!action) throw new Error(`no button ${String(title)} among ${JSON.stringify(card.actions?.map((a) => a.title))}`);
  return action;
}

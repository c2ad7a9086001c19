import type { Turn, TurnInput } from '../../bot/turn.ts';
import { slackTextToPlain, stripBotMention } from './text.ts';
import { splitCommandLine } from '../../bot/command-line.ts';

/** Where in Slack a turn happened. */
export interface SlackPlace {
  /** Slack team id: the Turn's tenant, which scopes everything stored. */
  team: string;
  channel: string;
  /** thread_ts the reply belongs in (the message's own ts when it starts a thread). */
  thread?: string;
  user: string;
  isDirect?: boolean;
}

function base(place: SlackPlace, input: TurnInput): Turn {
  const turn: Turn = { platform: 'slack', tenant: place.team, channel: place.channel, user: { id: place.user }, input };
  if (place.thread) turn.thread = place.thread;
  if (place.isDirect) turn.isDirect = true;
  return turn;
}

/** A message (mention, DM, opted-in question) as a text Turn; the bot's own mention is removed. */
export function messageTurn(place: SlackPlace, rawText: string, botUserId: string | undefined, history?: Turn['history']): Turn {
  const turn = base(place, { kind: 'text', text: slackTextToPlain(stripBotMention(rawText, botUserId)) });
  if (history?.length) turn.history = history;
  return turn;
}

/** `/ai-procurement <text>` as a command Turn. */
export function commandTurn(place: SlackPlace, command: string, rawText: string): Turn {
  const text = slackTextToPlain(rawText);
  return base(place, { kind: 'command', command: command.replace(/^\//, ''), args: splitCommandLine(text) });
}

/** A button press or form submission as an action Turn. */
export function actionTurn(place: SlackPlace, action: string, value: unknown): Turn {
  return base(place, { kind: 'action', action, value });
}

import type { Reply, Turn } from './turn.ts';
import { textReply } from './reply-doc.ts';

/**
 * The longest message or command text the bot reads: Slack's own limit for a message. Checked before any work (no
 * history fetch, no search, no model), by the core for every platform and by the adapters before they convert text.
 */
export const MAX_QUESTION_CHARS = 40_000;

/** How many characters of typed text a turn carries (buttons and forms are bounded by their own validation). */
export function typedLength(turn: Turn): number {
  const input = turn.input;
  if (input.kind === 'text' || input.kind === 'documents') return input.text.length;
  if (input.kind === 'command') return input.args.reduce((n, a) => n + a.length + 1, 0);
  return typeof input.value === 'string' ? input.value.length : 0;
}

export function isTooLong(length: number): boolean {
  return length > MAX_QUESTION_CHARS;
}

/** The polite refusal for text over the limit. */
export function tooLongReply(length: number): Reply {
  return textReply(
    'info',
    `That message is ${length.toLocaleString('en-GB')} characters long; I can read up to ` +
      `${MAX_QUESTION_CHARS.toLocaleString('en-GB')} (Slack's own limit for a message). ` +
      'Please shorten it, or ask about one part at a time.',
  );
}

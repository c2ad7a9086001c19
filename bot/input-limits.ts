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

/**
 * A typed text with each run of blank space made one: spaces and tabs become one space, and a run holding line breaks
 * one line break (two where it held a blank line). What a message says is unchanged, and no reading of it meets a
 * long run of blanks (a message of 40,000 spaces took the question reader tens of seconds).
 */
export function tidySpace(text: string): string {
  return text.replace(/[^\S\n]+/g, ' ').replace(/ ?\n[\s]*/g, (run) => (run.indexOf('\n') === run.lastIndexOf('\n') ? '\n' : '\n\n'));
}

/** The turn with its typed text and its history's texts tidied by tidySpace (buttons and forms are left as sent). */
export function tidyTurn(turn: Turn): Turn {
  const input = turn.input.kind === 'text' || turn.input.kind === 'documents' ? { ...turn.input, text: tidySpace(turn.input.text) } : turn.input;
  const history = turn.history?.map((h) => ({ ...h, text: tidySpace(h.text) }));
  return { ...turn, input, ...(history ? { history } : {}) };
}

/**
 * The most characters of one message the question reader reads. Questions, with a pasted clause and the context
 * around them, run to a few hundred characters (the longest in the eval sets is under 600); a longer message is read
 * as its opening and its close, half each, where a question and what it is about stand. Every reading of a message
 * then takes a bounded time, whatever the message holds.
 */
export const QUESTION_READ_CHARS = 6_000;

/** The text the question reader reads: all of it, or its opening and close cut at a space and joined by a line "…". */
export function readablePart(text: string): string {
  if (text.length <= QUESTION_READ_CHARS) return text;
  const half = QUESTION_READ_CHARS / 2;
  const head = text.slice(0, half);
  const tail = text.slice(-half);
  const headEnd = head.lastIndexOf(' ');
  const tailStart = tail.indexOf(' ');
  return `${headEnd > half / 2 ? head.slice(0, headEnd) : head}\n…\n${tailStart >= 0 && tailStart < half / 2 ? tail.slice(tailStart + 1) : tail}`;
}

/** The note under an answer to a message longer than the reader reads, saying which part it read. */
export function partReadNote(length: number): string {
  return `Your message is ${length.toLocaleString('en-GB')} characters long; I read its first and last ${(QUESTION_READ_CHARS / 2).toLocaleString('en-GB')} characters to answer it.`;
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

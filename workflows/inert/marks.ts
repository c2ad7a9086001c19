/**
 * Untrusted text travels inside the core's strings wrapped in two Unicode noncharacters, U+FDD0 and U+FDD1.
 * Unicode reserves noncharacters for exactly this (internal use, never interchanged), so no real text needs
 * them and every renderer can find where a vendor name, a note, an echoed command, document text or model
 * output starts and ends, however the surrounding Reply text was assembled, and neutralise it for its dialect.
 * Whatever a renderer does not understand it drops: stripMarks removes every noncharacter of the block.
 */

const OPEN = '\uFDD0';
const CLOSE = '\uFDD1';
/** The whole noncharacter block, so text that arrives carrying any of them cannot forge or close a span. */
const MARKS = /[\uFDD0-\uFDEF]/g;

export interface Segment {
  text: string;
  untrusted: boolean;
}

/**
 * Marks text from users, vendors, documents or models as untrusted: renderers show it, never let it make a
 * link or a mention. Marks inside it are dropped first, so it cannot close its own span early.
 */
export function untrusted(text: string): string {
  const inner = text.replace(MARKS, '');
  return inner ? `${OPEN}${inner}${CLOSE}` : '';
}

/** The text without any marks: for logs, JSON output and comparisons, never for a chat message. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** True when the text carries a mark, so a renderer can skip the work for the bot's own constant strings. */
export function hasMarks(text: string): boolean {
  return /[\uFDD0-\uFDEF]/.test(text);
}

/**
 * Splits marked text into trusted and untrusted segments. The reading is conservative: a span whose end was
 * cut off runs to the end of the text, and a closing mark without an opening one (a renderer dropped the line
 * that opened it) makes everything since the previous mark untrusted, so a damaged mark never promotes
 * untrusted text to trusted.
 */
export function segmentsOf(text: string): Segment[] {
  const out: Segment[] = [];
  let inside = false;
  let start = 0;
  const push = (end: number, isUntrusted: boolean) => {
    const piece = text.slice(start, end).replace(MARKS, '');
    if (!piece) return;
    const last = out.at(-1);
    if (last && last.untrusted === isUntrusted) last.text += piece;
    else out.push({ text: piece, untrusted: isUntrusted });
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c !== OPEN && c !== CLOSE) continue;
    // A stray close (not inside a span) means the run before it was untrusted whose opening got lost.
    push(i, inside || c === CLOSE);
    inside = c === OPEN;
    start = i + 1;
  }
  push(text.length, inside);
  return out;
}

/** Renders marked text segment by segment: `trusted` for the bot's own words, `untrusted` for the rest. */
export function mapSegments(text: string, render: { trusted: (s: string) => string; untrusted: (s: string) => string }): string {
  return segmentsOf(text)
    .map((s) => (s.untrusted ? render.untrusted(s.text) : render.trusted(s.text)))
    .join('');
}

import { correctSpelling } from './spelling.ts';

/**
 * A message prepared for matching: lower case, one kind of quote and dash, spelling slips corrected, with a map
 * back to the original characters so every reading can quote the words the person actually wrote.
 */
export interface Prepared {
  original: string;
  /** What the extractors match against. */
  text: string;
  /** For each character of `text`, its index in `original`. */
  map: number[];
}

/** Longest message read (a situation is a paragraph, not a document); bounds every regular expression's work. */
export const MAX_SITUATION_CHARS = 4000;

const FOLD: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' ' };

export function prepare(original: string): Prepared {
  const source = original.slice(0, MAX_SITUATION_CHARS);
  let text = '';
  const map: number[] = [];
  // Token by token, so a corrected word still maps back to the span it came from.
  for (const m of source.matchAll(/[\p{L}][\p{L}'-]*|[^\p{L}]/gu)) {
    const raw = m[0];
    const at = m.index;
    const lower = [...raw].map((c) => FOLD[c] ?? c).join('').toLowerCase();
    const word = /^\p{L}/u.test(lower) ? correctSpelling(lower) : lower;
    for (let i = 0; i < word.length; i++) map.push(at + Math.min(i, raw.length - 1));
    text += word;
  }
  return { original: source, text, map };
}

/** The original words behind text[start, end). */
export function wordsAt(p: Prepared, start: number, end: number): string {
  if (end <= start) return '';
  const from = p.map[start] ?? 0;
  const to = (p.map[end - 1] ?? from) + 1;
  return p.original.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** How far back or ahead a clause or sentence is looked for: far enough for any real one, and it keeps a long
 * message linear (each look is bounded, not from the start of the text). */
const REACH = 400;

/** Where the clause holding `index` starts: after the last full stop, semicolon, line break, comma or "but". */
export function clauseStart(text: string, index: number): number {
  const from = Math.max(0, index - REACH);
  const before = text.slice(from, index);
  let start = from;
  for (const m of before.matchAll(/[.;!?\n(]\s|[;!?\n(]|,|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bwhereas\b|\s-\s/g)) start = from + m.index + m[0].length;
  return start;
}

/** Where the clause holding `index` ends. */
export function clauseEnd(text: string, index: number): number {
  const m = /[.;!?\n)](\s|$)|[;!?\n]|,|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bexcept\b|\bwhereas\b|\s-\s/.exec(text.slice(index, index + REACH));
  return m ? index + m.index : Math.min(text.length, index + REACH);
}

/** Where the sentence holding `index` starts and ends (commas do not end a sentence). */
export function sentenceAround(text: string, index: number): [number, number] {
  const from = Math.max(0, index - REACH);
  let start = from;
  for (const m of text.slice(from, index).matchAll(/[.!?\n](\s|$)|[;\n]/g)) start = from + m.index + m[0].length;
  const m = /[.!?\n](\s|$)|[;\n]/.exec(text.slice(index, index + REACH));
  return [start, m ? index + m.index : Math.min(text.length, index + REACH)];
}

import { clauseEnd, clauseStart, type Prepared } from './text.ts';

/** One place in the message that speaks to an input: the value it implies and where it stands. */
export interface Mention<T> {
  value: T;
  start: number;
  end: number;
  /** Introduced by "actually", "correction", "scratch that": a later correction beats what came before. */
  corrected: boolean;
}

/** A cue word with a negator shortly before it in the same clause ("no health data", "nobody knows GPUs"). */
const NEGATOR = /\b(no|not|nothing|none|never|without|zero|nobody|neither|nor|lack|lacking|free of|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|can't|cannot|haven't|hasn't|isnt|arent|dont|doesnt|didnt|wont|wouldnt|cant|havent|hasnt)\b|n't\b|\bno[- ]one\b/;
/** A negation after the cue ("residency isn't required", "health data: none", "client data is mostly not personal"). */
const NEGATED_AFTER = /^[\s\w'-]{0,24}?\b(is not|isn't|are not|aren't|not|never)\s+(needed|required|necessary|involved|an issue|a concern|a requirement|relevant|a thing|a factor|in scope|important|mandatory|a problem|applicable)\b|^[\s\w'-]{0,24}?\b(doesn't|does not|don't|do not)\s+(matter|apply|come into it)\b|^\s*[:=-]\s*(none|no|nope|n\/a)\b|^[\s\w'-]{0,24}?\b(?:is not|isn't|are not|aren't|not)\s+(?:really\s+|very\s+|that\s+|at all\s+)?(?:personal|sensitive|confidential|regulated|private|identifiable)\b/;

export function negatedBefore(text: string, start: number, words = 4): boolean {
  const lead = text.slice(clauseStart(text, start), start);
  const tail = lead.split(/\s+/).filter(Boolean).slice(-words).join(' ');
  return NEGATOR.test(tail);
}

export function negatedAfter(text: string, end: number): boolean {
  return NEGATED_AFTER.test(text.slice(end, clauseEnd(text, end)));
}

export function isNegated(text: string, start: number, end: number, words = 4): boolean {
  return negatedBefore(text, start, words) || negatedAfter(text, end);
}

const CORRECTION = /\b(actually|correction|scratch that|sorry|i mean|no wait|make that|on second thought|to be precise|more like|in fact)\b[^.;!?]{0,60}$/;

/** Is this mention a correction of something said earlier? */
export function isCorrection(text: string, start: number): boolean {
  return CORRECTION.test(text.slice(Math.max(0, start - 60), start));
}

/** Every match of `re` (global) as a mention, with `valueOf` deciding the value (undefined skips the match). */
export function mentionsOf<T>(p: Prepared, re: RegExp, valueOf: (m: RegExpExecArray, negated: boolean) => T | undefined, words = 4): Mention<T>[] {
  const out: Mention<T>[] = [];
  for (const m of p.text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = valueOf(m as RegExpExecArray, isNegated(p.text, start, end, words));
    if (value !== undefined) out.push({ value, start, end, corrected: isCorrection(p.text, start) });
  }
  return out;
}

/** The mentions that do not overlap any of `spans` (a cue word caught up in a denial belongs to the denial). */
export function outside<T, U>(mentions: Mention<T>[], spans: Mention<U>[]): Mention<T>[] {
  return mentions.filter((m) => !spans.some((s) => s.start < m.end && m.start < s.end));
}

/**
 * The mention that settles an input: the last correction if there is one, otherwise the first mention ranked
 * highest by `rank` (each input says what wins a contradiction: the more sensitive data kind, the stronger
 * capability, the positive residency statement).
 */
export function settle<T>(mentions: Mention<T>[], rank: (value: T) => number): Mention<T> | undefined {
  const corrections = mentions.filter((m) => m.corrected);
  if (corrections.length) return corrections.at(-1);
  let best: Mention<T> | undefined;
  for (const m of mentions) if (!best || rank(m.value) > rank(best.value)) best = m;
  return best;
}

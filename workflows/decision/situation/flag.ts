import { mentionsOf, settle, type Mention } from './mentions.ts';
import type { Reading } from './reading.ts';
import { wordsAt, type Prepared } from './text.ts';

/** Wraps cue alternatives so they match whole words only. */
export const cue = (body: string) => new RegExp(String.raw`(?<![\w-])(?:${body})(?![\w-])`, 'g');

export interface FlagCues {
  /** Says yes ("must stay in the uk"); negated ("doesn't have to stay in the uk") it says no. */
  yes: RegExp;
  /** Says no outright ("data can go anywhere", "simple classification"). */
  no?: RegExp;
  /** Which side wins when the message says both and corrects neither. */
  prefer: boolean;
  /** How many words before a cue a negator still reaches (default 4). */
  reach?: number;
}

/** A yes/no input read from the message, with the words that said it. */
export function readFlag(p: Prepared, cues: FlagCues): Reading<boolean> | undefined {
  const mentions: Mention<boolean>[] = [
    ...mentionsOf(p, cues.yes, (_m, negated) => !negated, cues.reach),
    ...(cues.no ? mentionsOf(p, cues.no, () => false, cues.reach) : []),
  ].sort((a, b) => a.start - b.start);
  const best = settle(mentions, (v) => (v === cues.prefer ? 1 : 0));
  return best ? { value: best.value, words: wordsAt(p, negationStart(p.text, best.start), best.end) } : undefined;
}

/** Widen a quoted span back over a negator just before it, so "no gpu people" is quoted whole, not "gpu people". */
export function negationStart(text: string, start: number): number {
  const m = /\b(no|not|never|nobody|nothing|without|zero|none|don't|doesn't|isn't|aren't|can't|won't|dont|doesnt|isnt|arent|cant|wont)\b[\s\w']{0,24}$/.exec(text.slice(Math.max(0, start - 30), start));
  return m ? start - (Math.min(30, start) - m.index) : start;
}

import { passesLuhn } from './luhn.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

// A run of digit groups separated by single spaces or hyphens, not glued to other digits.
const DIGIT_RUN = /(?<![\d-])\d+(?:[ -]\d+)*(?!\d)/g;

/**
 * Payment card numbers: 13–19 digits, as one block or in groups, that pass the Luhn check
 * (a random 16-digit number fails it 9 times in 10). A run of groups is tried longest first, so a card number
 * followed by another number ("4111 1111 1111 1111 2025") is still found.
 */
export const detectCardNumbers: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const run = m[0];
    const base = m.index ?? 0;
    const groups = [...run.matchAll(/\d+/g)].map((g) => ({ start: g.index ?? 0, end: (g.index ?? 0) + g[0].length }));
    let from = 0;
    while (from < groups.length) {
      const found = longestCardFrom(run, groups, from);
      if (found === undefined) {
        from += 1;
        continue;
      }
      out.push({ type: 'CARD_NUMBER', start: base + groups[from]!.start, end: base + groups[found]!.end });
      from = found + 1;
    }
  }
  return out;
};

/** The last group index, from `from` on, that ends a Luhn-valid 13–19 digit number (longest first); undefined if none. */
function longestCardFrom(run: string, groups: { start: number; end: number }[], from: number): number | undefined {
  let best: number | undefined;
  let digits = '';
  // At most 19 digits: the scan stops early, so a long run of numbers stays linear.
  for (let to = from; to < groups.length; to++) {
    digits += run.slice(groups[to]!.start, groups[to]!.end);
    if (digits.length > 19) break;
    // All-same digits (0000 0000 0000 0000) pass Luhn but are placeholders, not cards.
    if (digits.length >= 13 && passesLuhn(digits) && !/^(\d)\1+$/.test(digits)) best = to;
  }
  return best;
}

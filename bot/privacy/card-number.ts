import { passesLuhn } from './luhn.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

// A run of digit groups separated by a space, hyphen, dot or slash (" - " too), not glued to other digits.
const DIGIT_RUN = /(?<![\d\-./])\d+(?:(?:[ .\-/]| ?[-–] ?)\d+)*(?!\d)/g;

/**
 * Issuer prefixes and lengths of the card schemes (Visa, Mastercard, Amex, Discover, JCB, Diners, Maestro,
 * UnionPay). With the Luhn check, a 16-digit number that is not a card passes about 1 time in 50.
 */
const SCHEMES: { prefix: RegExp; lengths: number[] }[] = [
  { prefix: /^4/, lengths: [13, 16, 19] },
  { prefix: /^(5[1-5]|2(2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] },
  { prefix: /^3[47]/, lengths: [15] },
  { prefix: /^(6011|64[4-9]|65)/, lengths: [16, 17, 18, 19] },
  { prefix: /^35(2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] },
  { prefix: /^3(0[0-5]|[689])/, lengths: [14, 15, 16, 17, 18, 19] },
  { prefix: /^(5[06-9]|6\d)/, lengths: [13, 14, 15, 16, 17, 18, 19] },
];

/** True when `digits` could be a payment card number: a scheme's prefix and length, and the Luhn check. */
export function isCardNumber(digits: string): boolean {
  // All-same digits (0000 0000 0000 0000) pass Luhn but are placeholders, not cards.
  if (/^(\d)\1+$/.test(digits) || !passesLuhn(digits)) return false;
  return SCHEMES.some((s) => s.prefix.test(digits) && s.lengths.includes(digits.length));
}

/**
 * Payment card numbers: as one block or in groups ("4111 1111 1111 1111", "4111.1111.1111.1111", "4111 - 1111 - …"). A run of groups
 * is tried longest first, so a card number followed by another number ("4111 1111 1111 1111 2025") is still found.
 */
export const detectCardNumbers: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const run = m[0];
    const base = m.index ?? 0;
    const groups = [...run.matchAll(/\d+/g)].map((g) => ({ start: g.index ?? 0, end: (g.index ?? 0) + g[0].length }));
    let from = 0;
    while (from < groups.length) {
      // A card does not start mid-way through a run of four-digit groups ("1234 5678 9012 3456" holds no card).
      const midRun = from > 0 && groups[from - 1]!.end - groups[from - 1]!.start === 4;
      const found = midRun ? undefined : longestCardFrom(run, groups, from);
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

/** The last group index, from `from` on, that ends a card number (longest first); undefined if none. */
function longestCardFrom(run: string, groups: { start: number; end: number }[], from: number): number | undefined {
  // Every scheme starts with 2–6: other numbers are skipped without building a single candidate.
  if (!/[2-6]/.test(run.charAt(groups[from]!.start))) return undefined;
  let best: number | undefined;
  let digits = '';
  // At most 19 digits: the scan stops early, so a long run of numbers stays linear.
  for (let to = from; to < groups.length; to++) {
    digits += run.slice(groups[to]!.start, groups[to]!.end);
    if (digits.length > 19) break;
    if (digits.length >= 12 && isCardNumber(digits)) best = to;
  }
  return best;
}

import type { Detector, PersonalDataFinding } from './types.ts';

/** IBAN lengths by country (ISO 13616 registry); an IBAN from a listed country must have exactly this length. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22,
  DK: 18, DO: 28, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21,
  HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27,
  MD: 24, ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24,
  RS: 22, SA: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
  BI: 27, BY: 28, CR: 22, DJ: 27, EG: 29, FK: 18, HN: 28, IQ: 23, LC: 32, LY: 25, MN: 20, NI: 28, OM: 23, RU: 33,
  SC: 31, SD: 18, SO: 23, ST: 25, SV: 28, TL: 23, VA: 22, YE: 30,
};

// Country code, check digits, then 11–30 letters/digits, optionally grouped by single spaces. A lookahead, so a
// rejected candidate ("ref AB12 GB82 WEST …") does not swallow an IBAN that starts inside it.
const CANDIDATE = /\b(?=([A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}))/gi;

/**
 * True when `compact` (no spaces) is a well-formed IBAN: a registry country, that country's exact length, and
 * ISO 7064 mod-97 = 1. (An unknown country would leave only the check digits, and a random string passes them 1 in 97.)
 */
export function isValidIban(compact: string): boolean {
  const iban = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (IBAN_LENGTHS[iban.slice(0, 2)] !== iban.length) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * IBANs, written compact (GB82WEST12345698765432) or in groups (GB82 WEST 1234 5698 7654 32), that pass the
 * mod-97 check. The candidate may run into the next word, so it is cut to its country's length first.
 */
export const detectIbans: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const base = m.index ?? 0;
    const candidate = m[1] ?? '';
    if (out.some((f) => base < f.end)) continue;
    // Offsets (within the candidate) just past each non-space character.
    const ends: number[] = [];
    for (let i = 0; i < candidate.length; i++) if (candidate[i] !== ' ') ends.push(i + 1);
    const compact = candidate.replace(/ /g, '');
    const len = IBAN_LENGTHS[compact.slice(0, 2).toUpperCase()];
    if (len !== undefined && compact.length >= len && isValidIban(compact.slice(0, len))) out.push({ type: 'IBAN', start: base, end: base + ends[len - 1]! });
  }
  return out;
};

import { getCountrySpecifications, isValidIBAN } from 'ibantools';
import type { Detector, PersonalDataFinding } from './types.ts';

/** IBAN length by country, from ibantools' registry (countries without a fixed length are left out). */
const LENGTHS = new Map(
  Object.entries(getCountrySpecifications())
    .filter(([, spec]) => typeof spec.chars === 'number')
    .map(([country, spec]) => [country, spec.chars as number]),
);

// Country code, check digits, then 11–30 letters/digits, optionally grouped by single spaces, hyphens or dots.
// A lookahead, so a rejected candidate ("ref AB12 GB82 WEST …") does not swallow an IBAN that starts inside it.
const CANDIDATE = /\b(?=([A-Z]{2}\d{2}(?:[ .-]?[A-Z0-9]){11,30}))/gi;

/** True when `compact` (no separators, any case) is a valid IBAN: registry country and length, BBAN format, mod-97. */
export function isValidIban(compact: string): boolean {
  return isValidIBAN(compact.toUpperCase());
}

/**
 * IBANs written compact (GB82WEST12345698765432) or in groups (GB82 WEST 1234 5698 7654 32, GB82-WEST-…), validated
 * by ibantools. The candidate may run into the next word, so it is cut to its country's length first.
 */
export const detectIbans: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const base = m.index ?? 0;
    const candidate = m[1] ?? '';
    if (out.some((f) => base < f.end)) continue;
    const len = LENGTHS.get(candidate.slice(0, 2).toUpperCase());
    if (len === undefined) continue;
    // Offsets (within the candidate) just past each letter or digit.
    const ends: number[] = [];
    for (let i = 0; i < candidate.length; i++) if (/[A-Za-z0-9]/.test(candidate[i]!)) ends.push(i + 1);
    const compact = candidate.replace(/[ .-]/g, '');
    if (compact.length >= len && isValidIban(compact.slice(0, len))) out.push({ type: 'IBAN', start: base, end: base + ends[len - 1]! });
  }
  return out;
};

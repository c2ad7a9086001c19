import { regexFindings, type Detector } from './types.ts';

/*
 * HMRC's format: two prefix letters, six digits, a suffix A–D. The first letter is never D, F, I, Q, U or V;
 * the second never D, F, I, O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued.
 * Digits may be grouped in pairs: "AB 12 34 56 C".
 */
const NI = /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
const NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/** UK National Insurance numbers, e.g. AB123456C or AB 12 34 56 C. */
export const detectNiNumbers: Detector = (text) =>
  regexFindings(text, NI, 'NI_NUMBER', (value) => !NEVER_ISSUED.has(value.slice(0, 2).toUpperCase()));

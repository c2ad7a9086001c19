import { cueBefore } from './context.ts';
import { regexFindings, type Detector } from './types.ts';

/*
 * HMRC's format: two prefix letters, six digits, a suffix A–D. The first letter is never D, F, I, Q, U or V;
 * the second never D, F, I, O, Q, U or V; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued.
 * People group it in pairs and separate with spaces, hyphens or dots: "AB 12 34 56 C", "AB-12-34-56-C",
 * "AB 123456 C", "AB 123 456 C". The suffix is sometimes left off; then the number counts only after "NI" or "national insurance".
 */
const SEP = '[ .\\-]?';
const NI = new RegExp(`\\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]${SEP}(?:\\d${SEP}){5}\\d(?:${SEP}[A-D]\\b|(?![\\dA-Z]))`, 'gi');
const NEVER_ISSUED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const NI_CUE = /\b(?:NI|NINO|N\.I\.|national insurance)\b/i;

/** UK National Insurance numbers, e.g. AB123456C, AB 12 34 56 C, ab-12-34-56-c. */
export const detectNiNumbers: Detector = (text) =>
  regexFindings(text, NI, 'NI_NUMBER', (value, start) => {
    if (NEVER_ISSUED.has(value.slice(0, 2).toUpperCase())) return false;
    return /[A-D]$/i.test(value) || cueBefore(text, start, NI_CUE);
  });

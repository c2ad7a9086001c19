import { regexFindings, type Detector } from './types.ts';

/*
 * UK postcodes in the Royal Mail format: outward code (area letters + district, e.g. SW1A, M1, B33, EC1A), an optional
 * space, inward code (a digit and two letters, never C, I, K, M, O or V), e.g. "SW1A 1AA", "M1 1AE", "B33 8TH",
 * and the special "GIR 0AA". Upper or lower case.
 */
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?) ?\d[ABD-HJLNP-UW-Z]{2})\b/gi;

/** UK postcodes such as SW1A 1AA or m1 1ae. */
export const detectPostcodes: Detector = (text) => regexFindings(text, POSTCODE, 'POSTCODE');

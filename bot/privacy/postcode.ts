import { regexFindings, type Detector } from './types.ts';

/*
 * Postcodes whose shape is distinctive enough to count on their own:
 * - UK (Royal Mail): outward code (SW1A, M1, B33, EC1A), an optional space, inward code (a digit and two letters,
 *   never C, I, K, M, O or V): "SW1A 1AA", "m1 1ae"; and "GIR 0AA".
 * - Ireland (Eircode): routing key and a four-character identifier from Eircode's own alphabet, with a letter in
 *   it (all-digit ones read as model names and counts): "D02 X285".
 * - Canada: letter-digit-letter digit-letter-digit: "K1A 0B1".
 * - US ZIP codes after a state code: "CA 94043", "NY 10001-1234" (five digits alone are too often something else).
 * Continental postcodes (five digits) count as part of a street address (address.ts), not alone.
 */
const UK = '(?:GIR ?0AA|[A-PR-UWYZ](?:\\d[A-HJKPSTUW\\d]?|[A-HK-Y]\\d[ABEHMNPRVWXY\\d]?) ?\\d[ABD-HJLNP-UW-Z]{2})';
const EIRCODE = '(?:[ACDEFHKNPRTVWXY]\\d[\\dW] ?(?=[0-9]*[ACDEFHKNPRTVWXY])[0-9ACDEFHKNPRTVWXY]{4})';
const CANADA = '(?:[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d)';
const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const US_ZIP = `(?<=\\b(?:${STATES}),?[ \\t]+)\\d{5}(?:-\\d{4})?`;
const POSTCODE = new RegExp(`\\b(?:${UK}|${EIRCODE}|${CANADA})\\b|${US_ZIP}\\b`, 'gi');
const STATE_ZIP_CASE = new RegExp(`\\b(?:${STATES}),?[ \\t]+$`);

/** Postcodes: UK, Irish, Canadian, and US ZIP codes after a state code. Upper or lower case, except US state codes. */
export const detectPostcodes: Detector = (text) =>
  regexFindings(text, POSTCODE, 'POSTCODE', (value, start) => {
    // A ZIP needs its state in capitals: "ca 94043" is more likely "circa 94,043".
    if (/^\d/.test(value)) return STATE_ZIP_CASE.test(text.slice(Math.max(0, start - 4), start));
    // "P4 8GB", "T4 16GB": a GPU and its memory have the shape of a UK postcode whose inward code ends in GB or TB.
    return !/\d[GT]B$/i.test(value);
  });

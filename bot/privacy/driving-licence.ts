import { regexFindings, type Detector } from './types.ts';

/*
 * A GB driving licence number is 16 characters: five of the surname (padded with 9s), six digits coding the date of
 * birth (decade, month + 5 for women, day, year), two initials (9-padded), a digit and two check letters:
 * MORGA657054SM9IJ. Licences elsewhere (US states, EU) have no common shape, so they count only after the words.
 */
const GB = /\b[A-Z9]{5}[ ]?\d(?:[0156]\d)(?:[0-3]\d)\d[ ]?[A-Z9]{2}\d[ ]?[A-Z]{2}(?:[ ]?\d{2})?\b/gi;
const AFTER_WORDS = /\b(?:driving licen[cs]e|driver'?s licen[cs]e|drivers licen[cs]e|licen[cs]e (?:number|no\.?)|DL)(?:[ \t]+(?:number|no\.?|#|is))*[ \t]*[:#-]?[ \t]*(?<value>(?=(?:[A-Z-]*\d){4})[A-Z0-9][A-Z0-9-]{4,18}[A-Z0-9])\b/dgi;

function validGbDate(value: string): boolean {
  const compact = value.replace(/ /g, '');
  const month = Number(compact.slice(6, 8)) % 50;
  const day = Number(compact.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Driving licence numbers: the GB format anywhere, others after "driving licence", "driver's license" or "DL". */
export const detectDrivingLicences: Detector = (text) => [
  ...regexFindings(text, GB, 'DRIVING_LICENCE', validGbDate),
  ...regexFindings(text, AFTER_WORDS, 'DRIVING_LICENCE'),
];

import { cueBefore } from './context.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

/*
 * Dates of birth. A date is personal data only as someone's birthday: regulations have dates too ("adopted on
 * 27 April 2016"), so a date counts only after a cue ("born", "DOB", "date of birth", "birthday", and the same in a
 * few other languages). Formats: 14/03/1985, 03-14-85, 14.03.1985, 1985-03-14, 14 March 1985, 14-Mar-1985, 14th of Mar 1985,
 * March 14th, 1985, March 1985.
 */
const MONTH = '(?:jan(?:uary|vier|uar)?|feb(?:ruary|ruar)?|f[ée]vr?(?:ier)?|mar(?:ch|s)?|m[äa]rz|apr(?:il)?|avr(?:il)?|may|mai|jun(?:e|i)?|juin|jul(?:y|i)?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|d[ée]c(?:embre)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:19|20)\\d{2}|'?\\d{2}";
const DATE = new RegExp(
  [
    `\\b\\d{1,2}([./\\-])\\d{1,2}\\1(?:\\d{4}|\\d{2})\\b`,
    `\\b(?:19|20)\\d{2}([./\\-])\\d{1,2}\\2\\d{1,2}\\b`,
    `\\b\\d{1,2}[ \\t]\\d{1,2}[ \\t](?:19|20)\\d{2}\\b`,
    `\\b${DAY}(?:[ \\t]+of)?(?:[ \\t]+|-)${MONTH}(?:(?:,?[ \\t]+|-)(?:${YEAR}))?(?![\\p{L}\\d])`,
    `\\b${MONTH}[ \\t]+${DAY}(?:,?[ \\t]+(?:${YEAR}))?(?![\\p{L}\\d])`,
    `\\b${MONTH}[ \\t]+(?:19|20)\\d{2}\\b`,
  ].join('|'),
  'giu',
);
const DOB_CUE = /(?:^|[^\p{L}])(?:born|dob|d\.o\.b|date of birth|birth ?date|birthday|bday|b-day|geboren|geburtsdatum|n[ée]e|né|date de naissance|fecha de nacimiento|nacid[oa]|nat[oa] il|data di nascita)(?![\p{L}])/iu;

/** Day and month are in range, whichever order a numeric date is written in. */
function plausible(value: string): boolean {
  const nums = value.match(/\d+/g)?.map(Number) ?? [];
  if (nums.length < 3 || /[a-z]/i.test(value)) return true;
  const [a, b, c] = nums as [number, number, number];
  const [x, y] = a > 999 ? [b, c] : [a, b];
  const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  return a > 999 ? dayMonth(y, x) : dayMonth(x, y) || dayMonth(y, x);
}

/** Dates of birth: a date written after a birth cue (within a few words). */
export const detectDatesOfBirth: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(DATE)) {
    const start = m.index ?? 0;
    if (!plausible(m[0]) || !cueBefore(text, start, DOB_CUE, 32)) continue;
    out.push({ type: 'DATE_OF_BIRTH', start, end: start + m[0].length });
  }
  return out;
};

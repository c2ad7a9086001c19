import { cueBefore } from './context.ts';
import { regexFindings, type Detector } from './types.ts';

// 3-2-4 digits. The hyphenated form is the SSA's own and counts on its own; other forms need a cue before them.
const SSN = /(?<![\d-])\d{3}([ \-.]?)\d{2}\1\d{4}(?![\d]|-\d)/g;
const SSN_CUE = /\b(?:ssn|social security|soc sec|ss#|ss no|tin|itin)\b/i;

/** The SSA never issues area 000, 666 or 900–999, group 00 or serial 0000. */
function isIssuable(digits: string): boolean {
  const area = Number(digits.slice(0, 3));
  return area !== 0 && area !== 666 && area < 900 && digits.slice(3, 5) !== '00' && digits.slice(5) !== '0000';
}

/** US Social Security numbers: 123-45-6789 anywhere; 123 45 6789 or 123456789 after "SSN" or "social security". */
export const detectSsns: Detector = (text) =>
  regexFindings(text, SSN, 'SSN', (value, start) => {
    if (!isIssuable(value.replace(/\D/g, ''))) return false;
    return /^\d{3}-\d{2}-\d{4}$/.test(value) || cueBefore(text, start, SSN_CUE);
  });

import { cueBefore } from './context.ts';
import { regexFindings, type Detector } from './types.ts';

// Ten digits, written 3-3-4 ("943 476 5919", "943-476-5919", "943.476.5919") or as one block, not glued to other digits.
const NHS = /(?<![\d.\-/])\d{3}([ .-]?)\d{3}\1\d{4}(?![\d]|[.\-/]\d)/g;
const NHS_CUE = /\b(?:nhs|chi|h&c|patient|hospital|health|gp|medical|nhs no)\b/i;
const PHONE_CUE = /\b(?:call|phone|tel|mobile|cell|ring|text|fax|whatsapp)\b/i;

/** The NHS mod-11 check: weights 10..2 over the first nine digits; 11 - (sum mod 11) is the tenth (11 reads 0, 10 is never issued). */
export function passesNhsCheck(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || /^(\d)\1+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

/**
 * NHS numbers (England, Wales, Isle of Man; the same scheme serves Scotland's CHI and Northern Ireland's H&C
 * numbers). A random ten-digit number passes the check about 1 time in 11, so a block of ten needs a cue before it
 * ("NHS", "patient"), and the 3-3-4 grouping, which is the NHS's own, counts unless a phone word stands before it.
 */
export const detectNhsNumbers: Detector = (text) =>
  regexFindings(text, NHS, 'NHS_NUMBER', (value, start) => {
    if (!passesNhsCheck(value.replace(/\D/g, ''))) return false;
    if (cueBefore(text, start, NHS_CUE)) return true;
    // "+1 415 555 2671": after a country code it is a phone number, whatever its check digit says.
    if (/(?:\+\d{1,3}|\b1)[ .-]?\(?$/.test(text.slice(Math.max(0, start - 6), start))) return false;
    return /\D/.test(value) && !cueBefore(text, start, PHONE_CUE);
  });

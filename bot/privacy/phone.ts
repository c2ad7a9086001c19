import type { Detector, PersonalDataFinding } from './types.ts';

/*
 * Phone numbers as people type them: UK national ("07911 123456", "020 7946 0958", "(0161) 496 0000",
 * "0800 123 4567"), UK international ("+44 7911 123456", "+44 (0)20 7946 0958", "0044 20 7946 0958") and other
 * international numbers ("+1 (415) 555-2671", "+33 1 23 45 67 89"). A candidate starts with "+", "00" or "0" and a
 * digit, continues with digits separated by single spaces, dots, hyphens or brackets, and is then judged by its
 * digit count, so decimals ("0.12345") and dates ("2024-01-15") do not count.
 */
const CANDIDATE = /(?<![\w+])(?:\+\s?\d|\(?0\d)(?:[ .-]?(?:\(0\)|\(?\d+\)?))+/g;

function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (candidate.startsWith('+')) return digits.length >= 8 && digits.length <= 15;
  if (digits.startsWith('00')) return digits.length >= 10 && digits.length <= 17;
  // UK national: 0 + area or mobile code + subscriber number = 10 or 11 digits.
  return digits.length === 10 || digits.length === 11;
}

/** Phone numbers, UK formats first (mobile, geographic, freephone, +44 with or without "(0)") and international. */
export const detectPhones: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    // A trailing ")" belongs to the number only when it closes a bracket that the number opened.
    let value = m[0];
    while (/[).-]$/.test(value) && (value.match(/\(/g)?.length ?? 0) < (value.match(/\)/g)?.length ?? 0)) value = value.slice(0, -1);
    if (isPhone(value)) out.push({ type: 'PHONE', start: m.index ?? 0, end: (m.index ?? 0) + value.length });
  }
  return out;
};

import type { Swatch, Tone } from './document.ts';

/**
 * The documents' colours, shared by the PDF and the DOCX so both print the same. Hex without '#', as Word
 * wants it; the PDF adds the '#'.
 */

/** Cell and heading highlights: red flags stand out on paper and on screen. */
export const TONE_FILL: Partial<Record<Tone, string>> = { 'red-flag': 'F8D7DA', concern: 'FFF3CD' };
export const TONE_INK: Partial<Record<Tone, string>> = { 'red-flag': 'B00020', concern: '8A6D00' };
export const HEADER_FILL = 'D9E2F3';
export const LINK_INK = '1155CC';
export const MUTED_INK = '555555';

/**
 * Bar segments: strong colours that stay apart in greyscale print (red and green differ in lightness, and the
 * count is printed on each segment, so nothing relies on colour alone).
 */
export const SWATCH: Record<Swatch, { fill: string; ink: string }> = {
  'red-flag': { fill: 'C62828', ink: 'FFFFFF' },
  concern: { fill: 'F2A900', ink: '000000' },
  unanswered: { fill: 'E0E0E0', ink: '000000' },
  satisfactory: { fill: '2E7D32', ink: 'FFFFFF' },
  'n/a': { fill: '90A4AE', ink: '000000' },
  closed: { fill: '1565C0', ink: 'FFFFFF' },
  'self-hosted': { fill: '6A1B9A', ink: 'FFFFFF' },
  neutral: { fill: 'BDBDBD', ink: '000000' },
};

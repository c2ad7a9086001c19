/**
 * How money and time read everywhere the bot writes them (replies, documents, the CLI): one home each, so a
 * figure in a reply and the same figure in its export cannot drift apart.
 */
import type { Currency } from './decision/situation/amounts.ts';

/** How each currency is written before a figure. */
export const SYMBOLS: Readonly<Record<Currency, string>> = { GBP: '£', USD: '$', EUR: '€' };

export interface FormatMoneyOptions {
  /** Keep a typed figure's decimals ("£1,800.5"). */
  exact?: boolean;
  /** A unit price as price lists write it: whole amounts stay whole ("$5"), others show cents ("$0.50", "$1.75", "$0.125"). */
  unitPrice?: boolean;
}

/** "£1,500": whole units with UK grouping, unless an option keeps the decimals. */
export function formatMoney(n: number, currency: Currency = 'GBP', options: FormatMoneyOptions = {}): string {
  if (options.unitPrice && !Number.isInteger(n)) return `${SYMBOLS[currency]}${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 4 })}`;
  return `${SYMBOLS[currency]}${(options.exact || options.unitPrice ? n : Math.round(n)).toLocaleString('en-GB')}`;
}

/** "2 billion", "10 million", "1.5 million", "500,000": a large figure with its scale in words, two decimals at most. */
export function largeNumber(n: number): string {
  const [scale, word] = n >= 1e9 ? [1e9, ' billion'] : n >= 1e6 ? [1e6, ' million'] : [1, ''];
  return `${(n / scale).toLocaleString('en-GB', { maximumFractionDigits: 2 })}${word}`;
}

/** "€2 billion", "£60 million"; below a million the whole amount ("€450,000"). */
export function moneyInWords(n: number, currency: Currency = 'GBP'): string {
  return n >= 1e6 ? `${SYMBOLS[currency]}${largeNumber(n)}` : formatMoney(n, currency);
}

const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "four" for 4, as a sentence counts things ("four H100s"); figures from 13 on. */
export function countWord(n: number): string {
  return COUNT_WORDS[n] ?? String(n);
}

/** A small count as people type it, in figures or words ("4", "four", "single"): the alternatives, for a pattern. */
export const TYPED_COUNT_WORDS = String.raw`\d{1,3}|${COUNT_WORDS.slice(1).join('|')}|single`;
/** The same, as a pattern's group: `(\d{1,3}|one|two|…)`. */
export const TYPED_COUNT = `(${TYPED_COUNT_WORDS})`;

/** The value of a count typed as `TYPED_COUNT` reads it: 4 for "4" or "four", 1 for "single". */
export function countValue(typed: string): number {
  const word = typed.toLowerCase();
  return word === 'single' ? 1 : COUNT_WORDS.includes(word) ? COUNT_WORDS.indexOf(word) : Number(word);
}

/** "2026-11-24 09:30 UTC": when a document was generated. */
export function formatTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "2026-11-24": a calendar date (UTC), as cards, questionnaires and spreadsheets write it. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** A month's number (1 to 12) from its name as typed, whole or cut short ("sept", "Jan"); 0 when it names none. */
export function monthNumber(typed: string): number {
  const start = typed.trim().toLowerCase().slice(0, 3);
  return start.length === 3 ? MONTH_NAMES.findIndex((m) => m.toLowerCase().startsWith(start)) + 1 : 0;
}

/** An ISO date as the cards write it: "2025-02-02" -> "2 February 2025". */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTH_NAMES[(m ?? 1) - 1]} ${y}`;
}

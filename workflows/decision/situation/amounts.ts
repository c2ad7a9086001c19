/**
 * Amounts of money as people type them: "£2,500", "2.5k", "$3k", "30 grand", "a couple of grand", "£1.2m",
 * "2-3k", "between 2 and 3k", "€500-800". Pure reading: which amount is the AI spend is spend.ts's business.
 */
import type { ForeignCurrency } from '../prices.ts';

export type Currency = 'GBP' | ForeignCurrency;

export interface Amount {
  /** The figure in its own currency (a range gives its midpoint). */
  value: number;
  /** Undefined when the text names no currency. */
  currency?: Currency;
  /** "k", "grand", "million": the figure was scaled by a word, so it is money-like even without a currency. */
  scaled: boolean;
  range: boolean;
  start: number;
  end: number;
}

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const FEW: Record<string, number> = { 'a couple of': 2, 'a couple': 2, 'couple of': 2, 'a few': 3, 'half a': 0.5, a: 1, an: 1 };

const WORD_NUMBER = `(?:(?:${TENS.join('|')})(?:[- ](?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.join('|')}|a couple of|a couple|couple of|a few|half a|an?)`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const SYMBOL = String.raw`£|us\$|\$|€|gbp|usd|eur`;
const SCALE = String.raw`k|m|bn|billion|thousand|grand|million|mil|hundred`;
const WORD_CURRENCY = String.raw`pounds?|quid|sterling|gbp|dollars?|bucks|usd|euros?|eur`;

/** The end of a figure: a word boundary, or a period glued on ("£500pm", "3k/mo" is already a boundary). */
const EDGE = String.raw`(?:\b|(?=p\.?a\b|pcm\b|pm\b|mo\b|mth\b|yr\b|pw\b))`;

/** Letters before "$" naming another dollar than the US one, which the stored rates do not hold ("a$", "nz$", "hk$"). */
const OTHER_DOLLARS = 'c|a|nz|s|hk|r';
// A figure glued to a dollar sign of a currency the rates do not hold ("a$6,500", "nz$600") starts after the sign,
// which `unheldCurrency` reads; any other sign glued to a figure is the figure's own.
const AMOUNT = new RegExp(
  String.raw`(?<![\w.,£€])(?<!(?<!\b(?:${OTHER_DOLLARS}))\$)(?:(?<pre>${SYMBOL})\s?)?(?:(?<n1>${DIGITS})|(?<w1>${WORD_NUMBER}))(?<half>\s(?:and a half))?\s?(?<s1>${SCALE})?${EDGE}` +
    String.raw`(?:\s?(?:-|to|and)\s?(?:${SYMBOL})?\s?(?<n2>${DIGITS})\s?(?<s2>${SCALE})?${EDGE})?` +
    String.raw`(?:\s?(?<post>${WORD_CURRENCY})\b)?`,
  'g',
);

/**
 * Codes of currencies the stored exchange rates do not hold, as typed in lower case. ("try", the Turkish lira's, is
 * left out: typed in lower case it is the verb.)
 */
export const UNHELD_CURRENCY_CODES: readonly string[] = ['chf', 'cad', 'aud', 'nzd', 'jpy', 'cny', 'rmb', 'inr', 'sek', 'nok', 'dkk', 'pln', 'czk', 'huf', 'ron', 'bgn', 'isk', 'uah', 'rub', 'sgd', 'hkd', 'twd', 'thb', 'myr', 'idr', 'vnd', 'zar', 'ngn', 'kes', 'egp', 'brl', 'mxn', 'clp', 'aed', 'sar', 'krw', 'ils'];
/** The codes and "sfr", the older Swiss franc abbreviation, as one alternation. */
const UNHELD_CODES = ['sfr', ...UNHELD_CURRENCY_CODES].join('|');
/**
 * A currency the stored exchange rates do not hold ("CHF 4k", "A$3,000", "50,000 yen"): its figure is not read as an
 * amount at all, never as pounds because no pound, dollar or euro sign was typed.
 */
const UNHELD_BEFORE = new RegExp(String.raw`(?:\b(?:${UNHELD_CODES})|\b(?:${OTHER_DOLLARS})\$|[¥₹₩₪₺₽฿₫₦]|\bfr\.?|\bzł)\s?$`, 'i');
// ("zł" ends on a letter outside \w, so its end is where no letter follows.)
const UNHELD_AFTER = new RegExp(String.raw`^\s?(?:(?:${UNHELD_CODES}|(?:swiss )?francs?|yen|yuan|renminbi|rupees?|kronor|kroner|krona|krone|zloty|zlotys|złoty|rand|reais|pesos?|dirhams?|riyals?|shekels?|lira|roubles?|rubles?|baht|ringgit|rupiah|naira)\b|zł(?![\p{L}\d]))`, 'iu');

const SCALES: Record<string, number> = { k: 1e3, thousand: 1e3, grand: 1e3, m: 1e6, million: 1e6, mil: 1e6, bn: 1e9, billion: 1e9, hundred: 100 };

/** The currency a sign, code or word names ("£", "gbp", "quid", "euros"), in lower case; undefined for any other. */
export function currencyOf(word: string | undefined): Currency | undefined {
  if (!word) return undefined;
  if (/^(£|gbp|pounds?|quid|sterling)$/.test(word)) return 'GBP';
  if (/^(\$|us\$|usd|dollars?|bucks)$/.test(word)) return 'USD';
  if (/^(€|eur|euros?)$/.test(word)) return 'EUR';
  return undefined;
}

function wordValue(w: string): number | undefined {
  if (w in FEW) return FEW[w];
  const [tens, unit] = w.split(/[- ]/);
  const t = TENS.indexOf(tens ?? '');
  if (t >= 0) return (t + 2) * 10 + (unit ? UNITS.indexOf(unit) + 1 : 0);
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return 10 + teen;
  const u = UNITS.indexOf(w);
  return u >= 0 ? u + 1 : undefined;
}

const CHANGE_BEFORE = /\b(?:went|gone|grew|grown|increased|jumped|risen|rose|climbed|doubled|tripled|moved|shot up|ballooned|crept up)\s+(?:up\s+)?from\s*$/;

const num = (s: string) => Number(s.replace(/,/g, ''));

/** The code of a currency typed as a sign or a word; a word shared by two currencies stays a word ("kroner", "pesos"). */
const UNHELD_NAMES: [RegExp, string][] = [
  [/^(?:sfr|fr\.?|(?:swiss )?francs?)$/, 'CHF'],
  [/^a\$$/, 'AUD'],
  [/^c\$$/, 'CAD'],
  [/^nz\$$/, 'NZD'],
  [/^s\$$/, 'SGD'],
  [/^hk\$$/, 'HKD'],
  [/^r\$|^reais$/, 'BRL'],
  [/^(?:¥|yen)$/, 'JPY'],
  [/^(?:yuan|renminbi)$/, 'CNY'],
  [/^(?:₹|rupees?)$/, 'INR'],
  [/^₩$/, 'KRW'],
  [/^(?:₪|shekels?)$/, 'ILS'],
  [/^(?:kronor|krona)$/, 'SEK'],
  [/^(?:zloty|zlotys|złoty|zł)$/, 'PLN'],
  [/^(?:₺|lira)$/, 'TRY'],
  [/^(?:₽|roubles?|rubles?)$/, 'RUB'],
  [/^(?:฿|baht)$/, 'THB'],
  [/^₫$/, 'VND'],
  [/^(?:₦|naira)$/, 'NGN'],
  [/^ringgit$/, 'MYR'],
  [/^rupiah$/, 'IDR'],
  [/^rand$/, 'ZAR'],
  [/^dirhams?$/, 'AED'],
  [/^riyals?$/, 'SAR'],
];

/**
 * The code of a currency typed as a sign, a code or a word, held or not: "a$" -> "AUD", "sek" -> "SEK", "kronor" ->
 * "SEK", "$" -> "USD", "€" -> "EUR"; undefined for anything else.
 */
export function currencyCode(typed: string): string | undefined {
  const word = typed.toLowerCase().trim();
  return currencyOf(word) ?? UNHELD_NAMES.find(([re]) => re.test(word))?.[1] ?? (UNHELD_CURRENCY_CODES.includes(word) ? word.toUpperCase() : undefined);
}

/** The currency a figure is typed in when the stored rates do not hold it ("CHF 6,000" -> "CHF", "50,000 yen" -> "JPY"). */
function unheldCurrency(text: string, start: number, end: number): string | undefined {
  const before = UNHELD_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  const after = UNHELD_AFTER.exec(text.slice(end));
  const typed = (before?.[0] ?? after?.[0])?.trim().toLowerCase();
  if (!typed) return undefined;
  return currencyCode(typed) ?? typed;
}

/** Every amount of money in the prepared text (lower case). */
export function findAmounts(text: string): Amount[] {
  return scanAmounts(text).filter((a) => !a.unheld);
}

/**
 * Every figure typed in a currency the stored rates do not hold, with that currency as typed: never read as money in
 * pounds, but worth saying it was seen ("CHF 6,000 a month" is a bill the crossover cannot be weighed against).
 */
export function findUnheldAmounts(text: string): (Amount & { unheld: string })[] {
  return scanAmounts(text).filter((a): a is Amount & { unheld: string } => a.unheld !== undefined);
}

function scanAmounts(text: string): (Amount & { unheld?: string })[] {
  const out: (Amount & { unheld?: string })[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const g = m.groups ?? {};
    const currency = currencyOf(g.pre) ?? currencyOf(g.post);
    const unheld = currency ? undefined : unheldCurrency(text, m.index, m.index + m[0].length);
    // "2-3k": the second figure's scale applies to the first; "£500 to £5k": it does not (500 > 5).
    const s1 = g.s1 ?? (g.n2 && g.n1 && num(g.n1) <= num(g.n2) ? g.s2 : undefined);
    // A word number ("thirty", "a couple of") is money only with a scale or a currency: "two engineers" is not.
    if (g.w1 && !s1 && !(g.post && !/^an?$/.test(g.w1))) continue;
    // "and" joins a range only after "between" ("between 2 and 3k"), never "2 and 3 engineers".
    if (g.n2 && /\band\b/.test(m[0]) && !/\bbetween\s*$/.test(text.slice(Math.max(0, m.index - 9), m.index))) continue;
    const first = (g.n1 ? num(g.n1) : (wordValue(g.w1 ?? '') ?? NaN)) + (g.half ? 0.5 : 0);
    const low = first * (s1 ? (SCALES[s1] ?? 1) : 1);
    const high = g.n2 ? num(g.n2) * (g.s2 ? (SCALES[g.s2] ?? 1) : s1 ? (SCALES[s1] ?? 1) : 1) : undefined;
    // "went from £1k to £6k a month" is a trajectory: the bill is now the second figure, not the middle.
    const moved = high !== undefined && CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    const value = high !== undefined && high > low ? (moved ? high : (low + high) / 2) : low;
    if (!Number.isFinite(value) || value <= 0) continue;
    out.push({ value, currency, scaled: Boolean(s1 || g.s2), range: high !== undefined && high > low && !moved, start: m.index, end: m.index + m[0].trimEnd().length, ...(unheld ? { unheld } : {}) });
  }
  return out;
}

import type { PriceQuote, PriceSide, Span } from '../../workflows/decision/model-prices.ts';
import { formatMoney } from '../../workflows/format.ts';
import type { TypedBill } from '../../workflows/decision/situation/spend.ts';
import { ownMoney, readOwnRate } from '../../workflows/decision/situation/own-rate.ts';
import { currencyOf } from '../../workflows/decision/situation/amounts.ts';
import { convert } from '../../workflows/decision/situation/rates.ts';
import type { Prices } from '../../workflows/decision/prices.ts';

/** Words asking what a move would save. */
export const ASKS_SAVING = /\b(save|saves|saving|savings|cut|cuts|reduce|shave|knock)\b|\bhow much (less|cheaper|lower)\b|\bcheaper\b/i;

/** How the price verdict writes prices and ratios: figures as price lists write them, ratios rounded for a reader. */

/** "$1", "$0.50", or "$0.15 to $0.17" where sources disagree. */
export function spanMoney(span: Span | null): string {
  if (!span) return 'no stated price';
  const usd = (n: number) => formatMoney(n, 'USD', { unitPrice: true });
  return span.low === span.high ? usd(span.low) : `${usd(span.low)} to ${usd(span.high)}`;
}

/**
 * An amount worked out from prices, to the cent: "$45.50", "$0.88", or "$40 to $45.50" where sources disagree. Less
 * than a cent is given to two significant figures ("$0.0035" for one request), never as "$0".
 */
export function centsMoney(low: number, high: number = low): string {
  const cents = (n: number) => (n > 0 && n < 0.01 ? Number(n.toPrecision(2)) : Math.round(n * 100) / 100);
  return spanMoney({ low: cents(low), high: cents(high) });
}

/** "Claude Haiku 4.5", "Llama 4 Maverick on DeepInfra" (a model several providers sell), "GPT-5 nano (deprecated)". */
export function quoteLabel(q: PriceQuote): string {
  return `${q.model}${q.providers > 1 ? ` on ${q.provider}` : ''}${q.status ? ` (${q.status})` : ''}`;
}

/** "$1 input and $5 output per million tokens", "$1 per million input tokens", with the tier it holds for. */
export function quoteFigures(q: PriceQuote, side: PriceSide): string {
  const figures = side === 'both'
    ? `${spanMoney(q.input)} input and ${spanMoney(q.output)} output per million tokens`
    : `${spanMoney(q[side])} per million ${side} tokens`;
  return `${figures}${q.context ? ` for ${q.context}` : ''}`;
}

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export interface Relation {
  direction: 'same' | 'cheaper' | 'dearer' | 'mixed';
  /** "the same", "about 5 times cheaper", "about 13% dearer", "about 29 to 33 times cheaper". */
  text: string;
}

/** "5", "1.2", "42": a ratio to one decimal below ten, whole above. */
const times = (f: number) => String(f < 10 ? Math.round(f * 10) / 10 : Math.round(f));

/**
 * How much cheaper or dearer, for factors lo..hi (both >= 1): under two times as a percentage of the dearer
 * price ("about 13% cheaper"), from two times as a ratio ("about 5 times cheaper"), a range where sources differ.
 */
function factorText(lo: number, hi: number, word: 'cheaper' | 'dearer'): string {
  const pct = (f: number) => Math.round((word === 'cheaper' ? 1 - 1 / f : f - 1) * 100);
  const [a, b, unit] = hi < 2 ? [`${pct(lo)}%`, `${pct(hi)}%`, ''] : [times(lo), times(hi), ' times'];
  if (a === b) return `about ${a}${unit} ${word}`;
  return lo === 1 ? `up to about ${b}${unit} ${word}` : `about ${a} to ${b}${unit} ${word}`;
}

/** How price a compares with price b: the same, cheaper, dearer, or either way depending on the source. */
export function compareSpans(a: Span, b: Span): Relation {
  if (a.low === a.high && b.low === b.high && a.low === b.low) return { direction: 'same', text: 'the same' };
  const lo = b.low / a.high;
  const hi = b.high / a.low;
  if (lo >= 1) return { direction: 'cheaper', text: factorText(lo, hi, 'cheaper') };
  if (hi <= 1) return { direction: 'dearer', text: factorText(1 / hi, 1 / lo, 'dearer') };
  return { direction: 'mixed', text: `between ${factorText(hi, hi, 'cheaper')} and ${factorText(1 / lo, 1 / lo, 'dearer')}` };
}

/** The share of the work that moves, as people say it. */
const SHARES: [RegExp, number, string][] = [
  [/\bthree[- ]quarters\b/i, 3 / 4, 'three quarters'],
  [/\btwo[- ]thirds\b/i, 2 / 3, 'two thirds'],
  [/\bhalf\b/i, 1 / 2, 'half'],
  [/\b(?:a|one)[- ]third\b/i, 1 / 3, 'a third'],
  [/\b(?:a|one)[- ]quarter\b/i, 1 / 4, 'a quarter'],
];
const PERCENT = /\b(\d{1,2}(?:\.\d+)?)\s?(?:%|percent\b)/i;

/** The share of the work the message says moves ("roughly half the calls", "30% of requests"); undefined when none. */
export function movedShare(text: string): { share: number; words: string } | undefined {
  const percent = PERCENT.exec(text);
  if (percent) {
    const n = Number(percent[1]);
    return n > 0 && n < 100 ? { share: n / 100, words: `${percent[1]}%` } : undefined;
  }
  const found = SHARES.find(([re]) => re.test(text));
  return found ? { share: found[1], words: found[2] } : undefined;
}

/** A sum the price list gives only roughly: to two significant figures ("about $2,000", "about £170"). */
export function roughly(n: number, currency: Parameters<typeof formatMoney>[1]): string {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(1, n))) - 1);
  return formatMoney(Math.round(n / magnitude) * magnitude, currency);
}

/** The asker's bill as an answer names it: `per` "a month", `typed` "$6,000-a-month bill". */
export function billWords(bill: TypedBill): { per: string; typed: string } {
  const per = `a ${bill.period}`;
  return { per, typed: `${formatMoney(bill.value, bill.currency)}-${per.replace(' ', '-')} bill` };
}

/**
 * Dollar totals again at an exchange rate the asker states ("…usd cost? and A$ at 1.55"): " At your rate of 1.55 AUD to
 * the dollar, that is about AUD 85.25." Each total may carry its label (a model, an offer); empty when the message
 * states no rate against the dollar.
 */
export function atOwnRate(question: string, totals: { usd: number; label?: string }[], per = ''): string {
  const rate = readOwnRate(question);
  if (!rate || rate.base !== 'USD' || !totals.length) return '';
  const each = totals.map((t) => `${ownMoney(t.usd * rate.perBase, rate.code)}${t.label ? ` ${t.label}` : ''}`);
  return ` At your rate of ${rate.perBase} ${rate.code} to the dollar, that is about ${joinAnd(each)}${per}.`;
}

/** A currency a sum is asked in: "in gbp", "in £?", "in euros pls", "in £ too". */
const ASKED_IN = /(?:^|\s)in\s+([a-z]+|£|€)(?=[\s?.!,;]|$)/gi;

/** The currency other than dollars the message asks a sum in ("in gbp", "in euros"), read as amounts read it; if any. */
export function askedCurrency(question: string): 'GBP' | 'EUR' | undefined {
  for (const m of question.matchAll(ASKED_IN)) {
    const currency = currencyOf(m[1]?.toLowerCase());
    if (currency === 'GBP' || currency === 'EUR') return currency;
  }
  return undefined;
}

/**
 * Dollar sums again in the currency the message asks for, at the stored exchange rate: " In pounds that is about £570
 * a month at the stored exchange rate." Empty when it asks for none, or a sum cannot be converted.
 */
export function inAskedCurrency(question: string, sums: { low: number; high: number; label?: string }[], prices: Prices, per = ''): string {
  const into = askedCurrency(question);
  if (!into || !sums.length) return '';
  const each = sums.map(({ low, high, label }) => {
    const [from, to] = [convert(low, 'USD', into, prices), convert(high, 'USD', into, prices)];
    return from === undefined || to === undefined ? '' : `${formatMoney(from, into)}${Math.round(to) !== Math.round(from) ? ` to ${formatMoney(to, into)}` : ''}${label ? ` ${label}` : ''}`;
  });
  return each.every(Boolean) ? ` In ${into === 'GBP' ? 'pounds' : 'euros'} that is about ${joinAnd(each)}${per} at the stored exchange rate.` : '';
}

/** A batch job, priced at the provider's batch discount where its card states one. */
export const BATCH = /\bbatch(es|ed|ing)?\b/i;

/** Words setting a top price, before it: "under", "less than", "at or under", "at most", "up to" (a regex source). */
export const CEILING_WORDS = String.raw`at or (?:under|below)|under|below|less than|cheaper than|at most|no more than|max(?:imum)?(?: of)?|up to`;
/** Those of `CEILING_WORDS` that take in the top price itself: "at or under $15", "at most", "no more than", "up to". */
export const INCLUSIVE_CEILING = /^(?:at or|at most|no more than|max|up to)/i;
/** Whether a price is within a top price: at it or under for an inclusive one, under it otherwise. */
export const withinCeiling = (price: number, top: number, inclusive: boolean): boolean => (inclusive ? price <= top : price < top);
/** How a top price is said back: "at or under" for an inclusive one, "under" otherwise. */
export const ceilingWording = (inclusive: boolean): string => (inclusive ? 'at or under' : 'under');

/** The batch discount a quote's provider states on its card (`batch_discounts` in prices.json), if any. */
export function batchDiscount(prices: Prices, q: PriceQuote): Prices['batch_discounts'][number] | undefined {
  return prices.batch_discounts.find((d) => d.provider === q.provider);
}

/** A quote's input and output prices at its provider's batch discount: "$0.50 and $2.50 with Anthropic's 50% batch discount". */
export function batchFigures(q: PriceQuote, d: Prices['batch_discounts'][number]): string | undefined {
  if (!q.input || !q.output) return undefined;
  const off = (n: number) => n * (1 - d.share_off);
  return `${centsMoney(off(q.input.low), off(q.input.high))} and ${centsMoney(off(q.output.low), off(q.output.high))} with ${q.provider}'s ${Math.round(d.share_off * 100)}% batch discount`;
}

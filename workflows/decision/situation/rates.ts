import { loadPrices, type ExchangeRate, type Prices } from '../prices.ts';
import type { Currency } from './amounts.ts';
import { formatMoney } from '../../format.ts';

/** Kept as the situation code's short name for the one money formatter (workflows/format.ts). */
export const money = (n: number, c: Currency = 'GBP') => formatMoney(n, c);

/** The dated rate that turns `currency` into pounds (knowledge/data/prices.json), or undefined for GBP. */
export function rateFor(currency: Currency, prices: Prices = loadPrices()): ExchangeRate | undefined {
  if (currency === 'GBP') return undefined;
  const rate = prices.exchange_rates.to_gbp.find((r) => r.currency === currency);
  if (!rate) throw new Error(`prices.json: no exchange rate for ${currency}`);
  return rate;
}

/** Pounds for an amount, and the sentence that says which rate was used. */
export function toGbp(value: number, currency: Currency, prices?: Prices): { gbp: number; rate?: ExchangeRate; note?: string } {
  const rate = rateFor(currency, prices);
  if (!rate) return { gbp: value };
  const gbp = value * rate.gbp_per_unit;
  return { gbp, rate, note: `${money(value, currency)} converted at £${rate.gbp_per_unit} per ${formatMoney(1, currency)}, our ${currency} rate as of ${rate.as_of}` };
}

/**
 * An amount in another currency, through pounds at the stored rates ("€60m" in dollars, "£5k" in dollars); undefined
 * when the file holds no rate for the currency asked for.
 */
export function convert(value: number, from: Currency, to: Currency, prices: Prices = loadPrices()): number | undefined {
  if (from === to) return value;
  const into = to === 'GBP' ? 1 : prices.exchange_rates.to_gbp.find((r) => r.currency === to)?.gbp_per_unit;
  return into === undefined ? undefined : toGbp(value, from, prices).gbp / into;
}

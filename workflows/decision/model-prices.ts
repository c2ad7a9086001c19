import { loadPrices, type ModelPrice, type Prices } from './prices.ts';

/** A price, or the two ends of what the sources say when they disagree ($0.15 or $0.17). */
export interface Span {
  low: number;
  high: number;
}

/** Which prompts a quote is for: the standard price, or the tier for prompts over 200,000 tokens where there is one. */
export type PromptTier = 'standard' | 'long';

/** What one model costs at one provider for one tier: every entry stating it, merged. */
export interface PriceQuote {
  model: string;
  provider: string;
  /** Null when no card states that side. */
  input: Span | null;
  output: Span | null;
  context?: ModelPrice['context'];
  status?: ModelPrice['status'];
  /** How many providers sell the model at a listed price: with more than one, a quote names its provider. */
  providers: number;
  /** The first entry's card and source (each model's own price card comes first in the data). */
  card: string;
  url: string;
}

const entriesOf = (prices: Prices) => prices.model_prices_usd_per_million;

/** True when the price data holds a per-million-token price for the model (an exact catalogue name). */
export function hasModelPrice(model: string, prices: Prices = loadPrices()): boolean {
  return entriesOf(prices).some((e) => e.model === model);
}

/** True when the name is a provider in the price data ("Anthropic", "DeepInfra"). */
export function isPriceProvider(name: string, prices: Prices = loadPrices()): boolean {
  return entriesOf(prices).some((e) => e.provider === name);
}

/** Models with a price, in data order. */
export function pricedModels(prices: Prices = loadPrices()): string[] {
  return [...new Set(entriesOf(prices).map((e) => e.model))];
}

const span = (values: (number | null)[]): Span | null => {
  const v = values.filter((n): n is number => n !== null);
  return v.length ? { low: Math.min(...v), high: Math.max(...v) } : null;
};

/**
 * A model's quotes, one per provider in data order, for a tier: the long-prompt tier where the model has one,
 * else its standard price (a model priced flat costs the same for long prompts as far as its card says). Cached
 * input is a discount, never a quote.
 */
export function modelQuotes(model: string, tier: PromptTier = 'standard', prices: Prices = loadPrices()): PriceQuote[] {
  const all = entriesOf(prices).filter((e) => e.model === model && e.context !== 'cached input');
  const long = all.filter((e) => e.context === 'prompts over 200,000 tokens');
  const chosen = tier === 'long' && long.length ? long : all.filter((e) => e.context !== 'prompts over 200,000 tokens');
  const providers = [...new Set(chosen.map((e) => e.provider))];
  return providers.map((provider) => {
    const own = chosen.filter((e) => e.provider === provider);
    const first = own[0] as ModelPrice;
    return {
      model,
      provider,
      input: span(own.map((e) => e.input)),
      output: span(own.map((e) => e.output)),
      ...(first.context ? { context: first.context } : {}),
      ...(first.status ? { status: first.status } : {}),
      providers: providers.length,
      card: first.card,
      url: first.url,
    };
  });
}

/** Which side of a price a question weighs: input, output, or both. */
export type PriceSide = 'input' | 'output' | 'both';

/** What a quote costs on a side (input plus output for both) at one end of its span; undefined when a side is missing. */
export function quoteCost(q: PriceQuote, side: PriceSide, end: keyof Span): number | undefined {
  const input = q.input?.[end];
  const output = q.output?.[end];
  if (side === 'input') return input;
  if (side === 'output') return output;
  return input === undefined || output === undefined ? undefined : input + output;
}

/**
 * Quotes from the cheapest (or the dearest) on the side asked. Disputed figures rank at their dearest for
 * "cheapest" and at their cheapest for "dearest", so a disputed figure never wins on its better end alone; quotes
 * lacking the side go last.
 */
export function rankedQuotes(quotes: PriceQuote[], side: PriceSide, dearest = false): PriceQuote[] {
  const cost = (q: PriceQuote) => quoteCost(q, side, dearest ? 'low' : 'high') ?? (dearest ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY);
  return [...quotes].sort((a, b) => (dearest ? cost(b) - cost(a) : cost(a) - cost(b)));
}

/**
 * A model's quote for a tier: at the named provider when it sells the model, else at the cheapest provider (the
 * quote then names it, so the reader knows which host the figure is for).
 */
export function modelQuote(model: string, options: { provider?: string; tier?: PromptTier } = {}, prices: Prices = loadPrices()): PriceQuote | undefined {
  const quotes = modelQuotes(model, options.tier, prices);
  return quotes.find((q) => q.provider === options.provider) ?? rankedQuotes(quotes, 'both')[0];
}

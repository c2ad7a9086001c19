import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isoDate, sourceSchema } from '../../knowledge/card-schema.ts';
import { repoPath } from '../../knowledge/repo-path.ts';

/** The dated price data behind the cost comparison (knowledge/data/prices.json). */
export const PRICES_PATH = repoPath('knowledge', 'data', 'prices.json');

/** A provider's pricing term as its card states it (a batch discount, a cache-read multiple), with the source cited. */
const providerTerms = z.object({ provider: z.string(), card: z.string(), title: z.string(), url: z.string().url(), date: z.string() });

const tokenPrice = z.object({
  model: z.string(),
  kind: z.enum(['closed', 'open-weight-hosted']),
  provider: z.string(),
  input: z.number().positive(),
  output: z.number().positive(),
  date: z.string(),
  url: z.string().url(),
});

/** The conditions a tier's price holds under, as the price cards word them. */
export const PRICE_CONTEXTS = ['prompts up to 200,000 tokens', 'prompts over 200,000 tokens', 'cached input'] as const;

/**
 * One per-million-token list price as one card sentence states it (`kb lint` holds the two together): the model
 * as the card's catalogue entity names it, who sells it at that price (the vendor, or the host of open weights),
 * and the card's source for that sentence. A side the card does not state is null.
 */
const modelPrice = z.object({
  model: z.string().min(1),
  provider: z.string().min(1),
  input: z.number().positive().nullable(),
  output: z.number().positive().nullable(),
  /** Set on a tier: the same model priced for long prompts, or for cached input. */
  context: z.enum(PRICE_CONTEXTS).optional(),
  /** A model the card says is no longer sold at this price. */
  status: z.enum(['deprecated', 'shut down']).optional(),
  card: z.string().min(1),
  url: z.string().url(),
  date: z.string(),
}).refine((p) => p.input !== null || p.output !== null, 'a price states input, output or both');

/**
 * One GPU's hourly rental price as a sentence of its card states it: the GPU as a catalogue entity names it, who rents
 * it out, the offer as an answer names it after "on", a range's top, whether sources dispute it and whether it bills
 * only while requests run (serverless).
 */
const gpuRental = z.object({
  gpu: z.string().min(1),
  provider: z.string().min(1),
  offer: z.string().min(1),
  price: z.number().positive(),
  high: z.number().positive().optional(),
  disputed: z.boolean().optional(),
  serverless: z.boolean().optional(),
  card: z.string().min(1),
  url: z.string().url(),
  date: z.string(),
});

const exchangeRate = z.object({
  currency: z.enum(['USD', 'EUR']),
  gbp_per_unit: z.number().positive(),
  as_of: z.string(),
  source: z.string(),
  url: z.string().url(),
});

export const pricesSchema = z.object({
  as_of: isoDate,
  review_by: isoDate,
  currency: z.literal('GBP'),
  crossover: z.object({ low_gbp_per_month: z.number(), high_gbp_per_month: z.number(), note: z.string(), card: z.string(), sources: z.array(sourceSchema).min(1) }),
  self_hosting_entry: z.object({
    description: z.string(),
    infrastructure_gbp_per_month: z.number(),
    devops_gbp_per_month: z.number(),
    time_to_production_weeks: z.tuple([z.number(), z.number()]),
    card: z.string(),
    sources: z.array(sourceSchema).min(1),
  }),
  token_prices_usd_per_million: z.array(tokenPrice).min(2),
  /** Every per-million-token list price the price cards state; the price-comparison verdict reads these. */
  model_prices_usd_per_million: z.array(modelPrice).min(1),
  /** What a provider's batch processing takes off its list prices (a share: 0.5 is half price), as its card states. */
  batch_discounts: z.array(providerTerms.extend({ share_off: z.number().positive().max(1) })),
  /** What a provider bills a cached input token at, as a multiple of its input price (0.1 is a tenth), as its card states. */
  cache_read_multiples: z.array(providerTerms.extend({ multiple: z.number().positive().max(1) })),
  /** Every hourly GPU rental price the GPU rental card states, for the rental verdict; `kb lint` holds the two together. */
  gpu_rental_usd_per_hour: z.array(gpuRental).min(1),
  /** One GPU's hourly price and full-load output, for the cost per token at the asker's utilisation. */
  self_hosted_throughput: z.object({
    note: z.string(),
    gpu: z.string(),
    model: z.string(),
    usd_per_hour: z.number().positive(),
    output_tokens_per_second: z.number().positive(),
    card: z.string(),
    sources: z.array(sourceSchema).min(1),
  }),
  /** Measured vLLM throughput per model, GPU and GPU count, for the capacity verdict. */
  vllm_throughput: z.object({
    note: z.string(),
    card: z.string(),
    runs: z.array(z.object({ model: z.string(), gpu: z.string(), gpus: z.number().int().positive(), vllm: z.string(), output_tokens_per_second: z.number().positive() })).min(1),
    sources: z.array(sourceSchema).min(1),
  }),
  /** EU AI Act Article 99's fine tiers: each capped at a fixed amount or a share of worldwide turnover. */
  ai_act_fines: z.object({
    note: z.string(),
    card: z.string(),
    tiers: z.array(z.object({ id: z.enum(['prohibited', 'obligations', 'information']), label: z.string(), fixed_eur: z.number().positive(), turnover_percent: z.number().positive().max(100) })).length(3),
    sources: z.array(sourceSchema).min(1),
  }),
  /** EU AI Act stages and the date each applies from (ISO dates), each with the page that states it. */
  ai_act_dates: z.object({
    note: z.string(),
    card: z.string(),
    stages: z.array(z.object({ id: z.string().min(1), label: z.string().min(1), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), source: z.string().url() })).min(1),
  }),
  /** Licences that require a separate licence from the licensor above a number of monthly active users. */
  licence_user_caps: z.object({
    note: z.string(),
    caps: z.array(z.object({
      model: z.string().min(1),
      licence: z.string().min(1),
      licensor: z.string().min(1),
      monthly_active_users: z.number().int().positive(),
      /**
       * When the licence counts the users, as its card states it: on the model's release date (growth after it brings
       * in no separate licence) or while the model is in use. Absent when the card does not say; only a cap counted
       * while in use is projected forward at the asker's growth rate.
       */
      counted: z.enum(['on-release-date', 'while-in-use']).optional(),
      card: z.string().min(1),
      url: z.string().url(),
      date: z.string(),
    })).min(1),
  }),
  token_price_ratio: z.object({ closed_model: z.string(), open_model: z.string(), note: z.string(), card: z.string() }),
  /** GBP per unit, dated, so a spend typed in dollars or euros can be compared with the GBP crossover. */
  exchange_rates: z.object({ note: z.string(), to_gbp: z.array(exchangeRate).min(1) }),
});

export type Prices = z.infer<typeof pricesSchema>;
export type TokenPrice = z.infer<typeof tokenPrice>;
export type ModelPrice = z.infer<typeof modelPrice>;
export type GpuRental = z.infer<typeof gpuRental>;
export type PriceContext = (typeof PRICE_CONTEXTS)[number];
export type ExchangeRate = z.infer<typeof exchangeRate>;
export type LicenceUserCap = Prices['licence_user_caps']['caps'][number];
export type ForeignCurrency = ExchangeRate['currency'];

let cached: Prices | undefined;

/** Reads and validates the price file once; a broken file is a programming error, so it throws with the reason. */
export function loadPrices(path: string = PRICES_PATH): Prices {
  if (path === PRICES_PATH && cached) return cached;
  const parsed = pricesSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (path === PRICES_PATH) cached = parsed.data;
  return parsed.data;
}

export function priceOf(prices: Prices, model: string): TokenPrice {
  const p = prices.token_prices_usd_per_million.find((t) => t.model === model);
  if (!p) throw new Error(`prices.json: no token price for "${model}"`);
  return p;
}

/** Why steady spend above the crossover favours self-hosting, as the cost-crossover card states it. */
export const FIXED_COST = 'a self-hosted deployment is mostly a fixed cost while an API bill grows with every token';

/** The crossover band (GBP a month): the one home of the £1,500 / £2,500 figures the rules and verdicts use. */
export function crossover(prices: Prices = loadPrices()): { low: number; high: number } {
  return { low: prices.crossover.low_gbp_per_month, high: prices.crossover.high_gbp_per_month };
}

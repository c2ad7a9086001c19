import type { DecisionInput } from './input.ts';
import { loadPrices, priceOf, type Prices } from './prices.ts';
import { formatMoney } from '../format.ts';

/** The cost comparison at the team's own volume, from dated price data. */
export interface CostComparison {
  asOf: string;
  currency: 'GBP';
  monthlyApiSpend: number;
  selfHosting: { description: string; infrastructure: number; devops: number; total: number; timeToProductionWeeks: [number, number] };
  crossover: { low: number; high: number };
  /** Where their spend sits against the crossover band. */
  position: 'below-crossover' | 'within-crossover' | 'above-crossover';
  /** API spend minus the self-hosting entry cost: positive means self-hosting would cost less each month. */
  monthlyDifference: number;
  annualDifference: number;
  cheaperAtYourVolume: 'closed-api' | 'self-hosted' | 'about-even';
  tokenPriceRatio: { closedModel: string; openModel: string; input: number; output: number; range: string };
  /** What the same tokens would cost on a hosted open-weight API, if their spend buys a frontier closed model. */
  hostedOpenWeightEquivalent: { low: number; high: number };
  summary: string;
  sources: { title: string; url: string; date: string }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function compareCosts(input: DecisionInput, prices: Prices = loadPrices()): CostComparison {
  const entry = prices.self_hosting_entry;
  const total = entry.infrastructure_gbp_per_month + entry.devops_gbp_per_month;
  const { low_gbp_per_month: low, high_gbp_per_month: high } = prices.crossover;
  const spend = input.monthlySpendGBP;
  const position = spend < low ? 'below-crossover' : spend > high ? 'above-crossover' : 'within-crossover';
  const difference = spend - total;
  const cheaper = position === 'below-crossover' ? 'closed-api' : position === 'above-crossover' ? 'self-hosted' : 'about-even';

  const closed = priceOf(prices, prices.token_price_ratio.closed_model);
  const open = priceOf(prices, prices.token_price_ratio.open_model);
  const ratioIn = closed.input / open.input;
  const ratioOut = closed.output / open.output;
  const range = `${Math.floor(Math.min(ratioIn, ratioOut))}-${Math.floor(Math.max(ratioIn, ratioOut))}x`;

  const verdict =
    cheaper === 'closed-api'
      ? `At ${formatMoney(spend)} a month a closed API is almost always cheaper than self-hosting, which starts at about ${formatMoney(total)} a month (${formatMoney(entry.infrastructure_gbp_per_month)} infrastructure + ${formatMoney(entry.devops_gbp_per_month)} DevOps).`
      : cheaper === 'self-hosted'
        ? `At ${formatMoney(spend)} a month you are above the ${formatMoney(low)}-${formatMoney(high)} crossover: entry self-hosting at about ${formatMoney(total)} a month would save about ${formatMoney(difference)} a month${input.spendPredictable ? '' : ', but only if the volume holds, and yours is not predictable yet'}.`
        : `At ${formatMoney(spend)} a month you are inside the ${formatMoney(low)}-${formatMoney(high)} crossover band: the two cost about the same once DevOps time is counted, so the other factors decide.`;
  return {
    asOf: prices.as_of,
    currency: 'GBP',
    monthlyApiSpend: spend,
    selfHosting: { description: entry.description, infrastructure: entry.infrastructure_gbp_per_month, devops: entry.devops_gbp_per_month, total, timeToProductionWeeks: entry.time_to_production_weeks },
    crossover: { low, high },
    position,
    monthlyDifference: Math.round(difference),
    annualDifference: Math.round(difference * 12),
    cheaperAtYourVolume: cheaper,
    tokenPriceRatio: { closedModel: closed.model, openModel: open.model, input: round1(ratioIn), output: round1(ratioOut), range },
    hostedOpenWeightEquivalent: { low: Math.round(spend / Math.max(ratioIn, ratioOut)), high: Math.round(spend / Math.min(ratioIn, ratioOut)) },
    summary: `${verdict} Prices as of ${prices.as_of}.`,
    sources: [...prices.crossover.sources, ...entry.sources].filter((s, i, all) => all.findIndex((x) => x.url === s.url) === i),
  };
}

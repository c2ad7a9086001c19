import type { DecisionInput } from './input.ts';
import { DECISION_CARDS as C } from './cards.ts';
import { crossover } from './prices.ts';
import { formatMoney } from '../format.ts';


export type Recommendation = 'closed' | 'self-hosted' | 'hybrid';

/** Something in the input that pushes towards self-hosting (DECISION_CARDS.selfHost lists them). */
export interface Driver {
  id: 'residency' | 'special-category-data' | 'sovereignty-procurement' | 'weight-fine-tuning' | 'steady-high-spend';
  text: string;
}

export function selfHostingDrivers(i: DecisionInput): Driver[] {
  const drivers: Driver[] = [];
  if (i.residencyRequired) drivers.push({ id: 'residency', text: 'data residency is mandatory' });
  if (i.dataClassification === 'special-category') drivers.push({ id: 'special-category-data', text: 'you process special-category personal data' });
  if (i.sovereigntyProcurement) drivers.push({ id: 'sovereignty-procurement', text: 'your customers buy on strategic autonomy or sovereign AI criteria' });
  if (i.fineTuning === 'weights') drivers.push({ id: 'weight-fine-tuning', text: 'your edge depends on weight-level fine-tuning on your own data' });
  const { high } = crossover();
  if (i.monthlySpendGBP > high && i.spendPredictable) drivers.push({ id: 'steady-high-spend', text: `your spend is above ${formatMoney(high)} a month and predictable` });
  return drivers;
}

/** One decision rule: the first that applies decides. Each names the card whose guidance it implements. */
/**
 * A team not ready to run its own model yet: still prototyping, or nobody who can run GPUs. Such a team is never
 * told to self-host: the closed API, or with a reason to self-host the staged hybrid.
 */
export function notReadyToSelfHost(i: Partial<Pick<DecisionInput, 'stage' | 'gpuCapability'>>): boolean {
  return i.stage === 'prototype' || i.gpuCapability === 'none';
}

export interface DecisionRule {
  id: 'default-closed' | 'hybrid-frontier-reasoning' | 'hybrid-staged' | 'self-host';
  card: string;
  recommendation: Recommendation;
  applies(input: DecisionInput, drivers: Driver[]): boolean;
  why(input: DecisionInput, drivers: Driver[]): string;
}

const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

export const DECISION_RULES: DecisionRule[] = [
  {
    id: 'default-closed',
    card: C.closed,
    recommendation: 'closed',
    applies: (_i, d) => d.length === 0,
    why: (i) => {
      const { low, high } = crossover();
      const fits = [
        i.stage === 'prototype' && 'you are prototyping',
        i.gpuCapability === 'none' && 'you have no GPU capability',
        i.monthlySpendGBP < low && `you spend under ${formatMoney(low)} a month`,
        (i.dataClassification === 'public' || i.dataClassification === 'internal') && 'your data is not regulated',
      ].filter((x): x is string => typeof x === 'string');
      const head = `Nothing in your answers requires self-hosting (no mandatory residency, special-category data, sovereignty clauses, weight-level fine-tuning or steady spend above ${formatMoney(high)} a month)`;
      return fits.length ? `${head}, and ${list(fits)}: a closed API is the sensible default.` : `${head}: a closed API is the sensible default.`;
    },
  },
  {
    id: 'hybrid-frontier-reasoning',
    card: C.hybrid,
    recommendation: 'hybrid',
    applies: (i, d) => d.length > 0 && i.frontierReasoning,
    why: (_i, d) => `${capitalise(list(d.map((x) => x.text)))}, which points to self-hosting, but you also need frontier reasoning, where closed models still lead by 3-8 points: keep frontier reasoning on a closed API and run the rest on open weights.`,
  },
  {
    id: 'hybrid-staged',
    card: C.caseStudy,
    recommendation: 'hybrid',
    applies: (i, d) => d.length > 0 && notReadyToSelfHost(i),
    why: (i, d) => `${capitalise(list(d.map((x) => x.text)))}, which points to self-hosting, but ${i.stage === 'prototype' ? 'you are still prototyping' : 'your team has no GPU capability yet'}: start on a closed API for non-sensitive work, move sensitive and high-volume work to a self-hosted open-weight model, and design for the switch from day one.`,
  },
  {
    id: 'self-host',
    card: C.selfHost,
    recommendation: 'self-hosted',
    applies: (_i, d) => d.length > 0,
    why: (i, d) => `${capitalise(list(d.map((x) => x.text)))}; you are in production with ${i.gpuCapability === 'dedicated' ? 'a dedicated' : 'some'} GPU capability and do not need frontier reasoning: self-host an open-weight model on UK/EU infrastructure.`,
  },
];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The first rule that applies (the last rule always applies when the first does not). */
export function decide(input: DecisionInput): { rule: DecisionRule; drivers: Driver[] } {
  const drivers = selfHostingDrivers(input);
  const rule = DECISION_RULES.find((r) => r.applies(input, drivers));
  if (!rule) throw new Error('no decision rule applied');
  return { rule, drivers };
}

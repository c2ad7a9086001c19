/**
 * The two or three reasons that decided, each citing the card it follows. They name only what the message said,
 * or say "(assumed)" when a reason rests on a default, so a reply never presents a guess as the team's fact.
 */
import { DECISION_CARDS as C } from '../cards.ts';
import type { DecisionField, DecisionInput } from '../input.ts';
import { crossover, FIXED_COST } from '../prices.ts';
import type { DecisionRule, Driver } from '../rules.ts';
import { money } from './rates.ts';

export interface Reason {
  text: string;
  /** The knowledge card the reason follows. */
  card: string;
}

const DRIVER_CARDS: Record<Driver['id'], string> = {
  residency: C.selfHost,
  'special-category-data': C.greyZone,
  'sovereignty-procurement': C.sovereignProcurement,
  'weight-fine-tuning': C.fineTuning,
  'steady-high-spend': C.crossover,
};
const DRIVER_FIELDS: Record<Driver['id'], DecisionField[]> = {
  residency: ['residencyRequired'],
  'special-category-data': ['dataClassification'],
  'sovereignty-procurement': ['sovereigntyProcurement'],
  'weight-fine-tuning': ['fineTuning'],
  'steady-high-spend': ['monthlySpendGBP', 'spendPredictable'],
};

/** What a driver means for the choice, as its card states it, said after the driver when the card gives it. */
const DRIVER_CONSEQUENCE: Partial<Record<Driver['id'], string>> = {
  residency: 'self-hosting on UK or EU infrastructure takes US providers, and with them the US CLOUD Act, out of the data path',
  'steady-high-spend': `${FIXED_COST}, so the saving grows with volume`,
  'sovereignty-procurement': 'in their tenders an open-weight model on UK or EU infrastructure can be a condition of winning rather than a nice extra',
  'special-category-data': 'an EU region of a US provider keeps it in Europe, but the provider stays subject to the US CLOUD Act',
};

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why a spend that swings does not make the cost case for self-hosting, whatever its size. */
export const STEADY_ONLY = 'a fixed self-hosted cost only pays on a steady, predictable load';

export function reasonsFor(rule: DecisionRule, drivers: Driver[], input: DecisionInput, assumed: Set<DecisionField>): Reason[] {
  const mark = (fields: DecisionField[]) => (fields.some((f) => assumed.has(f)) ? ' (assumed)' : '');
  const marked = (text: string, fields: DecisionField[]) => `${capital(text)}${mark(fields)}.`;
  // "(assumed)" goes on the driver itself, before what it means for the choice.
  const stated = (f: DecisionField) => !assumed.has(f);
  // A spend the asker stated is quoted in the reason it drives ("Your spend, £2,947 a month, is above £2,500…").
  const said = (d: Driver) => (d.id === 'steady-high-spend' && stated('monthlySpendGBP') ? `your spend, ${money(input.monthlySpendGBP)} a month, is above ${money(crossover().high)} and predictable` : d.text);
  const pushes = drivers.slice(0, 2).map((d) => {
    const consequence = DRIVER_CONSEQUENCE[d.id];
    return { text: `${capital(said(d))}${mark(DRIVER_FIELDS[d.id])}${consequence ? `: ${consequence}` : ''}.`, card: DRIVER_CARDS[d.id] };
  });
  switch (rule.id) {
    case 'default-closed': {
      const { low } = crossover();
      const inBand = `At ${money(input.monthlySpendGBP)} a month you sit inside the ${money(low)}-${money(crossover().high)} crossover band, where the cost case is close`;
      const fits = ([
        stated('monthlySpendGBP') && input.monthlySpendGBP < low ? { text: `At ${money(input.monthlySpendGBP)} a month you are below the ${money(low)} crossover, where a closed API is almost always cheaper once DevOps time is counted.`, card: C.crossover } : undefined,
        stated('monthlySpendGBP') && input.monthlySpendGBP >= low && input.monthlySpendGBP <= crossover().high
          ? {
              text: `${inBand}${stated('spendPredictable') && !input.spendPredictable ? `, and your spend swings: ${STEADY_ONLY}.` : ' and skills, data rules and growth decide; nothing here tips it to self-hosting.'}`,
              card: C.crossover,
            }
          : undefined,
        // The asker's data before the team's stage and skills: with three reasons at most, it is what is dropped last.
        stated('dataClassification') && input.dataClassification === 'personal' ? { text: 'Personal data can go to a closed API bought on business terms, not a consumer plan, with a data processing agreement and transfer safeguards; residency is not mandated for you, though even an EU cloud region leaves a US provider subject to the US CLOUD Act.', card: C.smallFirm } : undefined,
        stated('stage') && input.stage === 'prototype' ? { text: 'You are prototyping: a closed API gets you to market faster, in weeks against 8-10 weeks for a self-hosted stack.', card: C.closed } : undefined,
        stated('gpuCapability') && input.gpuCapability === 'none' ? { text: 'Nobody on the team can run GPUs: with a closed API the vendor takes care of the safety filters, abuse detection and incident handling a self-hosted model needs.', card: C.closed } : undefined,
        stated('monthlySpendGBP') && input.monthlySpendGBP > crossover().high && !input.spendPredictable ? { text: `Your spend is above ${money(crossover().high)} a month but not steady, and ${STEADY_ONLY}.`, card: C.crossover } : undefined,
      ] as (Reason | undefined)[]).filter((r): r is Reason => r !== undefined);
      const lead = { text: 'Nothing you describe requires self-hosting: no mandatory residency, special-category data, sovereignty clause, weight-level fine-tuning or steady spend above the crossover.', card: C.closed };
      return [lead, ...fits].slice(0, 3);
    }
    case 'hybrid-frontier-reasoning':
      return [...pushes, { text: marked('you also need frontier reasoning, where closed models still lead open weights by 3-8 points: keep that work on a closed API', ['frontierReasoning']), card: C.capability }];
    case 'hybrid-staged': {
      const why = input.stage === 'prototype' ? marked('you are still prototyping: start on a closed API for non-sensitive work and design for the switch from day one', ['stage']) : marked('your team has no GPU capability yet: keep a closed API while you build it, and move sensitive work to open weights', ['gpuCapability']);
      return [...pushes, { text: why, card: C.caseStudy }];
    }
    case 'self-host':
      return [...pushes, { text: marked(`you are in production with ${input.gpuCapability === 'dedicated' ? 'a dedicated' : 'some'} GPU capability and do not need frontier reasoning: self-host an open-weight model on UK/EU infrastructure`, ['stage', 'gpuCapability', 'frontierReasoning']), card: C.selfHost }];
  }
}

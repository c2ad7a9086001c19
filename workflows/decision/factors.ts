import type { DecisionInput } from './input.ts';
import { DECISION_CARDS as C } from './cards.ts';
import { crossover } from './prices.ts';
import { formatMoney } from '../format.ts';


export type Verdict = 'favours-closed' | 'favours-self-hosted' | 'neutral';

export interface FactorResult {
  id: 'data-sovereignty' | 'customisation-depth' | 'cost-predictability' | 'support-burden' | 'regulatory-positioning' | 'spend';
  factor: string;
  verdict: Verdict;
  reason: string;
  /** The knowledge card the verdict follows. */
  card: string;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  'favours-closed': 'Favours a closed API',
  'favours-self-hosted': 'Favours self-hosting',
  neutral: 'Neutral',
};

function dataSovereignty(i: DecisionInput): FactorResult {
  const base = { id: 'data-sovereignty', factor: 'Data sovereignty' } as const;
  if (i.residencyRequired || i.dataClassification === 'special-category') {
    const why = i.residencyRequired ? 'Data residency is mandatory for you' : 'You handle special-category personal data';
    return { ...base, verdict: 'favours-self-hosted', card: C.greyZone, reason: `${why}. US-headquartered APIs, even in EU regions, sit in a legal grey zone (GDPR Article 48, the US CLOUD Act); self-hosting on UK/EU infrastructure settles it at the infrastructure layer.` };
  }
  if (i.dataClassification === 'personal') {
    return { ...base, verdict: 'neutral', card: C.transfers, reason: 'Personal data can go to a closed API with a processor agreement, a transfer mechanism (SCCs, IDTA or the Data Privacy Framework) and a transfer risk assessment; residency is not mandated for you.' };
  }
  return { ...base, verdict: 'favours-closed', card: C.closed, reason: `Your data is ${i.dataClassification} and residency is not required, so sending it to a closed API raises no sovereignty issue.` };
}

function customisationDepth(i: DecisionInput): FactorResult {
  const base = { id: 'customisation-depth', factor: 'Customisation depth', card: C.fineTuning } as const;
  if (i.fineTuning === 'weights') return { ...base, verdict: 'favours-self-hosted', reason: 'Weight-level fine-tuning on your own data needs open weights; closed providers only adjust behaviour through their API.' };
  if (i.fineTuning === 'api') return { ...base, verdict: 'favours-closed', reason: 'API-level fine-tuning, which closed providers offer, covers what you need without owning the weights.' };
  return { ...base, verdict: 'neutral', reason: 'You do not plan to fine-tune, so customisation does not separate the options.' };
}

function costPredictability(i: DecisionInput): FactorResult {
  const base = { id: 'cost-predictability', factor: 'Cost predictability', card: C.crossover } as const;
  if (!i.spendPredictable) return { ...base, verdict: 'favours-closed', reason: 'Your usage is not predictable yet: per-token pricing follows it up and down, while a self-hosted GPU is a fixed cost that sits idle or runs short.' };
  if (i.monthlySpendGBP >= crossover().low) return { ...base, verdict: 'favours-self-hosted', reason: 'Your usage is steady: a fixed self-hosted cost turns a bill that grows with every token into a flat monthly figure.' };
  return { ...base, verdict: 'neutral', reason: 'Your usage is predictable but small, so a fixed self-hosted cost would not pay for itself.' };
}

function supportBurden(i: DecisionInput): FactorResult {
  const base = { id: 'support-burden', factor: 'Support burden' } as const;
  if (i.gpuCapability === 'none' || i.stage === 'prototype') {
    const why = i.gpuCapability === 'none' ? 'Your team has no GPU capability' : 'You are prototyping';
    return { ...base, verdict: 'favours-closed', card: C.safety, reason: `${why}: the API vendor runs guardrails, abuse monitoring and incident response, and an API integrates in weeks against 8-10 weeks to a production self-hosted stack.` };
  }
  if (i.gpuCapability === 'dedicated') return { ...base, verdict: 'favours-self-hosted', card: C.safety, reason: 'You have a dedicated GPU/ML operations capability, so you can own runtime monitoring, content filtering and incident response, as self-hosting requires.' };
  return { ...base, verdict: 'neutral', card: C.entryCost, reason: 'Some GPU skills: a managed European GPU host can carry the infrastructure, but budget about £1,000 a month of DevOps time for monitoring and incidents.' };
}

function regulatoryPositioning(i: DecisionInput): FactorResult {
  const base = { id: 'regulatory-positioning', factor: 'Regulatory positioning' } as const;
  if (i.sovereigntyProcurement) return { ...base, verdict: 'favours-self-hosted', card: C.sovereignProcurement, reason: 'Your customers buy on strategic-autonomy or sovereignty criteria: an EU/UK-resident open-weight deployment can move from nice-to-have to a tender requirement.' };
  if (i.dataClassification === 'personal' || i.dataClassification === 'special-category') {
    return { ...base, verdict: 'neutral', card: C.ico, reason: 'Regulated personal data means a DPIA and clear controller/processor roles whichever way you go; no customer demands sovereign hosting.' };
  }
  return { ...base, verdict: 'favours-closed', card: C.closed, reason: 'No sovereignty clauses from customers and no regulated data: a closed vendor\'s certifications and contract terms can carry your assurance.' };
}

function spend(i: DecisionInput): FactorResult {
  const base = { id: 'spend', factor: 'Monthly spend', card: C.crossover } as const;
  const s = formatMoney(i.monthlySpendGBP);
  const { low, high } = crossover();
  if (i.monthlySpendGBP < low) return { ...base, verdict: 'favours-closed', reason: `${s} a month is below the ${formatMoney(low)} crossover: a closed API is almost always cheaper once DevOps time is counted.` };
  if (i.monthlySpendGBP <= high) return { ...base, verdict: 'neutral', reason: `${s} a month is inside the ${formatMoney(low)}-${formatMoney(high)} crossover band: cost alone does not decide.` };
  if (!i.spendPredictable) return { ...base, verdict: 'neutral', reason: `${s} a month is above the crossover, but it is not predictable, and self-hosting only pays when the volume is steady.` };
  return { ...base, verdict: 'favours-self-hosted', reason: `${s} a month, predictable, is above the ${formatMoney(high)} crossover: self-hosting starts to pay, and the gap widens with volume.` };
}

/** A verdict and reason for each of the five factors, then for spend (DECISION_CARDS.fiveFactors). */
export function assessFactors(input: DecisionInput): FactorResult[] {
  return [dataSovereignty(input), customisationDepth(input), costPredictability(input), supportBurden(input), regulatoryPositioning(input), spend(input)];
}

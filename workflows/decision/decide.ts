import type { CardIndex, WorkflowCitation } from '../citations.ts';
import { toCitations } from '../citations.ts';
import { DECISION_CARDS as C } from './cards.ts';
import { compareCosts, type CostComparison } from './costs.ts';
import { assessFactors, type FactorResult } from './factors.ts';
import type { DecisionInput } from './input.ts';
import { nextSteps, type NextStep } from './next-steps.ts';
import type { Prices } from './prices.ts';
import { decide, type Driver, type Recommendation } from './rules.ts';

export interface DecisionResult {
  recommendation: Recommendation;
  /** Why, in one paragraph. */
  rationale: string;
  rule: { id: string; card: string };
  drivers: Driver[];
  factors: FactorResult[];
  costs: CostComparison;
  nextSteps: NextStep[];
  citations: WorkflowCitation[];
}

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  closed: 'Closed API',
  'self-hosted': 'Self-hosted open-weight model',
  hybrid: 'Hybrid: closed API and self-hosted open weights',
};

/** The deployment-mode decision: pure rules over the input, priced from dated data, cited to the knowledge base. */
export function decideDeployment(input: DecisionInput, cards: CardIndex, prices?: Prices): DecisionResult {
  const { rule, drivers } = decide(input);
  const factors = assessFactors(input);
  const costs = compareCosts(input, prices);
  const steps = nextSteps(input, rule.recommendation);
  const cited = [C.fiveFactors, rule.card, ...factors.map((f) => f.card), C.crossover, C.entryCost, C.tokenPrices, ...steps.map((s) => s.card)];
  return {
    recommendation: rule.recommendation,
    rationale: rule.why(input, drivers),
    rule: { id: rule.id, card: rule.card },
    drivers,
    factors,
    costs,
    nextSteps: steps,
    citations: toCitations(cited, cards),
  };
}

import type { DecisionInput } from './input.ts';
import type { Recommendation } from './rules.ts';
import { DECISION_CARDS as C } from './cards.ts';
import { loadPrices } from './prices.ts';
import { formatMoney } from '../format.ts';

export interface NextStep {
  text: string;
  card: string;
  /** The /ai-procurement command that does it, as its words; a chat names it the way its platform types it. */
  command?: readonly string[];
}

/** What to do next, most important first, each tied to the card that explains it. */
export function nextSteps(input: DecisionInput, recommendation: Recommendation): NextStep[] {
  const steps: NextStep[] = [];
  if (recommendation === 'closed') {
    steps.push({ text: 'Pick a closed API and put a model abstraction layer (LiteLLM, Ollama or similar) in front of it, so a later switch is a configuration change, not a rewrite.', card: C.abstraction });
  }
  if (recommendation === 'hybrid') {
    steps.push({ text: 'Map each workload to a model: frontier reasoning and prototypes on a closed API; regulated, sovereign or high-volume work on a self-hosted open-weight model.', card: C.hybrid });
    steps.push({ text: 'Build on a model abstraction layer (LiteLLM, Ollama or similar) from day one so moving a workload is a configuration change.', card: C.abstraction });
  }
  if (recommendation !== 'closed') {
    const entry = loadPrices().self_hosting_entry;
    const [fromWeeks, toWeeks] = entry.time_to_production_weeks;
    steps.push({ text: `Budget the entry self-hosting stack: about ${formatMoney(entry.infrastructure_gbp_per_month)} a month for a single A10G GPU on a managed European host plus about ${formatMoney(entry.devops_gbp_per_month)} a month of DevOps time, and ${fromWeeks}-${toWeeks} weeks to production.`, card: C.entryCost });
    steps.push({ text: 'Plan runtime monitoring, content filtering and incident response: when you self-host you own them, and open-weight safeguards can be fine-tuned away.', card: C.safety });
    steps.push({ text: 'Read the open-weight model\'s licence before sign-off (user caps, attribution, regional restrictions).', card: C.licence });
  }
  if (input.dataClassification === 'personal' || input.dataClassification === 'special-category') {
    steps.push({ text: 'Run a DPIA and settle who is controller and who is processor before personal data reaches any model.', card: C.ico });
    if (recommendation !== 'self-hosted') {
      steps.push({ text: 'For personal data sent to a closed API, put a transfer mechanism (SCCs, IDTA or the Data Privacy Framework) and a transfer risk assessment in place.', card: C.transfers });
    }
  }
  if (input.sovereigntyProcurement) {
    steps.push({ text: 'Write down where each workload\'s data is processed, ready for the sovereignty questions in tenders.', card: C.sovereignProcurement });
  }
  steps.push({ text: 'Ask each shortlisted vendor the twelve vendor questions with the vendor checklist.', command: ['checklist', '<vendor>'], card: C.vendorQuestions });
  steps.push({ text: 'Re-evaluate this decision every quarter: prices fall, volumes change, and lock-in discovered 18 months in is the worst outcome.', card: C.quarterly });
  return steps;
}

import type { DecisionResult } from '../decision/decide.ts';
import type { Verdict } from '../decision/factors.ts';
import { VERDICT_LABELS } from '../decision/factors.ts';
import type { BarSegment, ExecutiveSummary, Finding, Swatch } from './document.ts';
import { evidenceHref } from './user-text.ts';

const VERDICT_SWATCH: Record<Verdict, Swatch> = { 'favours-closed': 'closed', 'favours-self-hosted': 'self-hosted', neutral: 'neutral' };
const VERDICT_ORDER: Verdict[] = ['favours-closed', 'favours-self-hosted', 'neutral'];

/** The verdict a factor must have to pull against each recommendation (a hybrid takes both sides by design). */
const AGAINST: Record<DecisionResult['recommendation'], Verdict | undefined> = {
  closed: 'favours-self-hosted',
  'self-hosted': 'favours-closed',
  hybrid: undefined,
};

/**
 * Page one of a decision record: the six factors as one bar by verdict, the factors that weigh against the
 * recommendation (the decision's concerns) with their reason and source, and any wizard question left open.
 */
export function decisionExecutive(result: DecisionResult, openPrompts: string[]): ExecutiveSummary {
  const segments: BarSegment[] = VERDICT_ORDER.map((v) => ({
    label: VERDICT_LABELS[v],
    count: result.factors.filter((f) => f.verdict === v).length,
    swatch: VERDICT_SWATCH[v],
  }));
  const against = AGAINST[result.recommendation];
  const findings: Finding[] = result.factors
    .filter((f) => f.verdict === against)
    .map((f) => {
      const source = result.citations.find((c) => c.id === f.card);
      const href = evidenceHref(source?.url ?? undefined);
      return {
        tone: 'concern',
        badge: 'WEIGHS AGAINST',
        title: f.factor,
        fields: [
          { label: 'Verdict', value: VERDICT_LABELS[f.verdict] },
          { label: 'Reason', value: f.reason },
          href ? { label: 'Evidence', value: href, link: true } : { label: 'Evidence', value: source ? `[${source.n}] ${source.title}` : '(none)' },
        ],
      };
    });
  return {
    lead: [
      { label: 'Why', text: result.rationale },
      { label: 'Cost at your volume', text: result.costs.summary },
    ],
    barsTitle: `The ${result.factors.length} factors by verdict`,
    bars: [{ label: '', segments }],
    legend: segments,
    findingsTitle: `Concerns: factors that weigh against the recommendation (${findings.length})`,
    findings,
    noFindings: against
      ? 'No factor weighs against the recommendation.'
      : 'None: a hybrid set-up puts each part of the work where its factors point.',
    openTitle: `Still unanswered (${openPrompts.length})`,
    open: openPrompts,
    noOpen: 'Every wizard question was answered.',
  };
}

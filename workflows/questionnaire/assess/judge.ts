import { CRITERIA, HEDGES, type Cue } from './criteria/index.ts';

export type ProposedStatus = 'satisfactory' | 'concern' | 'red-flag' | 'unanswered';

/** Good-answer criteria an answer must meet, with no hedge, to be satisfactory. */
export const SATISFACTORY_MIN_GOOD = 2;

export interface Verdict {
  status: ProposedStatus;
  reason: string;
  /** Index of the sentences that decided it (the red flag, or the criteria met), for ordering the quotes. */
  decisive: number[];
}

function hits(cues: Cue[], text: string): string[] {
  return cues.filter(([re]) => re.test(text)).map(([, label]) => label);
}

/**
 * Judges a question's evidence sentences against the card's criteria: any red flag decides; otherwise an
 * answer meeting at least SATISFACTORY_MIN_GOOD good-answer criteria with no hedge is satisfactory, and anything
 * else that addresses the question is a concern. No evidence is `unanswered`.
 */
export function judge(questionId: string, evidence: string[]): Verdict {
  const c = CRITERIA[questionId];
  if (!c || !evidence.length) return { status: 'unanswered', reason: 'The documents do not address this question.', decisive: [] };
  const red = evidence.map((s) => hits(c.red, s));
  const redAt = red.map((r, i) => (r.length ? i : -1)).filter((i) => i >= 0);
  if (redAt.length) {
    const labels = [...new Set(red.flat())];
    return { status: 'red-flag', reason: `Red flag on the card: ${labels.join('; ')}.`, decisive: redAt };
  }
  const good = evidence.map((s) => hits(c.good, s));
  const met = [...new Set(good.flat())];
  const hedged = [...new Set(evidence.flatMap((s) => [...hits(HEDGES, s), ...hits(c.concern, s)]))];
  const decisive = good.map((g, i) => (g.length ? i : -1)).filter((i) => i >= 0);
  const missing = c.good.map(([, l]) => l).filter((l) => !met.includes(l));
  if (met.length >= SATISFACTORY_MIN_GOOD && !hedged.length) {
    return { status: 'satisfactory', reason: `Meets the card's good answer: ${met.join('; ')}.`, decisive };
  }
  const parts = [
    met.length ? `meets ${met.join('; ')}` : 'addresses the question without meeting the card\'s good-answer criteria',
    hedged.length ? `but ${hedged.join('; ')}` : '',
    `missing: ${missing.slice(0, 3).join('; ')}`,
  ].filter(Boolean);
  const hedgeAt = evidence.map((s, i) => (hits(HEDGES, s).length || hits(c.concern, s).length ? i : -1)).filter((i) => i >= 0);
  return { status: 'concern', reason: `Partial answer: ${parts.join(', ')}.`, decisive: [...hedgeAt, ...decisive] };
}

import { CRITERIA, HEDGES, type Cue } from './criteria/index.ts';
import type { ProposedStatus } from '../../store.ts';

export type { ProposedStatus };

/** Good-answer criteria an answer must meet in unhedged sentences to be satisfactory. */
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

const indexes = (xs: unknown[][]) => xs.map((x, i) => (x.length ? i : -1)).filter((i) => i >= 0);

/**
 * Judges a question's evidence sentences against the card's criteria: any red flag decides (including one the
 * card names by absence, checked over `all` the sentences addressing the question); otherwise SATISFACTORY_MIN_GOOD
 * good-answer criteria met in sentences without a hedge make it satisfactory (a hedge on an extra, such as a
 * certification in progress, does not undo a firm core answer), and anything else that addresses the question is
 * a concern. No evidence is `unanswered`.
 */
export function judge(questionId: string, evidence: string[], all: string[] = evidence): Verdict {
  const c = CRITERIA[questionId];
  if (!c || !evidence.length) return { status: 'unanswered', reason: 'The documents do not address this question.', decisive: [] };
  const red = evidence.map((s) => hits(c.red, s));
  if (red.some((r) => r.length)) return { status: 'red-flag', reason: `Red flag on the card: ${[...new Set(red.flat())].join('; ')}.`, decisive: indexes(red) };
  const hedge = evidence.map((s) => [...hits(HEDGES, s), ...hits(c.concern, s)]);
  const good = evidence.map((s, i) => (hedge[i]?.length ? [] : hits(c.good, s)));
  const met = [...new Set(good.flat())];
  const hedged = [...new Set(hedge.flat())];
  if (c.absent && !all.some((s) => c.absent![0].test(s))) {
    return { status: 'red-flag', reason: `Red flag on the card: ${c.absent[1]}.${met.length ? ` (Meets ${met.join('; ')}.)` : ''}`, decisive: indexes(good) };
  }
  if (met.length >= SATISFACTORY_MIN_GOOD) {
    const extra = hedged.length ? ` Note: ${hedged.join('; ')}.` : '';
    return { status: 'satisfactory', reason: `Meets the card's good answer: ${met.join('; ')}.${extra}`, decisive: indexes(good) };
  }
  const missing = c.good.map(([, l]) => l).filter((l) => !met.includes(l));
  const parts = [
    met.length ? `meets ${met.join('; ')}` : 'addresses the question without meeting the card\'s good-answer criteria',
    hedged.length ? `but ${hedged.join('; ')}` : '',
    `missing: ${missing.slice(0, 3).join('; ')}`,
  ].filter(Boolean);
  return { status: 'concern', reason: `Partial answer: ${parts.join(', ')}.`, decisive: [...indexes(hedge), ...indexes(good)] };
}

/**
 * The statuses the card's criteria can support for these sentences, which a model's judgement must stay within:
 * a concern, or `unanswered` (the sentences do not really answer), whenever anything addresses the question; a
 * red flag only when a red-flag criterion matches (or one the card names by absence is missing); satisfactory
 * only when at least one good-answer criterion is met in an unhedged sentence. Nothing addressed: unanswered only.
 */
export function supportedStatuses(questionId: string, evidence: string[], all: string[] = evidence): ProposedStatus[] {
  const c = CRITERIA[questionId];
  if (!c || !evidence.length) return ['unanswered'];
  const out: ProposedStatus[] = ['concern', 'unanswered'];
  const red = evidence.some((s) => hits(c.red, s).length) || (c.absent && !all.some((s) => c.absent![0].test(s)));
  if (red) out.push('red-flag');
  const good = evidence.some((s) => ![...hits(HEDGES, s), ...hits(c.concern, s)].length && hits(c.good, s).length);
  if (good) out.push('satisfactory');
  return out;
}

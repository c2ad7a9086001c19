import type { GradedAnswer } from './grade.ts';

/** The cut-offs a sweep tries by default: 0.20 to 0.70 in steps of 0.05. */
export const DEFAULT_SWEEP = Array.from({ length: 11 }, (_, i) => Math.round((0.2 + i * 0.05) * 100) / 100);

export interface SweepRow {
  threshold: number;
  /** Answerable questions whose confidence is below the cut-off. */
  answerableRefused: number;
  /** Unanswerable questions at or above the cut-off that would get an answer not naming what is missing. */
  unanswerableLetThrough: number;
  /** Answers the engine gave with the right facts that the cut-off keeps. */
  rightKept: number;
  /** Answers the engine gave with facts missing that the cut-off keeps. */
  wrongKept: number;
}

/**
 * What moving the refusal cut-off alone would do, read from the confidence each answer reports (refusals report
 * theirs too). A question counts as answered at `t` when its confidence is at least `t`; refusals made for other
 * reasons (an injection) report confidence 0, so they stay refused. Right and wrong answers can only be counted for
 * answers the engine actually gave, so below the engine's own cut-off those two columns are lower bounds.
 */
export function sweepThresholds(graded: readonly GradedAnswer[], thresholds: readonly number[] = DEFAULT_SWEEP): SweepRow[] {
  return [...new Set(thresholds)].sort((a, b) => a - b).map((t) => {
    const passes = (g: GradedAnswer) => g.confidence >= t && g.confidence > 0;
    let answerableRefused = 0;
    let unanswerableLetThrough = 0;
    let rightKept = 0;
    let wrongKept = 0;
    for (const g of graded) {
      if (g.answerable) {
        if (!passes(g)) answerableRefused += 1;
        else if (g.outcome === 'right') rightKept += 1;
        else if (g.outcome === 'wrong-facts') wrongKept += 1;
      } else if (passes(g) && g.outcome !== 'named-unknown') {
        unanswerableLetThrough += 1;
      }
    }
    return { threshold: t, answerableRefused, unanswerableLetThrough, rightKept, wrongKept };
  });
}

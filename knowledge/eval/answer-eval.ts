import type { ClaimIndex } from './citation-support.ts';
import { gradeAnswer, GOOD_OUTCOMES, type EvalAnswer, type GradedAnswer } from './grade.ts';
import { UNANSWERABLE_CATEGORIES, type EvalQuestion, type UnanswerableCategory } from './questions.ts';
import { DEFAULT_SWEEP, sweepThresholds, type SweepRow } from './threshold-sweep.ts';

/** Answers one question the way `ask --json` does, after the asker's earlier messages in the thread when given. */
export type AskFn = (question: string, history?: string[]) => Promise<EvalAnswer>;

/** The thread a question is asked in: the message before it, when the set gives one. */
export const threadOf = (q: EvalQuestion): string[] | undefined => (q.after ? [q.after] : undefined);

export interface KindRow {
  kind: string;
  questions: number;
  rightFacts: number;
  refused: number;
  wrongFacts: number;
  /** Answered questions that cite one of their labelled cards. */
  citedCard: number;
  /** Answered questions that have labelled cards (the denominator of `citedCard`). */
  withCards: number;
  /** Quoted sentences whose citation was checked against the cards' data, and those citing the page that states them. */
  claimsChecked: number;
  claimsSupported: number;
}

export interface CategoryRow {
  category: UnanswerableCategory;
  questions: number;
  declined: number;
  /** Answered with `unknown` naming every thing not covered (near misses only). */
  namedUnknown: number;
  answeredConfidently: number;
}

export interface AnswerEvalReport {
  set?: string;
  questions: number;
  answerable: KindRow & { byKind: KindRow[] };
  unanswerable: { questions: number; declined: number; answeredConfidently: number; byCategory: CategoryRow[] };
  /** Mean reported confidence of right answers and of wrong ones (answered with facts missing, or answered when it should not be). */
  confidence: { right: number | null; wrong: number | null };
  threshold: { current?: number; sweep: SweepRow[] };
  /** Per-question grades; left out for sets whose failures are not shown (the check half). */
  graded?: GradedAnswer[];
}

export interface AnswerEvalOptions {
  set?: string;
  /** The engine's refusal cut-off, added to the sweep. */
  currentThreshold?: number;
  thresholds?: number[];
  /** Keep the per-question grades in the report (default true). */
  keepGraded?: boolean;
  /** The cards' sentences and their sources, for citation support. */
  claims?: ClaimIndex;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

function kindRow(kind: string, graded: GradedAnswer[]): KindRow {
  const count = (f: (g: GradedAnswer) => boolean) => graded.filter(f).length;
  return {
    kind,
    questions: graded.length,
    rightFacts: count((g) => g.outcome === 'right'),
    refused: count((g) => g.outcome === 'refused'),
    wrongFacts: count((g) => g.outcome === 'wrong-facts'),
    citedCard: count((g) => g.citedCard === true),
    claimsChecked: graded.reduce((a, g) => a + (g.support?.checked ?? 0), 0),
    claimsSupported: graded.reduce((a, g) => a + (g.support?.supported ?? 0), 0),
    withCards: count((g) => g.citedCard !== undefined),
  };
}

/** Aggregates graded answers into the report `kb eval` prints. */
export function summariseAnswers(graded: GradedAnswer[], options: AnswerEvalOptions = {}): AnswerEvalReport {
  const answerable = graded.filter((g) => g.answerable);
  const unanswerable = graded.filter((g) => !g.answerable);
  const kinds = [...new Set(answerable.map((g) => g.kind ?? 'unlabelled'))];
  const byCategory = UNANSWERABLE_CATEGORIES.map((category): CategoryRow => {
    const xs = unanswerable.filter((g) => g.category === category);
    return {
      category,
      questions: xs.length,
      declined: xs.filter((g) => g.outcome === 'declined').length,
      namedUnknown: xs.filter((g) => g.outcome === 'named-unknown').length,
      answeredConfidently: xs.filter((g) => g.outcome === 'answered-confidently').length,
    };
  }).filter((r) => r.questions > 0);
  const thresholds = [...(options.thresholds ?? DEFAULT_SWEEP), ...(options.currentThreshold === undefined ? [] : [options.currentThreshold])];
  return {
    ...(options.set ? { set: options.set } : {}),
    questions: graded.length,
    answerable: { ...kindRow('all', answerable), byKind: kinds.map((k) => kindRow(k, answerable.filter((g) => (g.kind ?? 'unlabelled') === k))) },
    unanswerable: {
      questions: unanswerable.length,
      declined: unanswerable.filter((g) => g.outcome === 'declined').length,
      answeredConfidently: unanswerable.filter((g) => g.outcome === 'answered-confidently').length,
      byCategory,
    },
    confidence: {
      right: mean(graded.filter((g) => g.outcome === 'right').map((g) => g.confidence)),
      wrong: mean(graded.filter((g) => g.answered && !GOOD_OUTCOMES.has(g.outcome)).map((g) => g.confidence)),
    },
    threshold: { ...(options.currentThreshold === undefined ? {} : { current: options.currentThreshold }), sweep: sweepThresholds(graded, thresholds) },
    ...(options.keepGraded === false ? {} : { graded }),
  };
}

/** Asks every question once, in order, and grades the answers against the labels. */
export async function runAnswerEval(questions: EvalQuestion[], ask: AskFn, options: AnswerEvalOptions = {}): Promise<AnswerEvalReport> {
  const graded: GradedAnswer[] = [];
  for (const q of questions) graded.push(gradeAnswer(q, await ask(q.q, threadOf(q)), options.claims));
  return summariseAnswers(graded, options);
}

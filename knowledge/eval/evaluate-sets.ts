import type { ClaimIndex } from './citation-support.ts';
import { runAnswerEval, type AnswerEvalReport, type AskFn } from './answer-eval.ts';
import { formatAnswerEval } from './format-answer-eval.ts';
import { formatEvalReport } from './format-eval.ts';
import { loadEvalQuestions } from './questions.ts';
import type { EvalReport } from './run-eval.ts';
import { evalSetFile, showsFailures, type EvalSetName } from './sets.ts';
import { formatContextReport, runContextInvariance, type ContextReport, type ContextTemplates } from './context-invariance.ts';

export interface SetEvalDeps {
  /** Answers a question as `ask --json` does. */
  ask: AskFn;
  /** The retrieval table (BM25 alone, dense alone, fused) for a question file. */
  retrieval: (questionsFile: string) => Promise<EvalReport>;
  /** The engine's refusal cut-off, marked in the sweep. */
  currentThreshold?: number;
  /** The cards' sentences and their sources: citation support is checked against them. */
  claims?: ClaimIndex;
  /** When given, each set's right answers are asked again inside these context templates (`kb eval --context`). */
  contexts?: ContextTemplates;
}

export interface SetReport {
  set: EvalSetName;
  file: string;
  answers: AnswerEvalReport;
  retrieval: EvalReport;
  context?: ContextReport;
}

// A set that hides its failures (the check half) keeps only figures: no per-question grades, no missed ids.
function hideFailures(report: EvalReport): EvalReport {
  return { ...report, modes: report.modes.map((m) => ({ ...m, failed: { answer: [], recallAt1: [], recallAt3: [] } })) };
}

/** Runs the answers report and the retrieval table for each named set. */
export async function evaluateSets(names: EvalSetName[], deps: SetEvalDeps): Promise<SetReport[]> {
  const out: SetReport[] = [];
  for (const set of names) {
    const file = evalSetFile(set);
    const questions = await loadEvalQuestions(file);
    const show = showsFailures(set);
    const answers = await runAnswerEval(questions, deps.ask, { set, currentThreshold: deps.currentThreshold, keepGraded: show, claims: deps.claims });
    const retrieval = await deps.retrieval(file);
    const context = deps.contexts ? await runContextInvariance(questions, deps.ask, deps.contexts, { set, showFailures: show }) : undefined;
    out.push({ set, file, answers, retrieval: show ? retrieval : hideFailures(retrieval), ...(context ? { context } : {}) });
  }
  return out;
}

/** The human output of `kb eval`: per set, the answers report then the retrieval table. */
export function formatSetReports(reports: SetReport[]): string {
  return reports
    .map((r) => [`=== ${r.set} (${r.file})`, formatAnswerEval(r.answers), '', formatEvalReport(r.retrieval, { showFailures: showsFailures(r.set) }), ...(r.context ? ['', formatContextReport(r.context)] : [])].join('\n'))
    .join('\n\n');
}

/** The `kb eval --json` output: one object with a report per set. */
export function formatSetReportsJson(reports: SetReport[]): string {
  return JSON.stringify({ sets: reports });
}

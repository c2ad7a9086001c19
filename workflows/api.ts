/**
 * Entry points for the CLI (`decide --input FILE --json`, `checklist questions --json`, `checklist export`).
 * Each validates untrusted input and names every problem; nothing here touches a store or the network.
 */
import { loadCardIndex } from './citations.ts';
import { decideDeployment, type DecisionResult } from './decision/decide.ts';
import { decisionInputSchema } from './decision/input.ts';
import { DECISION_STEPS } from './decision/steps.ts';
import { loadQuestions } from './checklist/questions.ts';
import { summarise } from './checklist/summary.ts';
import { checklistFileProblems, checklistFileSchema, fileAnswers } from './checklist/export-input.ts';
import { checklistDocument } from './export/checklist-doc.ts';
import { decisionDocument } from './export/decision-doc.ts';
import { EXPORT_FORMATS, exportDocument, isExportFormat } from './export/index.ts';
import { validate } from './validation.ts';

export interface ApiOptions {
  /** Knowledge cards directory (default knowledge/cards). */
  cardsDir?: string;
  now?: Date;
}

export type Outcome<T> = ({ ok: true } & T) | { ok: false; problems: string[] };

/** The public JSON of a decision (what `decide --json` prints). */
export function decisionJson(r: DecisionResult) {
  return {
    recommendation: r.recommendation,
    rationale: r.rationale,
    rule: r.rule,
    factors: r.factors.map((f) => ({ id: f.id, factor: f.factor, verdict: f.verdict, reason: f.reason, card: f.card })),
    costs: r.costs,
    nextSteps: r.nextSteps,
    citations: r.citations,
  };
}

export type DecisionJson = ReturnType<typeof decisionJson>;

export async function runDecision(input: unknown, options: ApiOptions = {}): Promise<Outcome<{ result: DecisionJson }>> {
  const v = validate(decisionInputSchema, input);
  if (!v.ok) return v;
  return { ok: true, result: decisionJson(decideDeployment(v.value, await loadCardIndex(options.cardsDir))) };
}

/** `checklist questions --json`: the twelve questions with their guidance, in order. */
export async function checklistQuestions(options: ApiOptions = {}) {
  const { questions } = await loadQuestions(options.cardsDir);
  return questions.map((q) => ({ id: q.id, order: q.order, question: q.question, card: q.cardId, title: q.cardTitle, guidance: q.guidance }));
}

function formatProblem(format: string): string[] {
  return isExportFormat(format) ? [] : [`format: unknown format "${format}" (use ${EXPORT_FORMATS.join(', ')})`];
}

export type FileOutcome = Outcome<{ data: Buffer; mimeType: string; ext: string; name: string }>;

/** `checklist export --input FILE --format F`: validates {vendor, answers} (each unknown id or status named) and renders. */
export async function exportChecklistFile(input: unknown, format: string, options: ApiOptions = {}): Promise<FileOutcome> {
  const v = validate(checklistFileSchema, input);
  const { questions } = await loadQuestions(options.cardsDir);
  const problems = [...(v.ok ? checklistFileProblems(v.value, questions) : v.problems), ...formatProblem(format)];
  if (!v.ok || problems.length || !isExportFormat(format)) return { ok: false, problems };
  const now = options.now ?? new Date();
  const answers = fileAnswers(v.value, { id: 'file', name: 'Imported file' }, now.toISOString());
  const file = await exportDocument(checklistDocument(summarise(v.value.vendor, questions, answers), now), format);
  return { ok: true, ...file };
}

/** A decision record from a decision input file, in any export format. */
export async function exportDecisionFile(input: unknown, format: string, options: ApiOptions = {}): Promise<FileOutcome> {
  const v = validate(decisionInputSchema, input);
  const problems = [...(v.ok ? [] : v.problems), ...formatProblem(format)];
  if (!v.ok || problems.length || !isExportFormat(format)) return { ok: false, problems };
  const result = decideDeployment(v.value, await loadCardIndex(options.cardsDir));
  const answers = DECISION_STEPS.map((step) => ({ stepId: step.id, prompt: step.prompt, answer: step.display(v.value[step.id as keyof typeof v.value]) }));
  return { ok: true, ...(await exportDocument(decisionDocument(result, answers, options.now), format)) };
}

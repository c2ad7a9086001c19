import type { WorkflowRun } from '../store.ts';
import { decisionInputSchema, type DecisionInput } from './input.ts';
import { DECISION_STEPS } from './steps.ts';
import type { DecisionAnswerLine } from '../export/decision-doc.ts';

/** The wizard's input rebuilt from a run's recorded answers; undefined until every step is answered. */
export function decisionInputOf(run: WorkflowRun): DecisionInput | undefined {
  const raw = Object.fromEntries(run.answers.map((a) => [a.stepId, a.value]));
  const parsed = decisionInputSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Each step's prompt, answer, author and time, in step order, for the decision record. */
export function decisionAnswerLines(run: WorkflowRun): DecisionAnswerLine[] {
  return DECISION_STEPS.flatMap((step) => {
    const a = run.answers.find((x) => x.stepId === step.id);
    return a ? [{ stepId: step.id, prompt: step.prompt, answer: step.display(a.value), author: a.author.name ?? a.author.id, at: a.answeredAt }] : [];
  });
}

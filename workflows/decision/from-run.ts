import type { WorkflowRun } from '../store.ts';
import { decisionInputSchema, type DecisionInput } from './input.ts';
import { DECISION_STEPS } from './steps.ts';
import type { DecisionAnswerLine } from '../export/decision-doc.ts';
import { prefillOf, stepAnswers } from './prefill.ts';

/** The wizard's input rebuilt from a run's recorded answers; undefined until every step is answered. */
export function decisionInputOf(run: WorkflowRun): DecisionInput | undefined {
  const raw = Object.fromEntries(stepAnswers(run).map((a) => [a.stepId, a.value]));
  const parsed = decisionInputSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** Each step's prompt, answer, author and time, in step order, for the decision record; and, for a run started
 * from a message, whether the answer is the message's (confirmed) or a correction of it. */
export function decisionAnswerLines(run: WorkflowRun): DecisionAnswerLine[] {
  const prefill = prefillOf(run) ?? {};
  return DECISION_STEPS.flatMap((step) => {
    const a = run.answers.find((x) => x.stepId === step.id);
    if (!a) return [];
    const from = prefill[step.id as keyof typeof prefill];
    const source = !from ? undefined : from.value === a.value ? `from the message: "${from.words}"` : `corrected; the message said ${step.display(from.value)} ("${from.words}")`;
    return [{ stepId: step.id, prompt: step.prompt, answer: step.display(a.value), author: a.author.name ?? a.author.id, at: a.answeredAt, ...(source ? { source } : {}) }];
  });
}

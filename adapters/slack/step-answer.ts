/**
 * How a step answer given in Slack (an option button in a thread, a modal submission) goes back to the core:
 * the workflow action protocol of workflows/actions.ts — action `workflow.answer` with
 * `{ workflow, runId, stepId, value, notes?, evidence? }`.
 */
export const STEP_ANSWER_ACTION = 'workflow.answer';

export interface StepAnswerValue {
  workflow: string;
  runId: string;
  stepId: string;
  /** The raw answer: an option value, "yes"/"no", a number as typed, or free text. The workflow validates it. */
  value: string;
  notes?: string;
  evidence?: string;
}

export function stepAnswer(workflow: string, runId: string, stepId: string, value: string, extra: { notes?: string; evidence?: string } = {}): { action: string; value: StepAnswerValue } {
  const v: StepAnswerValue = { workflow, runId, stepId, value };
  if (extra.notes?.trim()) v.notes = extra.notes.trim();
  if (extra.evidence?.trim()) v.evidence = extra.evidence.trim();
  return { action: STEP_ANSWER_ACTION, value: v };
}

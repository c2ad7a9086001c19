/**
 * How a step answer given in Slack (an option button in a thread, a modal submission) goes back to the core:
 * the workflow action protocol of workflows/actions.ts — action `workflow.answer` with
 * `{ workflow, runId, stepId, value, notes?, evidence? }`.
 */
import { WORKFLOW_ACTIONS, type StepAnswerValue as CoreStepAnswerValue } from '../../workflows/actions.ts';

export const STEP_ANSWER_ACTION = WORKFLOW_ACTIONS.answer;

/** The protocol's answer value, always naming its workflow (Slack shows it in modal titles). */
export type StepAnswerValue = CoreStepAnswerValue & { workflow: string };

export function stepAnswer(workflow: string, runId: string, stepId: string, value: string, extra: { notes?: string; evidence?: string } = {}): { action: string; value: StepAnswerValue } {
  const v: StepAnswerValue = { workflow, runId, stepId, value };
  if (extra.notes?.trim()) v.notes = extra.notes.trim();
  if (extra.evidence?.trim()) v.evidence = extra.evidence.trim();
  return { action: STEP_ANSWER_ACTION, value: v };
}

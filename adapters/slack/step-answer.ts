/**
 * How a step answer given in Slack (an option button in a thread, a modal submission) goes back to the core:
 * an action Turn the WorkflowPort recognises. One place, so the convention is easy to keep in step with
 * the workflows service.
 */
export const STEP_ANSWER_ACTION = 'workflow.answer';

export interface StepAnswerValue {
  workflow: string;
  runId: string;
  stepId: string;
  /** The raw answer: an option value, "yes"/"no", a number as typed, or free text. The workflow validates it. */
  value: string;
}

export function stepAnswer(workflow: string, runId: string, stepId: string, value: string): { action: string; value: StepAnswerValue } {
  return { action: STEP_ANSWER_ACTION, value: { workflow, runId, stepId, value } };
}

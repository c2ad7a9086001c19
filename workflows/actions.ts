/**
 * The workflow action protocol: what an adapter posts back when someone presses a button or submits a form
 * for a workflow. A Turn input `{kind: 'action', action, value}` carrying one of these action ids goes to
 * WorkflowPort.action (bot/workflows-service.ts).
 *
 * - `workflow.answer`: answer a step. `value` is an object
 *     { workflow?: 'decision' | 'checklist', runId, stepId, value: string, notes?: string, evidence?: string }
 *   where `value` is the option value ("red-flag", "yes", "some"), a number as typed ("2500") or free text,
 *   and `notes` / `evidence` are the optional StepView.fields a form shows for checklist questions.
 *   A button whose value must be a string may send "runId|stepId|answer" instead (encodeAnswer).
 * - `workflow.resume`: value = runId. Shows the step the run is waiting on.
 * - `workflow.cancel`: value = runId. Cancels the run (answers already given stay recorded).
 * - `workflow.run`: value = a typed WorkflowAction (workflows/workflow-action.ts), as an object or its JSON text:
 *   start a checklist for a vendor, export a run, a vendor's checklist or the comparison, and so on.
 * - `workflow.export`: value = "runId|format", the form buttons posted before `workflow.run` existed still carry;
 *   read as `workflow.run` with `{workflow: <the run's kind>, action: 'export', runId, format}`.
 * - `workflow.refine`: value = the inputs read from a message, `{field: {value, words}}` as JSON text or an object
 *   (workflows/decision/prefill.ts). Starts the decision wizard here with those inputs pre-filled to confirm or correct.
 * The legacy prefix `wf:` is accepted for each (`wf:answer` = `workflow.answer`).
 * A `command` action carries one command word with no arguments ("decide", "status", "checklist"); anything
 * naming a vendor, a run or a format is a `workflow.run` (bot/router.ts).
 */
import { z } from 'zod';

export const WORKFLOW_ACTIONS = {
  answer: 'workflow.answer',
  resume: 'workflow.resume',
  cancel: 'workflow.cancel',
  export: 'workflow.export',
  refine: 'workflow.refine',
  run: 'workflow.run',
} as const;

export type WorkflowActionName = keyof typeof WORKFLOW_ACTIONS;

/** The action's short name, or undefined when the action is not a workflow's. */
export function workflowActionName(action: string): WorkflowActionName | undefined {
  const normal = action.startsWith('wf:') ? `workflow.${action.slice(3)}` : action;
  return (Object.keys(WORKFLOW_ACTIONS) as WorkflowActionName[]).find((k) => WORKFLOW_ACTIONS[k] === normal);
}

const answerObject = z.object({
  workflow: z.string().optional(),
  runId: z.string().min(1),
  stepId: z.string().min(1),
  value: z.union([z.string(), z.number(), z.boolean()]).transform(String),
  notes: z.string().optional(),
  evidence: z.string().optional(),
});

export interface StepAnswerValue {
  runId: string;
  stepId: string;
  value: string;
  notes?: string;
  evidence?: string;
}

/** "runId|stepId|answer" for buttons whose value must be a string (the answer may itself contain "|"). */
export function encodeAnswer(runId: string, stepId: string, answer: string): string {
  return `${runId}|${stepId}|${answer}`;
}

export function decodeAnswer(value: unknown): StepAnswerValue | undefined {
  if (typeof value === 'string') {
    const [runId, stepId, ...rest] = value.split('|');
    return runId && stepId && rest.length ? { runId, stepId, value: rest.join('|') } : undefined;
  }
  const parsed = answerObject.safeParse(value);
  if (!parsed.success) return undefined;
  const { runId, stepId, value: v, notes, evidence } = parsed.data;
  return { runId, stepId, value: v, ...(notes?.trim() ? { notes } : {}), ...(evidence?.trim() ? { evidence } : {}) };
}

export function decodeExport(value: unknown): { runId: string; format: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const [runId, format] = value.split('|');
  return runId && format ? { runId, format } : undefined;
}

/** A run id from a resume / cancel value (a string, or an object with runId). */
export function decodeRunId(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value && typeof value === 'object' && typeof (value as { runId?: unknown }).runId === 'string') return (value as { runId: string }).runId;
  return undefined;
}

import type { Step } from '../steps.ts';
import type { DraftAnswer, RunKind, WorkflowRun } from '../store.ts';
import { DECISION_STEPS } from '../decision/steps.ts';
import { checklistStep } from '../checklist/steps.ts';
import type { ChecklistQuestion } from '../checklist/questions.ts';
import type { StepView } from '../step-view.ts';
import { keepAnswer, prefillOf, type Prefill } from '../decision/prefill.ts';

/** How a checklist step names a draft's proposal. */
export const PROPOSAL_FROM = 'Proposed from the vendor\'s documents';

/** The steps of a workflow kind, in order. */
export function stepsOf(kind: RunKind, questions: ChecklistQuestion[]): Step[] {
  return kind === 'decision' ? DECISION_STEPS : questions.map(checklistStep);
}

/**
 * The neutral view of a run's step for an adapter to render. `proposal`: a checklist draft's proposal for this
 * question, offered pre-selected to keep or change (with its first quote as the words it stands on).
 */
export function stepView(run: WorkflowRun, steps: Step[], stepId: string, error?: string, proposal?: DraftAnswer): StepView | undefined {
  const i = steps.findIndex((s) => s.id === stepId);
  const step = steps[i];
  if (!step) return undefined;
  const previous = run.answers.find((a) => a.stepId === stepId);
  const view: StepView = {
    workflow: run.kind,
    runId: run.id,
    stepId: step.id,
    prompt: step.prompt,
    kind: step.kind,
    help: step.help,
    index: i + 1,
    total: steps.length,
    cardId: step.card,
  };
  if (step.options) view.options = step.options.map((o) => ({ value: o.value, label: o.label }));
  if (step.fields) view.fields = step.fields;
  if (step.hint) view.hint = step.hint;
  if (step.example) view.example = step.example;
  if (error) view.error = error;
  if (previous) view.current = step.display(previous.value);
  const from = run.kind === 'decision' && !previous ? prefillOf(run)?.[step.id as keyof Prefill] : undefined;
  if (from) view.suggested = { value: keepAnswer(from.value), label: step.display(from.value), words: from.words };
  if (run.kind === 'checklist' && proposal) {
    view.suggested = { value: proposal.status, label: step.display({ status: proposal.status }), words: proposal.quotes[0]?.quote ?? proposal.reason, from: PROPOSAL_FROM, reason: proposal.reason };
  }
  return view;
}

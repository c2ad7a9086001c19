import type { Choice, Reply } from '../turn.ts';
import type { WorkflowRun } from '../../workflows/store.ts';
import { stepsOf, stepView } from '../../workflows/runner/steps-of.ts';
import { proposalFor } from '../../workflows/runner/runner.ts';
import { WORKFLOW_ACTIONS, encodeAnswer } from '../../workflows/actions.ts';
import type { FlowContext } from './context.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { createReply, paragraph, textReply, type Inline } from '../reply-doc.ts';

export function runTitle(run: WorkflowRun): string {
  return run.kind === 'decision' ? 'Deployment decision' : `Vendor checklist: ${untrusted(run.subject ?? '')}`;
}

export function cancelChoice(run: WorkflowRun): Choice {
  return { action: WORKFLOW_ACTIONS.cancel, label: 'Cancel', value: run.id, style: 'danger' };
}

/**
 * The step a run waits on, as a Reply carrying the StepView: the document holds only the lead; each renderer
 * shows the step itself (title and progress, prompt, earlier answer, suggestion, how to answer) its own way.
 */
export function stepReply(ctx: FlowContext, run: WorkflowRun, lead?: string | Inline[], error?: string): Reply {
  const steps = stepsOf(run.kind, ctx.questions);
  // A validation message may quote what was typed, and a previous answer is someone's words: both inert.
  const proposal = proposalFor(ctx, run, run.currentStep);
  const view = run.currentStep ? stepView(run, steps, run.currentStep, error === undefined ? undefined : untrusted(error), proposal) : undefined;
  if (!view) return textReply('info', `${runTitle(run)} has no step waiting (${run.status}).`);
  if (view.current) view.current = untrusted(view.current);
  view.title = runTitle(run);
  if (view.suggested) {
    // The words are the vendor's (a quote) or the message's, the reason quotes the document: inert either way.
    view.suggested.words = untrusted(view.suggested.words);
    if (view.suggested.reason) view.suggested.reason = untrusted(view.suggested.reason);
  }
  // Keeping the message's value is one press; the step's own options stay for a correction.
  const keep: Choice[] = view.suggested ? [{ action: WORKFLOW_ACTIONS.answer, label: `Keep: ${view.suggested.label}`, value: encodeAnswer(run.id, view.stepId, view.suggested.value), style: 'primary' }] : [];
  const doc = lead === undefined ? [] : [paragraph(...(typeof lead === 'string' ? [lead] : lead))];
  return createReply({ kind: 'workflow', doc, step: view, choices: [...keep, cancelChoice(run)] });
}

import type { Reply, Turn } from './turn.ts';
import type { WorkflowPort } from './workflow-port.ts';
import type { WorkflowRun } from '../workflows/store.ts';
import { answerStep, cancelRun } from '../workflows/runner/runner.ts';
import { decodeAnswer, decodeExport, decodeRunId, workflowActionName } from '../workflows/actions.ts';
import type { AnswerInput } from '../workflows/steps.ts';
import { AppError, ErrorCode } from './errors.ts';
import { contextFor, type FlowContext, type WorkflowServiceOptions } from './workflows/context.ts';
import { runTitle, stepReply } from './workflows/step-reply.ts';
import { checklistSummaryReply, decisionResultReply } from './workflows/result-replies.ts';
import { refineDecision } from './workflows/commands.ts';
import { runHere } from './workflows/run-here.ts';
import { runWorkflowAction } from './workflows/run-action.ts';
import { parseWorkflowCommand } from './workflows/command-grammar.ts';
import { parseWorkflowAction } from '../workflows/workflow-action.ts';
import { exportFormatOf } from '../workflows/export-formats.ts';
import { decodePrefill } from '../workflows/decision/prefill.ts';
import { untrusted } from '../workflows/inert/index.ts';
import { documentsReply } from './workflows/documents-reply.ts';
import { textReply } from './reply-doc.ts';

export type { WorkflowServiceOptions } from './workflows/context.ts';

const CANCEL_WORDS = /^(cancel|stop|quit|abort)$/i;

/** A checklist run's draft, when one waits for review, so its steps offer the proposals and answers keep them. */
async function withDraft(ctx: FlowContext, run: WorkflowRun): Promise<void> {
  if (run.kind === 'checklist' && run.subject) ctx.draft = await ctx.store.getDraft(ctx.conversation, run.subject);
}

async function finishedReply(ctx: FlowContext, run: WorkflowRun): Promise<Reply> {
  ctx.logger.info({ runId: run.id, kind: run.kind }, 'workflow finished');
  if (run.kind === 'decision') return decisionResultReply(ctx, run);
  const list = await ctx.store.getChecklist(ctx.conversation, run.subject ?? '');
  return checklistSummaryReply(ctx, list!, run, 'That was the last open question.');
}

async function answer(ctx: FlowContext, run: WorkflowRun, stepId: string, input: AnswerInput): Promise<Reply> {
  await withDraft(ctx, run);
  const outcome = await answerStep(ctx, run, stepId, input, ctx.author, ctx.now());
  if (!outcome.ok) {
    if (!outcome.step) return textReply('info', `${runTitle(run)}: ${untrusted(outcome.error)}.`);
    // Show the same step again with the reason; nothing was recorded.
    return stepReply(ctx, stepId === run.currentStep ? run : { ...run, currentStep: stepId }, undefined, outcome.error);
  }
  if (outcome.finished) return finishedReply(ctx, outcome.run);
  // The user's display name and their answer (notes, an evidence URL) are their words: shown inert.
  const who = untrusted(ctx.author.name ?? ctx.author.id);
  const how = outcome.note ? ` (${outcome.note})` : '';
  return stepReply(ctx, outcome.run, `Recorded ${who}'s answer: ${untrusted(outcome.step.display(outcome.value))}${how}.`);
}

/** The WorkflowPort over the Store: commands, button/form actions and typed answers become neutral Replies. */
export function createWorkflowService(options: WorkflowServiceOptions): WorkflowPort {
  const ctxOf = (turn: Turn) => contextFor(turn, options);
  return {
    async command(turn, sub, args) {
      // Parsed before any loading, so a malformed command costs nothing.
      const action = parseWorkflowCommand(sub, args);
      return runWorkflowAction(await ctxOf(turn), action);
    },

    async action(turn, action, value) {
      const name = workflowActionName(action);
      if (!name) return undefined;
      const ctx = await ctxOf(turn);
      if (name === 'answer') {
        const a = decodeAnswer(value);
        if (!a) throw new AppError(ErrorCode.InvalidInput, 'the form did not say which workflow step it answers');
        return answer(ctx, await runHere(ctx, a.runId), a.stepId, { answer: a.value, notes: a.notes, evidence: a.evidence });
      }
      if (name === 'refine') {
        const prefill = decodePrefill(value);
        if (!prefill) throw new AppError(ErrorCode.InvalidInput, 'the button did not carry the answers read from the message');
        return refineDecision(ctx, prefill);
      }
      if (name === 'run') {
        const typed = parseWorkflowAction(value);
        if (!typed) throw new AppError(ErrorCode.InvalidInput, 'the button did not say what to do');
        return runWorkflowAction(ctx, typed);
      }
      if (name === 'export') {
        // A button posted before typed actions: "runId|format".
        const e = decodeExport(value);
        const format = e ? exportFormatOf(e.format) : undefined;
        if (!e || !format) throw new AppError(ErrorCode.InvalidInput, 'the export button did not say what to export');
        const run = await runHere(ctx, e.runId);
        return runWorkflowAction(ctx, { workflow: run.kind, action: 'export', runId: run.id, format });
      }
      const runId = decodeRunId(value);
      if (!runId) throw new AppError(ErrorCode.InvalidInput, 'the button did not say which workflow it is for');
      const run = await runHere(ctx, runId);
      if (name === 'cancel') {
        if (run.status !== 'active') return textReply('info', `${runTitle(run)} is already ${run.status}.`);
        await cancelRun(ctx, run);
        return textReply('info', `Cancelled: ${runTitle(run)}. Answers already given stay recorded.`);
      }
      await withDraft(ctx, run);
      return run.status === 'active' ? stepReply(ctx, run) : finishedReply(ctx, run);
    },

    async documents(turn) {
      const input = turn.input;
      if (input.kind !== 'documents') throw new AppError(ErrorCode.InvalidInput, 'no files came with that message');
      return documentsReply(await ctxOf(turn), input.text, input.documents, input.addressed);
    },

    async text(turn, text) {
      // The one check every typed message pays before it is answered: a single store lookup, nothing loaded.
      const run = await options.store.waitingRun(turn, turn.thread);
      if (!run?.currentStep) return undefined;
      const ctx = await ctxOf(turn);
      const typed = text.trim();
      if (CANCEL_WORDS.test(typed)) {
        await cancelRun(ctx, run);
        return textReply('info', `Cancelled: ${runTitle(run)}. Answers already given stay recorded.`);
      }
      const reply = await answer(ctx, run, run.currentStep, { answer: typed });
      // An unparseable question ("what is the crossover?") is a question, not a bad answer: let it be answered.
      if (reply.step?.error && /\?\s*$/.test(typed)) return undefined;
      return reply;
    },
  };
}

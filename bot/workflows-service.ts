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
import { statusReply } from './workflows/status-reply.ts';
import { exportCommand, exportDecisionRun, exportVendor, parseFormat } from './workflows/export-reply.ts';
import { questionnaireCommand } from './workflows/questionnaire-reply.ts';
import { checklistCommand, decideCommand, refineDecision } from './workflows/commands.ts';
import { decodePrefill } from '../workflows/decision/prefill.ts';
import { untrusted } from './inert/index.ts';

export type { WorkflowServiceOptions } from './workflows/context.ts';

const CANCEL_WORDS = /^(cancel|stop|quit|abort)$/i;

/**
 * A run this conversation may act on. Another workspace's run is not found; another conversation's (a replayed or
 * forged button value, a copied run id) is refused politely and nothing is done with it. The store refuses such
 * writes too (recordStep/updateRun are bound to the conversation), so this is the first of two locks.
 */
async function runHere(ctx: FlowContext, runId: string): Promise<WorkflowRun> {
  const run = await ctx.store.getRun(ctx.scope, runId);
  if (!run) throw new AppError(ErrorCode.NotFound, 'that workflow (it may belong to another workspace)');
  if (run.channel !== ctx.conversation.channel) {
    ctx.logger.warn({ runId: run.id, kind: run.kind }, 'workflow action refused: the run belongs to another conversation');
    throw new AppError(ErrorCode.Forbidden);
  }
  return run;
}

/** The run waiting for a typed answer in this conversation (same channel and thread), newest first. */
async function waitingRun(ctx: FlowContext): Promise<WorkflowRun | undefined> {
  const runs = await ctx.store.listRuns(ctx.scope, { channel: ctx.conversation.channel, status: 'active' });
  return runs.find((r) => (r.thread ?? '') === (ctx.turn.thread ?? '') && r.currentStep);
}

async function finishedReply(ctx: FlowContext, run: WorkflowRun): Promise<Reply> {
  ctx.logger.info({ runId: run.id, kind: run.kind }, 'workflow finished');
  if (run.kind === 'decision') return decisionResultReply(ctx, run);
  const list = await ctx.store.getChecklist(ctx.conversation, run.subject ?? '');
  return checklistSummaryReply(ctx, list!, run, 'That was the last open question.');
}

async function answer(ctx: FlowContext, run: WorkflowRun, stepId: string, input: AnswerInput): Promise<Reply> {
  const outcome = await answerStep(ctx, run, stepId, input, ctx.author, ctx.now());
  if (!outcome.ok) {
    if (!outcome.step) return { kind: 'info', text: `${runTitle(run)}: ${untrusted(outcome.error)}.` };
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
      const ctx = await ctxOf(turn);
      switch (sub) {
        case 'decide':
          return decideCommand(ctx, args);
        case 'checklist':
          return checklistCommand(ctx, args);
        case 'status':
          return statusReply(ctx);
        case 'export':
          return exportCommand(ctx, args);
        case 'questionnaire':
          return questionnaireCommand(ctx, args);
        default:
          throw new AppError(ErrorCode.UnknownCommand, `/ai-procurement ${sub}`);
      }
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
      if (name === 'export') {
        const e = decodeExport(value);
        if (!e) throw new AppError(ErrorCode.InvalidInput, 'the export button did not say what to export');
        const run = await runHere(ctx, e.runId);
        const format = parseFormat(e.format);
        return run.kind === 'decision' ? exportDecisionRun(ctx, run, format) : exportVendor(ctx, run.subject ?? '', format);
      }
      const runId = decodeRunId(value);
      if (!runId) throw new AppError(ErrorCode.InvalidInput, 'the button did not say which workflow it is for');
      const run = await runHere(ctx, runId);
      if (name === 'cancel') {
        if (run.status !== 'active') return { kind: 'info', text: `${runTitle(run)} is already ${run.status}.` };
        await cancelRun(ctx, run);
        return { kind: 'info', text: `Cancelled: ${runTitle(run)}. Answers already given stay recorded.` };
      }
      return run.status === 'active' ? stepReply(ctx, run) : finishedReply(ctx, run);
    },

    async text(turn, text) {
      const ctx = await ctxOf(turn);
      const run = await waitingRun(ctx);
      if (!run?.currentStep) return undefined;
      const typed = text.trim();
      if (CANCEL_WORDS.test(typed)) {
        await cancelRun(ctx, run);
        return { kind: 'info', text: `Cancelled: ${runTitle(run)}. Answers already given stay recorded.` };
      }
      const reply = await answer(ctx, run, run.currentStep, { answer: typed });
      // An unparseable question ("what is the crossover?") is a question, not a bad answer: let it be answered.
      if (reply.step?.error && /\?\s*$/.test(typed)) return undefined;
      return reply;
    },
  };
}

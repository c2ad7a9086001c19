import type { Reply } from '../turn.ts';
import { startChecklist, startDecision, cancelRun } from '../../workflows/runner/runner.ts';
import { compareVendors, summariseChecklist } from '../../workflows/checklist/summary.ts';
import { STATUS_LABELS } from '../../workflows/checklist/statuses.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { stepReply } from './step-reply.ts';
import { checklistSummaryReply } from './result-replies.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import type { Prefill } from '../../workflows/decision/prefill.ts';
import { FIELD_LABELS } from '../../workflows/decision/situation/assumptions.ts';
import type { DecisionField } from '../../workflows/decision/input.ts';
import { bullets, command, createReply, paragraph } from '../reply-doc.ts';

function place(ctx: FlowContext) {
  return ctx.turn.thread ? { thread: ctx.turn.thread } : {};
}

/** `decide [new]`: continues this conversation's decision, or starts one (`restart`: starts over). */
export async function decideCommand(ctx: FlowContext, restart: boolean): Promise<Reply> {
  const [active] = await ctx.store.listRuns(ctx.scope, { channel: ctx.conversation.channel, kind: 'decision', status: 'active' });
  if (active && !restart) {
    const by = untrusted(active.startedBy.name ?? active.startedBy.id);
    return stepReply(ctx, active, [`Continuing the decision ${by} started (`, command('decide', 'new'), ' starts over).']);
  }
  if (active) await cancelRun(ctx, active);
  const run = await startDecision(ctx, place(ctx), ctx.author);
  ctx.logger.info({ runId: run.id, kind: run.kind }, 'workflow started');
  return stepReply(ctx, run, 'Nine questions to choose between a closed API, a self-hosted open-weight model, or a hybrid. Anyone here can answer.');
}

/**
 * "Refine these answers": a new decision here, started with the inputs read from a message; each pre-filled step
 * offers its value to keep or correct. An active decision in this conversation is replaced, as `decide new` does.
 */
export async function refineDecision(ctx: FlowContext, prefill: Prefill): Promise<Reply> {
  const [active] = await ctx.store.listRuns(ctx.scope, { channel: ctx.turn.channel, kind: 'decision', status: 'active' });
  if (active) await cancelRun(ctx, active);
  const run = await startDecision(ctx, place(ctx), ctx.author, prefill, ctx.now());
  ctx.logger.info({ runId: run.id, kind: run.kind, prefilled: Object.keys(prefill).length }, 'workflow started');
  const names = (Object.keys(prefill) as DecisionField[]).map((f) => FIELD_LABELS[f]);
  return stepReply(ctx, run, `The nine decision questions, with ${names.length} pre-filled from the message (${names.join(', ')}): keep or correct each. Anyone here can answer.`);
}

function vendorsReply(ctx: FlowContext, lines: string[]): Reply {
  const start = command('checklist', '<vendor>');
  return createReply({
    kind: 'info',
    doc: [lines.length ? paragraph('Vendor checklists in this conversation (continue one, or start another, with ', start, '):') : paragraph('No vendor checklist yet. Start one with ', start, '.')],
    sections: lines.length ? [{ doc: [bullets(lines.map((l) => [l]))] }] : undefined,
  });
}

/** `checklist compare`: every vendor side by side, fewest red flags first. */
export async function compareReply(ctx: FlowContext): Promise<Reply> {
  const lists = await ctx.store.listChecklists(ctx.conversation);
  if (lists.length < 2) throw new AppError(ErrorCode.NotFound, 'two vendor checklists to compare in this conversation');
  const cmp = compareVendors(lists, ctx.questions);
  // Vendor names are whatever someone typed: every one is marked untrusted where it enters the text.
  const vendors = cmp.vendors.map(untrusted);
  const rows = cmp.rows.map((r) => [`Q${r.question.order} ${r.question.id}: ${r.statuses.map((s, i) => `${vendors[i]} ${STATUS_LABELS[s]}`).join(' · ')}`]);
  return createReply({
    kind: 'info',
    doc: [paragraph(`Vendor comparison (fewest red flags first): ${vendors.map((v, i) => `${v} (${cmp.progress[i]?.counts['red-flag'] ?? 0} red flags)`).join(', ')}`)],
    sections: [{ title: 'Side by side', doc: [bullets(rows)] }],
    choices: [
      { action: WORKFLOW_ACTIONS.run, label: 'Export comparison (DOCX)', value: { workflow: 'comparison', action: 'export', format: 'docx' }, style: 'primary' },
      { action: WORKFLOW_ACTIONS.run, label: 'Export comparison (CSV)', value: { workflow: 'comparison', action: 'export', format: 'csv' } },
    ],
  });
}

/** `checklist`: the vendors in this conversation and how far each has got. */
export async function listVendors(ctx: FlowContext): Promise<Reply> {
  const lists = await ctx.store.listChecklists(ctx.conversation);
  return vendorsReply(ctx, lists.map((l) => {
    const p = summariseChecklist(l, ctx.questions).progress;
    return `${untrusted(l.vendor)}: ${p.answered} of ${p.total} answered, ${p.counts['red-flag']} red flags`;
  }));
}

/** `checklist <vendor> [question-id]`: starts or continues a vendor's checklist, at a named question if given. */
export async function startVendorChecklist(ctx: FlowContext, vendor: string, questionId?: string): Promise<Reply> {
  if (!ctx.questions.length) throw new AppError(ErrorCode.NotAvailableYet, 'The vendor checklist (no question cards are loaded)');
  if (questionId && !ctx.questions.some((q) => q.id === questionId)) {
    throw new AppError(ErrorCode.InvalidInput, `"${untrusted(questionId)}" is not a question id: use one of ${ctx.questions.map((q) => q.id).join(', ')}`);
  }
  const { run, resumed } = await startChecklist(ctx, place(ctx), vendor, ctx.author, questionId);
  if (!run) {
    const list = await ctx.store.getChecklist(ctx.conversation, vendor);
    const name = untrusted(vendor);
    return checklistSummaryReply(ctx, list!, undefined, [`Every question for ${name} has an answer. To change one, run `, command('checklist', `"${name}"`, '<question-id>'), '.']);
  }
  if (!resumed) ctx.logger.info({ runId: run.id, kind: run.kind }, 'workflow started');
  // Proposals from the vendor's documents, when a draft waits: each step offers its question's proposal.
  ctx.draft = await ctx.store.getDraft(ctx.conversation, vendor);
  const name = untrusted(vendor);
  const lead = resumed ? `Continuing the ${name} checklist.` : `The twelve vendor questions for ${name}. Anyone here can answer; each answer records who gave it.`;
  return stepReply(ctx, run, lead);
}

import type { Reply } from '../turn.ts';
import type { WorkflowRun } from '../../workflows/store.ts';
import { exportDocument } from '../../workflows/export/index.ts';
import { EXPORT_FORMAT_WORDS, type ExportFormat } from '../../workflows/export-formats.ts';
import { checklistDocument } from '../../workflows/export/checklist-doc.ts';
import { comparisonDocument } from '../../workflows/export/comparison-doc.ts';
import { decisionDocument } from '../../workflows/export/decision-doc.ts';
import type { ExportDocument } from '../../workflows/export/document.ts';
import { summariseChecklist, compareVendors } from '../../workflows/checklist/summary.ts';
import { decideDeployment } from '../../workflows/decision/decide.ts';
import { decisionAnswerLines, decisionInputOf } from '../../workflows/decision/from-run.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { command, createReply, paragraph } from '../reply-doc.ts';

async function fileReply(doc: ExportDocument, format: ExportFormat, what: string): Promise<Reply> {
  let file;
  try {
    file = await exportDocument(doc, format);
  } catch (err) {
    throw new AppError(ErrorCode.ExportFailed, format.toUpperCase(), { cause: err });
  }
  // The document's title names the vendor: a chat shows it (file title, consent card) inert.
  return createReply({ kind: 'export', doc: [paragraph(`Here is ${what} as a ${EXPORT_FORMAT_WORDS[format].noun}.`)], files: [{ name: file.name, mimeType: file.mimeType, data: file.data, title: untrusted(doc.title) }] });
}

export async function exportVendor(ctx: FlowContext, vendor: string, format: ExportFormat): Promise<Reply> {
  const list = await ctx.store.getChecklist(ctx.conversation, vendor);
  const name = untrusted(vendor);
  if (!list) throw new AppError(ErrorCode.NotFound, [`a checklist for "${name}" in this conversation (start one with `, command('checklist', name), ')']);
  return fileReply(checklistDocument(summariseChecklist(list, ctx.questions), ctx.now()), format, `the ${untrusted(list.vendor)} checklist`);
}

export async function exportComparison(ctx: FlowContext, format: ExportFormat): Promise<Reply> {
  const lists = await ctx.store.listChecklists(ctx.conversation);
  if (!lists.length) throw new AppError(ErrorCode.NotFound, 'any vendor checklist in this conversation');
  return fileReply(comparisonDocument(compareVendors(lists, ctx.questions), ctx.now()), format, 'the vendor comparison');
}

export async function exportDecisionRun(ctx: FlowContext, run: WorkflowRun, format: ExportFormat): Promise<Reply> {
  const input = decisionInputOf(run);
  if (!input) throw new AppError(ErrorCode.InvalidInput, 'this decision is not finished yet, so there is nothing to export');
  const doc = decisionDocument(decideDeployment(input, ctx.cards), decisionAnswerLines(run), ctx.now());
  return fileReply(doc, format, 'the decision record');
}

/** The newest finished decision in this conversation. */
export async function latestDecision(ctx: FlowContext): Promise<WorkflowRun> {
  const [run] = await ctx.store.listRuns(ctx.scope, { channel: ctx.conversation.channel, kind: 'decision', status: 'completed' });
  if (!run) throw new AppError(ErrorCode.NotFound, ['a finished decision in this conversation (run ', command('decide'), ' first)']);
  return run;
}

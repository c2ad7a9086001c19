import type { Reply } from '../turn.ts';
import type { WorkflowRun } from '../../workflows/store.ts';
import { EXPORT_FORMATS, exportDocument, isExportFormat, type ExportFormat } from '../../workflows/export/index.ts';
import { checklistDocument } from '../../workflows/export/checklist-doc.ts';
import { comparisonDocument } from '../../workflows/export/comparison-doc.ts';
import { decisionDocument } from '../../workflows/export/decision-doc.ts';
import type { ExportDocument } from '../../workflows/export/document.ts';
import { summariseChecklist, compareVendors } from '../../workflows/checklist/summary.ts';
import { decideDeployment } from '../../workflows/decision/decide.ts';
import { decisionAnswerLines, decisionInputOf } from '../../workflows/decision/from-run.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { untrusted } from '../inert/index.ts';

const FORMAT_NAMES: Record<ExportFormat, string> = { docx: 'Word document', pdf: 'PDF', md: 'Markdown file', csv: 'CSV file' };

export function parseFormat(text: string | undefined): ExportFormat {
  const f = (text ?? 'docx').toLowerCase().replace(/^\./, '');
  const format = f === 'markdown' ? 'md' : f === 'word' ? 'docx' : f;
  if (!isExportFormat(format)) throw new AppError(ErrorCode.InvalidInput, `"${untrusted(text ?? '')}" is not an export format: use ${EXPORT_FORMATS.join(', ')}`);
  return format;
}

async function fileReply(doc: ExportDocument, format: ExportFormat, what: string): Promise<Reply> {
  let file;
  try {
    file = await exportDocument(doc, format);
  } catch (err) {
    throw new AppError(ErrorCode.ExportFailed, format.toUpperCase(), { cause: err });
  }
  // The document's title names the vendor: a chat shows it (file title, consent card) inert.
  return { kind: 'export', text: `Here is ${what} as a ${FORMAT_NAMES[format]}.`, files: [{ name: file.name, mimeType: file.mimeType, data: file.data, title: untrusted(doc.title) }] };
}

export async function exportVendor(ctx: FlowContext, vendor: string, format: ExportFormat): Promise<Reply> {
  const list = await ctx.store.getChecklist(ctx.conversation, vendor);
  const name = untrusted(vendor);
  if (!list) throw new AppError(ErrorCode.NotFound, `a checklist for "${name}" in this conversation (start one with \`/ai-procurement checklist ${name}\`)`);
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
  if (!run) throw new AppError(ErrorCode.NotFound, 'a finished decision in this conversation (run `/ai-procurement decide` first)');
  return run;
}

/** `export <vendor> [format]`, `export decision [format]`, `export compare [format]`; the format defaults to docx. */
export async function exportCommand(ctx: FlowContext, args: string[]): Promise<Reply> {
  const last = args.at(-1)?.toLowerCase();
  const hasFormat = args.length > 1 && last !== undefined && (isExportFormat(last.replace(/^\./, '')) || last === 'markdown' || last === 'word');
  const format = parseFormat(hasFormat ? last : undefined);
  const target = (hasFormat ? args.slice(0, -1) : args).join(' ').trim();
  if (!target) throw new AppError(ErrorCode.InvalidInput, 'say what to export: `/ai-procurement export <vendor> [docx|pdf|md|csv]` or `export decision`');
  if (target.toLowerCase() === 'decision') return exportDecisionRun(ctx, await latestDecision(ctx), format);
  if (target.toLowerCase() === 'compare') return exportComparison(ctx, format);
  return exportVendor(ctx, target, format);
}

import type { Reply } from '../turn.ts';
import type { WorkflowAction } from '../../workflows/workflow-action.ts';
import { isExportFormat, type ExportFormat } from '../../workflows/export-formats.ts';
import { isQuestionnaireFormat } from '../../workflows/questionnaire/send/rows.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { runHere } from './run-here.ts';
import { compareReply, decideCommand, listVendors, startVendorChecklist } from './commands.ts';
import { exportComparison, exportDecisionRun, exportVendor, latestDecision } from './export-reply.ts';
import { questionnaireReply } from './questionnaire-reply.ts';
import { statusReply } from './status-reply.ts';
import { acceptDraft, reviewDraft } from './draft-reply.ts';

function exportFormat(a: WorkflowAction): ExportFormat {
  if (a.format && isExportFormat(a.format)) return a.format;
  throw new AppError(ErrorCode.InvalidInput, `"${a.format ?? ''}" is not a format for this export`);
}

/** Runs one typed action, however it arrived (typed command, button, modal): the one place each is carried out. */
export async function runWorkflowAction(ctx: FlowContext, a: WorkflowAction): Promise<Reply> {
  switch (a.workflow) {
    case 'status':
      return statusReply(ctx);
    case 'comparison':
      return a.action === 'export' ? exportComparison(ctx, exportFormat(a)) : compareReply(ctx);
    case 'questionnaire': {
      if (!a.vendor || !a.format || !isQuestionnaireFormat(a.format)) throw new AppError(ErrorCode.InvalidInput, 'say which vendor and format (xlsx or docx)');
      return questionnaireReply(ctx, a.vendor, a.format);
    }
    case 'decision': {
      if (a.action !== 'export') return decideCommand(ctx, a.action === 'restart');
      const run = a.runId ? await runHere(ctx, a.runId) : await latestDecision(ctx);
      if (run.kind !== 'decision') throw new AppError(ErrorCode.InvalidInput, 'that button is not for a decision');
      return exportDecisionRun(ctx, run, exportFormat(a));
    }
    case 'checklist': {
      if (a.action === 'list') return listVendors(ctx);
      if (a.action === 'start') return startVendorChecklist(ctx, a.vendor ?? '', a.questionId);
      if (a.action === 'review') return reviewDraft(ctx, a.vendor ?? '');
      if (a.action === 'accept') return acceptDraft(ctx, a.vendor ?? '');
      const vendor = a.runId ? (await runHere(ctx, a.runId)).subject : a.vendor;
      if (!vendor) throw new AppError(ErrorCode.InvalidInput, 'that button is not for a vendor checklist');
      return exportVendor(ctx, vendor, exportFormat(a));
    }
  }
}

import type { Reply } from '../turn.ts';
import { questionnaireFile, type QuestionnaireFormat } from '../../workflows/questionnaire/send/index.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { createReply, paragraph } from '../reply-doc.ts';

const FORMAT_NAMES: Record<QuestionnaireFormat, string> = { xlsx: 'spreadsheet', docx: 'Word document' };

/**
 * `questionnaire <vendor> [xlsx|docx]`: the twelve questions with what a good answer contains, as a file to send
 * the vendor (delivered like an export).
 */
export async function questionnaireReply(ctx: FlowContext, vendor: string, format: QuestionnaireFormat): Promise<Reply> {
  if (!ctx.questions.length) throw new AppError(ErrorCode.NotAvailableYet, 'The vendor questionnaire (no question cards are loaded)');
  let file;
  try {
    file = await questionnaireFile(vendor, ctx.questions, format, ctx.now());
  } catch (err) {
    throw new AppError(ErrorCode.ExportFailed, format.toUpperCase(), { cause: err });
  }
  const name = untrusted(vendor);
  return createReply({
    kind: 'export',
    doc: [paragraph(`Here is the vendor questionnaire for ${name} as a ${FORMAT_NAMES[format]}: the twelve questions with what a good answer contains. Send it to the vendor; they fill in the answer and evidence columns.`)],
    files: [{ name: file.name, mimeType: file.mimeType, data: file.data, title: untrusted(`AI vendor questionnaire: ${vendor}`) }],
  });
}

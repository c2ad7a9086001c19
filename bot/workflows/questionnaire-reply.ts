import type { Reply } from '../turn.ts';
import { isQuestionnaireFormat, questionnaireFile, QUESTIONNAIRE_FORMATS, type QuestionnaireFormat } from '../../workflows/questionnaire/send/index.ts';
import { AppError, ErrorCode } from '../errors.ts';
import type { FlowContext } from './context.ts';
import { untrusted } from '../inert/index.ts';

const FORMAT_NAMES: Record<QuestionnaireFormat, string> = { xlsx: 'spreadsheet', docx: 'Word document' };

/**
 * `questionnaire <vendor> [xlsx|docx]`: the twelve questions with what a good answer contains, as a file to send
 * the vendor (delivered like an export). The format defaults to xlsx, which vendors fill in most easily.
 */
export async function questionnaireCommand(ctx: FlowContext, args: string[]): Promise<Reply> {
  const last = args.at(-1)?.toLowerCase().replace(/^\./, '');
  const format: QuestionnaireFormat = args.length > 1 && last && isQuestionnaireFormat(last) ? last : 'xlsx';
  const vendor = (args.length > 1 && last && isQuestionnaireFormat(last) ? args.slice(0, -1) : args).join(' ').trim();
  if (!vendor) throw new AppError(ErrorCode.InvalidInput, `say which vendor: \`/ai-procurement questionnaire <vendor> [${QUESTIONNAIRE_FORMATS.join('|')}]\``);
  if (vendor.length > 100) throw new AppError(ErrorCode.InvalidInput, 'a vendor name is at most 100 characters');
  if (!ctx.questions.length) throw new AppError(ErrorCode.NotAvailableYet, 'The vendor questionnaire (no question cards are loaded)');
  let file;
  try {
    file = await questionnaireFile(vendor, ctx.questions, format, ctx.now());
  } catch (err) {
    throw new AppError(ErrorCode.ExportFailed, format.toUpperCase(), { cause: err });
  }
  const name = untrusted(vendor);
  return {
    kind: 'export',
    text: `Here is the vendor questionnaire for ${name} as a ${FORMAT_NAMES[format]}: the twelve questions with what a good answer contains. Send it to the vendor; they fill in the answer and evidence columns.`,
    files: [{ name: file.name, mimeType: file.mimeType, data: file.data, title: untrusted(`AI vendor questionnaire: ${vendor}`) }],
  };
}

import type { WorkflowAction } from '../../workflows/workflow-action.ts';
import { EXPORT_FORMAT_USAGE, exportFormatOf, type ExportFormat } from '../../workflows/export-formats.ts';
import { QUESTIONNAIRE_FORMATS, isQuestionnaireFormat, type QuestionnaireFormat } from '../../workflows/questionnaire/send/rows.ts';
import { VENDOR_MAX_CHARS } from '../../workflows/workflow-action.ts';
import { isQuoted, unquote } from '../command-line.ts';
import { AppError, ErrorCode } from '../errors.ts';
import { untrusted } from '../../workflows/inert/index.ts';
import { command } from '../reply-doc.ts';

/**
 * The grammar of the workflow commands, read once into a typed WorkflowAction (words come from
 * bot/command-line.ts, which keeps a quoted span as one word):
 *
 *   decide [new]
 *   status
 *   checklist                                   the vendors here
 *   checklist compare                           vendors side by side
 *   checklist <vendor words…> [--question <id> | q:<id>]
 *   checklist "<vendor>" [<id>]                 after a quoted name, the next word is a question id
 *   export <vendor words…|decision|compare> [<format>] [--format <format>]
 *   export "<vendor>" [<format>]
 *   questionnaire <vendor words…> [xlsx|docx]
 *
 * Unquoted words are all the vendor's name: `checklist Great Exit` is the vendor "Great Exit", never the vendor
 * "Great" at question `exit`. The one word read off the end of an unquoted name is an export format (docx, pdf,
 * md, csv, word, markdown), a closed list; quote the name when it ends in one (`export "Acme PDF"`). Quoted
 * "decision" or "compare" is a vendor of that name.
 */
export function parseWorkflowCommand(sub: string, words: string[]): WorkflowAction {
  switch (sub) {
    case 'decide':
      return { workflow: 'decision', action: words[0]?.toLowerCase() === 'new' ? 'restart' : 'start' };
    case 'status':
      return { workflow: 'status', action: 'show' };
    case 'checklist':
      return checklistAction(words);
    case 'export':
      return exportAction(words);
    case 'questionnaire':
      return questionnaireAction(words);
    default:
      throw new AppError(ErrorCode.UnknownCommand, `/ai-procurement ${sub}`);
  }
}

function vendorName(words: string[]): string {
  const name = words.map(unquote).join(' ').trim();
  if (name.length > VENDOR_MAX_CHARS) throw new AppError(ErrorCode.InvalidInput, `a vendor name is at most ${VENDOR_MAX_CHARS} characters`);
  return name;
}

/** Takes `--name value`, `--name=value` or `short:value` off the end of the words. */
function takeOption(words: string[], long: string, short: string): { words: string[]; value?: string } {
  const last = words.at(-1) ?? '';
  const inline = new RegExp(`^(?:--${long}=|${short}:)(.+)$`, 'i').exec(last);
  if (inline) return { words: words.slice(0, -1), value: unquote(inline[1]!) };
  if (words.length >= 2 && words.at(-2)?.toLowerCase() === `--${long}`) return { words: words.slice(0, -2), value: unquote(last) };
  return { words };
}

function checklistAction(all: string[]): WorkflowAction {
  if (!all.length) return { workflow: 'checklist', action: 'list' };
  if (all.length === 1 && all[0]!.toLowerCase() === 'compare') return { workflow: 'comparison', action: 'show' };
  const { words, value: asked } = takeOption(all, 'question', 'q');
  let questionId = asked;
  let nameWords = words;
  if (isQuoted(words[0]) && words.length > 1) {
    if (words.length > 2 || asked) throw new AppError(ErrorCode.InvalidInput, ['after a quoted vendor name, give at most one question id: ', command('checklist', '"Acme AI"', 'exit')]);
    questionId = unquote(words[1]!);
    nameWords = words.slice(0, 1);
  }
  const vendor = vendorName(nameWords);
  if (!vendor) throw new AppError(ErrorCode.InvalidInput, ['say which vendor: ', command('checklist', '<vendor>')]);
  return { workflow: 'checklist', action: 'start', vendor, ...(questionId ? { questionId: questionId.toLowerCase() } : {}) };
}

/** The target words and the format word read off their end (or given with --format). */
function splitFormat<F extends string>(all: string[], formatOf: (w: string) => F | undefined, usage: string): { words: string[]; format?: F } {
  const { words, value } = takeOption(all, 'format', 'format');
  if (value !== undefined) {
    const format = formatOf(value);
    if (!format) throw new AppError(ErrorCode.InvalidInput, `"${untrusted(value)}" is not a format here: use ${usage}`);
    return { words, format };
  }
  const last = words.at(-1);
  const format = words.length > 1 && last && !isQuoted(last) ? formatOf(last) : undefined;
  if (isQuoted(words[0]) && words.length > 1 && !format) throw new AppError(ErrorCode.InvalidInput, `"${untrusted(unquote(last ?? ''))}" is not a format here: use ${usage}`);
  return format ? { words: words.slice(0, -1), format } : { words };
}

function exportAction(all: string[]): WorkflowAction {
  const { words, format } = splitFormat<ExportFormat>(all, exportFormatOf, EXPORT_FORMAT_USAGE);
  const chosen: ExportFormat = format ?? 'docx';
  if (!words.length) throw new AppError(ErrorCode.InvalidInput, ['say what to export: ', command('export', '<vendor>', `[${EXPORT_FORMAT_USAGE}]`), ' or ', command('export', 'decision')]);
  if (words.length > 1 && isQuoted(words[0])) throw new AppError(ErrorCode.InvalidInput, ['after a quoted vendor name, give at most a format: ', command('export', '"Acme AI"', 'pdf')]);
  const single = words.length === 1 && !isQuoted(words[0]) ? words[0]!.toLowerCase() : undefined;
  if (single === 'decision') return { workflow: 'decision', action: 'export', format: chosen };
  if (single === 'compare') return { workflow: 'comparison', action: 'export', format: chosen };
  return { workflow: 'checklist', action: 'export', vendor: vendorName(words), format: chosen };
}

function questionnaireAction(all: string[]): WorkflowAction {
  const formatOf = (w: string): QuestionnaireFormat | undefined => {
    const f = w.toLowerCase().replace(/^\./, '');
    return isQuestionnaireFormat(f) ? f : undefined;
  };
  const usage = QUESTIONNAIRE_FORMATS.join('|');
  const { words, format } = splitFormat<QuestionnaireFormat>(all, formatOf, usage);
  const vendor = vendorName(words);
  if (!vendor) throw new AppError(ErrorCode.InvalidInput, ['say which vendor: ', command('questionnaire', '<vendor>', `[${usage}]`)]);
  // xlsx by default: vendors fill a spreadsheet in most easily.
  return { workflow: 'questionnaire', action: 'export', vendor, format: format ?? 'xlsx' };
}

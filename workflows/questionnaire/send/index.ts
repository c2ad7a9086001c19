import type { ChecklistQuestion } from '../../checklist/questions.ts';
import { questionnaireFileBase, questionnaireRows, type QuestionnaireFormat } from './rows.ts';

export { QUESTIONNAIRE_FORMATS, isQuestionnaireFormat, type QuestionnaireFormat } from './rows.ts';

export interface QuestionnaireFile {
  name: string;
  mimeType: string;
  data: Buffer;
}

const MIME: Record<QuestionnaireFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The twelve questions as a file to send to a vendor. Writers load on first use: exceljs costs time to import. */
export async function questionnaireFile(vendor: string, questions: ChecklistQuestion[], format: QuestionnaireFormat, now = new Date()): Promise<QuestionnaireFile> {
  const rows = questionnaireRows(questions);
  const data = format === 'xlsx'
    ? await (await import('./xlsx.ts')).questionnaireXlsx(vendor, rows, now)
    : await (await import('./docx.ts')).questionnaireDocx(vendor, rows, now);
  return { name: `${questionnaireFileBase(vendor)}.${format}`, mimeType: MIME[format], data };
}

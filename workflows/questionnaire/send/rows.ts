import type { ChecklistQuestion } from '../../checklist/questions.ts';

/** The questionnaire's columns, in order. The assessor finds a filled-in copy by these headers: one home for them. */
export const QUESTIONNAIRE_COLUMNS = ['ID', 'Question', 'What a good answer contains', "Vendor's answer", 'Evidence link'] as const;

export const QUESTIONNAIRE_FORMATS = ['xlsx', 'docx'] as const;
export type QuestionnaireFormat = (typeof QUESTIONNAIRE_FORMATS)[number];

export function isQuestionnaireFormat(s: string): s is QuestionnaireFormat {
  return (QUESTIONNAIRE_FORMATS as readonly string[]).includes(s);
}

export interface QuestionnaireRow {
  id: string;
  question: string;
  goodAnswer: string;
  /** Pre-filled answer (the evaluation set's filled-in copies); empty when sending. */
  answer?: string;
}

/** One row per checklist question; the card guidance arrives with its `[^source]` markers already stripped. */
export function questionnaireRows(questions: ChecklistQuestion[]): QuestionnaireRow[] {
  return questions.map((q) => ({ id: q.id, question: q.question, goodAnswer: q.guidance.goodAnswer.replace(/\s+/g, ' ').trim() }));
}

/** A file name safe on every platform: the vendor's name reduced to letters, digits and dashes. */
export function questionnaireFileBase(vendor: string): string {
  const slug = vendor.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').toLowerCase().slice(0, 60);
  return `ai-vendor-questionnaire-${slug || 'vendor'}`;
}

/** Word and Excel reject XML-illegal control characters: strip them rather than ship a file that needs repair. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing XML-illegal control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

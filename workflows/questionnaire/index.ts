/**
 * Vendor questionnaires both ways: the questionnaire to send (send/), and the assessment of what comes back
 * (read/ turns documents into passages, assess/ proposes a status per question with verbatim evidence).
 * Pure logic: nothing here touches a store, a platform or the network.
 */
import type { ChecklistQuestion } from '../checklist/questions.ts';
import { assessDocuments, type Assessment } from './assess/assess.ts';
import { readDocument } from './read/index.ts';
import { assistedAssessment, type PassageJudge } from './assess/assist.ts';
import type { JudgedBy } from './draft.ts';

export { assessDocuments, type Assessment, type ProposedAnswer, type EvidenceQuote, type ProposedStatus } from './assess/assess.ts';
export { readDocument, DocumentRejected, isDocumentRejected, type ReadDocument, type RejectCode } from './read/index.ts';
export { questionnaireFile, isQuestionnaireFormat, QUESTIONNAIRE_FORMATS, type QuestionnaireFormat, type QuestionnaireFile } from './send/index.ts';
export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB } from './limits.ts';
export type { PassageJudge, JudgeRequest, Judgement } from './assess/assist.ts';

export interface VendorFile {
  name: string;
  data: Buffer;
}

async function readAll(files: VendorFile[]) {
  const docs = [];
  for (const f of files) docs.push(await readDocument(f.data, f.name));
  return docs;
}

/** Reads every file (each refused file throws DocumentRejected before anything is assessed) and assesses them. */
export async function assessFiles(vendor: string, files: VendorFile[], questions: ChecklistQuestion[]): Promise<Assessment> {
  return assessDocuments(vendor, await readAll(files), questions);
}

/** The same, with a model's help on each question the documents address (assess/assist.ts says how it is held in). */
export async function assessFilesAssisted(vendor: string, files: VendorFile[], questions: ChecklistQuestion[], ask: PassageJudge): Promise<{ assessment: Assessment; judgedBy: JudgedBy }> {
  return assistedAssessment(vendor, await readAll(files), questions, ask);
}

/**
 * Vendor questionnaires both ways: the questionnaire to send (send/), and the assessment of what comes back
 * (read/ turns documents into passages, assess/ proposes a status per question with verbatim evidence).
 * Pure logic: nothing here touches a store, a platform or the network.
 */
import type { ChecklistQuestion } from '../checklist/questions.ts';
import { assessDocuments, type Assessment } from './assess/assess.ts';
import { readDocument } from './read/index.ts';

export { assessDocuments, type Assessment, type ProposedAnswer, type EvidenceQuote, type ProposedStatus } from './assess/assess.ts';
export { readDocument, DocumentRejected, isDocumentRejected, type ReadDocument, type RejectCode } from './read/index.ts';
export { questionnaireFile, isQuestionnaireFormat, QUESTIONNAIRE_FORMATS, type QuestionnaireFormat, type QuestionnaireFile } from './send/index.ts';
export { MAX_DOCUMENT_BYTES, MAX_DOCUMENT_MB } from './limits.ts';

export interface VendorFile {
  name: string;
  data: Buffer;
}

/** Reads every file (each refused file throws DocumentRejected before anything is assessed) and assesses them. */
export async function assessFiles(vendor: string, files: VendorFile[], questions: ChecklistQuestion[]): Promise<Assessment> {
  const docs = [];
  for (const f of files) docs.push(await readDocument(f.data, f.name));
  return assessDocuments(vendor, docs, questions);
}

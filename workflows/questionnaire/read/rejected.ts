import { MAX_DOCUMENT_MB } from '../limits.ts';

export type RejectCode =
  | 'too-large' | 'unsupported-type' | 'encrypted-pdf' | 'image-only-pdf' | 'macro-enabled' | 'password-protected'
  | 'zip-bomb' | 'unreadable' | 'empty' | 'download-failed';

/** What the user is told for each refusal: one table, so chat and CLI say the same thing. */
const TEXT: Record<RejectCode, string> = {
  'too-large': `is larger than the ${MAX_DOCUMENT_MB} MB limit. Send the relevant sections (or a link to a smaller export) instead.`,
  'unsupported-type': 'is not a type I read. Send DOCX, XLSX, PDF (with a text layer), Markdown, plain text or HTML.',
  'encrypted-pdf': 'is an encrypted (password-protected) PDF. Ask the vendor for an unprotected copy.',
  'image-only-pdf': 'is a PDF without a text layer (scanned images). Ask the vendor for a text PDF or run it through OCR first.',
  'macro-enabled': 'is a macro-enabled Office file (xlsm/docm). Save it as a plain .xlsx or .docx and send that.',
  'password-protected': 'is password-protected (or an old binary .xls/.doc). Remove the password and save it as .xlsx or .docx.',
  'zip-bomb': 'expands far beyond a real document (too many parts or too much data once unzipped), so I did not open it.',
  unreadable: 'could not be read: the file looks damaged or is not what its name says.',
  empty: 'has no text I can read.',
  'download-failed': 'could not be downloaded. Share it again, or check that I have access to it.',
};

/** A document refused before or during reading; nothing from it is kept. */
export class DocumentRejected extends Error {
  readonly code: RejectCode;
  readonly file: string;

  constructor(code: RejectCode, file: string, options?: { cause?: unknown }) {
    super(`${file} ${TEXT[code]}`, options);
    this.name = 'DocumentRejected';
    this.code = code;
    this.file = file;
  }
}

export function isDocumentRejected(err: unknown): err is DocumentRejected {
  return err instanceof DocumentRejected;
}

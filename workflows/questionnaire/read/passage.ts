/** A span of a vendor document with where it stands, in the words a reviewer would use to find it. */
export interface Passage {
  text: string;
  /** "file.pdf, page 3"; "answers.xlsx, sheet Security, cell D5"; "dpa.docx, Sub-processors > Notice". */
  location: string;
  /** For a questionnaire row: the question the row asks (the vendor's wording) and its id cell, if any. */
  question?: string;
  rowId?: string;
}

export type DocumentKind = 'docx' | 'xlsx' | 'pdf' | 'markdown' | 'text' | 'html';

/** A document read into passages. `text` is all of its text, the reference quotes are checked against. */
export interface ReadDocument {
  name: string;
  kind: DocumentKind;
  passages: Passage[];
  text: string;
}

/** Whitespace collapsed: quotes and passages are compared in this form, since layouts break lines anywhere. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "Security > Certifications" from the headings above a passage. */
export function headingPath(headings: string[]): string {
  return headings.filter(Boolean).join(' > ');
}

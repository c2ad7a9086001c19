/** One home for the limits on a vendor document: the bot says these numbers to users, the readers enforce them. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
export const MAX_DOCUMENT_MB = MAX_DOCUMENT_BYTES / (1024 * 1024);
/** A DOCX or XLSX holds a few dozen parts; thousands means a crafted file. */
export const MAX_ZIP_ENTRIES = 2000;
/** Everything a container may inflate to; real questionnaires and DPAs stay far below. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** A part that inflates more than this many times its compressed size is a bomb, not a document. */
export const MAX_ZIP_RATIO = 200;
/** A PDF whose pages average fewer letters than this has no usable text layer (scanned images). */
export const MIN_PDF_CHARS_PER_PAGE = 20;

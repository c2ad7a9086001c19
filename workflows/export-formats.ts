/**
 * The document formats an export can take, with the words people type for them and the labels replies show:
 * the one home for this list (commands, buttons, help, the CLI and the exporters all read it).
 */
export const EXPORT_FORMATS = ['docx', 'pdf', 'md', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

interface FormatWords {
  /** On a button: "Export Word (DOCX)". */
  label: string;
  /** In a sentence: "Here is the checklist as a Word document." */
  noun: string;
  /** Other words typed for it ("word", "markdown"). */
  aliases: readonly string[];
}

export const EXPORT_FORMAT_WORDS: Record<ExportFormat, FormatWords> = {
  docx: { label: 'Word (DOCX)', noun: 'Word document', aliases: ['word'] },
  pdf: { label: 'PDF', noun: 'PDF', aliases: [] },
  md: { label: 'Markdown', noun: 'Markdown file', aliases: ['markdown'] },
  csv: { label: 'CSV', noun: 'CSV file', aliases: [] },
};

/** "docx|pdf|md|csv", for usage lines. */
export const EXPORT_FORMAT_USAGE = EXPORT_FORMATS.join('|');

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

/** The format a typed word names ("PDF", ".md", "markdown", "word"); undefined when it names none. */
export function exportFormatOf(word: string): ExportFormat | undefined {
  const w = word.toLowerCase().replace(/^\./, '');
  if (isExportFormat(w)) return w;
  return EXPORT_FORMATS.find((f) => EXPORT_FORMAT_WORDS[f].aliases.includes(w));
}

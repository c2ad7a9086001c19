/**
 * The neutral document every exporter renders: one model, four formats (DOCX, PDF, Markdown, CSV), so the
 * content of a checklist or decision record is decided once and the formats only differ in layout.
 */
export type Tone = 'red-flag' | 'concern' | 'ok' | 'neutral';

export interface DocCell {
  text: string;
  tone?: Tone;
}

export interface DocTable {
  columns: string[];
  rows: DocCell[][];
}

export interface DocField {
  label: string;
  value: string;
  tone?: Tone;
  /** The value is a URL to render as a link. */
  link?: boolean;
}

export interface DocSection {
  heading: string;
  tone?: Tone;
  /** A short flag shown beside the heading, e.g. "RED FLAG". */
  badge?: string;
  /** Guidance text, each block with an optional label ("What a good answer looks like"). */
  blocks: { label?: string; text: string }[];
  fields: DocField[];
}

export interface ExportDocument {
  kind: 'checklist' | 'decision' | 'comparison';
  title: string;
  subtitle: string;
  /** Title-page lines (vendor, generated, progress, prices as of). */
  meta: DocField[];
  summaryTitle: string;
  summary: DocTable;
  sectionsTitle: string;
  sections: DocSection[];
  sources: { n: number; title: string; url: string | null }[];
  /** The flat table a CSV export writes. */
  records: { columns: string[]; rows: string[][] };
  /** A safe file-name stem, e.g. "acme-ai-vendor-checklist". */
  fileBase: string;
}

export const TONE_BADGE: Record<Tone, string | undefined> = { 'red-flag': 'RED FLAG', concern: 'CONCERN', ok: undefined, neutral: undefined };

/** A file-name stem from free text: lower case, a-z0-9 and dashes, never empty. */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'export';
}

/** Relative column widths from the average text length of each column (clamped), so long text gets room. */
export function columnWeights(table: DocTable): number[] {
  return table.columns.map((header, i) => {
    const cells = [header, ...table.rows.map((r) => r[i]?.text ?? '')];
    const avg = cells.reduce((sum, c) => sum + c.length, 0) / cells.length;
    return Math.min(60, Math.max(5, avg));
  });
}

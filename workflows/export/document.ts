/**
 * The neutral document every exporter renders: one model, four formats (DOCX, PDF, Markdown, CSV), so the
 * content of a checklist, comparison or decision record is decided once and the formats only differ in layout.
 *
 * Text from users (vendor names, notes, names, answers) enters the model already inert (`user-text.ts`); the only
 * text a renderer may turn into a live link is a `DocField` with `link: true`, and only when it is an http(s) URL.
 */

import { formatTimestamp } from '../format.ts';

export type Tone = 'red-flag' | 'concern' | 'ok' | 'neutral';

export interface DocCell {
  text: string;
  tone?: Tone;
  /** Kept on one line: a status label ("Not applicable") reads as one unit, so its column is sized to hold it. */
  nowrap?: boolean;
}

export interface DocTable {
  columns: string[];
  rows: DocCell[][];
  /**
   * Leading columns that say what a row is (#, Question). A table too wide for a landscape page is split into
   * parts by its other columns, each part repeating these.
   */
  keyColumns?: number;
}

export interface DocField {
  label: string;
  value: string;
  tone?: Tone;
  /** The value is an evidence URL: a live link when it is http(s), shown as the URL itself. */
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

/** A colour of the page-one bar; the values live in palette.ts. */
export type Swatch = 'red-flag' | 'concern' | 'unanswered' | 'satisfactory' | 'n/a' | 'closed' | 'self-hosted' | 'neutral';

export interface BarSegment {
  label: string;
  count: number;
  swatch: Swatch;
}

/** One horizontal bar: the status mix of one vendor (or the verdict mix of a decision). */
export interface StatusBar {
  /** Whose bar, in a comparison ("Acme AI: 10 of 12 answered"); empty for the single subject of a document. */
  label: string;
  segments: BarSegment[];
}

/** A key to the bar colours; `count` when the document has a single bar. */
export interface LegendEntry {
  label: string;
  swatch: Swatch;
  count?: number;
}

/** A red flag or concern on page one: the question, then its notes, evidence and who answered. */
export interface Finding {
  tone: Tone;
  badge: string;
  /** The vendor, in a comparison. */
  subject?: string;
  title: string;
  fields: DocField[];
}

/** Page one: what a reader who turns no page must learn. */
export interface ExecutiveSummary {
  /** Paragraphs under the facts: a decision's reasoning and cost in brief; none for a checklist. */
  lead: { label?: string; text: string }[];
  barsTitle: string;
  bars: StatusBar[];
  legend: LegendEntry[];
  findingsTitle: string;
  findings: Finding[];
  noFindings: string;
  openTitle: string;
  open: string[];
  noOpen: string;
}

export interface ExportDocument {
  kind: 'checklist' | 'decision' | 'comparison';
  title: string;
  subtitle: string;
  /** Page-one facts (vendor, generated, who answered, progress, prices as of). */
  meta: DocField[];
  executive: ExecutiveSummary;
  summaryTitle: string;
  summary: DocTable;
  sectionsTitle: string;
  sections: DocSection[];
  sources: { n: number; title: string; url: string | null }[];
  /** The flat table a CSV export writes. */
  records: { columns: string[]; rows: string[][] };
  /** Printed in the footer of every page beside the page number: the vendor, or what the document is about. */
  footer: string;
  /** A safe file-name stem, e.g. "acme-ai-vendor-checklist". */
  fileBase: string;
}

export const TONE_BADGE: Record<Tone, string | undefined> = { 'red-flag': 'RED FLAG', concern: 'CONCERN', ok: undefined, neutral: undefined };

/** A file-name stem from free text: lower case, a-z0-9 and dashes, never empty. */
export function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'export';
}

/** "2026-03-02 10:30 UTC": documents print times with the one timestamp formatter (workflows/format.ts). */
export function utcMinute(iso: string | Date): string {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  // A stored time that does not parse is printed as stored rather than as "Invalid Date".
  return Number.isNaN(at.getTime()) ? String(iso) : formatTimestamp(at);
}

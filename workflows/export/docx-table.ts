import {
  AlignmentType, HeightRule, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlign, WidthType,
} from 'docx';
import type { DocCell, DocTable, StatusBar } from './document.ts';
import { runs } from './docx-text.ts';
import { HEADER_FILL, SWATCH, TONE_FILL, TONE_INK } from './palette.ts';
import { planTable } from './table-layout.ts';
import { textWidth } from './text-metrics.ts';

/** Text width of an A4 page with Word's default margins (1 inch), in twentieths of a point. */
export const PAGE_WIDTH_TWIPS = 9026;
/** Cell padding on each side, in twips (5 pt). */
const CELL_MARGIN = 100;
/** Sizes a table may be set in, largest first (points). */
const SIZES = [9, 8, 7, 6] as const;
/** Word and LibreOffice round glyph advances to their own grid: measure a little wide so a word never wraps. */
const RENDER_SLACK = 1.04;
/** Rows with less text than this are kept on one page; a longer row may split rather than overflow the page. */
const KEEP_ROW_CHARS = 400;

/** Text width of a landscape A4 page with one-inch margins, in twips. */
export const LANDSCAPE_WIDTH_TWIPS = 13958;

export interface DocxTablePart {
  table: DocTable;
  size: number;
  /** Column widths in twips, adding up to the page's text width. */
  twips: number[];
}

/**
 * Column widths from the content (table-layout.ts) in twips: each column at least its longest word, so no word
 * splits; landscape, or split into parts, when a portrait page cannot hold the longest words.
 */
export function docxPlan(table: DocTable): { landscape: boolean; parts: DocxTablePart[] } {
  const plan = planTable(table, {
    portrait: PAGE_WIDTH_TWIPS / 20,
    landscape: LANDSCAPE_WIDTH_TWIPS / 20,
    padding: (2 * CELL_MARGIN) / 20,
    sizes: SIZES,
    measure: (text, s, bold) => textWidth(text, s, bold) * RENDER_SLACK,
  });
  const page = plan.landscape ? LANDSCAPE_WIDTH_TWIPS : PAGE_WIDTH_TWIPS;
  const parts = plan.parts.map(({ table: part, layout }) => {
    const twips = layout.widths.map((w) => Math.floor(w * 20));
    twips[twips.length - 1]! += page - twips.reduce((a, b) => a + b, 0);
    return { table: part, size: layout.size, twips };
  });
  return { landscape: plan.landscape, parts };
}

function cellOf(c: DocCell, header: boolean, width: number, size: number): TableCell {
  const fill = header ? HEADER_FILL : c.tone ? TONE_FILL[c.tone] : undefined;
  // A no-break space keeps "Not applicable" whole even where a reader's font runs wider than ours.
  const text = c.nowrap ? c.text.replace(/ /g, '\u00A0') : c.text;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [new Paragraph({ children: runs(text, { bold: header || c.tone === 'red-flag', color: !header && c.tone ? TONE_INK[c.tone] : undefined, size: size * 2 }) })],
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
  });
}

/**
 * A data table: explicit grid and cell widths with a fixed layout (so Word and LibreOffice keep them rather than
 * autofit), the header row marked to repeat on every page (w:tblHeader), short rows kept whole.
 */
export function dataTable({ table, size, twips }: DocxTablePart): Table {
  const row = (cells: DocCell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: header || cells.reduce((n, c) => n + c.text.length, 0) < KEEP_ROW_CHARS,
      children: cells.map((c, i) => cellOf(c, header, twips[i] ?? 0, size)),
    });
  return new Table({
    width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    rows: [row(table.columns.map((text) => ({ text })), true), ...table.rows.map((r) => row(r, false))],
  });
}

/** The narrowest a segment may be, so its count stays legible (twips). */
const MIN_SEGMENT = 360;

/**
 * A status bar as a one-row table: one shaded cell per non-empty status, as wide as its share, its count printed
 * on it. A table cell is the one drawing Word, LibreOffice and Google Docs all lay out the same.
 */
export function barTable(bar: StatusBar): Table {
  const segments = bar.segments.filter((s) => s.count > 0);
  const total = segments.reduce((n, s) => n + s.count, 0);
  const raw = segments.map((s) => Math.max(MIN_SEGMENT, Math.floor((PAGE_WIDTH_TWIPS * s.count) / Math.max(total, 1))));
  const scale = PAGE_WIDTH_TWIPS / Math.max(raw.reduce((a, b) => a + b, 0), 1);
  const twips = raw.map((w) => Math.floor(w * scale));
  if (twips.length) twips[twips.length - 1]! += PAGE_WIDTH_TWIPS - twips.reduce((a, b) => a + b, 0);
  const cells = segments.length
    ? segments.map((s, i) => new TableCell({
        width: { size: twips[i]!, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: SWATCH[s.swatch].fill },
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: String(s.count), bold: true, size: 18, color: SWATCH[s.swatch].ink })] })],
      }))
    : [new TableCell({ width: { size: PAGE_WIDTH_TWIPS, type: WidthType.DXA }, children: [new Paragraph('')] })];
  return new Table({
    width: { size: PAGE_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: segments.length ? twips : [PAGE_WIDTH_TWIPS],
    layout: TableLayoutType.FIXED,
    borders: segments.length ? TableBorders.NONE : undefined,
    rows: [new TableRow({ height: { value: 380, rule: HeightRule.EXACT }, cantSplit: true, children: cells })],
  });
}

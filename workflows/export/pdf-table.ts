import type { DocCell, DocTable } from './document.ts';
import { HEADER_FILL, TONE_FILL, TONE_INK } from './palette.ts';
import { bottom, hex, MARGINS, type Pdf } from './pdf-page.ts';
import { toWinAnsi as t } from './pdf-text.ts';
import { planTable, type TableLayout, type TablePlan } from './table-layout.ts';
import { PDF_FONT, textWidth } from './text-metrics.ts';

/** Cell padding on each side, in points. */
const PAD = 4;
/** Sizes a table may be set in, largest first. */
const SIZES = [9, 8, 7, 6] as const;

const fontOf = (c: DocCell, header: boolean) => (header || c.tone === 'red-flag' ? PDF_FONT.bold : PDF_FONT.regular);

function rowHeight(pdf: Pdf, cells: DocCell[], widths: number[], header: boolean): number {
  const heights = cells.map((c, i) => pdf.font(fontOf(c, header)).heightOfString(t(c.text), { width: (widths[i] ?? 40) - 2 * PAD }));
  return Math.max(...heights, 10) + 2 * PAD;
}

/**
 * A row taller than a whole page (a 2,000-character note in a narrow column) would spill out of its cell:
 * shorten its longest cell at a word, with an ellipsis, until it fits. The question's section keeps the full text.
 */
function fitToPage(pdf: Pdf, cells: DocCell[], widths: number[], room: number): DocCell[] {
  let row = cells;
  while (rowHeight(pdf, row, widths, false) > room) {
    const longest = row.reduce((best, c, i) => (c.text.length > (row[best]?.text.length ?? 0) ? i : best), 0);
    const text = row[longest]!.text;
    const shorter = text.slice(0, Math.floor(text.length * 0.8)).replace(/\s+\S*$/, '');
    if (shorter.length < 20) break;
    row = row.map((c, i) => (i === longest ? { ...c, text: `${shorter} ...` } : c));
  }
  return row;
}

function drawRow(pdf: Pdf, cells: DocCell[], widths: number[], header: boolean, h: number): void {
  const y = pdf.y;
  let x = MARGINS.left;
  cells.forEach((c, i) => {
    const w = widths[i] ?? 40;
    const fill = header ? HEADER_FILL : c.tone ? TONE_FILL[c.tone] : undefined;
    if (fill) pdf.rect(x, y, w, h).fill(hex(fill));
    pdf.rect(x, y, w, h).lineWidth(0.5).stroke('#999999');
    pdf.fillColor(!header && c.tone ? hex(TONE_INK[c.tone] ?? '000000') : 'black')
      .font(fontOf(c, header))
      .text(t(c.text), x + PAD, y + PAD, { width: w - 2 * PAD });
    x += w;
  });
  pdf.fillColor('black');
  pdf.x = MARGINS.left;
  pdf.y = y + h;
}

/** A4's short and long sides, in points. */
const A4 = { short: 595.28, long: 841.89 };

/** Portrait, landscape or split into parts (table-layout.ts), measured with Helvetica's metrics. */
export function planPdfTable(table: DocTable): TablePlan {
  const side = MARGINS.left + MARGINS.right;
  return planTable(table, { portrait: A4.short - side, landscape: A4.long - side, padding: 2 * PAD, sizes: SIZES, measure: textWidth });
}

/**
 * A table whose columns fit their content, whose header row is drawn again at the top of every page it runs onto
 * (`newPage` starts a page in the table's orientation), and whose rows never split across pages.
 */
export function drawTable(pdf: Pdf, table: DocTable, { size, widths }: TableLayout, newPage: () => void): void {
  pdf.fontSize(size);
  const header = table.columns.map((text) => ({ text }));
  const headerHeight = rowHeight(pdf, header, widths, true);
  const pageRoom = bottom(pdf) - MARGINS.top - headerHeight;
  const rows = table.rows.map((r) => fitToPage(pdf, r, widths, pageRoom));
  const first = rows[0] ? rowHeight(pdf, rows[0], widths, false) : 0;
  if (pdf.y + headerHeight + first > bottom(pdf)) newPage();
  drawRow(pdf, header, widths, true, headerHeight);
  for (const row of rows) {
    const h = rowHeight(pdf, row, widths, false);
    if (pdf.y + h > bottom(pdf)) {
      newPage();
      drawRow(pdf, header, widths, true, headerHeight);
    }
    drawRow(pdf, row, widths, false, h);
  }
}

import type { DocField } from './document.ts';
import { LINK_INK, MUTED_INK, TONE_INK } from './palette.ts';
import { toWinAnsi as t } from './pdf-text.ts';
import { PDF_FONT } from './text-metrics.ts';
import { evidenceHref } from './user-text.ts';

export type Pdf = PDFKit.PDFDocument;

/** A4 with 50 pt margins; the bottom margin is deeper to hold the footer. */
export const MARGINS = { top: 50, left: 50, right: 50, bottom: 62 } as const;
/** The footer's baseline sits this far above the bottom edge of the page. */
const FOOTER_FROM_BOTTOM = 38;

export const hex = (c: string) => `#${c}`;
export const contentWidth = (pdf: Pdf) => pdf.page.width - MARGINS.left - MARGINS.right;
export const bottom = (pdf: Pdf) => pdf.page.height - MARGINS.bottom;

/** Starts a new page when `height` more points would cross the bottom margin. */
export function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

export function heading(pdf: Pdf, text: string, size: number): void {
  ensureRoom(pdf, size * 3);
  pdf.font(PDF_FONT.bold).fontSize(size).fillColor('black').text(t(text), MARGINS.left, pdf.y, { width: contentWidth(pdf) });
  pdf.moveDown(0.3);
}

/**
 * "Label: value" on its own lines. Only an evidence field whose value is an http(s) URL becomes a link, and the
 * words shown are the URL itself; everything else is plain text.
 */
export function field(pdf: Pdf, f: DocField, x: number, width: number, size = 10): void {
  const href = f.link ? evidenceHref(f.value) : undefined;
  pdf.font(PDF_FONT.bold).fontSize(size).fillColor('black').text(f.label ? `${t(f.label)}: ` : '', x, pdf.y, { width, continued: true });
  pdf.font(f.tone === 'red-flag' ? PDF_FONT.bold : PDF_FONT.regular)
    .fillColor(href ? hex(LINK_INK) : f.tone ? hex(TONE_INK[f.tone] ?? '000000') : 'black')
    .text(t(href ?? f.value), href ? { link: href, underline: true } : { link: null, underline: false });
  pdf.fillColor('black');
}

/** Cuts a line to `width` at a word, with an ellipsis, for one-line places (the footer). */
function oneLine(pdf: Pdf, text: string, width: number): string {
  if (pdf.widthOfString(text) <= width) return text;
  const words = text.split(' ');
  while (words.length > 1 && pdf.widthOfString(`${words.join(' ')} ...`) > width) words.pop();
  let line = words.join(' ');
  while (line.length > 1 && pdf.widthOfString(`${line} ...`) > width) line = line.slice(0, -1);
  return `${line} ...`;
}

/** The footer of every page: the vendor (or the document's subject) on the left, "Page n of N" on the right. */
export function drawFooters(pdf: Pdf, label: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit start a new page: lift the margin while we write.
    const kept = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - FOOTER_FROM_BOTTOM;
    const width = contentWidth(pdf);
    pdf.moveTo(MARGINS.left, y - 6).lineTo(MARGINS.left + width, y - 6).lineWidth(0.5).stroke('#BBBBBB');
    const page = `Page ${i - start + 1} of ${count}`;
    pdf.font(PDF_FONT.regular).fontSize(8).fillColor(hex(MUTED_INK));
    const pageWidth = pdf.widthOfString(page);
    pdf.text(oneLine(pdf, t(label), width - pageWidth - 20), MARGINS.left, y, { lineBreak: false });
    pdf.text(page, MARGINS.left + width - pageWidth, y, { lineBreak: false });
    pdf.page.margins.bottom = kept;
  }
  pdf.fillColor('black');
}

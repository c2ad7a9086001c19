import PDFDocument from 'pdfkit';
import { toWinAnsi } from './pdf-text.ts';

/** The PDF's built-in fonts. */
export const PDF_FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
/**
 * The DOCX's font. Arial has Helvetica's glyph widths, and so has Liberation Sans, which LibreOffice puts in its
 * place: widths measured with Helvetica's metrics hold in Word, LibreOffice and the PDF alike.
 */
export const DOCX_FONT = 'Arial';

let probe: PDFKit.PDFDocument | undefined;

/**
 * Width of a text in points, from the font's own metrics (pdfkit's AFM tables for Helvetica). A document that
 * never gets a page or an end is only a measuring device: it writes nothing.
 */
export function textWidth(text: string, size: number, bold = false): number {
  probe ??= new PDFDocument({ autoFirstPage: false });
  return probe.font(bold ? PDF_FONT.bold : PDF_FONT.regular).fontSize(size).widthOfString(toWinAnsi(text));
}

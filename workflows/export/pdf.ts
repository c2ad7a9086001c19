import PDFDocument from 'pdfkit';
import type { DocSection, ExportDocument } from './document.ts';
import type { Exporter } from './exporter.ts';
import { TONE_FILL, TONE_INK } from './palette.ts';
import { contentWidth, drawFooters, ensureRoom, field, heading, hex, MARGINS, type Pdf } from './pdf-page.ts';
import { drawPageOne } from './pdf-summary.ts';
import { drawTable, planPdfTable } from './pdf-table.ts';
import { toWinAnsi as t } from './pdf-text.ts';
import { PDF_FONT } from './text-metrics.ts';

function drawSection(pdf: Pdf, s: DocSection): void {
  ensureRoom(pdf, 80);
  const width = contentWidth(pdf);
  const title = t(s.badge ? `${s.heading}  [${s.badge}]` : s.heading);
  pdf.font(PDF_FONT.bold).fontSize(12);
  const h = pdf.heightOfString(title, { width: width - 8 });
  const fill = s.tone ? TONE_FILL[s.tone] : undefined;
  if (fill) pdf.rect(MARGINS.left, pdf.y - 2, width, h + 6).fill(hex(fill));
  pdf.fillColor(s.tone ? hex(TONE_INK[s.tone] ?? '000000') : 'black').text(title, MARGINS.left + 4, pdf.y + 1, { width: width - 8 });
  pdf.fillColor('black').moveDown(0.4);
  for (const b of s.blocks) {
    pdf.font(PDF_FONT.italic).fontSize(9).fillColor('#333333');
    pdf.text(t(b.label ? `${b.label}: ${b.text}` : b.text), MARGINS.left, pdf.y, { width });
    pdf.moveDown(0.3);
  }
  pdf.fillColor('black');
  for (const f of s.fields) field(pdf, f, MARGINS.left, width);
  pdf.moveDown(1);
}

/**
 * The PDF: page one the executive summary, then the summary table, the sections and the sources; every page
 * carries the vendor and "Page n of N" in its footer (pages are buffered so the total is known).
 */
export function renderPdf(doc: ExportDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margins: MARGINS, bufferPages: true, info: { Title: t(doc.title), Creator: 'ai-procurement' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    drawPageOne(pdf, doc);

    const plan = planPdfTable(doc.summary);
    const tablePage = () => pdf.addPage({ size: 'A4', margins: MARGINS, layout: plan.landscape ? 'landscape' : 'portrait' });
    tablePage();
    heading(pdf, doc.summaryTitle, 16);
    plan.parts.forEach((part, i) => {
      if (i) pdf.moveDown(1);
      drawTable(pdf, part.table, part.layout, tablePage);
    });

    pdf.addPage();
    heading(pdf, doc.sectionsTitle, 16);
    for (const s of doc.sections) drawSection(pdf, s);

    if (doc.sources.length) {
      ensureRoom(pdf, 60);
      heading(pdf, 'Sources', 14);
      pdf.font(PDF_FONT.regular).fontSize(9);
      for (const s of doc.sources) pdf.text(t(`[${s.n}] ${s.title}${s.url ? ` ${s.url}` : ''}`), MARGINS.left, pdf.y, { width: contentWidth(pdf) });
    }
    drawFooters(pdf, doc.footer);
    pdf.end();
  });
}

export const pdfExporter: Exporter = {
  format: 'pdf',
  mimeType: 'application/pdf',
  ext: 'pdf',
  render: renderPdf,
};

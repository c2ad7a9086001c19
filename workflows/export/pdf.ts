import PDFDocument from 'pdfkit';
import { columnWeights, type DocCell, type DocSection, type DocTable, type ExportDocument, type Tone } from './document.ts';
import type { Exporter } from './exporter.ts';
import { toWinAnsi as t } from './pdf-text.ts';

type Pdf = PDFKit.PDFDocument;

const FILL: Partial<Record<Tone, string>> = { 'red-flag': '#F8D7DA', concern: '#FFF3CD' };
const INK: Partial<Record<Tone, string>> = { 'red-flag': '#B00020', concern: '#8A6D00' };
const MARGIN = 50;

function bottom(pdf: Pdf): number {
  return pdf.page.height - MARGIN;
}

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function drawRow(pdf: Pdf, cells: DocCell[], widths: number[], header: boolean): void {
  pdf.font(header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const heights = cells.map((c, i) => pdf.heightOfString(t(c.text), { width: (widths[i] ?? 60) - 8 }));
  const h = Math.max(...heights, 10) + 8;
  ensureRoom(pdf, h);
  const y = pdf.y;
  let x = MARGIN;
  cells.forEach((c, i) => {
    const w = widths[i] ?? 60;
    const fill = header ? '#D9E2F3' : c.tone ? FILL[c.tone] : undefined;
    if (fill) pdf.rect(x, y, w, h).fill(fill);
    pdf.rect(x, y, w, h).lineWidth(0.5).stroke('#999999');
    pdf.fillColor(!header && c.tone ? (INK[c.tone] ?? 'black') : 'black')
      .font(header || c.tone === 'red-flag' ? 'Helvetica-Bold' : 'Helvetica')
      .text(t(c.text), x + 4, y + 4, { width: w - 8 });
    x += w;
  });
  pdf.fillColor('black');
  pdf.x = MARGIN;
  pdf.y = y + h;
}

function drawTable(pdf: Pdf, { columns, rows }: DocTable): void {
  const width = pdf.page.width - 2 * MARGIN;
  const weights = columnWeights({ columns, rows });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (width * w) / total);
  drawRow(pdf, columns.map((text) => ({ text })), widths, true);
  for (const row of rows) {
    if (pdf.y + 30 > bottom(pdf)) {
      pdf.addPage();
      drawRow(pdf, columns.map((text) => ({ text })), widths, true);
    }
    drawRow(pdf, row, widths, false);
  }
}

function drawSection(pdf: Pdf, s: DocSection): void {
  ensureRoom(pdf, 80);
  const heading = t(s.badge ? `${s.heading}  [${s.badge}]` : s.heading);
  pdf.font('Helvetica-Bold').fontSize(12);
  const h = pdf.heightOfString(heading, { width: pdf.page.width - 2 * MARGIN - 8 });
  if (s.tone && FILL[s.tone]) pdf.rect(MARGIN, pdf.y - 2, pdf.page.width - 2 * MARGIN, h + 6).fill(FILL[s.tone]!);
  pdf.fillColor(s.tone ? (INK[s.tone] ?? 'black') : 'black').text(heading, MARGIN + 4, pdf.y + 1, { width: pdf.page.width - 2 * MARGIN - 8 });
  pdf.fillColor('black').moveDown(0.4);
  for (const b of s.blocks) {
    pdf.font('Helvetica-Oblique').fontSize(9).fillColor('#333333');
    pdf.text(t(b.label ? `${b.label}: ${b.text}` : b.text), MARGIN, pdf.y, { width: pdf.page.width - 2 * MARGIN });
    pdf.moveDown(0.3);
  }
  pdf.fillColor('black');
  for (const f of s.fields) {
    pdf.font('Helvetica-Bold').fontSize(10).fillColor('black').text(`${t(f.label)}: `, MARGIN, pdf.y, { continued: true });
    pdf.font(f.tone === 'red-flag' ? 'Helvetica-Bold' : 'Helvetica').fillColor(f.tone ? (INK[f.tone] ?? 'black') : f.link ? '#1155CC' : 'black')
      .text(t(f.value), f.link ? { link: f.value, underline: true } : {});
  }
  pdf.fillColor('black').moveDown(1);
}

export function renderPdf(doc: ExportDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: t(doc.title), Creator: 'ai-procurement' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    pdf.moveDown(8).font('Helvetica-Bold').fontSize(24).text(t(doc.title), { align: 'center' });
    pdf.moveDown(0.5).font('Helvetica-Oblique').fontSize(12).text(t(doc.subtitle), { align: 'center' });
    pdf.moveDown(2).font('Helvetica').fontSize(11);
    for (const m of doc.meta) pdf.text(t(`${m.label}: ${m.value}`), { align: 'center' });

    pdf.addPage().font('Helvetica-Bold').fontSize(16).text(t(doc.summaryTitle));
    pdf.moveDown(0.5);
    drawTable(pdf, doc.summary);

    pdf.addPage().font('Helvetica-Bold').fontSize(16).fillColor('black').text(t(doc.sectionsTitle), MARGIN);
    pdf.moveDown(0.5);
    for (const s of doc.sections) drawSection(pdf, s);

    if (doc.sources.length) {
      ensureRoom(pdf, 60);
      pdf.font('Helvetica-Bold').fontSize(14).text('Sources', MARGIN).moveDown(0.3).font('Helvetica').fontSize(9);
      for (const s of doc.sources) pdf.text(t(`[${s.n}] ${s.title}${s.url ? ` ${s.url}` : ''}`), MARGIN);
    }
    pdf.end();
  });
}

export const pdfExporter: Exporter = {
  format: 'pdf',
  mimeType: 'application/pdf',
  ext: 'pdf',
  render: renderPdf,
};

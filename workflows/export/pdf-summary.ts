import type { ExportDocument, Finding, LegendEntry, StatusBar } from './document.ts';
import { MUTED_INK, SWATCH, TONE_INK } from './palette.ts';
import { contentWidth, ensureRoom, field, heading, hex, MARGINS, type Pdf } from './pdf-page.ts';
import { toWinAnsi as t } from './pdf-text.ts';
import { PDF_FONT } from './text-metrics.ts';

const BAR_HEIGHT = 18;

/** One bar, drawn: a segment per non-empty status, as wide as its share, with its count printed on it. */
function drawBar(pdf: Pdf, bar: StatusBar): void {
  const width = contentWidth(pdf);
  if (bar.label) {
    ensureRoom(pdf, BAR_HEIGHT + 20);
    pdf.font(PDF_FONT.bold).fontSize(9).fillColor('black').text(t(bar.label), MARGINS.left, pdf.y, { width });
    pdf.moveDown(0.15);
  }
  ensureRoom(pdf, BAR_HEIGHT + 6);
  const total = bar.segments.reduce((s, g) => s + g.count, 0);
  const y = pdf.y;
  let x = MARGINS.left;
  pdf.font(PDF_FONT.bold).fontSize(9);
  for (const g of bar.segments.filter((s) => s.count > 0)) {
    const w = (width * g.count) / total;
    const { fill, ink } = SWATCH[g.swatch];
    pdf.rect(x, y, w, BAR_HEIGHT).fill(hex(fill));
    const label = String(g.count);
    if (pdf.widthOfString(label) + 4 <= w) pdf.fillColor(hex(ink)).text(label, x, y + 5, { width: w, align: 'center', lineBreak: false });
    x += w;
  }
  if (!total) pdf.rect(x, y, width, BAR_HEIGHT).lineWidth(0.5).stroke('#999999');
  pdf.fillColor('black');
  pdf.x = MARGINS.left;
  pdf.y = y + BAR_HEIGHT + 6;
}

/** The key: a small square of each colour with its label (and count), wrapping like words. */
function drawLegend(pdf: Pdf, legend: LegendEntry[]): void {
  const width = contentWidth(pdf);
  pdf.font(PDF_FONT.regular).fontSize(9);
  let x = MARGINS.left;
  let y = pdf.y;
  for (const e of legend) {
    const text = t(e.count === undefined ? e.label : `${e.label} ${e.count}`);
    const w = 12 + pdf.widthOfString(text) + 14;
    if (x > MARGINS.left && x + w > MARGINS.left + width) {
      x = MARGINS.left;
      y += 14;
    }
    pdf.rect(x, y + 1, 8, 8).fill(hex(SWATCH[e.swatch].fill));
    pdf.fillColor('black').text(text, x + 12, y, { lineBreak: false });
    x += w;
  }
  pdf.x = MARGINS.left;
  pdf.y = y + 18;
}

/** A red flag or concern: its badge and question, a coloured rule down the side, then notes, evidence, who. */
function drawFinding(pdf: Pdf, f: Finding): void {
  ensureRoom(pdf, 60);
  const width = contentWidth(pdf);
  const ink = hex(TONE_INK[f.tone] ?? '000000');
  const top = pdf.y;
  pdf.font(PDF_FONT.bold).fontSize(8);
  const badge = t(f.badge);
  const badgeWidth = pdf.widthOfString(badge) + 8;
  pdf.rect(MARGINS.left + 8, top, badgeWidth, 12).fill(ink);
  pdf.fillColor('white').text(badge, MARGINS.left + 12, top + 2.5, { lineBreak: false });
  const titleX = MARGINS.left + 8 + badgeWidth + 6;
  const title = t(f.subject ? `${f.subject} - ${f.title}` : f.title);
  pdf.font(PDF_FONT.bold).fontSize(10).fillColor(ink).text(title, titleX, top + 1, { width: MARGINS.left + width - titleX });
  pdf.fillColor('black').moveDown(0.15);
  for (const x of f.fields) field(pdf, x, MARGINS.left + 8, width - 8, 9);
  pdf.moveTo(MARGINS.left + 2, top).lineTo(MARGINS.left + 2, pdf.y).lineWidth(3).stroke(ink);
  pdf.x = MARGINS.left;
  pdf.moveDown(0.6);
}

/**
 * Page one: title, the facts (vendor, date, who answered, progress), the status bar(s) and key, the red flags and
 * concerns with their notes and evidence, and what is still unanswered.
 */
export function drawPageOne(pdf: Pdf, doc: ExportDocument): void {
  const width = contentWidth(pdf);
  const e = doc.executive;
  pdf.font(PDF_FONT.bold).fontSize(20).fillColor('black').text(t(doc.title), MARGINS.left, MARGINS.top, { width });
  pdf.moveDown(0.2).font(PDF_FONT.italic).fontSize(10).fillColor(hex(MUTED_INK)).text(t(doc.subtitle), { width });
  pdf.fillColor('black').moveDown(0.8);
  for (const m of doc.meta) field(pdf, m, MARGINS.left, width);
  pdf.moveDown(0.8);
  for (const b of e.lead) {
    field(pdf, { label: b.label ?? '', value: b.text }, MARGINS.left, width);
    pdf.moveDown(0.4);
  }
  heading(pdf, e.barsTitle, 12);
  for (const bar of e.bars) drawBar(pdf, bar);
  drawLegend(pdf, e.legend);
  heading(pdf, e.findingsTitle, 12);
  if (!e.findings.length) pdf.font(PDF_FONT.regular).fontSize(10).text(t(e.noFindings), MARGINS.left, pdf.y, { width }).moveDown(0.6);
  for (const f of e.findings) drawFinding(pdf, f);
  heading(pdf, e.openTitle, 12);
  pdf.font(PDF_FONT.regular).fontSize(10);
  if (!e.open.length) pdf.text(t(e.noOpen), MARGINS.left, pdf.y, { width });
  for (const item of e.open) pdf.text(t(`\u2022 ${item}`), MARGINS.left + 8, pdf.y, { width: width - 8 });
}

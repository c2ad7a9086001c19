import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, HeadingLevel, Packer, PageBreak, Paragraph, ShadingType,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { columnWeights, type DocCell, type DocField, type DocSection, type DocTable, type ExportDocument, type Tone } from './document.ts';
import type { Exporter } from './exporter.ts';

/** Fill colours for highlighted cells: red flags stand out on paper and on screen. */
const FILL: Partial<Record<Tone, string>> = { 'red-flag': 'F8D7DA', concern: 'FFF3CD' };
const INK: Partial<Record<Tone, string>> = { 'red-flag': 'B00020', concern: '8A6D00' };

/** Word rejects control characters in w:t; strip them rather than produce a document that needs repair. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing XML-illegal control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function cellOf(c: DocCell, header: boolean, width?: number): TableCell {
  const fill = c.tone ? FILL[c.tone] : undefined;
  return new TableCell({
    ...(width ? { width: { size: width, type: WidthType.DXA } } : {}),
    children: [new Paragraph({ children: [new TextRun({ text: clean(c.text), bold: header || c.tone === 'red-flag', color: c.tone ? INK[c.tone] : undefined })] })],
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
  });
}

/** Text width of an A4 page with Word's default margins, in twentieths of a point. */
const PAGE_WIDTH_TWIPS = 9026;

function table({ columns, rows }: DocTable): Table {
  const weights = columnWeights({ columns, rows });
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((PAGE_WIDTH_TWIPS * w) / total));
  const row = (cells: DocCell[], header: boolean) =>
    new TableRow({ tableHeader: header, children: cells.map((c, i) => cellOf(c, header, widths[i])) });
  return new Table({
    width: { size: PAGE_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(columns.map((text) => ({ text })), true), ...rows.map((r) => row(r, false))],
  });
}

function field(f: DocField): Paragraph {
  const label = new TextRun({ text: `${clean(f.label)}: `, bold: true });
  if (f.link && /^https?:\/\//i.test(f.value)) {
    return new Paragraph({ children: [label, new ExternalHyperlink({ link: f.value, children: [new TextRun({ text: clean(f.value), style: 'Hyperlink' })] })] });
  }
  return new Paragraph({ children: [label, new TextRun({ text: clean(f.value), bold: f.tone === 'red-flag', color: f.tone ? INK[f.tone] : undefined })] });
}

function section(s: DocSection): Paragraph[] {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [
      new TextRun({ text: clean(s.heading) }),
      ...(s.badge ? [new TextRun({ text: `  ${s.badge}`, bold: true, color: s.tone ? INK[s.tone] : undefined, highlight: s.tone === 'red-flag' ? 'yellow' : undefined })] : []),
    ],
    // A red-flag section carries a red left border so it is visible when skimming pages.
    border: s.tone === 'red-flag' ? { left: { style: BorderStyle.SINGLE, size: 24, color: 'B00020', space: 8 } } : undefined,
  });
  const blocks = s.blocks.map(
    (b) => new Paragraph({ children: [...(b.label ? [new TextRun({ text: `${clean(b.label)}: `, bold: true, italics: true })] : []), new TextRun({ text: clean(b.text), italics: true })] }),
  );
  return [heading, ...blocks, ...s.fields.map(field)];
}

export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const titlePage = [
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, spacing: { before: 2400 }, children: [new TextRun(clean(doc.title))] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 600 }, children: [new TextRun({ text: clean(doc.subtitle), italics: true })] }),
    ...doc.meta.map((m) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `${clean(m.label)}: `, bold: true }), new TextRun(clean(m.value))] })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const body = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(doc.summaryTitle))] }),
    table(doc.summary),
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(clean(doc.sectionsTitle))] }),
    ...doc.sections.flatMap(section),
  ];
  const sources = doc.sources.length
    ? [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }),
        ...doc.sources.map((s) => new Paragraph({ children: [new TextRun(`[${s.n}] ${clean(s.title)}${s.url ? ` ${s.url}` : ''}`)] })),
      ]
    : [];
  const document = new Document({
    creator: 'ai-procurement',
    title: clean(doc.title),
    description: clean(doc.subtitle),
    sections: [{ children: [...titlePage, ...body, ...sources] }],
  });
  return Packer.toBuffer(document);
}

export const docxExporter: Exporter = {
  format: 'docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ext: 'docx',
  render: renderDocx,
};

import {
  BorderStyle, Document, Footer, HeadingLevel, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, TabStopType, TextRun,
  type ISectionOptions, type Table,
} from 'docx';
import type { DocSection, ExportDocument } from './document.ts';
import type { Exporter } from './exporter.ts';
import { pageOne } from './docx-summary.ts';
import { dataTable, docxPlan, PAGE_WIDTH_TWIPS } from './docx-table.ts';
import { clean, fieldParagraph } from './docx-text.ts';
import { MUTED_INK, TONE_INK } from './palette.ts';
import { DOCX_FONT } from './text-metrics.ts';

/** A4 with one-inch margins: 11906 - 2 x 1440 = PAGE_WIDTH_TWIPS of text. */
const PAGE = { width: PAGE_WIDTH_TWIPS + 2 * 1440, height: 16838, margin: 1440 };
/** The footer names the subject in at most this many characters, so it stays on one line. */
const FOOTER_LABEL_MAX = 80;

function section(s: DocSection): Paragraph[] {
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [
      new TextRun({ text: clean(s.heading) }),
      ...(s.badge ? [new TextRun({ text: `  ${s.badge}`, bold: true, color: s.tone ? TONE_INK[s.tone] : undefined, highlight: s.tone === 'red-flag' ? 'yellow' : undefined })] : []),
    ],
    // A red-flag section carries a red left border so it is visible when skimming pages.
    border: s.tone === 'red-flag' ? { left: { style: BorderStyle.SINGLE, size: 24, color: 'B00020', space: 8 } } : undefined,
  });
  const blocks = s.blocks.map(
    (b) => new Paragraph({ children: [...(b.label ? [new TextRun({ text: `${clean(b.label)}: `, bold: true, italics: true })] : []), new TextRun({ text: clean(b.text), italics: true })] }),
  );
  return [heading, ...blocks, ...s.fields.map((f) => fieldParagraph(f))];
}

/** Every page: the subject on the left, "Page n of N" (PAGE and NUMPAGES fields) on the right. */
function footer(label: string): Footer {
  const text = label.length > FOOTER_LABEL_MAX ? `${label.slice(0, FOOTER_LABEL_MAX).replace(/\s+\S*$/, '')} ...` : label;
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: PAGE_WIDTH_TWIPS }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB', space: 4 } },
        children: [
          new TextRun({ text: clean(text), size: 16, color: MUTED_INK }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: MUTED_INK }),
        ],
      }),
    ],
  });
}

type Block = Paragraph | Table;

function sectionOf(children: Block[], label: string, landscape = false): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    footers: { default: footer(label) },
    children,
  };
}

/**
 * The DOCX: page one the executive summary, then the summary table, the sections and the sources. A table too
 * wide for a portrait page gets a landscape section of its own (page numbers run on across sections).
 */
export async function renderDocx(doc: ExportDocument): Promise<Buffer> {
  const plan = docxPlan(doc.summary);
  const tables = plan.parts.flatMap((part, i) => [...(i ? [new Paragraph('')] : []), dataTable(part)]);
  const summary = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(doc.summaryTitle))] }), ...tables];
  const details = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !plan.landscape, children: [new TextRun(clean(doc.sectionsTitle))] }),
    ...doc.sections.flatMap(section),
    ...(doc.sources.length
      ? [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }),
          ...doc.sources.map((s) => new Paragraph({ children: [new TextRun(`[${s.n}] ${clean(s.title)}${s.url ? ` ${s.url}` : ''}`)] })),
        ]
      : []),
  ];
  const first = pageOne(doc);
  const sections = plan.landscape
    ? // Section breaks start the new pages here.
      [sectionOf(first, doc.footer), sectionOf(summary, doc.footer, true), sectionOf(details, doc.footer)]
    : [sectionOf([...first, new Paragraph({ children: [new PageBreak()] }), ...summary, ...details], doc.footer)];
  const document = new Document({
    creator: 'ai-procurement',
    title: clean(doc.title),
    description: clean(doc.subtitle),
    // Arial shares Helvetica's widths, which the column widths were measured with (text-metrics.ts).
    styles: { default: { document: { run: { font: DOCX_FONT, size: 20 } } } },
    sections,
  });
  return Packer.toBuffer(document);
}

export const docxExporter: Exporter = {
  format: 'docx',
  mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ext: 'docx',
  render: renderDocx,
};

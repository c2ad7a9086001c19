import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { QUESTIONNAIRE_COLUMNS, xmlSafe, type QuestionnaireRow } from './rows.ts';
import { isoDate } from '../../format.ts';

/** Landscape A4 text width in twentieths of a point (Word's default margins). */
const WIDTH = 13958;
const WEIGHTS = [2, 4, 6, 5, 3];

function cell(text: string, width: number, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text: xmlSafe(text), bold: header })] })],
  });
}

/** The questionnaire as a Word table with the same five columns as the spreadsheet; the header repeats on every page. */
export async function questionnaireDocx(vendor: string, rows: QuestionnaireRow[], now: Date): Promise<Buffer> {
  const total = WEIGHTS.reduce((a, b) => a + b, 0);
  const widths = WEIGHTS.map((w) => Math.floor((WIDTH * w) / total));
  const table = new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: QUESTIONNAIRE_COLUMNS.map((h, i) => cell(h, widths[i] ?? 0, true)) }),
      ...rows.map((r) => new TableRow({ children: [r.id, r.question, r.goodAnswer, r.answer ?? '', ''].map((t, i) => cell(t, widths[i] ?? 0)) })),
    ],
  });
  const doc = new Document({
    creator: 'ai-procurement',
    title: xmlSafe(`AI vendor questionnaire: ${vendor}`),
    sections: [{
      properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(`AI vendor questionnaire: ${vendor}`))] }),
        new Paragraph({ children: [new TextRun(`Prepared ${isoDate(now)}. Please answer each question in the "Vendor's answer" column and link the document that supports it (DPA, security report, trust-centre page) in "Evidence link". Keep the ID column as it is.`)] }),
        table,
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

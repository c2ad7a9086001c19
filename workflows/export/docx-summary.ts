import { BorderStyle, HeadingLevel, Paragraph, ShadingType, TextRun, type Table } from 'docx';
import type { ExportDocument, Finding } from './document.ts';
import { barTable } from './docx-table.ts';
import { clean, fieldParagraph } from './docx-text.ts';
import { MUTED_INK, SWATCH, TONE_INK } from './palette.ts';

const heading2 = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(clean(text))] });

/** A red flag or concern: badge and question, then notes, evidence and who answered, under one coloured rule. */
function finding(f: Finding): Paragraph[] {
  const ink = TONE_INK[f.tone] ?? '000000';
  const border = { left: { style: BorderStyle.SINGLE, size: 24, color: ink, space: 8 } };
  const title = new Paragraph({
    border,
    indent: { left: 200 },
    keepNext: true,
    spacing: { before: 160 },
    children: [
      new TextRun({ text: ` ${clean(f.badge)} `, bold: true, color: 'FFFFFF', size: 16, shading: { type: ShadingType.CLEAR, color: 'auto', fill: ink } }),
      new TextRun({ text: '  ' }),
      new TextRun({ text: clean(f.subject ? `${f.subject} - ${f.title}` : f.title), bold: true, color: ink }),
    ],
  });
  return [title, ...f.fields.map((x, i) => fieldParagraph(x, { border, indent: { left: 200 }, keepNext: i < f.fields.length - 1 }, 18))];
}

/**
 * Page one: title, the facts (vendor, date, who answered, progress), the status bar(s) as shaded table cells with a
 * key, the red flags and concerns with notes and evidence, and what is still unanswered.
 */
export function pageOne(doc: ExportDocument): (Paragraph | Table)[] {
  const e = doc.executive;
  const legend = new Paragraph({
    spacing: { before: 80, after: 120 },
    children: e.legend.flatMap((x) => [
      new TextRun({ text: '\u25A0 ', color: SWATCH[x.swatch].fill, size: 22 }),
      new TextRun({ text: `${clean(x.label)}${x.count === undefined ? '' : ` ${x.count}`}     `, size: 18 }),
    ]),
  });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(doc.title))] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: clean(doc.subtitle), italics: true, color: MUTED_INK })] }),
    ...doc.meta.map((m) => fieldParagraph(m)),
    ...e.lead.map((b) => fieldParagraph({ label: b.label ?? '', value: b.text }, { spacing: { before: 120 } })),
    heading2(e.barsTitle),
    ...e.bars.flatMap((bar) => [
      ...(bar.label ? [new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [new TextRun({ text: clean(bar.label), bold: true, size: 18 })] })] : []),
      barTable(bar),
    ]),
    legend,
    heading2(e.findingsTitle),
    ...(e.findings.length ? e.findings.flatMap(finding) : [new Paragraph(clean(e.noFindings))]),
    heading2(e.openTitle),
    ...(e.open.length ? e.open.map((item) => new Paragraph({ indent: { left: 200 }, children: [new TextRun(clean(`\u2022 ${item}`))] })) : [new Paragraph(clean(e.noOpen))]),
  ];
}

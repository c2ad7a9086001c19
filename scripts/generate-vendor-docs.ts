/**
 * Generates the binary vendor documents of the assessment evaluation set (workflows/questionnaire/eval/documents)
 * from their text sources (eval/sources): filled-in copies of our questionnaire, vendors' own questionnaires, and
 * prose documents as DOCX or PDF. Run: node bin/run-ts.js scripts/generate-vendor-docs.ts. Output is committed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { loadQuestions } from '../workflows/checklist/questions.ts';
import { questionnaireRows } from '../workflows/questionnaire/send/rows.ts';
import { questionnaireXlsx } from '../workflows/questionnaire/send/xlsx.ts';
import { questionnaireDocx } from '../workflows/questionnaire/send/docx.ts';
import { DOCUMENTS_DIR, SOURCES_DIR } from '../workflows/questionnaire/eval/sets.ts';

/** A fixed date so regenerated files differ only when their sources do. */
const DATE = new Date('2026-03-01T00:00:00Z');

const JOBS: { source: string; out: string }[] = [
  { source: 't1-northwind-ours.json', out: 't1-northwind-ours.xlsx' },
  { source: 't3-quillsoft-dpa.md', out: 't3-quillsoft-dpa.docx' },
  { source: 't4-helix-security.md', out: 't4-helix-security.pdf' },
  { source: 't6-cobalt-own.json', out: 't6-cobalt-own.xlsx' },
  { source: 'c1-aster-ours.json', out: 'c1-aster-ours.docx' },
  { source: 'c2-vireo-own.json', out: 'c2-vireo-own.xlsx' },
  { source: 'c3-kestrel-overview.md', out: 'c3-kestrel-overview.pdf' },
  { source: 'c6-parallax-dpa.md', out: 'c6-parallax-dpa.docx' },
];

interface Ours { kind: 'ours'; rows: Record<string, string> }
interface Own { kind: 'own'; sheet: string; columns: string[]; rows: string[][] }

async function ours(src: Ours, vendor: string, ext: string): Promise<Buffer> {
  const { questions } = await loadQuestions();
  const rows = questionnaireRows(questions).map((r) => ({ ...r, answer: src.rows[r.id] ?? '' }));
  return ext === 'xlsx' ? questionnaireXlsx(vendor, rows, DATE) : questionnaireDocx(vendor, rows, DATE);
}

async function own(src: Own): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = DATE;
  book.modified = DATE;
  const cover = book.addWorksheet('Instructions');
  cover.addRow(['Complete every row of the next sheet. Answers are binding.']);
  const sheet = book.addWorksheet(src.sheet);
  sheet.addRow(src.columns).font = { bold: true };
  for (const r of src.rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Markdown-ish prose: "#"/"##" headings, paragraphs; "---" starts a new page in a PDF. */
interface Block { heading?: number; text: string; page?: boolean }

function blocks(md: string): Block[] {
  return md.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean).flatMap((b): Block[] => {
    if (b === '---') return [{ text: '', page: true }];
    const lines = b.split('\n');
    const h = /^(#+)\s+(.*)$/.exec(lines[0] ?? '');
    const rest = (h ? lines.slice(1) : lines).join(' ').replace(/\s+/g, ' ').trim();
    return [...(h ? [{ heading: h[1]!.length, text: h[2]! }] : []), ...(rest ? [{ text: rest }] : [])];
  });
}

function docx(md: string): Promise<Buffer> {
  const children = blocks(md).filter((b) => !b.page).map((b) => new Paragraph({
    ...(b.heading ? { heading: b.heading === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 } : {}),
    children: [new TextRun(b.text)],
  }));
  return Packer.toBuffer(new Document({ creator: 'vendor', sections: [{ children }] }));
}

function pdf(md: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: DATE } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (const b of blocks(md)) {
    if (b.page) doc.addPage();
    else doc.font(b.heading ? 'Helvetica-Bold' : 'Helvetica').fontSize(b.heading ? 14 : 11).text(b.text).moveDown();
  }
  doc.end();
  return done;
}

for (const job of JOBS) {
  const text = await readFile(join(SOURCES_DIR, job.source), 'utf8');
  const ext = job.out.split('.').pop() ?? '';
  const vendor = job.out.replace(/^[tc]\d-|-.*$/g, '');
  let data: Buffer;
  if (job.source.endsWith('.json')) {
    const src = JSON.parse(text) as Ours | Own;
    data = src.kind === 'ours' ? await ours(src, vendor, ext) : await own(src);
  } else {
    data = ext === 'pdf' ? await pdf(text) : await docx(text);
  }
  await writeFile(join(DOCUMENTS_DIR, job.out), data);
  console.log(`${job.out}: ${data.length} bytes`);
}

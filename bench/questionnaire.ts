/**
 * Vendor document assessment with no model (issue 14): reading and assessing a 40-page PDF, generated here with
 * pdfkit from the labelled vendor texts repeated page after page. Target: under 5 s per assessment. Also reports
 * the eval's figures for both halves so a regression in speed or quality shows in one place.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { loadQuestions } from '../workflows/checklist/questions.ts';
import { assessFiles } from '../workflows/questionnaire/index.ts';
import { SOURCES_DIR } from '../workflows/questionnaire/eval/sets.ts';
import { runAssessEval } from '../workflows/questionnaire/eval/run.ts';

const PAGES = 40;
const TARGET_MS = 5000;
const RUNS = 5;

async function fortyPagePdf(): Promise<Buffer> {
  const texts = await Promise.all(['t4-helix-security.md', 'c6-parallax-dpa.md', 't3-quillsoft-dpa.md', 'c3-kestrel-overview.md'].map((f) => readFile(join(SOURCES_DIR, f), 'utf8')));
  const paragraphs = texts.join('\n\n').split(/\n\s*\n/).map((p) => p.replace(/^#+\s*/gm, '').replace(/\s+/g, ' ').trim()).filter((p) => p && p !== '---');
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let page = 0; page < PAGES; page += 1) {
    if (page) doc.addPage();
    // About a page of text: twelve paragraphs, rotating through the sources.
    for (let i = 0; i < 12; i += 1) doc.fontSize(10).text(paragraphs[(page * 12 + i) % paragraphs.length] ?? '').moveDown(0.5);
  }
  doc.end();
  return done;
}

const { questions } = await loadQuestions();
const pdf = await fortyPagePdf();
const times: number[] = [];
let quotes = 0;
for (let i = 0; i < RUNS; i += 1) {
  const t0 = performance.now();
  const a = await assessFiles('Bench vendor', [{ name: 'bench-40-pages.pdf', data: pdf }], questions);
  times.push(performance.now() - t0);
  quotes = Object.values(a.answers).reduce((n, x) => n + x.evidence.length, 0);
}
const cold = times[0] ?? 0;
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(`40-page PDF (${(pdf.length / 1024).toFixed(0)} KB): median ${median.toFixed(0)} ms, first (cold) ${cold.toFixed(0)} ms, ${RUNS} runs (target < ${TARGET_MS} ms), ${quotes} quotes`);
for (const set of ['tune', 'check'] as const) {
  const r = await runAssessEval(set, questions);
  console.log(`${set}: ${r.correct}/${r.statuses} statuses right, silent given a status ${r.silentGivenStatus}, quotes not found ${r.quotesNotFound}`);
}
if (median > TARGET_MS) process.exitCode = 1;

import { afterAll, describe, expect, it } from 'vitest';
import { SWATCH, TONE_INK } from '../../workflows/export/palette.ts';
import type { Swatch } from '../../workflows/export/document.ts';
import { readPdf } from './helpers/read-back.ts';
import { brokenLabels, EXAMPLE, exportFile, STRESS } from './helpers/export-fixtures.ts';
import { OFFICE, officePdf, pageOnePng, PDFTOPPM, pixelsOf, scratchDir, type Pixels } from './helpers/render-page.ts';

if (!PDFTOPPM) console.warn('\n*** pdftoppm (poppler) is not on PATH: page one of the PDF is rendered with pdf.js (pdf-parse) instead. ***\n');
if (!OFFICE) console.warn('\n*** LibreOffice (soffice) is not on PATH: the "DOCX page one as LibreOffice draws it" check is SKIPPED. ***\n');

const scratch = scratchDir();
afterAll(() => scratch.remove());

const ORDER: Swatch[] = ['red-flag', 'concern', 'unanswered', 'satisfactory', 'n/a'];

/**
 * Finds the status bar in a rendered page one (the row where the most green, red and amber meet) and returns
 * each segment's horizontal extent in pixels, in status order.
 */
function barOf(px: Pixels): { y: number; spans: { from: number; to: number }[] } {
  const rows = px.rowsOf(SWATCH.satisfactory.fill, 20).filter((y) => px.columnsOf(y, SWATCH['red-flag'].fill).length > 10);
  expect(rows.length, 'no row holds both the green and the red segment').toBeGreaterThan(0);
  const y = rows[Math.floor(rows.length / 2)]!;
  return { y, spans: ORDER.map((s) => longestRun(px.columnsOf(y, SWATCH[s].fill, 30))) };
}

/** The longest run of adjacent columns: a segment, not a stray anti-aliased pixel of the same colour. */
function longestRun(xs: number[]): { from: number; to: number } {
  let best = { from: xs[0] ?? 0, to: (xs[0] ?? 0) - 1 };
  let from = xs[0] ?? 0;
  xs.forEach((x, i) => {
    if (i && x !== xs[i - 1]! + 1) from = x;
    if (x - from > best.to - best.from) best = { from, to: x };
  });
  return best;
}

function expectExampleBar(px: Pixels): number {
  expect(px.inked()).toBeGreaterThan(0.01);
  const { y, spans } = barOf(px);
  // Upper part of the page, under the facts.
  expect(y).toBeLessThan(px.height * 0.4);
  // Left to right in status order, each segment as wide as its count (1, 3, 2, 5, 1 of 12).
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBeGreaterThan(spans[i - 1]!.from);
  const widths = spans.map((s) => s.to - s.from + 1);
  const unit = widths.reduce((a, b) => a + b, 0) / 12;
  [1, 3, 2, 5, 1].forEach((n, i) => expect(Math.abs(widths[i]! - n * unit), `${ORDER[i]} segment`).toBeLessThan(unit * 0.25));
  return y;
}

describe('page one rendered to an image', () => {
  it(`PDF: the status bar is drawn in proportion, and the red flag is marked in red below it (${PDFTOPPM ? 'pdftoppm' : 'pdf.js'})`, async () => {
    const { png } = await pageOnePng(await exportFile(EXAMPLE, 'pdf'), scratch.dir);
    const px = await pixelsOf(png);
    const y = expectExampleBar(px);
    const red = px.rowsOf(TONE_INK['red-flag']!, 3).filter((r) => r > y + 10);
    expect(red.length).toBeGreaterThan(0);
    expect(red[0]!).toBeLessThan(px.height * 0.6);
  });

  it.skipIf(!OFFICE)('DOCX in LibreOffice: the same bar on page one, the red flag on page one, no status label split', async () => {
    const pdf = officePdf(await exportFile(EXAMPLE, 'docx'), scratch.dir, 'example');
    const { pageTexts } = await readPdf(pdf);
    expect(pageTexts[0]).toMatch(/RED FLAG\s+Q6\. How will you tell us about incidents\?/);
    expect(pageTexts[0]).toContain('Still unanswered (2)');
    expectExampleBar(await pixelsOf((await pageOnePng(pdf, scratch.dir)).png));

    const stress = (await readPdf(officePdf(await exportFile(STRESS, 'docx'), scratch.dir, 'stress'))).pageTexts;
    const start = stress.findIndex((p) => p.includes('Summary (red flags first)'));
    const end = stress.findIndex((p) => p.includes('The twelve questions'));
    const table = stress.slice(start, end);
    expect(brokenLabels(table.join('\n'), { 'Red flag': 1, Concern: 4, Unanswered: 1, Satisfactory: 5, 'Not applicable': 1 })).toEqual([]);
    // The header row repeats on every page the table runs onto, and the footer numbers every page.
    for (const page of table) expect(page).toMatch(/#\s+Question\s+Status\s+Notes/);
    stress.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${stress.length}`));
  }, 240_000);
});

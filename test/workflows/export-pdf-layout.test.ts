import { describe, expect, it } from 'vitest';
import { compareVendors } from '../../workflows/checklist/summary.ts';
import { loadQuestions } from '../../workflows/checklist/questions.ts';
import { comparisonDocument } from '../../workflows/export/comparison-doc.ts';
import { exportDocument } from '../../workflows/export/index.ts';
import { readPdf } from './helpers/read-back.ts';
import { brokenLabels, EXAMPLE, exportFile, NOW, STRESS, vendorLists } from './helpers/export-fixtures.ts';

/** The pages from the one holding `from` up to (not including) the one holding `to`. */
function pagesBetween(pages: string[], from: string, to: string): string[] {
  const start = pages.findIndex((p) => p.includes(from));
  const end = pages.findIndex((p, i) => i > start && p.includes(to));
  return pages.slice(start, end < 0 ? undefined : end);
}

const counts = (statuses: string[]) => statuses.reduce<Record<string, number>>((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {});

describe('PDF export read back with pdf.js (pdf-parse)', () => {
  it('page one is the executive summary: facts, the status counts, the red flag and concerns with notes, what is unanswered', async () => {
    const { pageTexts } = await readPdf(await exportFile(EXAMPLE, 'pdf'));
    const one = pageTexts[0]!;
    expect(one).toContain('Vendor checklist: Acme AI');
    expect(one).toContain('Generated: 2026-03-02 10:30 UTC');
    expect(one).toContain('Answered by: Imported file');
    expect(one).toContain('Progress: 10 of 12 questions answered');
    // The bar prints each non-empty count on its segment, in red flag, concern, unanswered, satisfactory, n/a order.
    expect(one).toMatch(/^1 3 2 5 1$/m);
    expect(one).toContain('Red flag 1 Concern 3 Unanswered 2 Satisfactory 5 Not applicable 1');
    expect(one).toMatch(/RED FLAG Q6\. How will you tell us about incidents\?\nNotes: Best efforts only; no contractual window\.\nEvidence: \(none\)/);
    expect(one.indexOf('RED FLAG Q6.')).toBeLessThan(one.indexOf('CONCERN Q3.'));
    for (const q of ['Q3.', 'Q7.', 'Q10.']) expect(one).toContain(`CONCERN ${q}`);
    expect(one).toMatch(/Still unanswered \(2\)\n• Q5\. What model is it[^\n]*\n• Q12\. How do we exit\?/);
    expect(one).not.toContain('Summary (red flags first)');
  });

  it('no status label breaks inside its cell, long notes wrap at words, the header repeats on every table page', async () => {
    const { pageTexts, pages } = await readPdf(await exportFile(STRESS, 'pdf'));
    const table = pagesBetween(pageTexts, 'Summary (red flags first)', 'The twelve questions');
    expect(table.length).toBeGreaterThanOrEqual(2);
    const statuses = { 'Red flag': 1, Concern: 3, Unanswered: 1, Satisfactory: 5, 'Not applicable': 1 };
    expect(brokenLabels(table.join('\n'), statuses)).toEqual([]);
    for (const page of table) expect(page.replace(/^Summary \(red flags first\)\n/, '')).toMatch(/^# Question Status Notes Answered/);
    // Notes wrap at word boundaries: every word of the long note is found whole in the table's text.
    const words = new Set(table.join('\n').split(/\s+/));
    for (const w of ['retention', 'schedule,', 'counsel\'s', 'signature.', 'sub-processor']) expect(words.has(w), w).toBe(true);
    // Footer on every page: the vendor (inert) and "Page n of N".
    pageTexts.forEach((p, i) => {
      expect(p).toContain(`Page ${i + 1} of ${pages}`);
      expect(p).toContain('www[.]evil[.]example');
    });
  });

  it('a comparison of ten vendors turns landscape with every label whole; page one draws a bar per vendor', async () => {
    const { questions } = await loadQuestions();
    const names = ['Acme AI', 'Globex Intelligence Holdings International', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent'];
    const cmp = compareVendors(vendorLists(questions, names), questions);
    const doc = comparisonDocument(cmp, NOW);
    const { pageTexts } = await readPdf((await exportDocument(doc, 'pdf')).data);
    const table = pagesBetween(pageTexts, 'Side by side', 'Per vendor');
    const statuses = cmp.rows.flatMap((r) => r.statuses);
    const expected = counts(statuses.map((s) => ({ 'red-flag': 'Red flag', concern: 'Concern', unanswered: 'Unanswered', satisfactory: 'Satisfactory', 'n/a': 'Not applicable' })[s]));
    expect(brokenLabels(table.join('\n'), expected)).toEqual([]);
    const one = pageTexts[0]!;
    const bars = cmp.vendors.map((v, i) => `${v}: ${cmp.progress[i]!.answered} of 12 answered`);
    for (const b of bars) expect(one).toContain(b);
    // Fewest red flags first, as the table.
    expect(bars.map((b) => one.indexOf(b))).toEqual([...bars.map((b) => one.indexOf(b))].sort((a, b) => a - b));
    expect(one).toMatch(/RED FLAG \S/);
  });

  it('the only live links are evidence URLs, shown as themselves; vendor names and notes never link', async () => {
    const { links, text } = await readPdf(await exportFile(STRESS, 'pdf'));
    expect(links.length).toBeGreaterThanOrEqual(2);
    for (const l of links) {
      expect(['https://acme.example/dpa?v=3&annex=b', 'https://acme.example/trust/data-use']).toContain(l.url);
      expect(l.text.replace(/\s+/g, '')).toBe(l.url);
    }
    expect(text).not.toMatch(/evil\.example|https?:\/\/evil/);
    expect(text).toContain('https[:]//evil[.]example/raw');
    expect(text).not.toContain('\u202E');
  });
});

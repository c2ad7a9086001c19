import { describe, expect, it } from 'vitest';
import { exportDecisionFile } from '../../workflows/api.ts';
import { compareVendors } from '../../workflows/checklist/summary.ts';
import { loadQuestions } from '../../workflows/checklist/questions.ts';
import { comparisonDocument } from '../../workflows/export/comparison-doc.ts';
import { exportDocument } from '../../workflows/export/index.ts';
import type { ExportFormat } from '../../workflows/export/index.ts';
import { parseCsv, readDocx, readPdf } from './helpers/read-back.ts';
import { EXAMPLE, exportFile, NOW, vendorLists } from './helpers/export-fixtures.ts';

/** Page one of each format, as plain words: PDF page 1, DOCX and Markdown up to the summary table's heading. */
async function pageOne(data: Buffer, format: 'pdf' | 'docx' | 'md', summaryTitle: string): Promise<string> {
  const text =
    format === 'pdf' ? (await readPdf(data)).pageTexts[0]! : format === 'docx' ? (await readDocx(data)).text : data.toString('utf8');
  const one = format === 'pdf' ? text : text.slice(0, text.indexOf(summaryTitle));
  // Markdown's emphasis and escapes, and every format's line breaks, are layout, not content.
  return one.replace(/\*\*|\\(?=[^\s])|\u25A0/g, '').replace(/\s+/g, ' ');
}

const FORMATS = ['pdf', 'docx', 'md'] as const;

describe('page one carries the same content in PDF, DOCX and Markdown', () => {
  it('checklist: facts, counts by status, the red flag then the concerns with notes, what is unanswered', async () => {
    for (const format of FORMATS) {
      const one = await pageOne(await exportFile(EXAMPLE, format), format, 'Summary (red flags first)');
      expect(one, format).toContain('Vendor: Acme AI');
      expect(one, format).toContain('Generated: 2026-03-02 10:30 UTC');
      expect(one, format).toContain('Answered by: Imported file');
      expect(one, format).toContain('Progress: 10 of 12 questions answered');
      expect(one, format).toMatch(/Red flag:? 1,? Concern:? 3,? Unanswered:? 2,? Satisfactory:? 5,? Not applicable:? 1/);
      expect(one, format).toMatch(/RED FLAG Q6\. How will you tell us about incidents\? -? ?Notes: Best efforts only; no contractual window\./);
      const order = ['RED FLAG Q6.', 'CONCERN Q3.', 'CONCERN Q7.', 'CONCERN Q10.', 'Still unanswered (2)', 'Q5. What model is it', 'Q12. How do we exit?'];
      const at = order.map((s) => one.indexOf(s));
      expect(at.every((i) => i >= 0), `${format}: ${order.filter((_, i) => at[i]! < 0).join(', ')}`).toBe(true);
      expect(at).toEqual([...at].sort((a, b) => a - b));
      expect(one, format).toContain('Indemnity capped at 12 months of fees.');
    }
  });

  it('comparison: one bar per vendor, fewest red flags first, each vendor\'s red flags before any concern', async () => {
    const { questions } = await loadQuestions();
    const cmp = compareVendors(vendorLists(questions, ['Acme AI', 'Globex', 'Initech']), questions);
    const doc = comparisonDocument(cmp, NOW);
    for (const format of FORMATS) {
      const one = await pageOne((await exportDocument(doc, format)).data, format, doc.summaryTitle);
      const bars = cmp.vendors.map((v, i) => one.indexOf(`${v}: ${cmp.progress[i]!.answered} of 12 answered`));
      expect(bars.every((i) => i >= 0), format).toBe(true);
      expect(bars).toEqual([...bars].sort((a, b) => a - b));
      const lastRed = one.lastIndexOf('RED FLAG');
      const firstConcern = one.indexOf('CONCERN');
      expect(lastRed, format).toBeGreaterThan(0);
      if (firstConcern >= 0) expect(lastRed).toBeLessThan(firstConcern);
    }
    const { xml } = await readDocx((await exportDocument(doc, 'docx')).data);
    const beforeTable = xml.slice(0, xml.indexOf('<w:tblHeader/>'));
    // The DOCX draws each bar as a one-row table of shaded cells: three vendors, three bars (then the data table).
    expect(beforeTable.match(/<w:tbl>/g)).toHaveLength(4);
  });

  it('decision record: the recommendation, why, the verdict bar, the factor weighing against it, no open question', async () => {
    const input = { monthlySpendGBP: 800, spendPredictable: true, dataClassification: 'internal', residencyRequired: false, gpuCapability: 'dedicated', fineTuning: 'none', stage: 'production', frontierReasoning: false, sovereigntyProcurement: false };
    for (const format of FORMATS) {
      const out = await exportDecisionFile(input, format satisfies ExportFormat, { now: NOW });
      if (!out.ok) throw new Error(out.problems.join('; '));
      const one = await pageOne(out.data, format, 'The five factors and spend');
      expect(one, format).toContain('Recommendation: Closed API');
      expect(one, format).toMatch(/Why: .{40,}/);
      expect(one, format).toMatch(/Favours a closed API:? 3,? Favours self-hosting:? 1,? Neutral:? 2/);
      expect(one, format).toMatch(/Concerns: factors that weigh against the recommendation \(1\) -? ?WEIGHS AGAINST Support burden/);
      expect(one, format).toContain('Every wizard question was answered.');
    }
  });

  it('CSV keeps its columns and values: the page-one content is derived from its records, nothing removed', async () => {
    const rows = parseCsv((await exportFile(EXAMPLE, 'csv')).toString('utf8'));
    expect(rows[0]).toEqual(['vendor', 'order', 'question_id', 'question', 'status', 'notes', 'evidence', 'answered_by', 'answered_at', 'evidence_quotes', 'proposed_status', 'review']);
    const statuses = rows.slice(1).map((r) => r[4]);
    expect(statuses.filter((s) => s === 'red-flag')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'unanswered')).toHaveLength(2);
    expect(rows.slice(1).every((r) => r[0] === 'Acme AI')).toBe(true);
  });
});

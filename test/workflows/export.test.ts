import { describe, expect, it } from 'vitest';
import { exportChecklistFile, exportDecisionFile } from '../../workflows/api.ts';
import { csvField, toCsv } from '../../workflows/export/csv.ts';
import { CHECKLIST_IDS, loadQuestions } from '../../workflows/checklist/questions.ts';
import { parseCsv, readDocx, readPdf } from './helpers/read-back.ts';

const NOW = new Date('2026-03-02T10:30:00Z');
const file = {
  vendor: 'Acme AI, "Ltd"',
  answers: {
    'data-use': { status: 'red-flag', notes: '=HYPERLINK("http://evil.example","click") trains on prompts unless you opt out', evidence: 'https://acme.example/terms?a=1&b=2' },
    exit: { status: 'concern', notes: 'Fine-tunes stay with them,\nper line 2' },
    'sla-limits': { status: 'satisfactory', notes: '+99.9% with credits' },
    'ip-indemnity': { status: 'n/a' },
  },
};

async function render(format: string) {
  const out = await exportChecklistFile(file, format, { now: NOW });
  if (!out.ok) throw new Error(out.problems.join('; '));
  return out;
}

describe('checklist export read back', () => {
  it('DOCX: title page, summary table, a section per question with guidance, red flags highlighted', async () => {
    const out = await render('docx');
    expect(out).toMatchObject({ ext: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name: 'acme-ai-ltd-vendor-checklist.docx' });
    const { xml, text, files } = await readDocx(out.data);
    expect(files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    expect(text).toContain('Vendor checklist: Acme AI, "Ltd"');
    expect(text).toContain('Summary (red flags first)');
    expect(text).toMatch(/Progress: 4 of 12 questions answered/);
    expect(xml).toContain('<w:br w:type="page"/>');
    expect(xml).toContain('<w:tbl>');
    for (const q of (await loadQuestions()).questions) expect(text).toContain(`Q${q.order}. ${q.question}`);
    expect(text.match(/^Q\d+\. /gm)).toHaveLength(12);
    expect(text).toContain('What a good answer looks like: ');
    expect(text).toContain('Red flags: ');
    expect(text).toMatch(/Q1\. Do you train on our data[^\n]*RED FLAG/);
    expect(text).toMatch(/Q12\.[^\n]*CONCERN/);
    expect(text).toContain('trains on prompts unless you opt out');
    expect(xml).toContain('w:fill="F8D7DA"');
    expect(xml).toContain('w:color="B00020"');
    // The summary lists the red flag before the concern and the satisfactory answer.
    const summary = text.slice(text.indexOf('Summary (red flags first)'), text.indexOf('The twelve questions'));
    expect(summary.indexOf('Do you train on our data')).toBeLessThan(summary.indexOf('How do we exit'));
    expect(xml).toMatch(/Target="https:\/\/acme\.example\/terms\?a=1&amp;b=2"|hyperlink/);
  });

  it('PDF: the same content, extractable as text', async () => {
    const out = await render('pdf');
    expect(out.data.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await readPdf(out.data);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain('Vendor checklist: Acme AI, "Ltd"');
    expect(text).toContain('Summary (red flags first)');
    expect(text).toMatch(/RED\s*FLAG/);
    expect(text).toContain('https://acme.example/terms?a=1&b=2');
    expect(text.replace(/\s+/g, ' ')).toContain('What a good answer looks like:');
    expect(text.match(/Q\d+\. /g)?.length).toBeGreaterThanOrEqual(12);
  });

  it('Markdown: headings, a summary table that survives pipes, one section per question', async () => {
    const md = (await render('md')).data.toString('utf8');
    expect(md).toMatch(/^# Vendor checklist: Acme AI, "Ltd"/);
    expect(md.match(/^### Q\d+\./gm)).toHaveLength(12);
    expect(md).toContain('### Q1. Do you train on our data, and how long do you keep it? — **RED FLAG**');
    const rows = md.split('\n').filter((l) => l.startsWith('| '));
    expect(rows).toHaveLength(14);
    for (const r of rows) expect(r.split(/(?<!\\)\|/).length).toBe(7);
    expect(md).toContain('<https://acme.example/terms?a=1&b=2>');
  });

  it('CSV: RFC 4180 quoting, one record per question, formula cells neutralised', async () => {
    const raw = (await render('csv')).data.toString('utf8');
    const rows = parseCsv(raw);
    expect(rows[0]).toEqual(['vendor', 'order', 'question_id', 'question', 'status', 'notes', 'evidence', 'answered_by', 'answered_at', 'evidence_quotes', 'proposed_status', 'review']);
    expect(rows).toHaveLength(13);
    expect(rows.slice(1).map((r) => r[2])).toEqual([...CHECKLIST_IDS]);
    const byId = new Map(rows.slice(1).map((r) => [r[2], r]));
    expect(byId.get('data-use')?.[0]).toBe('Acme AI, "Ltd"');
    expect(byId.get('data-use')?.[5]).toBe(`'=HYPERLINK("http://evil.example","click") trains on prompts unless you opt out`);
    expect(byId.get('sla-limits')?.[5]).toBe("'+99.9% with credits");
    expect(byId.get('exit')?.[5]).toBe('Fine-tunes stay with them,\nper line 2');
    expect(byId.get('exit')?.slice(4, 5)).toEqual(['concern']);
    expect(byId.get('model-change')?.[4]).toBe('unanswered');
  });

  it('neutralises every formula trigger and quotes only when needed', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", 'plain']);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv(['a'], [['x\r\ny']])).toBe('a\r\n"x\r\ny"\r\n');
  });
});

describe('checklist export input validation', () => {
  it('names each unknown id, unknown status and bad evidence URL, and a bad format', async () => {
    const out = await exportChecklistFile({ vendor: 'X', answers: { 'data-use': { status: 'great' }, 'made-up': { status: 'concern' }, exit: { status: 'concern', evidence: 'not a url' } } }, 'xlsx');
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems).toEqual([
      'answers.data-use.status: unknown status "great" (use satisfactory, concern, red-flag, n/a, unanswered)',
      expect.stringMatching(/^answers\.made-up: unknown question id "made-up" \(known: data-use, /),
      'answers.exit.evidence: must be an http(s) URL, got "not a url"',
      'format: unknown format "xlsx" (use docx, pdf, md, csv)',
    ]);
  });

  it('names shape problems: missing vendor, answers not an object, unknown fields', async () => {
    const out = await exportChecklistFile({ answers: { exit: { status: 'concern', colour: 'red' } }, extra: true }, 'md');
    expect(out).toEqual({ ok: false, problems: ['vendor: is required (a string)', 'answers.exit.colour: unknown field', 'extra: unknown field'] });
  });
});

describe('decision record export', () => {
  const input = { monthlySpendGBP: 2800, spendPredictable: true, dataClassification: 'personal', residencyRequired: true, gpuCapability: 'some', fineTuning: 'weights', stage: 'production', frontierReasoning: true, sovereigntyProcurement: false };

  it('DOCX and PDF carry the recommendation, the six verdicts, the costs and the sources', async () => {
    const docx = await exportDecisionFile(input, 'docx', { now: NOW });
    const pdf = await exportDecisionFile(input, 'pdf', { now: NOW });
    if (!docx.ok || !pdf.ok) throw new Error('export failed');
    const { text } = await readDocx(docx.data);
    const pdfText = (await readPdf(pdf.data)).text.replace(/\s+/g, ' ');
    for (const t of [text.replace(/\s+/g, ' '), pdfText]) {
      expect(t).toContain('Recommendation: Hybrid');
      for (const f of ['Data sovereignty', 'Customisation depth', 'Cost predictability', 'Support burden', 'Regulatory positioning', 'Monthly spend']) expect(t).toContain(f);
      expect(t).toContain('£2,500');
      expect(t).toContain('29-41x');
      expect(t).toContain('Sources');
    }
  });

  it('CSV and Markdown too', async () => {
    const csv = await exportDecisionFile(input, 'csv');
    const md = await exportDecisionFile(input, 'md');
    if (!csv.ok || !md.ok) throw new Error('export failed');
    const rows = parseCsv(csv.data.toString('utf8'));
    expect(rows[0]).toEqual(['kind', 'name', 'value', 'detail']);
    expect(rows[1]?.slice(0, 3)).toEqual(['recommendation', 'hybrid-frontier-reasoning', 'hybrid']);
    expect(rows.filter((r) => r[0] === 'factor')).toHaveLength(6);
    expect(md.data.toString()).toMatch(/^# Deployment-mode decision record/);
  });

  it('rejects an invalid decision input with every problem named', async () => {
    const out = await exportDecisionFile({ ...input, stage: 'beta' }, 'pdf');
    expect(out).toEqual({ ok: false, problems: ['stage: must be one of "prototype", "production", got "beta"'] });
  });
});

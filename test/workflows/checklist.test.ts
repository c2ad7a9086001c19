import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_IDS, loadQuestions, section } from '../../workflows/checklist/questions.ts';
import { parseChecklistAnswer } from '../../workflows/checklist/answer.ts';
import { compareVendors, summarise } from '../../workflows/checklist/summary.ts';
import { checklistQuestions } from '../../workflows/api.ts';
import type { ChecklistAnswer, VendorChecklist } from '../../workflows/store.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/cards/', import.meta.url));

describe('the twelve questions come from the knowledge cards', () => {
  it('loads all twelve, in order, with stable ids and guidance from the card sections', async () => {
    const { questions, problems } = await loadQuestions();
    expect(problems).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual([...CHECKLIST_IDS]);
    expect(questions.map((q) => q.order)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    for (const q of questions) {
      expect(q.question.length).toBeGreaterThan(10);
      expect(q.guidance.goodAnswer.length, q.cardId).toBeGreaterThan(30);
      expect(q.guidance.redFlags.length, q.cardId).toBeGreaterThan(20);
      expect(q.guidance.goodAnswer).not.toMatch(/^## /m);
    }
  });

  it('checklist questions --json gives id, question, order and guidance', async () => {
    const out = await checklistQuestions();
    expect(out).toHaveLength(12);
    expect(out[0]).toMatchObject({ id: 'data-use', order: 1, question: expect.stringMatching(/train/i), guidance: { redFlags: expect.any(String) } });
  });

  it('reports missing questions and missing guidance sections instead of failing', async () => {
    const { questions, problems } = await loadQuestions(FIXTURES);
    expect(questions.map((q) => q.id)).toEqual(['data-use', 'exit']);
    expect(questions[1]?.guidance).toEqual({ why: 'Lock-in.', goodAnswer: 'Export of data and fine-tunes. Certified deletion.', redFlags: 'Fine-tunes that cannot leave.' });
    expect(problems).toContain('fixture-data-use: no "## Red flags" section');
    expect(problems).toContain('no card carries checklist id "sla-limits"');
    expect(problems.filter((p) => p.startsWith('no card carries'))).toHaveLength(10);
  });

  it('section() stops at the next level-2 heading', () => {
    expect(section('## A\none\n### sub\ntwo\n## B\nthree', 'A')).toBe('one\n### sub\ntwo');
    expect(section('## A\none', 'missing')).toBe('');
  });
});

describe('typed checklist answers', () => {
  const ok = (answer: string, extra = {}) => {
    const r = parseChecklistAnswer({ answer, ...extra });
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };

  it('reads a status, notes and an evidence URL from one line', () => {
    expect(ok('concern: 30-day retention, see https://vendor.example/privacy.')).toEqual({ status: 'concern', notes: '30-day retention, see', evidence: 'https://vendor.example/privacy' });
    expect(ok('red flag - trains on prompts')).toEqual({ status: 'red-flag', notes: 'trains on prompts' });
    expect(ok('Red-Flag')).toEqual({ status: 'red-flag' });
    expect(ok('3')).toEqual({ status: 'red-flag' });
    expect(ok('n/a')).toEqual({ status: 'n/a' });
    expect(ok('ok')).toEqual({ status: 'satisfactory' });
    expect(ok('skip')).toEqual({ status: 'unanswered' });
    expect(ok('satisfactory', { notes: ' DPA signed ', evidence: 'https://vendor.example/dpa' })).toEqual({ status: 'satisfactory', notes: 'DPA signed', evidence: 'https://vendor.example/dpa' });
  });

  it('says what is wrong with a bad status or a bad evidence URL', () => {
    expect(parseChecklistAnswer({ answer: 'maybe they do' })).toEqual({ ok: false, error: expect.stringContaining('does not start with a status: use one of satisfactory, concern, red-flag, n/a, unanswered') });
    expect(parseChecklistAnswer({ answer: 'concern', evidence: 'javascript:alert(1)' })).toEqual({ ok: false, error: 'evidence must be an http(s) URL, got "javascript:alert(1)"' });
  });
});

describe('summary and comparison', () => {
  const by = { id: 'U1', name: 'Ana' };
  const a = (questionId: string, status: ChecklistAnswer['status'], notes?: string): ChecklistAnswer => ({ questionId, status, answeredBy: by, answeredAt: '2026-01-01T00:00:00.000Z', ...(notes ? { notes } : {}) });
  const list = (vendor: string, answers: ChecklistAnswer[]): VendorChecklist => ({ vendor, vendorKey: vendor.toLowerCase(), createdBy: by, createdAt: '', updatedAt: '', answers });

  it('counts progress and puts red flags first, then concerns, then open questions', async () => {
    const { questions } = await loadQuestions();
    const s = summarise('Acme', questions, [a('exit', 'red-flag'), a('data-use', 'satisfactory'), a('sla-limits', 'concern'), a('model-change', 'red-flag'), a('ip-indemnity', 'n/a')]);
    expect(s.progress).toMatchObject({ answered: 5, total: 12, counts: { 'red-flag': 2, concern: 1, satisfactory: 1, 'n/a': 1, unanswered: 7 } });
    expect(s.rows.slice(0, 4).map((r) => r.question.id)).toEqual(['model-change', 'exit', 'sla-limits', 'processor-role']);
    expect(s.rows.at(-1)?.question.id).toBe('ip-indemnity');
    expect(s.inOrder.map((r) => r.question.id)).toEqual([...CHECKLIST_IDS]);
  });

  it('compares vendors side by side, fewest red flags first', async () => {
    const { questions } = await loadQuestions();
    const cmp = compareVendors([list('Risky', [a('exit', 'red-flag')]), list('Solid', [a('exit', 'satisfactory'), a('data-use', 'satisfactory')])], questions);
    expect(cmp.vendors).toEqual(['Solid', 'Risky']);
    expect(cmp.rows.find((r) => r.question.id === 'exit')?.statuses).toEqual(['satisfactory', 'red-flag']);
    expect(cmp.progress.map((p) => p.answered)).toEqual([2, 1]);
  });
});

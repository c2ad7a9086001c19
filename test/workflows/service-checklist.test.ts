import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, turnBy } from './helpers/service.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import { CHECKLIST_IDS } from '../../workflows/checklist/questions.ts';
import { parseCsv, readDocx } from './helpers/read-back.ts';

const ana = { id: 'U-ANA', name: 'Ana' };
const ben = { id: 'U-BEN', name: 'Ben' };
const scope = { platform: 'slack', tenant: 'T-ACME', channel: 'C-PROCUREMENT' };

let h: Awaited<ReturnType<typeof openService>>;
beforeEach(async () => {
  h = await openService();
});
afterEach(async () => h.close());

describe('the vendor checklist through the WorkflowPort', () => {
  it('asks the twelve questions with guidance, records status, notes, evidence and author, and summarises red flags first', async () => {
    const first = await h.service.command(turnBy(ana), 'checklist', ['Acme', 'AI']);
    expect(first.step).toMatchObject({ workflow: 'checklist', stepId: 'data-use', kind: 'choice', index: 1, total: 12, cardId: 'vendor-q01-data-use' });
    expect(first.step?.options?.map((o) => o.value)).toEqual(['satisfactory', 'concern', 'red-flag', 'n/a', 'unanswered']);
    expect(first.step?.fields?.map((f) => f.id)).toEqual(['notes', 'evidence']);
    expect(first.step?.help).toMatch(/Good answer: [\s\S]*Red flags: /);
    const runId = first.step!.runId;

    const typed = await h.service.text!(turnBy(ana), 'red-flag: trains on prompts unless we opt out https://acme.example/terms');
    expect(typed?.text).toMatch(/Recorded Ana's answer: Red flag \| trains on prompts unless we opt out \| https:\/\/acme\.example\/terms/);
    expect(typed?.step?.stepId).toBe('processor-role');
    const form = await h.service.action(turnBy(ben), WORKFLOW_ACTIONS.answer, { runId, stepId: 'processor-role', value: 'satisfactory', notes: 'Art 28 DPA', evidence: 'https://acme.example/dpa' });
    expect(form?.step?.stepId).toBe('data-location');
    await h.service.text!(turnBy(ben), 'skip');
    await h.service.text!(turnBy(ana), 'concern: SOC 2 only');

    const list = await h.store.getChecklist(scope, 'acme ai');
    expect(list?.answers.find((a) => a.questionId === 'processor-role')).toMatchObject({ status: 'satisfactory', notes: 'Art 28 DPA', evidence: 'https://acme.example/dpa', answeredBy: ben });
    expect(list?.answers.find((a) => a.questionId === 'data-use')).toMatchObject({ status: 'red-flag', answeredBy: ana, answeredAt: expect.stringMatching(/^\d{4}-/) });

    // A bad evidence URL from a form: the step comes back with the reason; nothing is recorded.
    const bad = await h.service.action(turnBy(ben), WORKFLOW_ACTIONS.answer, { runId, stepId: 'model-provenance', value: 'concern', evidence: 'ftp://x' });
    expect(bad?.step).toMatchObject({ stepId: 'model-provenance', error: 'evidence must be an http(s) URL, got "ftp://x"' });

    // Answer the remaining eight; the last answer posts the summary with export choices.
    let last;
    for (const id of CHECKLIST_IDS.slice(4)) last = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.answer, { runId, stepId: id, value: id === 'exit' ? 'red-flag' : 'satisfactory' });
    expect(last?.doc.at(-1)).toMatchObject({ type: 'paragraph', content: [{ type: 'strong', content: ['Vendor checklist: Acme AI'] }, expect.any(String)] });
    expect(last?.text).toMatch(/Vendor checklist: Acme AI · 11 of 12 answered · 2 red flags, 1 concern, 8 satisfactory, 0 n\/a/);
    expect(last?.sections?.map((s) => s.title)).toEqual(['Red flags', 'Concerns', 'Still open']);
    expect(last?.sections?.[0]?.body.split('\n')).toEqual([expect.stringMatching(/^• Q1\. /), expect.stringMatching(/^• Q12\. /)]);
    expect(last?.sections?.[2]?.body).toMatch(/Q3\. /);
    expect(last?.citations?.map((c) => c.id)).toEqual(['vendor-q01-data-use', 'vendor-q12-exit', 'vendor-q04-security-assurance']);
    // Issue 12: export buttons are typed `workflow.run` actions naming the run and the format.
    expect(last?.choices?.filter((c) => c.action === WORKFLOW_ACTIONS.run && typeof c.value === 'object' && c.value.action === 'export' && c.value.runId === runId)).toHaveLength(4);
    expect((await h.store.getRun(scope, runId))?.status).toBe('completed');

    // Coming back later picks up the skipped question.
    const back = await h.service.command(turnBy(ben), 'checklist', ['acme', 'ai']);
    expect(back.step).toMatchObject({ stepId: 'data-location', index: 3 });
  });

  it('resumes after a restart and keeps several vendors per team, compared side by side', async () => {
    await h.service.command(turnBy(ana), 'checklist', ['Beta']);
    await h.service.text!(turnBy(ana), 'satisfactory');
    await h.service.text!(turnBy(ana), 'red flag');
    await h.restart();
    const resumed = await h.service.command(turnBy(ben), 'checklist', ['Beta']);
    expect(resumed.text).toMatch(/^Continuing the Beta checklist/);
    expect(resumed.step?.stepId).toBe('data-location');
    // A second vendor runs beside it, in another thread.
    await h.service.command(turnBy(ana, { thread: 'th-g' }), 'checklist', ['Gamma']);
    await h.service.text!(turnBy(ana, { thread: 'th-g' }), 'ok');
    const status = await h.service.command(turnBy(ana), 'status', []);
    expect(status.sections?.[0]?.body.split('\n')).toHaveLength(2);
    expect(status.sections?.[1]?.body).toMatch(/Beta: 2 of 12 answered, 1 red flag, 0 concerns\n• Gamma: 1 of 12 answered, 0 red flags/);
    const cmp = await h.service.command(turnBy(ana), 'checklist', ['compare']);
    expect(cmp.text).toMatch(/Gamma \(0 red flags\), Beta \(1 red flags\)/);
    const csv = await h.service.command(turnBy(ana), 'export', ['compare', 'csv']);
    const rows = parseCsv(csv.files![0]!.data.toString('utf8'));
    expect(rows[0]).toEqual(['order', 'question_id', 'question', 'Gamma', 'Beta']);
    expect(rows[2]?.slice(3)).toEqual(['unanswered', 'red-flag']);
  });

  it('exports a vendor checklist by name, docx by default, and says clearly when the vendor is unknown', async () => {
    await h.service.command(turnBy(ana), 'checklist', ['Acme']);
    await h.service.text!(turnBy(ana), 'red-flag: opt-out only');
    const docx = await h.service.command(turnBy(ben), 'export', ['Acme']);
    expect(docx.files?.[0]).toMatchObject({ name: 'acme-vendor-checklist.docx' });
    expect((await readDocx(docx.files![0]!.data)).text).toMatch(/Q1\. [^\n]*RED FLAG/);
    const md = await h.service.command(turnBy(ben), 'export', ['acme', 'md']);
    expect(md.files?.[0]?.data.toString()).toContain('opt-out only');
    await expect(h.service.command(turnBy(ben), 'export', ['Nobody', 'pdf'])).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.service.command(turnBy(ben), 'export', [])).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('starts at a named question to change an earlier answer', async () => {
    await h.service.command(turnBy(ana), 'checklist', ['Acme']);
    await h.service.text!(turnBy(ana), 'concern');
    // Issue 12: a question id is named explicitly (`q:` or after a quoted name); a bare last word is part of the name.
    const jump = await h.service.command(turnBy(ana), 'checklist', ['Acme', 'q:data-use']);
    expect(jump.step).toMatchObject({ stepId: 'data-use', current: 'Concern' });
    const changed = await h.service.text!(turnBy(ben), 'satisfactory');
    expect(changed?.step?.stepId).toBe('processor-role');
    expect((await h.store.getChecklist(scope, 'Acme'))?.answers[0]).toMatchObject({ status: 'satisfactory', answeredBy: ben });
  });

  it('lists the team\'s vendors, and accepts the wf: alias and string-encoded button answers', async () => {
    expect((await h.service.command(turnBy(ana), 'checklist', [])).text).toMatch(/^No vendor checklist yet/);
    const first = await h.service.command(turnBy(ana), 'checklist', ['Delta']);
    const next = await h.service.action(turnBy(ben), 'wf:answer', `${first.step!.runId}|data-use|n/a`);
    expect(next?.text).toMatch(/Recorded Ben's answer: Not applicable/);
    const list = await h.service.command(turnBy(ana), 'checklist', []);
    expect(list.sections?.[0]?.body).toBe('• Delta: 1 of 12 answered, 0 red flags');
    await expect(h.service.action(turnBy(ana), WORKFLOW_ACTIONS.answer, { stepId: 'exit' })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

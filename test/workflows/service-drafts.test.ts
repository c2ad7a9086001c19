import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, turnBy, type Where } from './helpers/service.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';
import { DocumentRejected } from '../../workflows/questionnaire/index.ts';
import type { Turn, TurnDocument, TurnUser } from '../../bot/turn.ts';
import { parseCsv } from './helpers/read-back.ts';

const ana = { id: 'U-ANA', name: 'Ana' };
const ben = { id: 'U-BEN', name: 'Ben' };
const here = { platform: 'slack', tenant: 'T-ACME', channel: 'C-PROCUREMENT' };
const DOCS = new URL('../../workflows/questionnaire/eval/documents/', import.meta.url);
const file = (name: string): TurnDocument => ({ name, load: async () => readFileSync(new URL(name, DOCS)) });

function shared(user: TurnUser, text: string, documents: TurnDocument[], where: Where = {}, addressed = true): Turn {
  return { ...turnBy(user, where), input: { kind: 'documents', text, documents, addressed } };
}

let h: Awaited<ReturnType<typeof openService>>;
beforeEach(async () => {
  h = await openService();
});
afterEach(async () => h.close());

describe('vendor documents become a draft on the checklist, reviewed in the thread', () => {
  it('proposes red flags first with quotes; nothing counts as answered until accepted; accept all records who and when', async () => {
    const reply = await h.service.documents!(shared(ben, 'assess BrightPath', [file('t2-brightpath-trust.md')], { thread: '171.000100' }));
    expect(reply.text).toMatch(/Read the file Ben shared\.\nProposed answers for BrightPath from t2-brightpath-trust\.md: a draft\. Nothing counts as answered/);
    expect(reply.sections?.[0]?.title).toBe('Red flags');
    // The red flag quotes the vendor's words verbatim, with where they stand.
    expect(reply.sections?.[0]?.body).toContain('• Q11. What SLA and limits apply?: Red flag on the card: no SLA. · "We aim to keep the service available but typically do not commit to service credits." (t2-brightpath-trust.md, BrightPath AI trust centre > Uptime)');
    expect(reply.choices?.[0]).toMatchObject({ label: 'Accept all', value: { workflow: 'checklist', action: 'accept', vendor: 'BrightPath' } });
    expect(reply.choices?.slice(1).every((c) => typeof c.value === 'object' && c.value.action === 'start' && !!c.value.questionId)).toBe(true);

    // The draft waits apart from the answers.
    expect((await h.store.getChecklist(here, 'BrightPath'))?.answers).toEqual([]);
    const draft = await h.store.getDraft(here, 'BrightPath');
    expect(draft?.answers).toHaveLength(12);
    expect(draft?.thread).toBe('171.000100');
    const vendors = await h.service.command(turnBy(ana), 'checklist', []);
    expect(vendors.sections?.[0]?.body).toMatch(/BrightPath: 0 of 12 answered/);
    const status = await h.service.command(turnBy(ana), 'status', []);
    expect(status.sections?.find((x) => /not yet accepted/.test(x.title ?? ''))?.body).toBe('• BrightPath: 12 proposals from t2-brightpath-trust.md waiting for review');
    const review = status.choices?.find((c) => c.label === 'Review proposals: BrightPath');
    expect((await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.run, review!.value))?.text).toMatch(/Proposed answers for BrightPath/);

    const accepted = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.run, reply.choices![0]!.value);
    expect(accepted?.text).toMatch(/^Ana accepted 12 proposals for BrightPath at \d{4}-\d\d-\d\d \d\d:\d\d UTC\./);
    const list = await h.store.getChecklist(here, 'BrightPath');
    const sla = list?.answers.find((a) => a.questionId === 'sla-limits');
    expect(sla).toMatchObject({ status: 'red-flag', answeredBy: ana, review: { proposedStatus: 'red-flag', judgedBy: 'rules', documents: ['t2-brightpath-trust.md'], sharedBy: ben } });
    expect(sla?.quotes?.[0]).toEqual({ quote: 'We aim to keep the service available but typically do not commit to service credits.', location: 't2-brightpath-trust.md, BrightPath AI trust centre > Uptime' });
    expect(await h.store.getDraft(here, 'BrightPath')).toBeUndefined();

    // The export carries the quotes and the reviewer trail (CSV columns; Markdown sections).
    const csv = await h.service.command(turnBy(ana), 'export', ['BrightPath', 'csv']);
    const rows = parseCsv(csv.files![0]!.data.toString('utf8'));
    const row = rows.find((r) => r[2] === 'sla-limits')!;
    expect(row[10]).toBe('red-flag');
    expect(row[9]).toContain('"We aim to keep the service available but typically do not commit to service credits." (t2-brightpath-trust.md, BrightPath AI trust centre > Uptime)');
    expect(row[11]).toMatch(/^Proposed Red flag by the rules from t2-brightpath-trust\.md, shared by Ben \(.+\); accepted as proposed by Ana, /);
    const md = (await h.service.command(turnBy(ana), 'export', ['BrightPath', 'md'])).files![0]!.data.toString('utf8');
    // Documents show file names inert, as they show all user text (`.md` is also a top-level domain), Markdown-escaped.
    expect(md).toContain('- **Quote (t2-brightpath-trust\\[.\\]md, BrightPath AI trust centre \\> Uptime):** "We aim to keep the service available but typically do not commit to service credits."');
    expect(md).toMatch(/- \*\*Review:\*\* Proposed Red flag by the rules .* accepted as proposed by Ana/);
  });

  it('opens one question as the checklist step with the proposal pre-selected; a change is recorded with the trail', async () => {
    await h.service.documents!(shared(ben, 'assess BrightPath', [file('t2-brightpath-trust.md')]));
    const step = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.run, { workflow: 'checklist', action: 'start', vendor: 'BrightPath', questionId: 'data-location' });
    expect(step?.step).toMatchObject({ stepId: 'data-location', suggested: { value: 'red-flag', label: 'Red flag', from: "Proposed from the vendor's documents" } });
    expect(step?.text).toMatch(/Proposed from the vendor's documents: Red flag \("/);
    expect(step?.text).toMatch(/Why: Red flag on the card: /);
    const changed = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.answer, { runId: step!.step!.runId, stepId: 'data-location', value: 'concern', notes: 'They will add a government-request clause' });
    expect(changed?.text).toMatch(/Recorded Ana's answer: Concern \| They will add a government-request clause/);
    const a = (await h.store.getChecklist(here, 'BrightPath'))?.answers.find((x) => x.questionId === 'data-location');
    expect(a).toMatchObject({ status: 'concern', notes: 'They will add a government-request clause', answeredBy: ana, review: { proposedStatus: 'red-flag' } });
    // That question left the draft; the rest still wait, and `keep` accepts the next one as proposed.
    const draft = await h.store.getDraft(here, 'BrightPath');
    expect(draft?.answers.map((x) => x.questionId)).not.toContain('data-location');
    const nextId = changed!.step!.stepId;
    const proposed = draft!.answers.find((x) => x.questionId === nextId)!.status;
    await h.service.text!(turnBy(ben), 'keep');
    expect((await h.store.getChecklist(here, 'BrightPath'))?.answers.find((x) => x.questionId === nextId)).toMatchObject({ status: proposed, answeredBy: ben, review: { proposedStatus: proposed } });

    // Accept all now leaves the person's answers alone.
    const all = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.run, { workflow: 'checklist', action: 'accept', vendor: 'BrightPath' });
    expect(all?.text).toMatch(/accepted 10 proposals/);
    expect((await h.store.getChecklist(here, 'BrightPath'))?.answers.find((x) => x.questionId === 'data-location')?.status).toBe('concern');
  });

  it('finds the vendor from the thread of its checklist; files elsewhere without a mention are left alone', async () => {
    await h.service.command(turnBy(ana, { thread: '171.000200' }), 'checklist', ['Orbital']);
    const reply = await h.service.documents!(shared(ben, '', [file('t5-orbital-faq.html')], { thread: '171.000200' }, false));
    expect(reply.text).toMatch(/Proposed answers for Orbital from/);
    const ignored = await h.service.documents!(shared(ben, 'fyi', [file('t5-orbital-faq.html')], { thread: '171.000999' }, false));
    expect(ignored.kind).toBe('none');
    // Sent to the bot directly with no vendor named: the checklist in progress here; with none, it asks.
    const direct = await h.service.documents!(shared(ben, 'what do you make of this?', [file('t5-orbital-faq.html')], {}, true));
    expect(direct.text).toMatch(/Proposed answers for Orbital from/);
    const asked = await h.service.documents!(shared(ben, 'what do you make of this?', [file('t5-orbital-faq.html')], { channel: 'C-ELSEWHERE' }, true));
    expect(asked.text).toMatch(/Which vendor are these documents from\?/);
  });

  it('a refused or failed file is named with the reason and nothing is stored', async () => {
    const big: TurnDocument = { name: 'huge.pdf', size: 30e6, load: async () => { throw new DocumentRejected('too-large', 'huge.pdf'); } };
    const tooBig = await h.service.documents!(shared(ben, 'assess Vast AI', [big]));
    expect(tooBig.text).toBe('huge.pdf is larger than the 20 MB limit. Send the relevant sections (or a link to a smaller export) instead. Nothing was assessed or stored.');
    const broken: TurnDocument = { name: 'dpa.docx', load: async () => { throw new Error('socket hang up'); } };
    const failed = await h.service.documents!(shared(ben, 'assess Vast AI', [file('t2-brightpath-trust.md'), broken]));
    expect(failed.text).toMatch(/^dpa\.docx could not be downloaded\. .* Nothing was assessed or stored\.$/);
    const macro: TurnDocument = { name: 'answers.xlsm', load: async () => Buffer.from('PK\u0003\u0004') };
    expect((await h.service.documents!(shared(ben, 'assess Vast AI', [macro]))).text).toMatch(/macro-enabled/);
    expect(await h.store.getDraft(here, 'Vast AI')).toBeUndefined();
    expect(await h.store.getChecklist(here, 'Vast AI')).toBeUndefined();
  });
});

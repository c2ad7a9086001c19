import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistAnswer, Conversation, Scope, Store } from '../../../workflows/store.ts';
import { isAppError } from '../../../bot/errors.ts';
import { conversationContract } from './conversation-contract.ts';
import { opsContract } from './ops-contract.ts';
import { jobsContract } from './jobs-contract.ts';
import { draftContract } from './draft-contract.ts';
import { installationContract } from './installation-contract.ts';

/** How a backend under test is opened: `open` may be called again to prove state survives a reopen. */
export interface ContractTarget {
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

const A: Scope = { platform: 'slack', tenant: 'T-A' };
const B: Scope = { platform: 'slack', tenant: 'T-B' };
/** A conversation of A's (a channel; a thread belongs to it) and of B's with the same channel id. */
const inA = (channel: string): Conversation => ({ ...A, channel });
const inB = (channel: string): Conversation => ({ ...B, channel });
const alice = { id: 'U-alice', name: 'Alice' };
const bob = { id: 'U-bob', name: 'Bob' };
// An hour ago, whole seconds: recent enough that the unanswered log's retention (issue 10) keeps what is logged.
const BASE_MS = Math.floor(Date.now() / 1000) * 1000 - 3600 * 1000;
const at = (s: number) => new Date(BASE_MS + s * 1000).toISOString();
const answer = (questionId: string, status: ChecklistAnswer['status'], extra: Partial<ChecklistAnswer> = {}): ChecklistAnswer => ({
  questionId, status, answeredBy: alice, answeredAt: at(1), ...extra,
});

/** The Store contract every backend must meet; run by sqlite.test.ts and postgres.test.ts. */
export function storeContract(name: string, target: ContractTarget): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await target.open();
    });
    afterAll(async () => {
      await store?.close();
      await target.cleanup();
    });

    it('creates a run and reads it back with every field', async () => {
      const run = await store.createRun(A, { kind: 'decision', channel: 'C1', thread: 'th1', currentStep: 's1', startedBy: alice });
      expect(run).toMatchObject({ platform: 'slack', tenant: 'T-A', kind: 'decision', channel: 'C1', thread: 'th1', status: 'active', currentStep: 's1', startedBy: alice, answers: [] });
      expect(await store.getRun(A, run.id)).toEqual(run);
      expect(await store.getRun(A, 'no-such-run')).toBeUndefined();
    });

    it('records answers with author and time, replaces a re-answered step in place, and moves the run on', async () => {
      const run = await store.createRun(A, { kind: 'decision', channel: 'C1', currentStep: 's1', startedBy: alice });
      await store.recordStep(inA('C1'), { runId: run.id, answer: { stepId: 's1', value: 1200, author: alice, answeredAt: at(1) }, next: { currentStep: 's2' } });
      await store.recordStep(inA('C1'), { runId: run.id, answer: { stepId: 's2', value: { a: [true] }, author: bob, answeredAt: at(2) }, next: { currentStep: 's3' } });
      const again = await store.recordStep(inA('C1'), { runId: run.id, answer: { stepId: 's1', value: 3000, author: bob, answeredAt: at(3) }, next: { currentStep: null, status: 'completed' } });
      expect(again.answers).toEqual([
        { stepId: 's1', value: 3000, author: bob, answeredAt: at(3) },
        { stepId: 's2', value: { a: [true] }, author: bob, answeredAt: at(2) },
      ]);
      expect(again.status).toBe('completed');
      expect(again.currentStep).toBeUndefined();
    });

    it('lists runs by channel, status, kind and vendor, newest first', async () => {
      const scope = { platform: 'teams', tenant: 'list-tenant' };
      const r1 = await store.createRun(scope, { kind: 'checklist', subject: 'Acme AI', channel: 'C1', startedBy: alice });
      const r2 = await store.createRun(scope, { kind: 'decision', channel: 'C1', startedBy: alice });
      await store.createRun(scope, { kind: 'decision', channel: 'C2', startedBy: alice });
      await new Promise((r) => setTimeout(r, 5));
      await store.updateRun({ ...scope, channel: 'C1' }, r1.id, { currentStep: 'exit' });
      expect((await store.listRuns(scope, { channel: 'C1' })).map((r) => r.id)).toEqual([r1.id, r2.id]);
      expect((await store.listRuns(scope, { kind: 'checklist', subject: '  acme   ai ' })).map((r) => r.id)).toEqual([r1.id]);
      await store.updateRun({ ...scope, channel: 'C1' }, r2.id, { status: 'cancelled' });
      expect((await store.listRuns(scope, { channel: 'C1', status: 'active' })).map((r) => r.id)).toEqual([r1.id]);
      expect(await store.listRuns(scope)).toHaveLength(3);
    });

    it('finds the run waiting for a typed answer in one conversation and thread, newest first, with its answers', async () => {
      const scope = { platform: 'teams', tenant: 'waiting-tenant' };
      const here = { ...scope, channel: 'C1' };
      expect(await store.waitingRun(here)).toBeUndefined();
      const top = await store.createRun(scope, { kind: 'decision', channel: 'C1', currentStep: 's1', startedBy: alice });
      const inThread = await store.createRun(scope, { kind: 'checklist', subject: 'Acme', channel: 'C1', thread: 'th1', currentStep: 'exit', startedBy: alice });
      await store.createRun(scope, { kind: 'decision', channel: 'C2', currentStep: 's1', startedBy: alice });
      await store.recordStep(here, { runId: top.id, answer: { stepId: 's1', value: 1200, author: alice, answeredAt: at(1) }, next: { currentStep: 's2' } });
      expect(await store.waitingRun(here)).toMatchObject({ id: top.id, currentStep: 's2', answers: [{ stepId: 's1', value: 1200 }] });
      expect((await store.waitingRun(here, 'th1'))?.id).toBe(inThread.id);
      expect(await store.waitingRun(here, 'th2')).toBeUndefined();
      expect(await store.waitingRun({ platform: 'teams', tenant: 'other-tenant', channel: 'C1' })).toBeUndefined();
      // A newer waiting run in the same place comes first; a run with no step waiting, or not active, never waits.
      await new Promise((r) => setTimeout(r, 5));
      const newer = await store.createRun(scope, { kind: 'decision', channel: 'C1', thread: 'th1', currentStep: 's1', startedBy: bob });
      expect((await store.waitingRun(here, 'th1'))?.id).toBe(newer.id);
      await store.updateRun(here, newer.id, { currentStep: null });
      await store.updateRun(here, inThread.id, { status: 'cancelled' });
      expect(await store.waitingRun(here, 'th1')).toBeUndefined();
    });

    it('rejects a step for a run that does not exist, writing nothing', async () => {
      const err = await store.recordStep(inA('C1'), { runId: 'missing', answer: { stepId: 's', value: 1, author: alice, answeredAt: at(1) }, next: {}, checklist: { vendor: 'Ghost', answer: answer('exit', 'concern') } }).catch((e: unknown) => e);
      expect(isAppError(err) && err.code).toBe('not_found');
      expect(await store.getChecklist(inA('C1'), 'Ghost')).toBeUndefined();
    });

    it('writes a checklist step and its per-question record in one step', async () => {
      const run = await store.createRun(A, { kind: 'checklist', subject: 'Acme AI', channel: 'C1', currentStep: 'data-use', startedBy: alice });
      const a = answer('data-use', 'red-flag', { notes: 'trains on prompts', evidence: 'https://acme.example/terms' });
      await store.recordStep(inA('C1'), { runId: run.id, answer: { stepId: 'data-use', value: { status: 'red-flag' }, author: alice, answeredAt: at(1) }, next: { currentStep: 'processor-role' }, checklist: { vendor: 'Acme AI', answer: a } });
      const list = await store.getChecklist(inA('C1'), 'acme ai');
      expect(list?.vendor).toBe('Acme AI');
      expect(list?.answers).toEqual([a]);
      expect((await store.getRun(A, run.id))?.currentStep).toBe('processor-role');
    });

    it('keeps several vendors per team and upserts answers per question', async () => {
      const scope = { platform: 'slack', tenant: 'vendors', channel: 'C-vendors' };
      const first = await store.ensureChecklist(scope, ' Beta  Labs ', alice);
      expect(first).toMatchObject({ vendor: 'Beta Labs', vendorKey: 'beta labs', createdBy: alice, answers: [] });
      expect((await store.ensureChecklist(scope, 'beta labs', bob)).createdBy).toEqual(alice);
      await store.recordChecklistAnswer(scope, 'Beta Labs', answer('exit', 'concern', { notes: 'no export of fine-tunes' }));
      await store.recordChecklistAnswer(scope, 'Beta Labs', answer('exit', 'satisfactory', { answeredBy: bob, answeredAt: at(9) }));
      await store.recordChecklistAnswer(scope, 'Gamma', answer('sla-limits', 'n/a'));
      const beta = await store.getChecklist(scope, 'BETA LABS');
      expect(beta?.answers).toEqual([{ questionId: 'exit', status: 'satisfactory', answeredBy: bob, answeredAt: at(9) }]);
      expect((await store.listChecklists(scope)).map((c) => c.vendor)).toEqual(['Beta Labs', 'Gamma']);
    });

    it('lists a conversation\'s checklists with each one\'s own answers, as getChecklist reads them', async () => {
      const scope = { platform: 'slack', tenant: 'vendors', channel: 'C-listed' };
      await store.recordChecklistAnswer(scope, 'Delta', answer('exit', 'red-flag', { notes: 'no exit', evidence: 'https://delta.example/dpa' }));
      await store.recordChecklistAnswer(scope, 'Delta', answer('data-use', 'satisfactory'));
      await store.ensureChecklist(scope, 'Epsilon', bob);
      await store.recordChecklistAnswer(scope, 'Zeta', answer('sla-limits', 'concern'));
      await store.recordChecklistAnswer({ ...scope, channel: 'C-elsewhere' }, 'Delta', answer('exit', 'satisfactory'));
      const listed = await store.listChecklists(scope);
      expect(listed.map((c) => [c.vendor, c.answers.map((a) => a.questionId)])).toEqual([['Delta', ['data-use', 'exit']], ['Epsilon', []], ['Zeta', ['sla-limits']]]);
      for (const list of listed) expect(list).toEqual(await store.getChecklist(scope, list.vendor));
    });

    it('keeps one vote per user per answer and logs unanswered questions newest first', async () => {
      const scope = { platform: 'console', tenant: 'local' };
      await store.recordVote(scope, { answerId: 'ans1', user: 'u1', vote: 'up', channel: 'C1', at: at(1) });
      await store.recordVote(scope, { answerId: 'ans1', user: 'u1', vote: 'down', channel: 'C1', at: at(2) });
      await store.recordVote(scope, { answerId: 'ans1', user: 'u2', vote: 'up', at: at(3) });
      await store.recordVote(scope, { answerId: 'ans2', user: 'u1', vote: 'up', at: at(4) });
      expect(await store.listVotes(scope, 'ans1')).toEqual([
        { answerId: 'ans1', user: 'u1', vote: 'down', channel: 'C1', at: at(2) },
        { answerId: 'ans1', user: 'u2', vote: 'up', at: at(3) },
      ]);
      expect(await store.listVotes(scope)).toHaveLength(3);
      await store.logUnanswered(scope, { question: 'older?', channel: 'C1', user: 'u1', at: at(1) });
      await store.logUnanswered(scope, { question: 'newer?', at: at(2) });
      expect(await store.listUnanswered(scope, 1)).toEqual([{ question: 'newer?', at: at(2) }]);
      expect((await store.listUnanswered(scope)).map((q) => q.question)).toEqual(['newer?', 'older?']);
    });

    it('reports knowledge gaps across workspaces, grouped by wording, most asked first, without user ids', async () => {
      const one = { platform: 'slack', tenant: 'T-gap-1' };
      const two = { platform: 'teams', tenant: 'tenant-gap-2' };
      await store.logUnanswered(one, { question: 'Gap question about Falcon 3?', user: 'U-secret', at: at(1) });
      await store.logUnanswered(two, { question: '  gap question about falcon 3? ', user: 'U-other', at: at(3) });
      await store.logUnanswered(one, { question: 'Gap question about Falcon 3?', at: at(2) });
      await store.logUnanswered(one, { question: 'Gap question asked once?', at: at(4) });
      const gaps = (await store.knowledgeGaps(100)).filter((g) => /^gap question/i.test(g.question));
      expect(gaps.map((g) => [g.question.toLowerCase(), g.count, g.workspaces])).toEqual([
        ['gap question about falcon 3?', 3, 2],
        ['gap question asked once?', 1, 1],
      ]);
      expect(gaps[0]?.lastAt).toBe(at(3));
      expect(JSON.stringify(gaps)).not.toContain('U-secret');
    });

    it('claims an event once per platform + tenant, also after a reopen', async () => {
      expect(await store.claimEvent('slack', 'T-A', 'Ev1')).toBe(true);
      expect(await store.claimEvent('slack', 'T-A', 'Ev1')).toBe(false);
      expect(await store.claimEvent('slack', 'T-B', 'Ev1')).toBe(true);
      expect(await store.claimEvent('teams', 'T-A', 'Ev1')).toBe(true);
      const results = await Promise.all(Array.from({ length: 8 }, () => store.claimEvent('slack', 'T-A', 'Ev-race')));
      expect(results.filter(Boolean)).toHaveLength(1);
      const second = await target.open();
      try {
        expect(await second.claimEvent('slack', 'T-A', 'Ev1')).toBe(false);
      } finally {
        await second.close();
      }
    });

    it('records concurrent answers to one run without losing any', async () => {
      const run = await store.createRun(A, { kind: 'decision', channel: 'C9', startedBy: alice });
      await Promise.all(Array.from({ length: 12 }, (_, i) =>
        store.recordStep(inA('C9'), { runId: run.id, answer: { stepId: `s${i}`, value: i, author: i % 2 ? alice : bob, answeredAt: at(i) }, next: { currentStep: `s${i + 1}` } })));
      const got = await store.getRun(A, run.id);
      expect(got?.answers.map((a) => a.value).sort((x, y) => Number(x) - Number(y))).toEqual(Array.from({ length: 12 }, (_, i) => i));
      expect(new Set(got?.answers.map((a) => a.stepId)).size).toBe(12);
    });

    describe('tenant isolation', () => {
      it('tenant B can never read, list, continue or change tenant A\'s run', async () => {
        const run = await store.createRun(A, { kind: 'decision', channel: 'shared-id', currentStep: 's1', startedBy: alice });
        expect(await store.getRun(B, run.id)).toBeUndefined();
        expect(await store.getRun({ platform: 'teams', tenant: 'T-A' }, run.id)).toBeUndefined();
        expect(await store.listRuns(B, { channel: 'shared-id' })).toEqual([]);
        const step = { runId: run.id, answer: { stepId: 's1', value: 'hijack', author: bob, answeredAt: at(1) }, next: { status: 'completed' as const } };
        await expect(store.recordStep(inB('shared-id'), step)).rejects.toMatchObject({ code: 'not_found' });
        await expect(store.updateRun(inB('shared-id'), run.id, { status: 'cancelled' })).rejects.toMatchObject({ code: 'not_found' });
        expect(await store.getRun(A, run.id)).toEqual(run);
      });

      it('tenant B can never read or change tenant A\'s checklist, even for the same vendor name', async () => {
        await store.recordChecklistAnswer(inA('shared-id'), 'Secret Vendor', answer('data-use', 'red-flag', { notes: 'A only' }));
        expect(await store.getChecklist(inB('shared-id'), 'Secret Vendor')).toBeUndefined();
        expect((await store.listChecklists(inB('shared-id'))).map((c) => c.vendor)).not.toContain('Secret Vendor');
        await store.recordChecklistAnswer(inB('shared-id'), 'Secret Vendor', answer('data-use', 'satisfactory', { answeredBy: bob }));
        expect((await store.getChecklist(inA('shared-id'), 'Secret Vendor'))?.answers).toEqual([answer('data-use', 'red-flag', { notes: 'A only' })]);
        expect((await store.getChecklist(inB('shared-id'), 'Secret Vendor'))?.answers[0]?.status).toBe('satisfactory');
      });

      it('keeps votes and the unanswered log per tenant', async () => {
        await store.recordVote(A, { answerId: 'iso', user: 'u', vote: 'up', at: at(1) });
        await store.logUnanswered(A, { question: 'A private question?', at: at(1) });
        expect(await store.listVotes(B, 'iso')).toEqual([]);
        expect((await store.listUnanswered(B)).map((q) => q.question)).not.toContain('A private question?');
      });
    });

    conversationContract(() => store);
    opsContract(() => store);
    jobsContract(() => store);
    draftContract(() => store);
    installationContract(() => store);

    it('keeps everything after a close and reopen', async () => {
      const run = await store.createRun(A, { kind: 'checklist', subject: 'Durable', channel: 'C1', startedBy: alice });
      await store.recordStep(inA('C1'), { runId: run.id, answer: { stepId: 'exit', value: { status: 'concern' }, author: bob, answeredAt: at(5) }, next: { currentStep: null, status: 'completed' } });
      const second = await target.open();
      try {
        expect(await second.getRun(A, run.id)).toEqual(await store.getRun(A, run.id));
      } finally {
        await second.close();
      }
    });
  });
}

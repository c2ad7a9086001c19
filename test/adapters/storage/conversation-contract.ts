import { describe, expect, it } from 'vitest';
import type { ChecklistAnswer, Conversation, Store } from '../../../workflows/store.ts';

const alice = { id: 'U-alice', name: 'Alice' };
const bob = { id: 'U-bob', name: 'Bob' };
const at = (s: number) => new Date(Date.UTC(2026, 0, 2, 9, 0, s)).toISOString();
const answer = (questionId: string, status: ChecklistAnswer['status'], extra: Partial<ChecklistAnswer> = {}): ChecklistAnswer => ({
  questionId, status, answeredBy: alice, answeredAt: at(1), ...extra,
});

/** Three conversations of one workspace: a private channel, a public one, a DM. */
const conv = (channel: string): Conversation => ({ platform: 'slack', tenant: 'T-conv', channel });
const privateChannel = conv('G-PRIVATE');
const publicChannel = conv('C-PUBLIC');
const dm = conv('D-ALICE');

/**
 * Part of the Store contract (issue 10, item 7): a checklist belongs to the conversation where it was started.
 * Called inside storeContract, so it runs against SQLite and PostgreSQL alike.
 */
export function conversationContract(storeOf: () => Store): void {
  describe('conversation isolation within one workspace', () => {
    it('the same vendor in two conversations is two checklists; neither sees, lists or changes the other', async () => {
      const store = storeOf();
      await store.recordChecklistAnswer(privateChannel, 'Hush AI', answer('data-use', 'red-flag', { notes: 'private: board memo' }));
      expect(await store.getChecklist(publicChannel, 'hush ai')).toBeUndefined();
      expect(await store.getChecklist(dm, 'Hush AI')).toBeUndefined();
      expect((await store.listChecklists(publicChannel)).map((c) => c.vendor)).not.toContain('Hush AI');
      expect(await store.listChecklists(dm)).toEqual([]);

      const own = await store.ensureChecklist(publicChannel, ' hush  AI ', bob);
      expect(own).toMatchObject({ vendor: 'hush AI', vendorKey: 'hush ai', createdBy: bob, answers: [] });
      await store.recordChecklistAnswer(publicChannel, 'Hush AI', answer('data-use', 'satisfactory', { answeredBy: bob }));
      expect((await store.getChecklist(privateChannel, 'Hush AI'))?.answers).toEqual([answer('data-use', 'red-flag', { notes: 'private: board memo' })]);
      expect((await store.getChecklist(privateChannel, 'Hush AI'))?.createdBy).toEqual(alice);
      expect((await store.getChecklist(publicChannel, 'Hush AI'))?.answers).toEqual([answer('data-use', 'satisfactory', { answeredBy: bob })]);
      expect((await store.listChecklists(privateChannel)).map((c) => c.vendor)).toEqual(['Hush AI']);
    });

    it('a run is written to only from its own conversation, and its checklist answers land in that conversation', async () => {
      const store = storeOf();
      const run = await store.createRun(privateChannel, { kind: 'checklist', subject: 'Quiet Labs', channel: privateChannel.channel, thread: 'th-1', currentStep: 'data-use', startedBy: alice });
      const step = {
        runId: run.id,
        answer: { stepId: 'data-use', value: { status: 'red-flag' }, author: bob, answeredAt: at(2) },
        next: { currentStep: 'exit' },
        checklist: { vendor: 'Quiet Labs', answer: answer('data-use', 'concern', { notes: 'forged', answeredBy: bob }) },
      };
      for (const elsewhere of [publicChannel, dm]) {
        await expect(store.recordStep(elsewhere, step)).rejects.toMatchObject({ code: 'not_found' });
        await expect(store.updateRun(elsewhere, run.id, { status: 'cancelled', currentStep: null })).rejects.toMatchObject({ code: 'not_found' });
        expect(await store.getChecklist(elsewhere, 'Quiet Labs')).toBeUndefined();
      }
      expect(await store.getRun(privateChannel, run.id)).toEqual(run);
      expect(await store.getChecklist(privateChannel, 'Quiet Labs')).toBeUndefined();

      const moved = await store.recordStep(privateChannel, { ...step, checklist: { vendor: 'Quiet Labs', answer: answer('data-use', 'red-flag', { notes: 'real' }) } });
      expect(moved).toMatchObject({ currentStep: 'exit', status: 'active' });
      expect((await store.getChecklist(privateChannel, 'Quiet Labs'))?.answers).toEqual([answer('data-use', 'red-flag', { notes: 'real' })]);
      expect(await store.getChecklist(publicChannel, 'Quiet Labs')).toBeUndefined();
      expect((await store.updateRun(privateChannel, run.id, { status: 'cancelled', currentStep: null })).status).toBe('cancelled');
    });

    it('refuses an empty conversation, so no one can name the rows migration 2 parked without an origin', async () => {
      const store = storeOf();
      const nowhere = conv('');
      await expect(store.getChecklist(nowhere, 'Hush AI')).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(store.listChecklists(nowhere)).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(store.recordChecklistAnswer(nowhere, 'Hush AI', answer('exit', 'concern'))).rejects.toMatchObject({ code: 'invalid_input' });
      await expect(store.createRun(nowhere, { kind: 'decision', channel: '', startedBy: alice })).rejects.toMatchObject({ code: 'invalid_input' });
    });
  });
}

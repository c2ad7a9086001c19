import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService, turnBy, type Where } from './helpers/service.ts';
import { WORKFLOW_ACTIONS, encodeAnswer } from '../../workflows/actions.ts';

/** The value of an export button posted before typed actions (`runId|format`), which the service still reads. */
const encodeExport = (runId: string, format: string) => `${runId}|${format}`;

/** Issue 10 item 7: a checklist (and a run) belongs to the conversation where it was started. */
const ana = { id: 'U-ANA', name: 'Ana' };
const eve = { id: 'U-EVE', name: 'Eve' };
const board: Where = { tenant: 'T-ACME', channel: 'G-BOARD' };
const general: Where = { tenant: 'T-ACME', channel: 'C-GENERAL' };
const dm: Where = { tenant: 'T-ACME', channel: 'D-EVE' };
const boardThread: Where = { ...board, thread: '1710000000.000100' };
const elsewhere = [general, dm];
const at = (w: Where) => ({ platform: 'slack', tenant: w.tenant!, channel: w.channel! });
const DECISION = ['3000', 'yes', '3', 'no', 'some', 'none', 'prototype', 'no', 'no'];

let h: Awaited<ReturnType<typeof openService>>;
let hushRun: string;
let decisionRun: string;

beforeAll(async () => {
  h = await openService();
  hushRun = (await h.service.command(turnBy(ana, board), 'checklist', ['Hush', 'AI'])).step!.runId;
  await h.service.text!(turnBy(ana, board), 'red-flag: board only, acquisition plans');
  await h.service.command(turnBy(ana, { ...board, thread: 'th-other' }), 'checklist', ['Other', 'Co']);
  await h.service.text!(turnBy(ana, { ...board, thread: 'th-other' }), 'concern: board only too');
  decisionRun = (await h.service.command(turnBy(ana, { ...board, thread: 'th-d' }), 'decide', [])).step!.runId;
  for (const typed of DECISION) await h.service.text!(turnBy(ana, { ...board, thread: 'th-d' }), typed);
});
afterAll(async () => h.close());

describe('status, checklist, compare and export see only the conversation\'s own checklists', () => {
  it('the private channel, and a thread in it, see its checklists', async () => {
    for (const where of [board, boardThread]) {
      const status = await h.service.command(turnBy(ana, where), 'status', []);
      expect(status.sections?.find((s) => s.title === 'Vendor checklists in this conversation')?.body).toMatch(/Hush AI: 1 of 12 answered, 1 red flag[\s\S]*Other Co: 1 of 12/);
    }
    const cmp = await h.service.command(turnBy(ana, board), 'checklist', ['compare']);
    expect(cmp.text).toMatch(/Hush AI|Other Co/);
    const md = await h.service.command(turnBy(ana, boardThread), 'export', ['Hush', 'AI', 'md']);
    expect(md.files?.[0]?.data.toString()).toContain('acquisition plans');
  });

  it('a public channel and a DM of the same workspace see none of them', async () => {
    for (const where of elsewhere) {
      const status = await h.service.command(turnBy(eve, where), 'status', []);
      expect(JSON.stringify(status)).not.toMatch(/Hush|Other Co|board only|acquisition/);
      expect((await h.service.command(turnBy(eve, where), 'checklist', [])).text).toMatch(/^No vendor checklist yet/);
      await expect(h.service.command(turnBy(eve, where), 'checklist', ['compare'])).rejects.toMatchObject({ code: 'not_found' });
      await expect(h.service.command(turnBy(eve, where), 'export', ['Hush', 'AI', 'md'])).rejects.toMatchObject({ code: 'not_found' });
      await expect(h.service.command(turnBy(eve, where), 'export', ['compare', 'csv'])).rejects.toMatchObject({ code: 'not_found' });
      await expect(h.service.command(turnBy(eve, where), 'export', ['decision'])).rejects.toMatchObject({ code: 'not_found' });
      // Nothing is waiting here, so a typed word is not an answer to the private channel's step.
      expect(await h.service.text!(turnBy(eve, where), 'satisfactory')).toBeUndefined();
    }
  });
});

describe('buttons and forms carrying another conversation\'s run id are refused, and nothing changes', () => {
  it('answer (form and string button), resume, cancel and export are all forbidden from a public channel or a DM', async () => {
    const before = { run: await h.store.getRun(at(board), hushRun), list: await h.store.getChecklist(at(board), 'Hush AI'), decision: await h.store.getRun(at(board), decisionRun) };
    for (const where of elsewhere) {
      const forged: [string, unknown][] = [
        [WORKFLOW_ACTIONS.answer, { runId: hushRun, stepId: 'data-use', value: 'satisfactory', notes: 'overwritten' }],
        [WORKFLOW_ACTIONS.answer, encodeAnswer(hushRun, 'processor-role', 'satisfactory')],
        ['wf:answer', { runId: decisionRun, stepId: 'stage', value: 'production' }],
        [WORKFLOW_ACTIONS.resume, hushRun],
        [WORKFLOW_ACTIONS.resume, { runId: decisionRun }],
        [WORKFLOW_ACTIONS.cancel, hushRun],
        [WORKFLOW_ACTIONS.export, encodeExport(hushRun, 'md')],
        [WORKFLOW_ACTIONS.export, encodeExport(decisionRun, 'csv')],
      ];
      for (const [action, value] of forged) {
        await expect(h.service.action(turnBy(eve, where), action, value), `${action} ${JSON.stringify(value)}`).rejects.toMatchObject({ code: 'forbidden' });
      }
    }
    expect(await h.store.getRun(at(board), hushRun)).toEqual(before.run);
    expect(await h.store.getChecklist(at(board), 'Hush AI')).toEqual(before.list);
    expect(await h.store.getRun(at(board), decisionRun)).toEqual(before.decision);
  });

  it('the same buttons work in the conversation that owns the run, threads included', async () => {
    const resumed = await h.service.action(turnBy(ana, boardThread), WORKFLOW_ACTIONS.resume, hushRun);
    expect(resumed?.step).toMatchObject({ runId: hushRun, stepId: 'processor-role' });
    const exported = await h.service.action(turnBy(ana, board), WORKFLOW_ACTIONS.export, encodeExport(decisionRun, 'md'));
    expect(exported?.files?.[0]?.name).toMatch(/\.md$/);
  });
});

describe('the same vendor started in two conversations is two checklists', () => {
  it('starting "Hush AI" in the public channel starts its own, and its answers never reach the private one', async () => {
    const started = await h.service.command(turnBy(eve, general), 'checklist', ['hush', 'ai']);
    expect(started.text).toMatch(/The twelve vendor questions for hush ai/);
    expect(started.step).toMatchObject({ stepId: 'data-use' });
    expect(started.step?.runId).not.toBe(hushRun);
    expect(started.step?.current).toBeUndefined();
    await h.service.text!(turnBy(eve, general), 'satisfactory: public view');
    expect((await h.store.getChecklist(at(general), 'Hush AI'))?.answers.map((a) => [a.status, a.notes])).toEqual([['satisfactory', 'public view']]);
    expect((await h.store.getChecklist(at(board), 'Hush AI'))?.answers.map((a) => [a.status, a.notes])).toEqual([['red-flag', 'board only, acquisition plans']]);
    // Each channel's export carries only its own notes.
    const pub = (await h.service.command(turnBy(eve, general), 'export', ['Hush', 'AI', 'md'])).files![0]!.data.toString();
    expect(pub).toContain('public view');
    expect(pub).not.toContain('acquisition');
    expect(JSON.stringify(await h.service.command(turnBy(ana, dm), 'status', []))).not.toMatch(/Hush/);
  });

  it('a decision started elsewhere is a new decision, not the private channel\'s', async () => {
    const other = await h.service.command(turnBy(eve, dm), 'decide', []);
    expect(other.step).toMatchObject({ stepId: 'monthlySpendGBP' });
    expect(other.step?.runId).not.toBe(decisionRun);
  });
});

describe('Teams: a personal chat and a channel conversation of one tenant', () => {
  const personal: Where = { platform: 'teams', tenant: 'tenant-1', channel: 'a:personal-dana' };
  const channel: Where = { platform: 'teams', tenant: 'tenant-1', channel: '19:general@thread.tacv2' };

  it('keep their checklists apart in both directions', async () => {
    const mine = await h.service.command(turnBy(ana, personal), 'checklist', ['Acme']);
    await h.service.text!(turnBy(ana, personal), 'red-flag: my private doubts');
    const theirs = await h.service.command(turnBy(eve, channel), 'checklist', ['Acme']);
    expect(theirs.step?.current).toBeUndefined();
    await h.service.text!(turnBy(eve, channel), 'satisfactory');
    await expect(h.service.action(turnBy(eve, channel), WORKFLOW_ACTIONS.export, encodeExport(mine.step!.runId, 'md'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(h.service.action(turnBy(ana, personal), WORKFLOW_ACTIONS.cancel, theirs.step!.runId)).rejects.toMatchObject({ code: 'forbidden' });
    expect(JSON.stringify(await h.service.command(turnBy(eve, channel), 'status', []))).not.toContain('private doubts');
    const personalCsv = (await h.service.command(turnBy(ana, personal), 'export', ['Acme', 'csv'])).files![0]!.data.toString();
    expect(personalCsv).toContain('my private doubts');
    const channelCsv = (await h.service.command(turnBy(eve, channel), 'export', ['Acme', 'csv'])).files![0]!.data.toString();
    expect(channelCsv).not.toContain('my private doubts');
    expect(channelCsv).toMatch(/satisfactory/);
  });
});

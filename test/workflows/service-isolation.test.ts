import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openService, turnBy, type Where } from './helpers/service.ts';
import { WORKFLOW_ACTIONS } from '../../workflows/actions.ts';

const ana = { id: 'U-ANA', name: 'Ana' };
const eve = { id: 'U-EVE', name: 'Eve' };
const A: Where = { tenant: 'T-A', channel: 'C-1' };
const B: Where = { tenant: 'T-B', channel: 'C-1' };

let h: Awaited<ReturnType<typeof openService>>;
let decisionRun: string;
let checklistRun: string;

beforeAll(async () => {
  h = await openService();
  decisionRun = (await h.service.command(turnBy(ana, A), 'decide', [])).step!.runId;
  await h.service.text!(turnBy(ana, A), '5000');
  checklistRun = (await h.service.command(turnBy(ana, { ...A, thread: 't' }), 'checklist', ['Secret Vendor'])).step!.runId;
  await h.service.text!(turnBy(ana, { ...A, thread: 't' }), 'red-flag: confidential note');
});
afterAll(async () => h.close());

describe('one workspace can never read, continue or export another\'s runs and checklists', () => {
  it('tenant B cannot continue tenant A\'s run, even with its id and the same channel id', async () => {
    await expect(h.service.action(turnBy(eve, B), WORKFLOW_ACTIONS.answer, { runId: decisionRun, stepId: 'spendPredictable', value: 'yes' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.service.action(turnBy(eve, B), WORKFLOW_ACTIONS.resume, decisionRun)).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.service.action(turnBy(eve, B), WORKFLOW_ACTIONS.cancel, decisionRun)).rejects.toMatchObject({ code: 'not_found' });
    expect(await h.service.text!(turnBy(eve, B), 'yes')).toBeUndefined();
    const run = await h.store.getRun({ platform: 'slack', tenant: 'T-A' }, decisionRun);
    expect(run).toMatchObject({ status: 'active', currentStep: 'spendPredictable' });
    expect(run?.answers).toHaveLength(1);
  });

  it('tenant B cannot export tenant A\'s checklist or decision, by run id or by vendor name', async () => {
    await expect(h.service.action(turnBy(eve, B), WORKFLOW_ACTIONS.export, `${checklistRun}|csv`)).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.service.command(turnBy(eve, B), 'export', ['Secret', 'Vendor', 'csv'])).rejects.toMatchObject({ code: 'not_found' });
    await expect(h.service.command(turnBy(eve, B), 'export', ['decision'])).rejects.toMatchObject({ code: 'not_found' });
  });

  it('tenant B sees none of tenant A\'s runs or vendors in status, and starting the same vendor starts B\'s own', async () => {
    const status = await h.service.command(turnBy(eve, B), 'status', []);
    expect(JSON.stringify(status)).not.toMatch(/Secret Vendor|confidential/);
    expect(status.text).toBe('No workflow is in progress in this conversation.');
    const own = await h.service.command(turnBy(eve, B), 'checklist', ['Secret Vendor']);
    expect(own.step).toMatchObject({ stepId: 'data-use' });
    expect(own.step?.runId).not.toBe(checklistRun);
    expect(own.step?.current).toBeUndefined();
  });

  it('the same tenant id on another platform is another workspace', async () => {
    await expect(h.service.action(turnBy(eve, { ...A, platform: 'teams' }), WORKFLOW_ACTIONS.resume, decisionRun)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('within a workspace, a run is acted on only from its own conversation', async () => {
    await expect(h.service.action(turnBy(ana, { tenant: 'T-A', channel: 'C-2' }), WORKFLOW_ACTIONS.answer, { runId: decisionRun, stepId: 'spendPredictable', value: 'yes' })).rejects.toMatchObject({ code: 'forbidden' });
    // Issue 10 item 7 changed this: a checklist belongs to the conversation where it was started, so another
    // channel of the same workspace cannot export it (it used to be shared across the team's channels).
    await expect(h.service.command(turnBy(ana, { tenant: 'T-A', channel: 'C-2' }), 'export', ['Secret', 'Vendor', 'md'])).rejects.toMatchObject({ code: 'not_found' });
    const exported = await h.service.command(turnBy(ana, A), 'export', ['Secret', 'Vendor', 'md']);
    expect(exported.files?.[0]?.data.toString()).toContain('confidential note');
  });
});

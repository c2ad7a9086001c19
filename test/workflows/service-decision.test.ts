import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, turnBy } from './helpers/service.ts';
import { WORKFLOW_ACTIONS, encodeAnswer } from '../../workflows/actions.ts';
import { readDocx } from './helpers/read-back.ts';

const ana = { id: 'U-ANA', name: 'Ana' };
const ben = { id: 'U-BEN', name: 'Ben' };

let h: Awaited<ReturnType<typeof openService>>;
beforeEach(async () => {
  h = await openService();
});
afterEach(async () => h.close());

/** The answers of the 35-person support firm, prototyping with personal data and a growing bill. */
const FIRM: [string, string][] = [
  ['monthlySpendGBP', '£3,000'], ['spendPredictable', 'yes'], ['dataClassification', '3'], ['residencyRequired', 'no'],
  ['gpuCapability', 'some'], ['fineTuning', 'none'], ['stage', 'prototype'], ['frontierReasoning', 'no'], ['sovereigntyProcurement', 'no'],
];

describe('the decision wizard through the WorkflowPort', () => {
  it('walks the team through nine steps, records each author, survives a restart and posts the result', async () => {
    const first = await h.service.command(turnBy(ana), 'decide', []);
    expect(first.kind).toBe('workflow');
    expect(first.step).toMatchObject({ workflow: 'decision', stepId: 'monthlySpendGBP', kind: 'number', index: 1, total: 9, cardId: 'cost-crossover' });
    expect(first.step?.help).toMatch(/£1,500 and £2,500/);
    const runId = first.step!.runId;

    // Ana types the first four answers in the conversation (console / thread).
    for (const [stepId, typed] of FIRM.slice(0, 4)) {
      const r = await h.service.text!(turnBy(ana), typed);
      expect(r?.kind, stepId).toBe('workflow');
    }

    // The process restarts mid-way: nothing recorded is lost, the run waits on step 5.
    await h.restart();
    const status = await h.service.command(turnBy(ben), 'status', []);
    expect(status.kind).toBe('status');
    expect(status.sections?.[0]?.body).toMatch(/Deployment decision: step 5 of 9, started by Ana \(4 answers recorded/);
    const resumed = await h.service.action(turnBy(ben), WORKFLOW_ACTIONS.resume, runId);
    expect(resumed?.step?.stepId).toBe('gpuCapability');

    // Ben answers the rest with buttons (the adapters' form/button protocol).
    let last;
    for (const [stepId, value] of FIRM.slice(4)) {
      last = await h.service.action(turnBy(ben), WORKFLOW_ACTIONS.answer, { workflow: 'decision', runId, stepId, value });
    }
    expect(last?.kind).toBe('workflow');
    expect(last?.step).toBeUndefined();
    expect(last?.text).toMatch(/^Recommendation: Hybrid/);
    expect(last?.doc[0]).toMatchObject({ type: 'paragraph', content: expect.arrayContaining([{ type: 'strong', content: [expect.stringMatching(/^Recommendation: Hybrid/)] }]) });
    expect(last?.sections?.map((s) => s.title)).toEqual(['The five factors and spend', 'Cost at your volume (prices as of 2026-11-24)', 'Next steps']);
    expect(last?.sections?.[1]?.body).toMatch(/above the £1,500-£2,500 crossover/);
    expect(last?.citations?.length).toBeGreaterThan(4);
    // Issue 12: export buttons carry a typed action, no longer "runId|format".
    expect(last?.choices?.map((c) => c.value)).toEqual((['docx', 'pdf', 'md', 'csv'] as const).map((format) => ({ workflow: 'decision', action: 'export', runId, format })));

    const run = await h.store.getRun({ platform: 'slack', tenant: 'T-ACME' }, runId);
    expect(run?.status).toBe('completed');
    expect(run?.answers.map((a) => [a.stepId, a.author.id])).toEqual(FIRM.map(([s], i) => [s, i < 4 ? 'U-ANA' : 'U-BEN']));
    expect(run?.answers[0]?.value).toBe(3000);
    expect(run?.answers[2]?.value).toBe('personal');

    // The finished decision exports as a record naming who answered what.
    const exported = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.export, `${runId}|docx`);
    expect(exported?.kind).toBe('export');
    const { text } = await readDocx(exported!.files![0]!.data);
    expect(text).toContain('Recommendation: Hybrid');
    expect(text).toMatch(/About how much do you spend[^\n]*: £3,000 \(Ana, /);
    expect(text).toMatch(/Does the work need frontier-level reasoning\?: No \(Ben, /);
    const byCommand = await h.service.command(turnBy(ben), 'export', ['decision', 'pdf']);
    expect(byCommand.files?.[0]).toMatchObject({ name: 'deployment-decision-record.pdf', mimeType: 'application/pdf' });
  });

  it('rejects a bad answer with the reason, shows the same step again and records nothing', async () => {
    const first = await h.service.command(turnBy(ana), 'decide', []);
    const bad = await h.service.text!(turnBy(ana), 'lots');
    expect(bad?.step).toMatchObject({ stepId: 'monthlySpendGBP', error: '"lots" is not an amount: type a number of pounds, e.g. 1800' });
    const run = await h.store.getRun({ platform: 'slack', tenant: 'T-ACME' }, first.step!.runId);
    expect(run?.answers).toEqual([]);
    expect(run?.currentStep).toBe('monthlySpendGBP');
    const wrongChoice = await h.service.action(turnBy(ana), WORKFLOW_ACTIONS.answer, encodeAnswer(run!.id, 'dataClassification', 'secret'));
    expect(wrongChoice?.step).toMatchObject({ stepId: 'dataClassification', error: expect.stringContaining('"secret" is not one of: public, internal, personal, special-category') });
  });

  it('lets a typed question through to the answerer instead of treating it as a bad answer', async () => {
    await h.service.command(turnBy(ana), 'decide', []);
    expect(await h.service.text!(turnBy(ana), 'What is the crossover?')).toBeUndefined();
  });

  it('returns undefined for text when no step waits in this conversation or thread', async () => {
    expect(await h.service.text!(turnBy(ana), '2500')).toBeUndefined();
    await h.service.command(turnBy(ana, { thread: 'th-1' }), 'decide', []);
    expect(await h.service.text!(turnBy(ana, { thread: 'th-2' }), '2500')).toBeUndefined();
    expect(await h.service.text!(turnBy(ana, { channel: 'C-OTHER' }), '2500')).toBeUndefined();
    expect((await h.service.text!(turnBy(ana, { thread: 'th-1' }), '2500'))?.step?.stepId).toBe('spendPredictable');
  });

  it('continues the decision in progress, starts over with "decide new", and cancels on request', async () => {
    const a = await h.service.command(turnBy(ana), 'decide', []);
    await h.service.text!(turnBy(ana), '1000');
    const again = await h.service.command(turnBy(ben), 'decide', []);
    expect(again.step).toMatchObject({ runId: a.step!.runId, stepId: 'spendPredictable' });
    expect(again.text).toMatch(/Continuing the decision Ana started/);
    const fresh = await h.service.command(turnBy(ben), 'decide', ['new']);
    expect(fresh.step?.runId).not.toBe(a.step!.runId);
    expect((await h.store.getRun({ platform: 'slack', tenant: 'T-ACME' }, a.step!.runId))?.status).toBe('cancelled');
    const cancelled = await h.service.text!(turnBy(ana), 'cancel');
    expect(cancelled?.text).toMatch(/^Cancelled: Deployment decision/);
    expect((await h.service.command(turnBy(ana), 'status', [])).text).toBe('No workflow is in progress in this conversation.');
  });

  it('ignores actions that are not a workflow\'s', async () => {
    expect(await h.service.action(turnBy(ana), 'feedback.up', 'x')).toBeUndefined();
  });
});

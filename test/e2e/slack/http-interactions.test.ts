import { describe, expect, it } from 'vitest';
import { eventually, useHarness, type Harness } from './support/harness.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { CHANNEL, blockAction, nextTs, slashCommand, viewSubmission } from './support/payloads.ts';
import { postForm, postInteraction } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

interface ModalView {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  blocks: { type: string; block_id?: string; element?: { type: string } }[];
}
const viewOf = (c: ApiCall) => c.args.view as ModalView;
const submit = (view: ModalView, values: Record<string, Record<string, unknown>>, team?: string) =>
  postInteraction(h.eventsUrl, viewSubmission({ callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: view.title.text }, type: 'modal' }, values, team ? { team } : {}));

describe('feedback buttons', () => {
  it('stores a 👍 vote and thanks the voter privately', async () => {
    const answerTs = nextTs();
    const message = { type: 'message', ts: answerTs, thread_ts: '1710000000.000999', text: 'an answer', blocks: [] };
    const res = await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.feedback.up', value: JSON.stringify({ vote: 'up' }), text: '👍 Helpful' }, { responseUrl: h.responseUrl(), message }));
    expect(res.status).toBe(200);
    const thanks = await h.fake.waitFor('chat.postEphemeral', (c) => String(c.args.text).includes('vote is recorded'));
    expect(thanks.args).toMatchObject({ channel: CHANNEL, user: 'U0ALICE', thread_ts: '1710000000.000999' });
    const store = (h.app as { store?: { listVotes(scope: { platform: string; tenant: string }, answerId?: string): Promise<{ vote: string; user: string }[]> } }).store;
    if (store) {
      const votes = await store.listVotes({ platform: 'slack', tenant: 'T0FAKE' }, `${CHANNEL}:${answerTs}`);
      expect(votes).toMatchObject([{ vote: 'up', user: 'U0ALICE' }]);
      // A second vote by the same person replaces the first.
      await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.feedback.down', value: 'not json', text: '👎' }, { responseUrl: h.responseUrl(), message }));
      await eventually(async () => expect(await store.listVotes({ platform: 'slack', tenant: 'T0FAKE' }, `${CHANNEL}:${answerTs}`)).toMatchObject([{ vote: 'down' }]));
    }
  });
});

describe('workflow buttons and modals', () => {
  it('"Start a vendor checklist" asks for the vendor in a modal, and an empty name is refused under the field', async () => {
    const res = await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.choice.1.command', value: 'checklist', text: 'Start a vendor checklist' }, { responseUrl: h.responseUrl() }));
    expect(res.status).toBe(200);
    const opened = await h.fake.waitFor('views.open', (c) => viewOf(c).callback_id === 'ap.vendor');
    const view = viewOf(opened);
    expect(JSON.parse(view.private_metadata)).toMatchObject({ team: 'T0FAKE', channel: CHANNEL });
    const bad = await submit(view, { 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: '  42 ' } } });
    expect(bad.status).toBe(200);
    expect(bad.json()).toEqual({ response_action: 'errors', errors: { 'ap.vendor.input': expect.stringContaining('vendor') } });
  });

  it('a step submitted with no answer is refused under the step field', async () => {
    const meta = { team: 'T0FAKE', channel: CHANNEL, w: 'decision', r: 'run-1', s: 'monthlySpendGBP', k: 'number' };
    const res = await submit({ callback_id: 'ap.step', private_metadata: JSON.stringify(meta), title: { text: 'Deployment decision' }, blocks: [] }, { 'ap.step.input': { value: { type: 'number_input', value: '' } } });
    expect(res.json()).toEqual({ response_action: 'errors', errors: { 'ap.step.input': 'Please answer this step before going on.' } });
  });

  it('a modal carrying another workspace’s metadata is refused', async () => {
    const meta = { team: 'T0OTHER', channel: CHANNEL, w: 'decision', r: 'run-1', s: 'monthlySpendGBP', k: 'number' };
    const res = await submit({ callback_id: 'ap.step', private_metadata: JSON.stringify(meta), title: { text: 'Deployment decision' }, blocks: [] }, { 'ap.step.input': { value: { type: 'number_input', value: '2500' } } });
    expect(res.json()).toEqual({ response_action: 'errors', errors: { 'ap.step.input': expect.stringContaining('another workspace') } });
  });

  it('"Start the deployment decision" opens the first step as a modal', async () => {
    const before = h.fake.of('views.open').length;
    await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.choice.0.command', value: 'decide', text: 'Start the deployment decision' }, { responseUrl: h.responseUrl() }));
    const opened = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before);
    expect(viewOf(opened).callback_id).toBe('ap.step');
  });
});

describe('the deployment decision, end to end in modals', () => {
  it('walks every step: an invalid answer is shown under the field, a valid one advances, the result is posted', async () => {
    const before = h.fake.of('views.open').length;
    await postForm(h.eventsUrl, slashCommand('decide', h.responseUrl()));
    let view = viewOf(await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before));
    const bad = await submit(view, { 'ap.step.input': { value: { type: 'number_input', value: 'lots' } } });
    expect(bad.json()).toMatchObject({ response_action: 'errors', errors: { 'ap.step.input': expect.any(String) } });

    const answers: Record<string, string> = {
      monthlySpendGBP: '4000', spendPredictable: 'yes', dataClassification: 'personal', residencyRequired: 'yes', gpuCapability: 'some',
      fineTuning: 'none', stage: 'production', frontierReasoning: 'no', sovereigntyProcurement: 'yes',
    };
    for (let i = 0; i < 9; i++) {
      const meta = JSON.parse(view.private_metadata) as { s: string };
      const input = view.blocks.find((b) => b.block_id === 'ap.step.input');
      const value = answers[meta.s];
      expect(value, `an answer for ${meta.s}`).toBeDefined();
      const state = input?.element?.type === 'radio_buttons' || input?.element?.type === 'static_select' ? { type: input.element.type, selected_option: { value } } : { type: input?.element?.type, value };
      const res = await submit(view, { 'ap.step.input': { value: state } });
      const body = res.json() as { response_action: string; view?: ModalView };
      if (i < 8) {
        expect(body.response_action).toBe('update');
        view = body.view!;
      } else {
        expect(body.response_action).toBe('clear');
      }
    }
    const result = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === CHANNEL && /self-hosted|hybrid|closed/i.test(String(c.args.text)));
    expect(JSON.stringify(result.args.blocks)).toMatch(/hybrid|self-hosted|closed/i);
  });
});

import { describe, expect, it } from 'vitest';
import { startHarness, useHarness, type Harness } from './support/harness.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { CHANNEL, blockAction, slashCommand } from './support/payloads.ts';
import { postForm, postInteraction } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

type Block = { type: string; block_id?: string; elements?: { action_id: string; value: string; text: { text: string } }[] };
const blocksOf = (c: ApiCall) => c.args.blocks as Block[];
const here = { platform: 'slack', tenant: 'T0FAKE', channel: CHANNEL };

describe('a vendor checklist in the thread, then its export as a file', () => {
  it('falls back to an in-thread step when the modal cannot open, records a button answer with its author, and uploads the export', async () => {
    // The trigger expired (the core was slow): the step is posted to the channel instead of lost.
    h.fake.failures.set('views.open', 'expired_trigger_id');
    await postForm(h.eventsUrl, slashCommand('checklist Acme AI', h.responseUrl()));
    const stepPost = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks).includes('ap.step.prompt'));
    expect(stepPost.args.channel).toBe(CHANNEL);
    const stepTs = String(stepPost.result?.ts);
    const buttons = blocksOf(stepPost).flatMap((b) => b.elements ?? []);
    const redFlag = buttons.find((e) => e.text.text === 'Red flag');
    expect(redFlag?.action_id).toMatch(/^ap\.step\.option\.\d+$/);
    expect(buttons.map((e) => e.text.text)).toEqual(expect.arrayContaining(['Satisfactory', 'Concern', 'Answer with notes…', 'Cancel']));

    // Someone in the channel presses "Red flag" on that message.
    const message = { type: 'message', ts: stepTs, text: String(stepPost.args.text), blocks: stepPost.args.blocks };
    await postInteraction(h.eventsUrl, blockAction({ action_id: redFlag!.action_id, value: redFlag!.value, text: 'Red flag' }, { responseUrl: h.responseUrl(), message }));

    // The step message now says who answered what, and the next question follows in its thread.
    const marked = await h.fake.waitFor('chat.update', (c) => c.args.ts === stepTs);
    expect(JSON.stringify(marked.args.blocks)).toContain('<@U0ALICE> chose *Red flag*');
    expect(JSON.stringify(marked.args.blocks)).not.toContain('ap.step.option');
    const next = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === stepTs && JSON.stringify(c.args.blocks).includes('ap.step.prompt'));
    expect(JSON.stringify(next.args.blocks)).toContain('step 2 of 12');

    const list = await h.app.store!.getChecklist(here, 'Acme AI');
    expect(list?.answers).toEqual([expect.objectContaining({ status: 'red-flag', answeredBy: expect.objectContaining({ id: 'U0ALICE' }) })]);

    // Export: files.uploadV2 = getUploadURLExternal -> upload to the returned URL -> completeUploadExternal.
    await postForm(h.eventsUrl, slashCommand('export Acme AI md', h.responseUrl()));
    const getUrl = await h.fake.waitFor('files.getUploadURLExternal');
    expect(String(getUrl.args.filename)).toMatch(/\.md$/);
    const complete = await h.fake.waitFor('files.completeUploadExternal');
    expect(complete.args.channel_id).toBe(CHANNEL);
    expect(String(complete.args.initial_comment)).toMatch(/Acme AI checklist/);
    const fileId = String(getUrl.result?.file_id);
    expect(complete.args.files).toEqual([expect.objectContaining({ id: fileId })]);
    const upload = h.fake.uploads.find((u) => u.fileId === fileId);
    expect(Number(getUrl.args.length)).toBe(upload?.bytes.length);
    const text = upload!.bytes.toString('utf8');
    expect(text).toContain('Acme AI');
    expect(text).toMatch(/red.flag/i);
  });

  it('a number step posted in the channel has an "Answer…" button that opens the step as a modal', async () => {
    h.fake.failures.set('views.open', 'expired_trigger_id');
    await postForm(h.eventsUrl, slashCommand('decide', h.responseUrl()));
    const stepPost = await h.fake.waitFor('chat.postMessage', (c) => JSON.stringify(c.args.blocks).includes('Deployment decision · step 1'));
    const answer = blocksOf(stepPost).flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'ap.step.open');
    expect(answer?.text.text).toBe('Answer…');
    const before = h.fake.of('views.open').length;
    const message = { type: 'message', ts: String(stepPost.result?.ts), text: 'step', blocks: stepPost.args.blocks };
    await postInteraction(h.eventsUrl, blockAction({ action_id: 'ap.step.open', value: answer!.value, text: 'Answer…' }, { responseUrl: h.responseUrl(), message }));
    const opened = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before);
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string; element?: { type: string } }[] };
    expect(view.callback_id).toBe('ap.step');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ w: 'decision', s: 'monthlySpendGBP', channel: CHANNEL });
    expect(view.blocks.find((b) => b.block_id === 'ap.step.input')?.element?.type).toBe('number_input');
  });
});

describe('checklist modals', () => {
  it('shows a bad evidence URL under the evidence field, and records notes and evidence when valid', async () => {
    const before = h.fake.of('views.open').length;
    await postForm(h.eventsUrl, slashCommand('checklist Globex Models', h.responseUrl()));
    const opened = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > before);
    const view = opened.args.view as { callback_id: string; private_metadata: string; title: { text: string }; blocks: { block_id?: string }[] };
    expect(view.blocks.map((b) => b.block_id)).toEqual(expect.arrayContaining(['ap.step.input', 'ap.field.notes', 'ap.field.evidence']));
    // Each submission carries its own trigger_id, as Slack's do (a repeated one is a replay and is dropped).
    let submissions = 0;
    const submit = (evidence: string) =>
      postInteraction(h.eventsUrl, {
        type: 'view_submission', team: { id: 'T0FAKE', domain: 'fake' }, user: { id: 'U0BOB', username: 'bob', team_id: 'T0FAKE' }, api_app_id: 'A0FAKE', token: 't', trigger_id: `trig-${++submissions}`,
        view: { id: 'V0CHK', type: 'modal', team_id: 'T0FAKE', callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: view.title.text }, hash: 'h',
          state: { values: {
            'ap.step.input': { value: { type: 'radio_buttons', selected_option: { value: 'concern' } } },
            'ap.field.notes': { value: { type: 'plain_text_input', value: '30-day retention of prompts' } },
            'ap.field.evidence': { value: { type: 'url_text_input', value: evidence } },
          } } },
      });
    const bad = await submit('ftp://vendor.example/dpa');
    expect(bad.json()).toEqual({ response_action: 'errors', errors: { 'ap.field.evidence': expect.stringMatching(/http\(s\) URL/) } });
    const good = await submit('https://globex.example/trust/dpa');
    expect((good.json() as { response_action: string }).response_action).toBe('update');
    const list = await h.app.store!.getChecklist(here, 'Globex Models');
    expect(list?.answers).toEqual([expect.objectContaining({ status: 'concern', notes: '30-day retention of prompts', evidence: 'https://globex.example/trust/dpa', answeredBy: expect.objectContaining({ id: 'U0BOB' }) })]);
  });
});

describe('a slow core', () => {
  it('acks a submission with a "Working…" view, then replaces it with views.update', async () => {
    const slow = await startHarness({ adapter: { viewAckBudgetMs: 0 } });
    try {
      await postForm(slow.eventsUrl, slashCommand('decide', slow.responseUrl()));
      const opened = await slow.fake.waitFor('views.open');
      const view = opened.args.view as { callback_id: string; private_metadata: string; title: { text: string } };
      const res = await postInteraction(slow.eventsUrl, {
        type: 'view_submission', team: { id: 'T0FAKE', domain: 'fake' }, user: { id: 'U0ALICE', username: 'alice', team_id: 'T0FAKE' }, api_app_id: 'A0FAKE', token: 't', trigger_id: 'trig',
        view: { id: 'V0SLOW', type: 'modal', team_id: 'T0FAKE', callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: view.title.text }, hash: 'h',
          state: { values: { 'ap.step.input': { value: { type: 'number_input', value: '1200' } } } } },
      });
      const body = res.json() as { response_action: string; view: { blocks: unknown[] } };
      expect(body.response_action).toBe('update');
      expect(JSON.stringify(body.view.blocks)).toContain('Working on it');
      const updated = await slow.fake.waitFor('views.update', (c) => c.args.view_id === 'V0SLOW');
      const next = updated.args.view as { callback_id: string; private_metadata: string };
      expect(next.callback_id).toBe('ap.step');
      expect(JSON.parse(next.private_metadata)).toMatchObject({ s: 'spendPredictable' });
      expect(slow.fake.rejected).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});

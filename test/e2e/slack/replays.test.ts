import { describe, expect, it } from 'vitest';
import { settle, useHarness, type Harness } from './support/harness.ts';
import { blockAction, eventCallback, mention, slashCommand, viewSubmission, TEAM, CHANNEL } from './support/payloads.ts';
import { postForm, postInteraction, postJson, postSigned, sign } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

const activity = () => h.fake.calls.filter((c) => c.method !== 'auth.test').length + h.fake.responses.length;
const now = () => Math.floor(Date.now() / 1000);

describe('request timestamps: more than five minutes away, either way, is refused like a stale one', () => {
  const cases: [string, string | number][] = [
    ['six minutes in the future', now() + 6 * 60],
    ['ten years in the future', now() + 10 * 365 * 86_400],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
    ['not a number', 'soon'],
    ['a fraction', `${now()}.5`],
    ['exponent form', '1.7e9'],
    ['empty', ''],
  ];
  for (const [name, stamp] of cases) {
    it(`${name}: 401 and nothing posted`, async () => {
      const before = activity();
      const body = JSON.stringify(eventCallback(mention('what is open-weight?')));
      // Correctly signed for that timestamp, as Bolt computes it (`v0:<Number(header)>:<body>`): only the time is wrong.
      const headers = { 'x-slack-request-timestamp': String(stamp), 'x-slack-signature': sign(body, Number(stamp)) };
      const res = await postSigned(h.eventsUrl, body, 'application/json', { unsigned: true, headers });
      expect(res.status).toBe(401);
      await settle(150);
      expect(activity()).toBe(before);
    });
  }

  it('four minutes either way is still accepted (clocks drift)', async () => {
    for (const t of [now() - 4 * 60, now() + 4 * 60]) {
      expect((await postForm(h.eventsUrl, slashCommand('help', h.responseUrl()), { timestamp: t })).status).toBe(200);
    }
  });
});

describe('replayed commands and interactions (the same trigger_id) are handled once', () => {
  it('a replayed `/ai-procurement decide` opens one modal and starts one run', async () => {
    const body = slashCommand('decide', h.responseUrl(), { channel: 'C0REPLAY1' });
    const opened = h.fake.of('views.open').length;
    for (let i = 0; i < 3; i++) expect((await postForm(h.eventsUrl, body)).status).toBe(200);
    await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > opened);
    await settle();
    expect(h.fake.of('views.open').length).toBe(opened + 1);
    const runs = await h.app.store!.listRuns({ platform: 'slack', tenant: TEAM }, { channel: 'C0REPLAY1' });
    expect(runs).toHaveLength(1);
    // A new command (its own trigger_id) is not a replay: it resumes the same run and opens its step again.
    await postForm(h.eventsUrl, slashCommand('decide', h.responseUrl(), { channel: 'C0REPLAY1' }));
    await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > opened + 1);
  });

  it('a replayed button press is acted on once', async () => {
    const press = blockAction({ action_id: 'ap.choice.0.command', value: 'status' }, { responseUrl: h.responseUrl(), channel: 'C0REPLAY2' });
    const path = new URL(String(press.response_url)).pathname;
    for (let i = 0; i < 3; i++) expect((await postInteraction(h.eventsUrl, press)).status).toBe(200);
    await h.fake.waitForResponse(() => h.fake.responses.some((r) => r.path === path));
    await settle();
    expect(h.fake.responses.filter((r) => r.path === path)).toHaveLength(1);
  });

  it('a replayed modal submission records one answer and the replay is acked empty', async () => {
    await postForm(h.eventsUrl, slashCommand('checklist Replay Vendor', h.responseUrl(), { channel: 'C0REPLAY3' }));
    const opened = await h.fake.waitFor('views.open', (c) => JSON.stringify(c.args.view).includes('C0REPLAY3'));
    const view = opened.args.view as { callback_id: string; private_metadata: string; title: { text: string } };
    const submission = viewSubmission(
      { callback_id: view.callback_id, private_metadata: view.private_metadata, title: { type: 'plain_text', text: view.title.text } },
      { 'ap.step.input': { value: { type: 'radio_buttons', selected_option: { value: 'concern' } } } },
    );
    const first = await postInteraction(h.eventsUrl, submission);
    expect((first.json() as { response_action: string }).response_action).toBe('update');
    const replay = await postInteraction(h.eventsUrl, submission);
    expect([replay.status, replay.text]).toEqual([200, '']);
    const list = await h.app.store!.getChecklist({ platform: 'slack', tenant: TEAM, channel: 'C0REPLAY3' }, 'Replay Vendor');
    expect(list?.answers).toHaveLength(1);
  });

  it('events keep their own de-duplication by event_id (a retry is not answered twice)', async () => {
    const ev = mention('What is a DPA?', { channel: CHANNEL });
    const body = eventCallback(ev);
    await postJson(h.eventsUrl, body);
    await postJson(h.eventsUrl, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    await settle();
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts)).toHaveLength(1);
  });
});

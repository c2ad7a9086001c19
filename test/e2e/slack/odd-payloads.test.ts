import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../bot/logger.ts';
import { MAX_QUESTION_CHARS } from '../../../bot/input-limits.ts';
import { LogCapture } from '../support/log-capture.ts';
import { settle, useHarness, type Harness } from './support/harness.ts';
import { BOT_USER, CHANNEL, TEAM, USER, blockAction, eventCallback, mention, slashCommand, viewSubmission } from './support/payloads.ts';
import { postForm, postInteraction, postJson, postSigned } from './support/signing.ts';

/**
 * Signed bodies Slack itself never sends, each answered below 500 with a clear status, nothing posted, and the
 * process still answering: the classes the attack run found (null bodies, null or mistyped fields, arrays that are
 * not arrays, a view without a view, numbers where modal values are strings), not only its literal examples.
 */
let h: Harness;
const logs = new LogCapture();
useHarness((x) => (h = x), { logger: createLogger({ level: 'debug', destination: logs }) });

const activity = () => h.fake.calls.filter((c) => c.method !== 'auth.test').length + h.fake.responses.length;
const form = (fields: string) => postSigned(h.eventsUrl, fields, 'application/x-www-form-urlencoded');
const json = (body: unknown) => postSigned(h.eventsUrl, JSON.stringify(body), 'application/json');
const ev = (event: Record<string, unknown>) => eventCallback(event);
const press = (over: Record<string, unknown> = {}) => ({ ...blockAction({ action_id: 'ap.feedback.up', value: 'x' }, { responseUrl: h.responseUrl() }), ...over });
const vendorView = (values: unknown) =>
  viewSubmission({ callback_id: 'ap.vendor', private_metadata: JSON.stringify({ team: TEAM, channel: CHANNEL }), title: { type: 'plain_text', text: 'Vendor checklist' } }, values as Record<string, Record<string, unknown>>);

describe('malformed signed bodies get a 400 and touch nothing', () => {
  const cases: [string, () => Promise<{ status: number }>][] = [
    ['JSON null', () => json(null)],
    ['JSON array', () => json([])],
    ['JSON number', () => json(7)],
    ['payload=null', () => form('payload=null')],
    ['payload=[]', () => form('payload=%5B%5D')],
    ['payload that is not JSON', () => form('payload=%7B')],
    ['a repeated form field', () => form(`${new URLSearchParams(slashCommand('help', h.responseUrl())).toString()}&text=again`)],
    ['body that is not UTF-8', () => postSigned(h.eventsUrl, Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]).toString('latin1'), 'application/json')],
    ['event.user=null', () => json(ev({ ...mention('hi'), user: null }))],
    ['event.user a number', () => json(ev({ ...mention('hi'), user: 7 }))],
    ['event=null', () => json({ ...ev(mention('hi')), event: null })],
    ['event a string', () => json({ ...ev(mention('hi')), event: 'app_mention' })],
    ['event.text an object', () => json(ev({ ...mention('hi'), text: { t: 1 } }))],
    ['event.channel=null on a mention', () => json(ev({ ...mention('hi'), channel: null }))],
    ['event.item a string', () => json(ev({ type: 'reaction_added', user: USER, item: 'x' }))],
    ['event.subteam=null', () => json(ev({ type: 'subteam_created', subteam: null }))],
    ['authorizations=[null]', () => json({ ...ev(mention('hi')), authorizations: [null] })],
    ['no event_id', () => json({ ...ev(mention('hi')), event_id: undefined })],
    ['actions an object', () => postInteraction(h.eventsUrl, press({ actions: { action_id: 'ap.feedback.up' } }))],
    ['actions a string', () => postInteraction(h.eventsUrl, press({ actions: 'ap.feedback.up' }))],
    ['actions=[null]', () => postInteraction(h.eventsUrl, press({ actions: [null] }))],
    ['actions empty', () => postInteraction(h.eventsUrl, press({ actions: [] }))],
    ['user=null on a button', () => postInteraction(h.eventsUrl, press({ user: null }))],
    ['container=null', () => postInteraction(h.eventsUrl, press({ container: null }))],
    ['a view_submission without a view', () => postInteraction(h.eventsUrl, { type: 'view_submission', team: { id: TEAM }, user: { id: USER }, trigger_id: 't.1' })],
    ['view.state.values=null', () => postInteraction(h.eventsUrl, vendorView(null))],
    ['a numeric modal value', () => postInteraction(h.eventsUrl, vendorView({ 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: 12345 } } }))],
    ['selected_option a string', () => postInteraction(h.eventsUrl, vendorView({ 'ap.vendor.input': { vendor: { type: 'static_select', selected_option: 'Acme' } } }))],
    ['a modal value longer than Slack allows', () => postInteraction(h.eventsUrl, vendorView({ 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: 'v'.repeat(10_000) } } }))],
    ['a command without a channel', () => postForm(h.eventsUrl, { ...slashCommand('help', h.responseUrl()), channel_id: '' })],
    ['no type, no event, no command', () => json({ team_id: TEAM })],
  ];
  for (const [name, send] of cases) {
    it(name, async () => {
      const before = activity();
      expect((await send()).status).toBe(400);
      await settle(100);
      expect(activity()).toBe(before);
    });
  }

  it('a body over 1 MB is refused with 413 before it is read further', async () => {
    const before = activity();
    const res = await postInteraction(h.eventsUrl, vendorView({ 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: 'v'.repeat(1_100_000) } } })).catch(() => undefined);
    // Either the 413 arrives, or the client saw the connection close while still sending; never a 5xx.
    if (res) expect(res.status).toBe(413);
    await settle(100);
    expect(activity()).toBe(before);
  });

  it('the bodies above left no error in the log, and the bot still answers', async () => {
    expect(logs.lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([]);
    const ev2 = mention('What is an open-weight model?');
    await postJson(h.eventsUrl, eventCallback(ev2));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev2.ts);
  });
});

describe('well-formed bodies no listener serves are acknowledged at once', () => {
  const cases: [string, () => Promise<{ status: number; ms: number }>][] = [
    ['an unknown action_id', () => postInteraction(h.eventsUrl, blockAction({ action_id: 'someone.elses.button', value: 'x' }, { responseUrl: h.responseUrl() }))],
    ['an unknown modal callback_id', () => postInteraction(h.eventsUrl, viewSubmission({ callback_id: 'not.ours', title: { type: 'plain_text', text: 'x' } }, {}))],
    ['a shortcut', () => postInteraction(h.eventsUrl, { type: 'shortcut', callback_id: 'x', trigger_id: 't', team: { id: TEAM }, user: { id: USER } })],
    ['view_closed', () => postInteraction(h.eventsUrl, { type: 'view_closed', team: { id: TEAM }, user: { id: USER }, view: { id: 'V1' } })],
    ['an options request', () => postInteraction(h.eventsUrl, { type: 'block_suggestion', action_id: 'a', value: 'q', team: { id: TEAM }, user: { id: USER } })],
    ['an event type not subscribed', () => json(ev({ type: 'reaction_added', user: USER, item: { type: 'message', channel: CHANNEL, ts: '1.1' } }))],
    ['another slash command', () => postForm(h.eventsUrl, { ...slashCommand('x', h.responseUrl()), command: '/other' })],
  ];
  for (const [name, send] of cases) {
    it(name, async () => {
      const res = await send();
      expect(res.status).toBe(200);
      // Not Bolt's three-second wait for an ack no listener would give.
      expect(res.ms).toBeLessThan(1_500);
    });
  }
});

describe('limits', () => {
  it(`a question over ${MAX_QUESTION_CHARS} characters gets a polite refusal, before any work`, async () => {
    const long = mention(`what is ${'really '.repeat(7_000)}open-weight?`);
    await postJson(h.eventsUrl, eventCallback(long));
    const reply = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === long.ts);
    expect(String(reply.args.text)).toMatch(/characters long; I can read up to 40,000/);
    await settle();
    // No working reaction, no thread history fetched: nothing was done with the text.
    expect(h.fake.calls.filter((c) => (c.method === 'reactions.add' || c.method === 'conversations.replies') && JSON.stringify(c.args).includes(long.ts))).toEqual([]);
  });

  it('a slash command over the limit is refused to the user alone', async () => {
    const url = h.responseUrl();
    await postForm(h.eventsUrl, slashCommand(`ask ${'x'.repeat(MAX_QUESTION_CHARS)}`, url));
    const body = await h.fake.waitForResponse((b) => String(b.text).includes('characters long'));
    expect(body.response_type).toBe('ephemeral');
  });

  it('what people typed stays out of info and warn logs, and a huge text does not become a huge log', async () => {
    const marker = 'Zebracorn';
    const before = logs.lines.length;
    const vendor = `${marker}${'v'.repeat(30_000)}`;
    await postForm(h.eventsUrl, slashCommand(`checklist ${vendor}`, h.responseUrl()));
    await postForm(h.eventsUrl, slashCommand(`export ${vendor} csv`, h.responseUrl()));
    await postForm(h.eventsUrl, slashCommand(`frobnicate ${marker}`, h.responseUrl()));
    const dm = { type: 'message', channel_type: 'im', user: USER, text: `<@${BOT_USER}> ${marker} is my vendor`, ts: '1710000999.000001', channel: 'D0ALICE' };
    await postJson(h.eventsUrl, eventCallback(dm));
    await settle(800);
    const lines = logs.lines.slice(before);
    expect(lines.length).toBeGreaterThan(0);
    const infoAndUp = lines.filter((l) => Number(l.level) >= 30);
    expect(JSON.stringify(infoAndUp)).not.toContain(marker);
    expect(JSON.stringify(lines).length).toBeLessThan(50_000);
  });
});

import { SIGNING_SECRET, sign } from '../../slack/support/signing.ts';
import { BOT_USER, CHANNEL, TEAM, USER, blockAction, directMessage, eventCallback, mention, slashCommand, viewSubmission } from '../../slack/support/payloads.ts';
import { mutate, oddValue } from './mutate.ts';
import { request } from './raw-http.ts';
import type { Rng } from './rng.ts';
import type { FuzzCase } from './fuzz-case.ts';

const PATH = '/slack/events';
const FORM = 'application/x-www-form-urlencoded';
let seq = 0;
const uid = () => `FZ${(++seq).toString(36).toUpperCase()}`;

/** The signature headers, correct or broken in one of the ways the attack run tried (future, Infinity, NaN, ...). */
function signing(rng: Rng, body: string, valid: boolean): Record<string, string> {
  const now = Math.floor(Date.now() / 1000);
  if (valid) return { 'X-Slack-Request-Timestamp': String(now), 'X-Slack-Signature': sign(body, now) };
  const stamps: (string | number)[] = [now - 6 * 60, now + 6 * 60, now + 10 * 365 * 86_400, 'Infinity', '-Infinity', 'NaN', '-1', '1e10', `${now}.5`, ` ${now}`, '', '0x10', now];
  const stamp = rng.pick(stamps);
  const numeric = Number(stamp);
  const signature = rng.pick([
    () => (Number.isNaN(numeric) ? 'v0=00' : sign(body, numeric)),
    () => sign(body, now, 'not-the-secret'),
    () => sign(`${body} `, now),
    () => 'v1=abc',
    () => 'v0=',
    () => '',
    () => [...rng.text(20)].map((ch) => (/[ -~]/.test(ch) ? ch : '?')).join(''),
  ])();
  const headers: Record<string, string> = {};
  if (!rng.chance(0.1)) headers['X-Slack-Request-Timestamp'] = String(stamp);
  if (!rng.chance(0.1)) headers['X-Slack-Signature'] = signature;
  return headers;
}

function post(rng: Rng, body: string, contentType: string | undefined, valid: boolean, extra: Record<string, string> = {}): Buffer {
  return request('POST', PATH, { ...(contentType ? { 'Content-Type': contentType } : {}), ...signing(rng, body, valid), ...extra }, body);
}

const responseUrl = (fakeUrl: string) => `${fakeUrl}/respond/${uid()}`;
const stepMeta = JSON.stringify({ team: TEAM, channel: CHANNEL, w: 'decision', r: 'run-missing', s: 'users', k: 'number' });

/** Valid Slack bodies of every kind this app receives, and some it does not serve; each gets a fresh id. */
function templates(rng: Rng, fakeUrl: string): { kind: 'json' | 'form' | 'interaction'; body: Record<string, unknown> }[] {
  const step = (type: string, value: Record<string, unknown>) => ({ 'ap.step.input': { value: { type, ...value } } });
  return [
    { kind: 'json', body: eventCallback(mention(rng.pick(['what is open-weight?', 'help', 'status', rng.text(30)])), `Ev${uid()}`) },
    { kind: 'json', body: eventCallback(directMessage(rng.pick(['checklist Acme', 'hello', 'n/a', rng.text(20)])), `Ev${uid()}`) },
    { kind: 'json', body: eventCallback({ type: 'reaction_added', user: USER, item: { type: 'message', channel: CHANNEL, ts: '1.2' }, reaction: 'eyes' }, `Ev${uid()}`) },
    { kind: 'json', body: { type: 'url_verification', challenge: uid(), token: 't' } },
    { kind: 'json', body: { type: 'app_rate_limited', team_id: TEAM, minute_rate_limited: 1 } },
    { kind: 'form', body: { ...slashCommand(rng.pick(['help', 'status', 'decide', 'checklist Acme AI', 'ask what is a DPA?', 'export Acme csv', rng.text(15)]), responseUrl(fakeUrl)), trigger_id: `trig.${uid()}` } },
    { kind: 'interaction', body: { ...blockAction({ action_id: rng.pick(['ap.feedback.up', 'ap.choice.0.command', 'ap.step.option.1', 'ap.step.open', 'unknown.action']), value: rng.pick(['decide', '{"w":"decision","r":"x","s":"y","v":"1"}', 'x']) }, { responseUrl: responseUrl(fakeUrl) }), trigger_id: `trig.${uid()}` } },
    { kind: 'interaction', body: { ...viewSubmission({ callback_id: 'ap.step', private_metadata: stepMeta, title: { type: 'plain_text', text: 'Decision' } }, step('number_input', { value: '12' })), trigger_id: `trig.${uid()}` } },
    { kind: 'interaction', body: { ...viewSubmission({ callback_id: 'ap.vendor', private_metadata: JSON.stringify({ team: TEAM, channel: CHANNEL }), title: { type: 'plain_text', text: 'Vendor' } }, { 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: 'Acme AI' } } }), trigger_id: `trig.${uid()}` } },
    { kind: 'interaction', body: { type: 'shortcut', callback_id: 'x', trigger_id: `trig.${uid()}`, team: { id: TEAM }, user: { id: USER } } },
    { kind: 'interaction', body: { type: 'view_closed', team: { id: TEAM }, user: { id: USER }, view: { id: 'V1' } } },
    { kind: 'interaction', body: { type: 'block_suggestion', action_id: 'a', value: 'q', team: { id: TEAM }, user: { id: USER } } },
  ];
}

/** The shapes the attack run reported by name (item 10 and item 3 of issue 10), signed, each as its own case. */
function namedShapes(fakeUrl: string): { name: string; kind: 'json' | 'interaction' | 'raw-form'; body: unknown }[] {
  const ev = (event: Record<string, unknown>) => eventCallback(event, `Ev${uid()}`);
  const action = () => blockAction({ action_id: 'ap.feedback.up', value: 'x' }, { responseUrl: responseUrl(fakeUrl) });
  return [
    { name: 'signed JSON null', kind: 'json', body: null },
    { name: 'signed JSON array', kind: 'json', body: [] },
    { name: 'signed JSON string', kind: 'json', body: 'event' },
    { name: 'payload=null', kind: 'raw-form', body: 'payload=null' },
    { name: 'payload=[]', kind: 'raw-form', body: 'payload=%5B%5D' },
    { name: 'payload broken JSON', kind: 'raw-form', body: 'payload=%7B' },
    { name: 'payload broken escape', kind: 'raw-form', body: 'payload=%' },
    { name: 'repeated payload', kind: 'raw-form', body: 'payload=%7B%7D&payload=%7B%7D' },
    { name: 'command with repeated text', kind: 'raw-form', body: `command=%2Fai-procurement&text=a&text=b&team_id=${TEAM}&channel_id=${CHANNEL}&user_id=${USER}&trigger_id=t.${uid()}` },
    { name: 'event.user=null', kind: 'json', body: ev({ ...mention('hi'), user: null }) },
    { name: 'event=null', kind: 'json', body: { ...ev(mention('hi')), event: null } },
    { name: 'event is a string', kind: 'json', body: { ...ev(mention('hi')), event: 'app_mention' } },
    { name: 'event.text is a number', kind: 'json', body: ev({ ...mention('hi'), text: 42 }) },
    { name: 'event.channel=null', kind: 'json', body: ev({ ...mention('hi'), channel: null }) },
    { name: 'event.item is a string', kind: 'json', body: ev({ type: 'reaction_added', user: USER, item: 'x' }) },
    { name: 'event.subteam=null', kind: 'json', body: ev({ type: 'subteam_created', subteam: null }) },
    { name: 'authorizations=[null]', kind: 'json', body: { ...ev(mention('hi')), authorizations: [null] } },
    { name: 'team_id is a number', kind: 'json', body: { ...ev(mention('hi')), team_id: 7 } },
    { name: 'actions is an object', kind: 'interaction', body: { ...action(), actions: { action_id: 'ap.feedback.up' } } },
    { name: 'actions is a string', kind: 'interaction', body: { ...action(), actions: 'ap.feedback.up' } },
    { name: 'actions=[null]', kind: 'interaction', body: { ...action(), actions: [null] } },
    { name: 'actions=[]', kind: 'interaction', body: { ...action(), actions: [] } },
    { name: 'user=null on an action', kind: 'interaction', body: { ...action(), user: null } },
    { name: 'team=null and no user.team_id', kind: 'interaction', body: { ...action(), team: null, user: { id: USER } } },
    { name: 'container=null', kind: 'interaction', body: { ...action(), container: null } },
    { name: 'view_submission without view', kind: 'interaction', body: { type: 'view_submission', team: { id: TEAM }, user: { id: USER }, trigger_id: `t.${uid()}` } },
    { name: 'view=null', kind: 'interaction', body: { type: 'view_submission', team: { id: TEAM }, user: { id: USER }, view: null } },
    { name: 'view.state.values=null', kind: 'interaction', body: viewSubmission({ callback_id: 'ap.vendor', private_metadata: '{}', title: { type: 'plain_text', text: 'V' } }, null as never) },
    { name: 'numeric modal value', kind: 'interaction', body: viewSubmission({ callback_id: 'ap.vendor', private_metadata: JSON.stringify({ team: TEAM, channel: CHANNEL }), title: { type: 'plain_text', text: 'V' } }, { 'ap.vendor.input': { vendor: { type: 'plain_text_input', value: 12345 } } }) },
    { name: 'numeric step value', kind: 'interaction', body: viewSubmission({ callback_id: 'ap.step', private_metadata: stepMeta, title: { type: 'plain_text', text: 'D' } }, { 'ap.step.input': { value: { type: 'number_input', value: 12 } } }) },
    { name: 'selected_option is a string', kind: 'interaction', body: viewSubmission({ callback_id: 'ap.step', private_metadata: stepMeta, title: { type: 'plain_text', text: 'D' } }, { 'ap.step.input': { value: { type: 'static_select', selected_option: 'yes' } } }) },
    { name: 'private_metadata is an object', kind: 'interaction', body: viewSubmission({ callback_id: 'ap.vendor', private_metadata: { team: TEAM }, title: { type: 'plain_text', text: 'V' } }, {}) },
    { name: 'response_urls is a number', kind: 'interaction', body: { ...viewSubmission({ callback_id: 'ap.vendor', private_metadata: '{}', title: { type: 'plain_text', text: 'V' } }, {}), response_urls: 3 } },
    { name: 'block_actions with a name field (routed as options by Bolt)', kind: 'interaction', body: { ...action(), name: 'x' } },
    { name: 'no type at all', kind: 'json', body: { team_id: TEAM } },
    { name: 'url_verification with an object challenge', kind: 'json', body: { type: 'url_verification', challenge: { a: 1 } } },
    { name: '__proto__ keys', kind: 'json', body: '{"__proto__":{"polluted":true},"type":"event_callback","team_id":"T0FAKE","event_id":"EvP","event":{"type":"app_mention","__proto__":{"x":1},"user":"U0ALICE","text":"hi","ts":"1.1","channel":"C1"}}' },
    { name: 'a 60,000-character question', kind: 'json', body: ev(mention('q'.repeat(60_000))) },
    { name: 'a bot mention only', kind: 'json', body: ev({ ...mention(''), text: `<@${BOT_USER}>` }) },
  ];
}

/** Signed and unsigned Slack requests: the named shapes, then `count` random mutations of valid bodies. */
export function slackCases(rng: Rng, fakeUrl: string, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const shape of namedShapes(fakeUrl)) {
    const body = shape.kind === 'raw-form' ? String(shape.body) : shape.kind === 'interaction' ? new URLSearchParams({ payload: JSON.stringify(shape.body) }).toString() : typeof shape.body === 'string' && shape.body.startsWith('{') ? shape.body : JSON.stringify(shape.body);
    const type = shape.kind === 'json' ? 'application/json' : FORM;
    cases.push({ name: `slack signed: ${shape.name}`, bytes: post(rng, body, type, true) });
    cases.push({ name: `slack unsigned: ${shape.name}`, bytes: post(rng, body, type, false) });
  }
  for (let i = 0; i < count; i++) {
    const t = rng.pick(templates(rng, fakeUrl));
    const body = rng.chance(0.85) ? mutate(rng, t.body) : t.body;
    let text = t.kind === 'json' ? JSON.stringify(body) : t.kind === 'form' ? new URLSearchParams(Object.entries(body).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : String(JSON.stringify(v))])).toString() : new URLSearchParams({ payload: JSON.stringify(body) }).toString();
    if (rng.chance(0.05)) text = text.slice(0, rng.int(text.length));
    const contentType = rng.chance(0.9) ? (t.kind === 'json' ? 'application/json' : FORM) : rng.pick([undefined, 'text/plain', `${FORM}; charset=utf-8`, 'application/json; charset=utf-16', 'multipart/form-data; boundary=x']);
    const signed = rng.chance(0.7);
    const extra: Record<string, string> = rng.chance(0.1) ? { 'X-Slack-Retry-Num': String(oddValue(rng)).slice(0, 20).replace(/[^\x20-\x7e]/g, '?'), 'X-Slack-Retry-Reason': 'http_timeout' } : {};
    cases.push({ name: `slack ${signed ? 'signed' : 'unsigned'} mutation #${i} of ${t.kind}`, bytes: post(rng, text, contentType, signed, extra) });
  }
  // A signed body larger than any Slack sends: refused before it is parsed.
  const huge = JSON.stringify(eventCallback(mention('x'.repeat(1_200_000)), `Ev${uid()}`));
  cases.push({ name: 'slack signed 1.2 MB body', bytes: post(rng, huge, 'application/json', true), mayClose: 'the server answers 413 and closes while the client may still be sending' });
  return cases;
}

export { SIGNING_SECRET };

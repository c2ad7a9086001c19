import { BOT, USER, TENANT, cardAction, channelMention, personalMessage } from '../../teams/support/activities.ts';
import { mutate } from './mutate.ts';
import { request } from './raw-http.ts';
import type { Rng } from './rng.ts';
import type { FuzzCase } from './fuzz-case.ts';

const PATH = '/api/messages';

/** A structurally valid JWT whose issuer no Bot Framework validator trusts: refused without fetching any keys. */
function untrustedJwt(): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', typ: 'JWT', kid: 'fuzz' })}.${enc({ iss: 'https://issuer.invalid', aud: 'x', exp: 4_102_444_800 })}.${Buffer.from('sig').toString('base64url')}`;
}

/** Authorization values that fail (the server runs TEAMS_ALLOW_UNAUTHENTICATED, so none is needed to pass). */
function authorization(rng: Rng): Record<string, string> {
  if (rng.chance(0.7)) return {};
  return { Authorization: rng.pick(['Bearer', 'Bearer x', `Bearer ${untrustedJwt()}`, 'Basic dXNlcjpwYXNz', 'Bearer a.b.c', `Bearer ${'A'.repeat(8_000)}`]) };
}

/** Activities of every type the bot handles and some it does not, aimed at the fake connector (or at nothing valid). */
function templates(rng: Rng, serviceUrl: string): Record<string, unknown>[] {
  return [
    personalMessage(serviceUrl, rng.pick(['help', 'what is a DPA?', 'checklist Acme', 'status', rng.text(25)])),
    channelMention(serviceUrl, rng.pick(['help', 'what is open-weight?'])),
    cardAction(serviceUrl, rng.pick(['ap.choice', 'ap.step', 'ap.feedback', 'unknown']), { action: 'command', value: 'status', runId: 'r', stepId: 's', answerId: 'a', vote: 'up' }, 'bot-activity-1'),
    { ...personalMessage(serviceUrl, ''), type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: rng.pick(['accept', 'decline']), context: { fileId: 'missing' } } },
    { ...personalMessage(serviceUrl, ''), type: 'invoke', name: rng.pick(['composeExtension/query', 'task/fetch', 'signin/verifyState', '']), value: {} },
    { ...personalMessage(serviceUrl, ''), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }, { id: USER.id }] },
    { ...personalMessage(serviceUrl, ''), type: rng.pick(['typing', 'messageReaction', 'installationUpdate', 'endOfConversation', 'event']) },
  ];
}

/** The shapes named in the attack run, and their neighbours. */
function namedShapes(serviceUrl: string): [string, string][] {
  const base = personalMessage(serviceUrl, 'help');
  return [
    ['{}', '{}'],
    ['null', 'null'],
    ['[]', '[]'],
    ['a string', '"message"'],
    ['broken JSON', '{"type":'],
    ['type only', '{"type":"message"}'],
    ['no serviceUrl', JSON.stringify({ ...base, serviceUrl: undefined })],
    ['serviceUrl not a URL', JSON.stringify({ ...base, serviceUrl: 'not a url' })],
    ['serviceUrl not http', JSON.stringify({ ...base, serviceUrl: 'file:///etc/passwd' })],
    ['conversation is a string', JSON.stringify({ ...base, conversation: 'a:1' })],
    ['from=null', JSON.stringify({ ...base, from: null })],
    ['entities=[null]', JSON.stringify({ ...base, entities: [null] })],
    ['text is an object', JSON.stringify({ ...base, text: { a: 1 } })],
    ['timestamp is a number', JSON.stringify({ ...base, timestamp: 5 })],
    ['invoke without value', JSON.stringify({ ...base, type: 'invoke', name: 'adaptiveCard/action' })],
    ['no tenant anywhere', JSON.stringify({ ...base, conversation: { id: 'a:x' }, channelData: {} })],
    ['__proto__ keys', `{"__proto__":{"polluted":true},"type":"message","channelId":"msteams","serviceUrl":"${serviceUrl}","from":{"id":"u"},"recipient":{"id":"b"},"conversation":{"id":"c","tenantId":"${TENANT}"},"text":"hi"}`],
    ['a 60,000-character message', JSON.stringify(personalMessage(serviceUrl, 'q'.repeat(60_000)))],
  ];
}

export function teamsCases(rng: Rng, connectorUrl: string, count: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const [name, body] of namedShapes(connectorUrl)) cases.push({ name: `teams: ${name}`, bytes: request('POST', PATH, { 'Content-Type': 'application/json', ...authorization(rng) }, body) });
  for (let i = 0; i < count; i++) {
    // Most activities point at the fake connector; some at addresses that are not valid http(s) URLs at all.
    const serviceUrl = rng.chance(0.9) ? connectorUrl : rng.pick(['', 'http://', 'javascript:alert(1)', '//x', rng.text(10)]);
    const activity = rng.pick(templates(rng, serviceUrl));
    const body = JSON.stringify(rng.chance(0.8) ? mutate(rng, activity) : activity);
    cases.push({ name: `teams mutation #${i}`, bytes: request('POST', PATH, { 'Content-Type': rng.pick(['application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded']), ...authorization(rng) }, body) });
  }
  cases.push({ name: 'teams 1.2 MB body', bytes: request('POST', PATH, { 'Content-Type': 'application/json' }, JSON.stringify(personalMessage(connectorUrl, 'x'.repeat(1_200_000)))), mayClose: 'the server answers 413 and closes while the client may still be sending' });
  return cases;
}

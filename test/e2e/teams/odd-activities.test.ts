import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_QUESTION_CHARS } from '../../../bot/input-limits.ts';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { BOT, cardAction, personalMessage } from './support/activities.ts';
import { cardOf, messages, textOf } from './support/cards.ts';

/**
 * Activities Teams itself never sends, through the real CloudAdapter: each answered below 500 with a clear status
 * (400 for what cannot be an activity), nothing sent to the connector, and the adapter still answering after.
 */
let h: Harness;
useTeamsHarness((x) => (h = x));

const raw = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${h.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('bodies that are not activities get a 400 and reach nothing', () => {
  const base = () => personalMessage(h.connector.url, 'help');
  const cases: [string, () => string][] = [
    ['{}', () => '{}'],
    ['null', () => 'null'],
    ['an array', () => '[]'],
    ['a string', () => '"message"'],
    ['type only', () => '{"type":"message"}'],
    ['no serviceUrl', () => JSON.stringify({ ...base(), serviceUrl: undefined })],
    ['a serviceUrl that is not a URL', () => JSON.stringify({ ...base(), serviceUrl: 'not a url' })],
    ['a serviceUrl that is not http(s)', () => JSON.stringify({ ...base(), serviceUrl: 'file:///etc/passwd' })],
    ['conversation as a string', () => JSON.stringify({ ...base(), conversation: 'a:1' })],
    ['from=null', () => JSON.stringify({ ...base(), from: null })],
    ['recipient without an id', () => JSON.stringify({ ...base(), recipient: { name: 'x' } })],
    ['entities=[null]', () => JSON.stringify({ ...base(), entities: [null] })],
    ['text as an object', () => JSON.stringify({ ...base(), text: { a: 1 } })],
    ['timestamp as a number', () => JSON.stringify({ ...base(), timestamp: 5 })],
    ['membersAdded as an object', () => JSON.stringify({ ...base(), type: 'conversationUpdate', membersAdded: { id: BOT.id } })],
    ['invalid UTF-8', () => Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]).toString('latin1')],
  ];
  for (const [name, body] of cases) {
    it(name, async () => {
      const before = h.connector.calls.length;
      const res = await raw(body());
      expect(res.status).toBe(400);
      expect(h.connector.calls.length).toBe(before);
    });
  }
});

describe('activities the bot does not serve, or cannot place', () => {
  it('an invoke it does not implement: 400 (not a 5xx), nothing sent', async () => {
    const res = await h.post({ ...personalMessage(h.connector.url, ''), type: 'invoke', name: 'composeExtension/query', value: {} });
    expect(res.status).toBe(400);
  });

  it('an adaptiveCard/action without a value: a BadRequest invoke response', async () => {
    const res = await h.post({ ...cardAction(h.connector.url, 'ap.choice', {}, 'x'), value: undefined });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  it('a message without a tenant: told so, not a 5xx', async () => {
    const before = h.connector.calls.length;
    const res = await h.post({ ...personalMessage(h.connector.url, 'help'), conversation: { id: 'a:no-tenant', conversationType: 'personal' }, channelData: {} });
    expect(res.status).toBe(200);
    expect(h.connector.calls.length).toBeGreaterThan(before);
  });

  it('a typing indicator or reaction is accepted and ignored', async () => {
    for (const type of ['typing', 'messageReaction', 'installationUpdate']) expect((await h.post({ ...personalMessage(h.connector.url, ''), type })).status).toBe(200);
  });
});

describe('limits and logs', () => {
  it(`a message over ${MAX_QUESTION_CHARS} characters gets a polite refusal card, before any work`, async () => {
    const before = messages(h.connector.calls).length;
    const res = await h.post(personalMessage(h.connector.url, `what is ${'really '.repeat(7_000)}open-weight?`));
    expect(res.status).toBe(200);
    const sent = messages(h.connector.calls).slice(before);
    expect(sent).toHaveLength(1);
    expect(textOf(cardOf(sent[0]!.body))).toMatch(/characters long; I can read up to 40,000/);
    // No typing indicator: nothing was started for it.
    expect(h.connector.calls.slice(-2).some((c) => c.body.type === 'typing')).toBe(false);
  });

  it('GET /downloads/ with broken escapes is a 404 like any bad link', async () => {
    for (const token of ['%', '%E0%A4%A', '%ED%A0%80', 'a%zz.b']) {
      const res = await fetch(`${h.baseUrl}/downloads/${token}`);
      expect(res.status, token).toBe(404);
    }
  });
});

describe('a token that fails Bot Framework authentication', () => {
  let authed: Harness;
  const spies: ReturnType<typeof vi.spyOn>[] = [];
  useTeamsHarness((x) => (authed = x), { env: { TEAMS_ALLOW_UNAUTHENTICATED: 'false', MICROSOFT_APP_ID: '00000000-0000-0000-0000-00000000b07a', MICROSOFT_APP_PASSWORD: 'test-app-password-not-real' } });
  afterEach(() => spies.splice(0).forEach((s) => s.mockRestore()));

  it('is a 401 and one JSON line at debug: no stack trace on the console', async () => {
    spies.push(vi.spyOn(console, 'error').mockImplementation(() => undefined), vi.spyOn(console, 'warn').mockImplementation(() => undefined));
    const before = authed.logs.lines.length;
    const res = await authed.post(personalMessage(authed.connector.url, 'help'), { authorization: 'Bearer not-a-jwt' });
    expect(res.status).toBe(401);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    const lines = authed.logs.lines.slice(before);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 20, msg: 'http request refused', path: '/api/messages', status: 401, cause: expect.stringMatching(/Unauthorized|token/i) });
    expect(JSON.stringify(lines[0])).not.toMatch(/\n\s+at /);
    expect(authed.connector.calls).toHaveLength(0);
  });
});

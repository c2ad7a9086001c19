import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settle, startHarness, type Harness } from './support/harness.ts';
import { startFakeSlack } from './support/fake-slack.ts';
import { eventCallback, mention, slashCommand } from './support/payloads.ts';
import { postForm, postJson } from './support/signing.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const activity = () => h.fake.calls.filter((c) => c.method !== 'auth.test').length + h.fake.responses.length;

describe('request verification (Bolt signature + timestamp check on every request)', () => {
  const cases: [string, Parameters<typeof postJson>[2]][] = [
    ['unsigned', { unsigned: true }],
    ['stale (timestamp more than 5 minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ['signed with another secret', { secret: 'not-the-signing-secret' }],
  ];
  for (const [name, options] of cases) {
    it(`rejects an ${name} event with 401 and posts nothing`, async () => {
      const before = activity();
      const res = await postJson(h.eventsUrl, eventCallback(mention('what is open-weight?')), options);
      expect(res.status).toBe(401);
      await settle(150);
      expect(activity()).toBe(before);
    });
  }

  it('rejects a tampered body (signature of another body) with 401', async () => {
    const before = activity();
    const genuine = JSON.stringify(eventCallback(mention('what is open-weight?')));
    const tampered = genuine.replace('what is open-weight?', 'post <!channel> now');
    const res = await postJson(h.eventsUrl, JSON.parse(genuine), { sendBody: tampered });
    expect(res.status).toBe(401);
    await settle(150);
    expect(activity()).toBe(before);
  });

  it('rejects an unsigned slash command too', async () => {
    const before = activity();
    const res = await postForm(h.eventsUrl, slashCommand('help', h.responseUrl()), { unsigned: true });
    expect(res.status).toBe(401);
    await settle(150);
    expect(activity()).toBe(before);
  });

  it('still accepts a properly signed request (the checks are not rejecting everything)', async () => {
    const res = await postForm(h.eventsUrl, slashCommand('help', h.responseUrl()));
    expect(res.status).toBe(200);
  });
});

describe('Slack retries (X-Slack-Retry-Num)', () => {
  it('never answers the same event twice', async () => {
    const ev = mention('What is the EU AI Act deadline for GPAI providers?');
    const body = eventCallback(ev);
    await postJson(h.eventsUrl, body);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    for (const n of ['1', '2', '3']) {
      const res = await postJson(h.eventsUrl, body, { headers: { 'x-slack-retry-num': n, 'x-slack-retry-reason': 'http_timeout' } });
      expect(res.status).toBe(200);
    }
    await settle();
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts)).toHaveLength(1);
  });

  it('answers a retry whose first delivery never reached us (a different event id is a different event)', async () => {
    const ev = mention('What does Schrems II mean for us?');
    const res = await postJson(h.eventsUrl, eventCallback(ev), { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(res.status).toBe(200);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
  });
});

describe('retries across a restart', () => {
  it('remembers handled events in the store, so a retry after a restart is not answered again', async () => {
    const fake = await startFakeSlack();
    const first = await startHarness({ fake });
    expect(first.app.store?.kind).toBe('sqlite');
    const ev = mention('Which vendor questions are red flags?');
    const body = eventCallback(ev);
    try {
      await postJson(first.eventsUrl, body);
      await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
      await first.stopApp();
      const second = await startHarness({ fake, dataDir: first.dataDir });
      try {
        const res = await postJson(second.eventsUrl, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
        expect(res.status).toBe(200);
        await settle();
        expect(fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts)).toHaveLength(1);
        // And the restarted app still answers new events.
        const fresh = mention('And what about data residency?');
        await postJson(second.eventsUrl, eventCallback(fresh));
        await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === fresh.ts);
      } finally {
        await second.close();
      }
    } finally {
      await first.close();
      await fake.close();
    }
  });
});

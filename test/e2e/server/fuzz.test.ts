import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealServer, type RealServer } from '../../helpers/real-server.ts';
import { startFakeSlack, type FakeSlack } from '../slack/support/fake-slack.ts';
import { eventCallback, mention } from '../slack/support/payloads.ts';
import { SIGNING_SECRET, postJson } from '../slack/support/signing.ts';
import { FakeConnector } from '../teams/support/fake-connector.ts';
import { personalMessage } from '../teams/support/activities.ts';
import { Rng } from './support/rng.ts';
import { sendRaw, type RawResult } from './support/raw-http.ts';
import { rawCases } from './support/fuzz-raw.ts';
import { slackCases } from './support/fuzz-slack.ts';
import { teamsCases } from './support/fuzz-teams.ts';
import type { FuzzCase } from './support/fuzz-case.ts';

/**
 * The real process (`ai-procurement start`, Slack over HTTP and Teams both configured, their far sides faked on
 * loopback) under at least 1,000 generated malformed requests: broken request lines and headers, bad encodings and
 * percent escapes, huge and odd bodies, Slack events, commands and interactions signed and unsigned, Teams
 * activities. Reproducible: the generator is seeded (SEED below; a failure names the seed and the case).
 */
const SEED = 20_251_001;
const CONCURRENCY = 24;

let server: RealServer | undefined;
let fake: FakeSlack | undefined;
let connector: FakeConnector | undefined;

beforeAll(async () => {
  fake = await startFakeSlack();
  connector = new FakeConnector();
  await connector.start();
  server = await startRealServer({
    SLACK_BOT_TOKEN: 'xoxb-FAKE',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    PUBLIC_BASE_URL: 'https://bot.example.test',
    DOWNLOAD_SIGNING_SECRET: 'fuzz-download-secret-not-real',
  }, { prefix: 'server-fuzz-' });
});

afterAll(async () => {
  await server?.stop();
  await connector?.close();
  await fake?.close();
});

async function runAll(port: number, cases: FuzzCase[]): Promise<{ c: FuzzCase; r: RawResult }[]> {
  const results: { c: FuzzCase; r: RawResult }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      results.push({ c, r: await sendRaw(port, c.bytes, { halfClose: c.halfClose }) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

describe('the real server under malformed requests', () => {
  it('stays up, answers every request below 500, and still serves afterwards', async () => {
    const s = server!;
    const rng = new Rng(SEED);
    const cases = [...rawCases(rng, 250), ...slackCases(rng, fake!.url, 650), ...teamsCases(rng, connector!.url, 300)];
    expect(cases.length).toBeGreaterThanOrEqual(1_000);

    const started = Date.now();
    const results = await runAll(s.port, cases);
    const elapsed = Date.now() - started;

    const failures = results
      .filter(({ c, r }) => (r.status === 0 ? !c.mayClose : r.status < 200 || r.status >= 500))
      .map(({ c, r }) => `${c.name}: ${r.status === 0 ? 'no answer' : r.status}`);
    expect(failures, `seed ${SEED}`).toEqual([]);
    expect(s.alive(), s.stderr().slice(-2_000)).toBe(true);

    // The last-resort handler never had to act: every class of input was handled where it arrives.
    const lines = s.logLines();
    expect(lines.filter((l) => /uncaught|unhandled/.test(String(l.msg)))).toEqual([]);
    expect(lines.filter((l) => Number(l.level) >= 50).map((l) => l.msg)).toEqual([]);
    // Megabyte bodies and texts did not become megabytes of log.
    expect(Math.max(...s.stderr().split('\n').map((l) => l.length))).toBeLessThan(20_000);

    // Liveness, readiness, and a real question still answered in both transports.
    expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
    expect((await fetch(`${s.baseUrl}/readyz`)).status).toBe(200);
    const ev = mention('What is an open-weight model?');
    expect((await postJson(`${s.baseUrl}/slack/events`, eventCallback(ev))).status).toBe(200);
    await fake!.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts, 10_000);
    const teams = await fetch(`${s.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector!.url, 'help')) });
    expect(teams.status).toBe(200);

    const statuses = new Map<number, number>();
    for (const { r } of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    console.info(`fuzz: ${cases.length} requests in ${elapsed} ms (seed ${SEED}); statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  }, 120_000);
});

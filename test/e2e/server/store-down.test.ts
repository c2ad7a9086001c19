import Database from 'better-sqlite3';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STORE_DEGRADED_NOTE } from '../../../bot/errors.ts';
import { startRealServer, type RealServer } from '../../helpers/real-server.ts';
import { TcpProxy } from '../../helpers/tcp-proxy.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from '../../adapters/storage/pg-helpers.ts';
import { startFakeSlack, type FakeSlack } from '../slack/support/fake-slack.ts';
import { eventCallback, mention } from '../slack/support/payloads.ts';
import { SIGNING_SECRET, postJson } from '../slack/support/signing.ts';
import { FakeConnector } from '../teams/support/fake-connector.ts';
import { personalMessage } from '../teams/support/activities.ts';

/**
 * The real process with its database taken away while it runs: PostgreSQL behind a proxy that goes down (closed
 * port) or drops every packet (a partition), and SQLite whose write lock another process holds. Questions are
 * still answered, with one line saying feedback and history are unavailable; no call waits past
 * DATABASE_TIMEOUT_MS for long; /healthz stays 200 while /readyz says 503; and all of it heals.
 */
const TIMEOUT_MS = 400;
const NOTE = 'feedback and history are unavailable';

let fake: FakeSlack;
let connector: FakeConnector;
let server: RealServer | undefined;
beforeAll(async () => {
  fake = await startFakeSlack();
  connector = new FakeConnector();
  await connector.start();
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
});
afterAll(async () => {
  await connector.close();
  await fake.close();
});

const transports = () => ({
  SLACK_BOT_TOKEN: 'xoxb-FAKE',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: fake.apiUrl,
  TEAMS_ALLOW_UNAUTHENTICATED: 'true',
  DATABASE_TIMEOUT_MS: String(TIMEOUT_MS),
});

/** Asks in Slack; resolves with the bot's answer in the thread (all of its blocks as text) and how long it took. */
async function askSlack(s: RealServer, question: string): Promise<{ text: string; ms: number }> {
  const ev = mention(question);
  const started = Date.now();
  expect((await postJson(`${s.baseUrl}/slack/events`, eventCallback(ev))).status).toBe(200);
  const call = await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts, 15_000);
  return { text: JSON.stringify(call.args), ms: Date.now() - started };
}

/** Asks in a Teams personal chat; resolves with the answer card as text. */
async function askTeams(s: RealServer, question: string): Promise<string> {
  const before = connector.calls.length;
  const res = await fetch(`${s.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, question)) });
  expect(res.status).toBe(200);
  const answer = connector.calls.slice(before).find((c) => JSON.stringify(c.body).includes('application/vnd.microsoft.card.adaptive'));
  expect(answer, 'no card sent').toBeDefined();
  return JSON.stringify(answer!.body);
}

async function readiness(s: RealServer): Promise<{ status: number; body: { ready: boolean; checks: Record<string, unknown> } }> {
  const res = await fetch(`${s.baseUrl}/readyz`);
  return { status: res.status, body: (await res.json()) as { ready: boolean; checks: Record<string, unknown> } };
}

const pgUp = await postgresReachable();
describe.runIf(pgUp)('PostgreSQL taken away from a running server', () => {
  const schema = `store_down_${process.pid}_${Date.now()}`;
  let proxy: TcpProxy;
  beforeAll(async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    await client.query(`CREATE SCHEMA ${schema}`);
    await client.end();
    const target = new URL(TEST_PG_URL);
    proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.start();
  });
  afterAll(async () => {
    await proxy.close();
    await dropSchema(schema);
  });

  it('answers with a note while the port is closed and while the network drops everything, and heals', async () => {
    const url = new URL(TEST_PG_URL);
    url.port = String(proxy.port);
    url.searchParams.set('options', `-c search_path=${schema}`);
    server = await startRealServer({ ...transports(), DATABASE_URL: url.toString() }, { prefix: 'store-down-pg-' });
    expect((await readiness(server)).status).toBe(200);
    expect((await askSlack(server, 'What is an open-weight model?')).text).not.toContain(NOTE);

    // Down: the port refuses and open connections are reset.
    await proxy.close();
    const down = await askSlack(server, 'What does the EU AI Act say about GPAI providers?');
    expect(down.text).toContain(NOTE);
    expect(await askTeams(server, 'What is a DPA?')).toContain(NOTE);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200);
    const notReady = await readiness(server);
    expect(notReady).toEqual({ status: 503, body: { ready: false, checks: { store: 'unreachable', index: true } } });

    // Healed: ready again, and the next answer has no note (its retry claim is a write that succeeded).
    await proxy.start();
    await expect.poll(async () => (await readiness(server!)).status, { timeout: 10_000 }).toBe(200);
    expect((await askSlack(server, 'Which vendor questions are red flags?')).text).not.toContain(NOTE);

    // Partition: connections stay open but nothing comes back. Turns are bounded by the timeout, not hung.
    proxy.partition();
    const started = Date.now();
    const partitioned = await askSlack(server, 'What is the cost crossover for self-hosting?');
    expect(partitioned.text).toContain(NOTE);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 6 + 3_000);
    const probe = Date.now();
    expect((await readiness(server)).status).toBe(503);
    expect(Date.now() - probe).toBeLessThan(TIMEOUT_MS * 2 + 1_000);
    expect(server.alive()).toBe(true);

    await proxy.close();
    await proxy.start();
    await expect.poll(async () => (await readiness(server!)).status, { timeout: 10_000 }).toBe(200);
    // Nothing the outage did reached the log as text from the users.
    expect(server.stderr()).not.toContain('cost crossover');
  }, 90_000);
});

describe('SQLite whose write lock another process holds', () => {
  it('answers with a note, then without it once the lock is released', async () => {
    server = await startRealServer({ ...transports() }, { prefix: 'store-down-sqlite-' });
    // serverWorkdir's DATABASE_URL: store.db in the server's working directory.
    const other = new Database(join(server.workDir, 'store.db'));
    try {
      other.exec('BEGIN IMMEDIATE');
      other.exec("INSERT INTO processed_events (platform, tenant, event_key, claimed_at) VALUES ('test', 'lock', 'held', 'now')");
      const locked = await askSlack(server, 'What is an open-weight model?');
      expect(locked.text).toContain(NOTE);
      expect(locked.text).toContain(STORE_DEGRADED_NOTE.slice(0, 40));
      other.exec('ROLLBACK');
    } finally {
      other.close();
    }
    // The breaker's cooldown passes, the next retry claim writes, and the note is gone.
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 100));
    expect((await askSlack(server, 'What does the Llama 4 licence require?')).text).not.toContain(NOTE);
    expect((await readiness(server)).status).toBe(200);
  }, 60_000);
});

import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../bot/logger.ts';
import { SLACK_JOBS } from '../../../adapters/slack/jobs.ts';
import { LogCapture } from '../support/log-capture.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from '../../adapters/storage/pg-helpers.ts';
import { eventually, settle, startHarness, type Harness } from './support/harness.ts';
import { startFakeSlack, type FakeSlack } from './support/fake-slack.ts';
import { installApp, oauthFixture } from './support/install.ts';
import { eventCallback, mention } from './support/payloads.ts';
import { postJson } from './support/signing.ts';

/**
 * OAuth mode through the durable queue: the replica that takes the events (and acks them) runs no workers, so every
 * question is answered by ANOTHER replica's worker, which never saw the request and has no token of its own. It
 * must read each job's workspace installation when the job runs and answer with that workspace's token; the job
 * holds ids only. A workspace uninstalled while its question waits is not answered at all. On SQLite (the jobs
 * table, shared file) and on PostgreSQL (pg-boss; skipped loudly when 127.0.0.1:5432 is unreachable).
 */
const { app: OAUTH_APP, env: OAUTH_ENV } = oauthFixture('3333.4444-fake');
const QUESTION = 'What does the Llama 4 licence require us to display?';

const tokenOf = (fake: FakeSlack, team: string) => [...(fake.oauth?.tokens ?? [])].find(([, o]) => o.team === team)?.[0];

const pgUp = await postgresReachable();
interface Backend {
  name: string;
  skip: boolean;
  databaseUrl: (dataDir: string, schema: string) => string;
  /** Every queued job's data as stored, to prove no token is kept in it. */
  storedJobData: (dataDir: string, schema: string) => Promise<string[]>;
  /** Whether an uninstall deletes the workspace's queued jobs (the store's table) or a worker drops them (pg-boss). */
  deletesJobs: boolean;
  prepare?: (schema: string) => Promise<void>;
  cleanup?: (schema: string) => Promise<void>;
}
const backends: Backend[] = [
  {
    name: 'SQLite (jobs table)',
    skip: false,
    deletesJobs: true,
    databaseUrl: (dataDir) => `sqlite://${join(dataDir, 'state.db')}`,
    storedJobData: async (dataDir) => {
      const db = new Database(join(dataDir, 'state.db'), { readonly: true });
      try {
        return (db.prepare('SELECT data_json FROM jobs').all() as { data_json: string }[]).map((r) => r.data_json);
      } finally {
        db.close();
      }
    },
  },
  {
    name: 'PostgreSQL (pg-boss)',
    skip: !pgUp,
    deletesJobs: false,
    databaseUrl: (_dataDir, schema) => {
      const url = new URL(TEST_PG_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      return url.toString();
    },
    storedJobData: async (_dataDir, schema) => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        return (await client.query<{ data: unknown }>(`SELECT data FROM ${schema}_pgboss.job`)).rows.map((r) => JSON.stringify(r.data));
      } finally {
        await client.end();
      }
    },
    prepare: async (schema) => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      await client.query(`CREATE SCHEMA ${schema}`).finally(() => client.end());
    },
    cleanup: async (schema) => {
      await dropSchema(`${schema}_pgboss`);
      await dropSchema(schema);
    },
  },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`Slack OAuth through the queue on ${backend.name}`, () => {
    let fake: FakeSlack;
    let front: Harness | undefined;
    let worker: Harness | undefined;
    const dataDir = mkdtempSync(join(tmpdir(), 'ap-oauth-queue-'));
    const schema = `aip_oq_${randomBytes(4).toString('hex')}`;
    const logs = new LogCapture();

    beforeAll(async () => {
      await backend.prepare?.(schema);
      fake = await startFakeSlack({ oauth: OAUTH_APP });
      const env = { ...OAUTH_ENV, DATABASE_URL: backend.databaseUrl(dataDir, schema) };
      front = await startHarness({ fake, dataDir, env });
      // This replica acknowledges and queues; it answers nothing itself.
      await front.app.jobs?.drain(0);
      for (const team of ['T0QAA', 'T0QBB', 'T0QCC']) {
        const done = await installApp(front.baseUrl, fake, { team });
        expect(done.status, done.page).toBe(200);
      }
    }, 60_000);
    afterAll(async () => {
      await worker?.close();
      await front?.close();
      await fake?.close();
      await backend.cleanup?.(schema);
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('answers each queued question on another replica with its own workspace\'s token, and drops an uninstalled workspace\'s', async () => {
      const h = front!;
      const tokenA = tokenOf(fake, 'T0QAA');
      const tokenB = tokenOf(fake, 'T0QBB');
      expect(tokenA && tokenB && tokenA !== tokenB).toBe(true);
      for (const [team, channel] of [['T0QAA', 'C0QAA'], ['T0QBB', 'C0QBB'], ['T0QCC', 'C0QCC']] as const) {
        const res = await postJson(h.eventsUrl, eventCallback(mention(QUESTION, { channel }), undefined, team));
        expect(res.status).toBe(200);
      }
      // Queued, acknowledged, and nothing answered yet: the front replica runs no workers.
      await eventually(async () => expect((await h.app.jobs!.list({ state: 'queued' })).filter((j) => j.kind === SLACK_JOBS.question)).toHaveLength(3), 10_000);
      await settle(300);
      expect(fake.of('chat.postMessage')).toEqual([]);
      // The jobs hold ids (team, channel, user) and the question, never a token.
      const stored = await backend.storedJobData(dataDir, schema);
      expect(stored.length).toBeGreaterThanOrEqual(3);
      for (const data of stored) {
        expect(data).not.toMatch(/xox[a-z]-/);
        for (const token of fake.oauth!.issued) expect(data).not.toContain(token);
      }
      expect(stored.some((d) => d.includes('T0QAA'))).toBe(true);

      // Workspace C uninstalls while its question waits.
      const gone = await postJson(h.eventsUrl, eventCallback({ type: 'app_uninstalled' }, undefined, 'T0QCC'));
      expect(gone.status).toBe(200);
      fake.oauth!.revoke('T0QCC');
      await eventually(async () => expect(await h.app.store.findInstallation({ platform: 'slack', teamId: 'T0QCC', isEnterpriseInstall: false })).toBeUndefined(), 10_000);
      const stillQueued = (await h.app.jobs!.list({ state: 'queued' })).length;
      expect(stillQueued).toBe(backend.deletesJobs ? 2 : 3);

      // Another replica, same database and Slack, no request of its own: its workers take the queued jobs.
      worker = await startHarness({ fake, dataDir, env: { ...OAUTH_ENV, DATABASE_URL: backend.databaseUrl(dataDir, schema) }, logger: createLogger({ level: 'info', destination: logs }) });
      for (const [channel, token] of [['C0QAA', tokenA], ['C0QBB', tokenB]] as const) {
        const posted = await fake.waitFor('chat.postMessage', (c) => c.args.channel === channel, 30_000);
        expect(posted.token).toBe(token);
        expect(posted.result?.ok).toBe(true);
        expect(JSON.stringify(posted.args)).toMatch(/Llama/);
      }
      // Workspace C: nothing posted with any token (its job was deleted with its data, or finds no installation).
      await eventually(async () => expect(await worker!.app.jobs!.list({ state: 'queued' })).toEqual([]), 15_000);
      await settle(500);
      expect(fake.of('chat.postMessage').filter((c) => c.args.channel === 'C0QCC')).toEqual([]);
      const dropped = logs.lines.filter((l) => l.msg === 'slack job dropped: its workspace has no installation');
      expect(dropped.map((l) => l.team)).toEqual(backend.deletesJobs ? [] : ['T0QCC']);
      expect(fake.calls.filter((c) => c.result?.error === 'invalid_auth')).toEqual([]);
      expect(await worker.app.jobs!.list({ state: 'dead' })).toEqual([]);
      // No token in any log line of the replica that answered.
      for (const token of fake.oauth!.issued) expect(JSON.stringify(logs.lines)).not.toContain(token);
    }, 90_000);
  });
}

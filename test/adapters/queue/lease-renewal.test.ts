import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../adapters/storage/store.ts';
import { createStoreQueue } from '../../../adapters/queue/store-queue.ts';
import { createPgBossQueue } from '../../../adapters/queue/pg-boss-queue.ts';
import type { JobQueue } from '../../../bot/jobs.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from '../storage/pg-helpers.ts';

/**
 * A job that runs longer than its lease is renewed, not run twice: two queues (two "replicas") share one database,
 * and a job whose handler takes three leases runs once and ends done. Without the renewal the other replica (or
 * the same one) takes it again once the first lease runs out. Through each backend: the store's table on SQLite
 * and on PostgreSQL, and pg-boss (both skipped loudly when 127.0.0.1:5432 is unreachable).
 */
const LEASE_SECONDS = 2;
const HANDLER_MS = 3 * LEASE_SECONDS * 1000;
const SCOPE = { platform: 'slack', tenant: 'T0LEASE' };
const NO_METRICS = { jobFailed: () => undefined, jobDeadLettered: () => undefined };

const pgUp = await postgresReachable();

interface Opened {
  queues: [JobQueue, JobQueue];
  close(): Promise<void>;
}

/** Two store queues, one on each store (the same one twice is two pools on one connection). */
const storeQueues = (stores: [Store, Store], cleanup: () => Promise<void>): Opened => {
  const open = (store: Store) => createStoreQueue({ store, logger: silentLogger(), metrics: NO_METRICS, leaseSeconds: LEASE_SECONDS, pollMs: 50 });
  return {
    queues: [open(stores[0]), open(stores[1])],
    async close() {
      for (const s of new Set(stores)) await s.close();
      await cleanup();
    },
  };
};

const backends: { name: string; skip: boolean; open: () => Promise<Opened> }[] = [
  {
    name: 'the store queue on SQLite',
    skip: false,
    open: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'aip-lease-'));
      const store = await createStore(`sqlite://${join(dir, 'state.db')}`);
      // Two pools on one connection: two SQLite connections in one process would block its event loop on each
      // other's write lock (better-sqlite3 waits synchronously), which two real processes never do.
      return storeQueues([store, store], async () => rmSync(dir, { recursive: true, force: true }));
    },
  },
  {
    name: 'the store queue on PostgreSQL',
    skip: !pgUp,
    open: async () => {
      const schema = `aip_lease_${randomBytes(4).toString('hex')}`;
      // One store each, as two processes would have.
      const open = () => createStore(TEST_PG_URL, { schema });
      return storeQueues([await open(), await open()], () => dropSchema(schema));
    },
  },
  {
    name: 'pg-boss',
    skip: !pgUp,
    open: async () => {
      const schema = `aip_lease_${randomBytes(4).toString('hex')}_pgboss`;
      const open = () => createPgBossQueue({ connectionString: TEST_PG_URL, schema, logger: silentLogger(), metrics: NO_METRICS, leaseSeconds: LEASE_SECONDS, timeoutMs: 2_000, pollMs: 50 });
      const queues: [JobQueue, JobQueue] = [await open(), await open()];
      return {
        queues,
        async close() {
          for (const q of queues) await q.close();
          await dropSchema(schema);
        },
      };
    },
  },
];

const until = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

let opened: Opened | undefined;
afterEach(async () => {
  for (const q of opened?.queues ?? []) await q.drain(0);
  await opened?.close();
  opened = undefined;
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`lease renewal through ${backend.name}`, () => {
    it('runs a job that outlives its lease three times over exactly once, on one replica, and ends it done', async () => {
      opened = await backend.open();
      const [a, b] = opened.queues;
      const runs: { replica: string; attempt: number }[] = [];
      for (const [replica, q] of [['a', a], ['b', b]] as const) {
        q.handle('test.long', async (job) => {
          runs.push({ replica, attempt: job.attempt });
          await new Promise((r) => setTimeout(r, HANDLER_MS));
        });
        await q.start();
      }
      expect(await a.enqueue('test.long', `long-${randomBytes(4).toString('hex')}`, {}, SCOPE)).toBe(true);
      // Until the job is settled, or a second run shows the lease was lost (without renewal: about one lease in).
      const settled = async () => (await a.list({})).some((j) => j.state === 'done' || j.state === 'dead');
      await until(async () => runs.length > 1 || (await settled()), HANDLER_MS + 8_000);
      expect(runs).toEqual([{ replica: expect.any(String), attempt: 1 }]);
      expect((await a.list({})).map((j) => j.state)).toEqual(['done']);
    }, 20_000);
  });
}

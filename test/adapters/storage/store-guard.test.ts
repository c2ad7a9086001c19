import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../../adapters/storage/store.ts';
import { TcpProxy } from '../../helpers/tcp-proxy.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from './pg-helpers.ts';

/**
 * DATABASE_TIMEOUT_MS on every call, against real databases made unavailable: no call waits much past the timeout,
 * every failure is store_unavailable, a database that just failed is not waited on again by every caller (the
 * breaker fails fast for a moment), and the store works again once the database does.
 */
const TIMEOUT = 300;
const scope = { platform: 'slack', tenant: 'T1' };

async function timed(p: Promise<unknown>): Promise<{ ms: number; err?: unknown }> {
  const started = Date.now();
  try {
    await p;
    return { ms: Date.now() - started };
  } catch (err) {
    return { ms: Date.now() - started, err };
  }
}

describe('SQLite with its write lock held by another connection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aip-guard-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fails writes after the timeout, fails fast for the cooldown, then recovers', async () => {
    const file = join(dir, 'g.db');
    const store = await createStore(`sqlite://${file}`, { timeoutMs: TIMEOUT });
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      other.exec("INSERT INTO processed_events (platform, tenant, event_key, claimed_at) VALUES ('x', 'y', 'z', 't')");
      const write = await timed(store.claimEvent('slack', 'T1', 'e1'));
      expect(write.err).toMatchObject({ code: 'store_unavailable' });
      expect(write.ms).toBeGreaterThanOrEqual(TIMEOUT - 50);
      expect(write.ms).toBeLessThan(TIMEOUT * 3);
      // The breaker: the next call does not wait again.
      const next = await timed(store.listRuns(scope));
      expect(next.err).toMatchObject({ code: 'store_unavailable' });
      expect(next.ms).toBeLessThan(50);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    await new Promise((r) => setTimeout(r, TIMEOUT + 50));
    expect(await store.claimEvent('slack', 'T1', 'e1')).toBe(true);
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });
});

const pgUp = await postgresReachable();
describe.runIf(pgUp)('PostgreSQL behind a proxy', () => {
  const schema = `guard_${process.pid}_${Date.now()}`;
  const target = new URL(TEST_PG_URL);
  const proxy = new TcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  afterAll(async () => {
    await proxy.close();
    await dropSchema(schema);
  });

  it('bounds every call when the network drops everything and when the port is closed, then recovers', async () => {
    await proxy.start();
    const url = new URL(TEST_PG_URL);
    url.port = String(proxy.port);
    const store = await createStore(url.toString(), { schema, timeoutMs: TIMEOUT });
    expect(await store.claimEvent('slack', 'T1', 'before')).toBe(true);

    proxy.partition();
    for (const call of [() => store.listRuns(scope), () => store.claimEvent('slack', 'T1', 'during'), () => store.recordChecklistAnswer({ ...scope, channel: 'C1' }, 'Acme', { questionId: 'q1', status: 'concern', answeredBy: { id: 'U1' }, answeredAt: new Date().toISOString() })]) {
      const r = await timed(call());
      expect(r.err).toMatchObject({ code: 'store_unavailable' });
      expect(r.ms).toBeLessThan(TIMEOUT * 3 + 500);
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT + 50));
    }

    await proxy.close();
    const refused = await timed(store.ping());
    expect(refused.err).toMatchObject({ code: 'store_unavailable' });
    expect(refused.ms).toBeLessThan(TIMEOUT * 3 + 500);

    await proxy.start();
    await expect.poll(() => store.ping().then(() => 'up', () => 'down'), { timeout: 5_000, interval: 100 }).toBe('up');
    expect(await store.claimEvent('slack', 'T1', 'after')).toBe(true);
    await store.close();
  }, 30_000);
});

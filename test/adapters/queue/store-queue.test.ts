import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../adapters/storage/store.ts';
import { createStoreQueue } from '../../../adapters/queue/store-queue.ts';
import { AlreadyDelivered, JOB_RETRY, type JobQueue } from '../../../bot/jobs.ts';
import { createLogger } from '../../../bot/logger.ts';
import { runCli } from '../../helpers/cli.ts';

/**
 * The SQLite queue end to end: the real store file, the shared worker pool, real handlers. Retries with backoff,
 * the dead letter (logged and counted), an already-delivered run, the drain at shutdown, and the `jobs` command
 * an operator runs against the same file.
 */
/** The workspace every test job comes from. */
const SCOPE = { platform: 'slack', tenant: 'T0QUEUE' };
let dir: string;
let store: Store | undefined;
let queue: JobQueue | undefined;
afterEach(async () => {
  await queue?.drain(1_000);
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
  queue = store = undefined;
});

function logCapture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  const lines = () => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { logger: createLogger({ level: 'info', destination: stream }), lines };
}

async function open(leaseSeconds = 30) {
  dir = mkdtempSync(join(tmpdir(), 'aip-queue-'));
  store = await createStore(`sqlite://${join(dir, 'state.db')}`);
  const log = logCapture();
  const counted = { failed: [] as string[], dead: [] as string[] };
  queue = createStoreQueue({ store, logger: log.logger, leaseSeconds, pollMs: 50, metrics: { jobFailed: (k) => counted.failed.push(k), jobDeadLettered: (k) => counted.dead.push(k) } });
  return { log, counted, queue, store, url: `sqlite://${join(dir, 'state.db')}` };
}

const until = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe('the SQLite job queue', () => {
  it('runs a job once per key, retries a failing one with growing delays, then dead-letters it (log, metric, `jobs failed`, `jobs retry`)', async () => {
    const { log, counted, queue: q, url } = await open();
    const runs: { key: string; attempt: number; at: number }[] = [];
    q.handle('test.flaky', async (job) => {
      runs.push({ key: job.key, attempt: job.attempt, at: Date.now() });
      if ((job.data as { fail: boolean }).fail) throw new Error('the far side said no');
    });
    await q.start();
    expect(await q.enqueue('test.flaky', 'ok-1', { fail: false }, SCOPE)).toBe(true);
    expect(await q.enqueue('test.flaky', 'ok-1', { fail: false }, SCOPE)).toBe(false);
    expect(await q.enqueue('test.flaky', 'bad-1', { fail: true }, SCOPE)).toBe(true);
    await until(async () => (await q.counts()).dead === 1);
    expect(runs.filter((r) => r.key === 'ok-1')).toHaveLength(1);
    const bad = runs.filter((r) => r.key === 'bad-1');
    expect(bad.map((r) => r.attempt)).toEqual([1, 2, 3].slice(0, JOB_RETRY.attempts));
    // Backoff: 1 s before the second run, 2 s before the third.
    expect(bad[1]!.at - bad[0]!.at).toBeGreaterThanOrEqual(900);
    expect(bad[2]!.at - bad[1]!.at).toBeGreaterThanOrEqual(1_900);
    expect(counted.failed).toEqual(['test.flaky', 'test.flaky', 'test.flaky']);
    expect(counted.dead).toEqual(['test.flaky']);
    const deadLine = log.lines().find((l) => String(l.msg).startsWith('job dead-lettered'));
    expect(deadLine).toMatchObject({ level: 50, kind: 'test.flaky', attempts: 3 });

    // The operator's view, from another process on the same file: the dead letter, without its data.
    const failed = await runCli(['jobs', 'failed', '--json'], { env: { DATABASE_URL: url } });
    expect(failed.code, failed.stderr).toBe(0);
    const listed = JSON.parse(failed.stdout) as { id: string; kind: string; state: string; attempts: number; error?: string }[];
    expect(listed).toEqual([expect.objectContaining({ kind: 'test.flaky', state: 'dead', attempts: 3, error: 'Error: the far side said no' })]);
    expect(failed.stdout).not.toContain('fail');
    const retried = await runCli(['jobs', 'retry', listed[0]!.id], { env: { DATABASE_URL: url } });
    expect(retried.code, retried.stderr).toBe(0);
    expect(retried.stdout).toContain('queued again');
    // One more attempt, which fails again and is dead once more.
    await until(() => runs.filter((r) => r.key === 'bad-1').length === 4);
    await until(async () => (await q.counts()).dead === 1);
    expect((await runCli(['jobs', 'retry', 'no-such-job'], { env: { DATABASE_URL: url } })).code).toBe(1);
    const all = await runCli(['jobs', 'list'], { env: { DATABASE_URL: url } });
    expect(all.stdout).toMatch(/test\.flaky\s+done/);
    expect(all.stdout).toMatch(/test\.flaky\s+dead/);
  }, 60_000);

  it('completes a run whose answer an earlier run delivered, without counting a failure', async () => {
    const { counted, queue: q } = await open();
    let ran = 0;
    q.handle('test.delivered', async () => {
      ran += 1;
      throw new AlreadyDelivered();
    });
    await q.start();
    await q.enqueue('test.delivered', 'd-1', {}, SCOPE);
    await until(async () => ran === 1 && (await q.list({ state: 'done' })).length === 1);
    expect(counted.failed).toEqual([]);
  });

  it('on drain stops taking jobs, lets a running one finish, and hands back one that outlives the grace period', async () => {
    const { queue: q, store: s } = await open();
    const gates: Record<string, () => void> = {};
    const started: string[] = [];
    q.handle('test.slow', (job) => {
      started.push(job.key);
      return new Promise<void>((resolve) => (gates[job.key] = resolve));
    });
    await q.start();
    await q.enqueue('test.slow', 'finishes', {}, SCOPE);
    await q.enqueue('test.slow', 'outlives', {}, SCOPE);
    await until(() => started.length === 2);
    setTimeout(() => gates.finishes!(), 100);
    await q.drain(500);
    await q.enqueue('test.slow', 'after-drain', {}, SCOPE);
    await new Promise((r) => setTimeout(r, 300));
    expect(started).toEqual(['finishes', 'outlives']);
    // 'finishes' is done; 'outlives' went back to the queue for another replica, beside the one queued after the drain.
    expect((await s.listJobs({ state: 'done' })).map((j) => j.kind)).toEqual(['test.slow']);
    expect(await s.countJobs()).toEqual({ queued: 2, active: 0, dead: 0 });
    expect((await s.listJobs({ state: 'queued' })).some((j) => j.error === 'handed back at shutdown')).toBe(true);
    gates.outlives!();
    queue = undefined;
  });
});

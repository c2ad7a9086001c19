import { describe, expect, it } from 'vitest';
import type { JobPolicy, Scope, Store, TakenJob } from '../../../workflows/store.ts';

const A: Scope = { platform: 'slack', tenant: 'T-JOBS-A' };
const POLICY: JobPolicy = { maxAttempts: 2, leaseMs: 10_000 };
const T0 = new Date(Date.UTC(2026, 2, 4, 12, 0, 0));
const at = (s: number) => new Date(T0.getTime() + s * 1000);
let n = 0;
const uid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}-${Math.random().toString(36).slice(2, 6)}`;

/**
 * Part of the Store contract (issue 15): the jobs table the SQLite queue runs on. Called inside storeContract, so
 * both databases meet it (PostgreSQL deployments queue through pg-boss; the table works there too).
 */
export function jobsContract(storeOf: () => Store): void {
  describe('job queue table', () => {
    it('queues a key once, leases each job to one taker, and finishes it', async () => {
      const store = storeOf();
      const key = `k-${uid()}`;
      expect(await store.enqueueJob({ id: uid(), kind: 'test.job', key, data: { question: 'What is DPF?' }, scope: A }, at(0))).toBe(true);
      expect(await store.enqueueJob({ id: uid(), kind: 'test.job', key, data: { question: 'again' }, scope: A }, at(0))).toBe(false);
      const [a, b] = await Promise.all([store.takeJobs(50, POLICY, at(1)), store.takeJobs(50, POLICY, at(1))]);
      const mine = [...a!, ...b!].filter((j) => j.key === key);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ kind: 'test.job', data: { question: 'What is DPF?' }, attempt: 1 });
      await store.finishJob(mine[0]!.id, 1);
      expect((await store.takeJobs(50, POLICY, at(100))).filter((j) => j.key === key)).toEqual([]);
    });

    it('hands a job whose lease ran out (its worker died) to the next taker, and kills it after the last attempt', async () => {
      const store = storeOf();
      const key = `lease-${uid()}`;
      await store.enqueueJob({ id: uid(), kind: 'test.job', key, data: {}, scope: A }, at(200));
      const first = (await store.takeJobs(50, POLICY, at(201))).find((j) => j.key === key)!;
      // Within the lease nobody else gets it; after it, the next taker does, as attempt 2.
      expect((await store.takeJobs(50, POLICY, at(205))).find((j) => j.key === key)).toBeUndefined();
      const second = (await store.takeJobs(50, POLICY, at(212))).find((j) => j.key === key)!;
      expect(second.attempt).toBe(2);
      // The stale worker's outcome changes nothing.
      await store.finishJob(first.id, 1);
      expect((await store.listJobs({ state: 'active', limit: 1000 })).map((j) => j.id)).toContain(second.id);
      // The second worker dies too: the job is dead, not run a third time.
      expect((await store.takeJobs(50, POLICY, at(223))).find((j) => j.key === key)).toBeUndefined();
      const dead = (await store.listJobs({ state: 'dead', limit: 1000 })).find((j) => j.id === second.id);
      expect(dead).toMatchObject({ kind: 'test.job', state: 'dead', attempts: 2, error: 'worker stopped during the last attempt' });
    });

    it('keeps a renewed lease from the next taker, and lets no run renew a job it lost', async () => {
      const store = storeOf();
      const key = `renew-${uid()}`;
      const mine = (jobs: TakenJob[]) => jobs.find((j) => j.key === key);
      await store.enqueueJob({ id: uid(), kind: 'test.job', key, data: {}, scope: A }, at(500));
      const first = mine(await store.takeJobs(50, POLICY, at(501)))!;
      // Renewed before its deadline (511), the lease runs to 518: a taker after the old deadline finds nothing.
      expect(await store.renewJobLease(first.id, 1, POLICY, at(508))).toBe(true);
      expect(mine(await store.takeJobs(50, POLICY, at(515)))).toBeUndefined();
      // Not renewed again, it runs out and the next taker has it, as attempt 2 (its lease runs to 528).
      const second = mine(await store.takeJobs(50, POLICY, at(518)))!;
      expect(second.attempt).toBe(2);
      // The first run cannot renew it any more, and its try does not stretch the second run's lease: once that has
      // run out the job is dead (it was the last attempt), not still active.
      expect(await store.renewJobLease(first.id, 1, POLICY, at(525))).toBe(false);
      expect(mine(await store.takeJobs(50, POLICY, at(529)))).toBeUndefined();
      expect((await store.listJobs({ state: 'dead', limit: 1000 })).find((j) => j.id === second.id)).toMatchObject({ state: 'dead', attempts: 2 });
      // A settled run has nothing to renew either.
      expect(await store.renewJobLease(second.id, 2, POLICY, at(530))).toBe(false);
    });

    it('retries a failed run at its time, dead-letters it after the last attempt, and retries a dead job once on request', async () => {
      const store = storeOf();
      const key = `fail-${uid()}`;
      await store.enqueueJob({ id: uid(), kind: 'test.job', key, data: {}, scope: A }, at(300));
      const run1 = (await store.takeJobs(50, POLICY, at(301))).find((j) => j.key === key)!;
      expect(await store.failJob(run1.id, 1, 'Error: Slack said ratelimited', at(303), POLICY)).toBe('queued');
      expect((await store.takeJobs(50, POLICY, at(302))).find((j) => j.key === key)).toBeUndefined();
      const run2 = (await store.takeJobs(50, POLICY, at(303))).find((j) => j.key === key)!;
      expect(await store.failJob(run2.id, 2, 'Error: Slack said ratelimited', at(304), POLICY)).toBe('dead');
      const counts = await store.countJobs();
      expect(counts.dead).toBeGreaterThanOrEqual(1);
      expect(await store.retryJob(run2.id, at(400))).toBe(true);
      expect(await store.retryJob(run2.id, at(400))).toBe(false);
      const run3 = (await store.takeJobs(50, POLICY, at(401))).find((j) => j.key === key)!;
      expect(run3.attempt).toBe(2);
      await store.finishJob(run3.id, 2);
      expect((await store.listJobs({ limit: 1000 })).find((j) => j.id === run3.id)?.state).toBe('done');
    });
  });
}

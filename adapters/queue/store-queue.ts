import { randomUUID } from 'node:crypto';
import { JOB_CONCURRENCY, JOB_RETRY, retryDelaySeconds, type JobHandler, type JobQueue } from '../../bot/jobs.ts';
import type { Logger } from '../../bot/logger.ts';
import type { BotMetrics } from '../../bot/metrics.ts';
import type { JobPolicy, Store } from '../../workflows/store.ts';
import { createWorkerPool, type JobSource } from './worker-pool.ts';

export interface StoreQueueOptions {
  store: Store;
  logger: Logger;
  metrics: Pick<BotMetrics, 'jobFailed' | 'jobDeadLettered'>;
  leaseSeconds: number;
  concurrency?: number;
  pollMs?: number;
}

/**
 * The queue in the store's own `jobs` table (migration 8): the SQLite deployment's durable queue. Several
 * processes sharing the file share it; a lease with a deadline hands a dead worker's job to the next taker.
 */
export function createStoreQueue(options: StoreQueueOptions): JobQueue {
  const { store, logger } = options;
  const policy: JobPolicy = { maxAttempts: JOB_RETRY.attempts, leaseMs: options.leaseSeconds * 1000 };
  const handlers = new Map<string, JobHandler>();
  const source: JobSource = {
    take: (limit) => store.takeJobs(limit, policy),
    renew: (job) => store.renewJobLease(job.id, job.attempt, policy),
    finish: (job) => store.finishJob(job.id, job.attempt),
    fail: async (job, message) => {
      const state = await store.failJob(job.id, job.attempt, message, new Date(Date.now() + retryDelaySeconds(job.attempt) * 1000), policy);
      return state === 'dead' || state === 'queued' ? state : 'active';
    },
    requeue: async (job) => {
      await store.failJob(job.id, job.attempt, 'handed back at shutdown', new Date(), policy);
    },
  };
  const pool = createWorkerPool({ source, handlers, logger, metrics: options.metrics, leaseSeconds: options.leaseSeconds, concurrency: options.concurrency ?? JOB_CONCURRENCY, pollMs: options.pollMs ?? 200 });
  return {
    backend: 'sqlite',
    async enqueue(kind, key, data, scope) {
      const queued = await store.enqueueJob({ id: randomUUID(), kind, key, data, scope });
      if (queued) pool.wake();
      return queued;
    },
    handle: (kind, handler) => void handlers.set(kind, handler),
    start: async () => pool.start(),
    drain: (graceMs) => pool.drain(graceMs),
    list: (filter) => store.listJobs(filter),
    retry: async (id) => {
      const ok = await store.retryJob(id);
      if (ok) pool.wake();
      return ok;
    },
    counts: () => store.countJobs(),
    close: async () => undefined,
  };
}

import { setTimeout as sleep } from 'node:timers/promises';
import { isAlreadyDelivered, type Job, type JobHandler } from '../../bot/jobs.ts';
import type { Logger } from '../../bot/logger.ts';
import type { BotMetrics } from '../../bot/metrics.ts';

/**
 * A running job's lease is renewed this many times per lease, so a late or failed renewal still leaves time for the
 * next: only a worker that stopped renewing (it died) loses its jobs to another.
 */
const RENEWALS_PER_LEASE = 3;

/** What a backend offers the pool: take jobs under a lease, keep the lease while they run, then settle each one. */
export interface JobSource {
  take(limit: number): Promise<Job[]>;
  /** Extends this run's lease to a full lease from now; false when the run lost the job (taken over, or settled). */
  renew(job: Job): Promise<boolean>;
  finish(job: Job): Promise<void>;
  /** Records a failed run; 'dead' when it had its last attempt ('active' when another worker took it over). */
  fail(job: Job, message: string): Promise<'queued' | 'dead' | 'active'>;
  /** Hands a run that could not finish before shutdown back to the queue. */
  requeue(job: Job): Promise<void>;
}

export interface WorkerPoolOptions {
  source: JobSource;
  handlers: Map<string, JobHandler>;
  logger: Logger;
  metrics: Pick<BotMetrics, 'jobFailed' | 'jobDeadLettered'>;
  /** How long a taken job stays this worker's unless renewed (JOB_LEASE_SECONDS). */
  leaseSeconds: number;
  /** Jobs run at once in this process. */
  concurrency: number;
  /** How often an idle pool looks for jobs another replica queued (its own are started at once through wake()). */
  pollMs: number;
}

/**
 * The worker loop both backends share: takes up to `concurrency` jobs, runs each through its kind's handler while
 * renewing its lease, marks it done or failed (retried with backoff, dead after the last attempt: logged and
 * counted), and on drain stops taking, waits for the running ones, and requeues whatever is still running when the
 * grace period ends.
 */
export function createWorkerPool(options: WorkerPoolOptions) {
  const { source, handlers, logger, metrics, concurrency, pollMs } = options;
  const renewMs = (options.leaseSeconds * 1000) / RENEWALS_PER_LEASE;
  /** Each running job's run, and how to stop renewing its lease. */
  const running = new Map<Job, { done: Promise<void>; stopRenewing: () => void }>();
  let stopping = false;
  let loop: Promise<void> | undefined;
  let wakeUp: (() => void) | undefined;
  const wait = (ms: number) => {
    const ac = new AbortController();
    wakeUp = () => ac.abort();
    return sleep(ms, undefined, { signal: ac.signal }).catch(() => undefined).finally(() => (wakeUp = undefined));
  };

  const settle = async (job: Job, err: unknown) => {
    if (err === undefined || isAlreadyDelivered(err)) {
      if (err !== undefined) logger.info({ job: job.id, kind: job.kind, attempt: job.attempt }, 'job already delivered by an earlier run; not posted again');
      await source.finish(job);
      return;
    }
    const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const state = await source.fail(job, message);
    metrics.jobFailed(job.kind);
    if (state === 'dead') {
      metrics.jobDeadLettered(job.kind);
      logger.error({ job: job.id, kind: job.kind, attempts: job.attempt, err }, 'job dead-lettered after its last attempt (see `ai-procurement jobs failed`)');
    } else {
      logger.warn({ job: job.id, kind: job.kind, attempt: job.attempt, err }, 'job failed; it will be retried');
    }
  };

  /**
   * Renews the job's lease RENEWALS_PER_LEASE times per lease until stopped, so a run longer than its lease is not
   * handed to a second worker while it is still going. The next renewal is planned only when one has ended, so a
   * slow database never piles them up; the timer never keeps the process alive, and nothing it does can throw.
   */
  const keepLease = (job: Job) => {
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const renew = async () => {
      try {
        if (!(await source.renew(job))) {
          if (!stopped) logger.warn({ job: job.id }, 'job lease ran out before it was renewed; another worker may run this job too');
          return;
        }
      } catch (err) {
        if (!stopped) logger.warn({ err, job: job.id }, 'could not renew a job lease; trying again');
      }
      plan();
    };
    const plan = () => {
      if (stopped) return;
      timer = setTimeout(() => void renew().catch(() => undefined), renewMs);
      timer.unref();
    };
    plan();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  };

  const run = (job: Job) => {
    const handler = handlers.get(job.kind);
    const stopRenewing = keepLease(job);
    const p = (async () => {
      let failure: unknown;
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job);
      } catch (err) {
        failure = err ?? new Error('job failed');
      }
      // Settling after shutdown began is still worth trying: the database may well be there.
      await settle(job, failure).catch((err: unknown) => logger.warn({ err, job: job.id }, 'could not record a job outcome; its lease will run out and it will be retried'));
    })().finally(() => {
      stopRenewing();
      running.delete(job);
      wakeUp?.();
    });
    running.set(job, { done: p, stopRenewing });
  };

  const main = async () => {
    while (!stopping) {
      const room = concurrency - running.size;
      if (room <= 0) {
        await wait(pollMs);
        continue;
      }
      let jobs: Job[] = [];
      try {
        jobs = await source.take(room);
      } catch (err) {
        logger.warn({ err }, 'could not take jobs; trying again shortly');
      }
      if (stopping) {
        // Taken while shutdown began: straight back to the queue, for another replica.
        for (const job of jobs) await source.requeue(job).catch(() => undefined);
        break;
      }
      for (const job of jobs) run(job);
      if (jobs.length < room) await wait(pollMs);
    }
  };

  return {
    start() {
      loop ??= main();
    },
    /** Look for jobs now (one was just queued here). */
    wake() {
      wakeUp?.();
    },
    running: () => running.size,
    async drain(graceMs: number): Promise<void> {
      stopping = true;
      wakeUp?.();
      await loop;
      const all = Promise.allSettled([...running.values()].map((r) => r.done));
      const timedOut = await Promise.race([all.then(() => false), sleep(graceMs).then(() => true)]);
      if (!timedOut) return;
      const left = [...running.keys()];
      logger.warn({ jobs: left.length }, 'jobs still running at the end of the grace period; handing them back to the queue');
      for (const r of running.values()) r.stopRenewing();
      await Promise.allSettled(left.map((job) => source.requeue(job)));
    },
  };
}

export type WorkerPool = ReturnType<typeof createWorkerPool>;

import { setTimeout as sleep } from 'node:timers/promises';
import { isAlreadyDelivered, type Job, type JobHandler } from '../../bot/jobs.ts';
import type { Logger } from '../../bot/logger.ts';
import type { BotMetrics } from '../../bot/metrics.ts';

/** What a backend offers the pool: take jobs under a lease, then settle each one. */
export interface JobSource {
  take(limit: number): Promise<Job[]>;
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
  /** Jobs run at once in this process. */
  concurrency: number;
  /** How often an idle pool looks for jobs another replica queued (its own are started at once through wake()). */
  pollMs: number;
}

/**
 * The worker loop both backends share: takes up to `concurrency` jobs, runs each through its kind's handler, marks
 * it done or failed (retried with backoff, dead after the last attempt: logged and counted), and on drain stops
 * taking, waits for the running ones, and requeues whatever is still running when the grace period ends.
 */
export function createWorkerPool(options: WorkerPoolOptions) {
  const { source, handlers, logger, metrics, concurrency, pollMs } = options;
  const running = new Map<Job, Promise<void>>();
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

  const run = (job: Job) => {
    const handler = handlers.get(job.kind);
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
      running.delete(job);
      wakeUp?.();
    });
    running.set(job, p);
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
      const all = Promise.allSettled([...running.values()]);
      const timedOut = await Promise.race([all.then(() => false), sleep(graceMs).then(() => true)]);
      if (!timedOut) return;
      const left = [...running.keys()];
      logger.warn({ jobs: left.length }, 'jobs still running at the end of the grace period; handing them back to the queue');
      await Promise.allSettled(left.map((job) => source.requeue(job)));
    },
  };
}

export type WorkerPool = ReturnType<typeof createWorkerPool>;

import type { JobInfo, JobState, Scope, TakenJob } from '../workflows/store.ts';

/**
 * The durable work queue (issue 15): a question, a slash command or an export is recorded as a job before the
 * platform is acknowledged, and any replica's worker runs it. adapters/queue/ implements it (pg-boss on PostgreSQL,
 * a table in the same file on SQLite); the transports register one handler per job kind.
 */

/** How many times a job runs at most (the first run plus retries), and the backoff between runs. */
export const JOB_RETRY = { attempts: 3, firstDelaySeconds: 1 } as const;

/**
 * Jobs one replica runs at once. Extractive answers are CPU-bound (more would only queue for the cores and the
 * store's five connections); a model's answers mostly wait, and several replicas add workers.
 */
export const JOB_CONCURRENCY = 8;

/** The delay before retry `n` (1-based): 1 s, 2 s, 4 s… */
export function retryDelaySeconds(retry: number): number {
  return JOB_RETRY.firstDelaySeconds * 2 ** Math.max(0, retry - 1);
}

/**
 * One job as a handler sees it. `key` identifies the platform event, so a redelivery is never queued twice;
 * `attempt` is 1 for the first run, 2 for the first retry (after a failure or a worker that died), and so on.
 */
export type Job = TakenJob;
export type { JobInfo, JobState } from '../workflows/store.ts';

export type JobHandler = (job: Job) => Promise<void>;

export interface JobQueue {
  readonly backend: 'pg-boss' | 'sqlite';
  /**
   * Records the job durably before the caller acknowledges the platform. False when a job with the same key exists
   * already (the platform redelivered the event): the caller acknowledges and does nothing more. `scope` is the
   * workspace the job came from: uninstalling the app there deletes its queued jobs with the rest of its data.
   */
  enqueue(kind: string, key: string, data: unknown, scope: Scope): Promise<boolean>;
  /** The one handler for a kind; register every kind before start(). */
  handle(kind: string, handler: JobHandler): void;
  /** Starts this replica's workers. */
  start(): Promise<void>;
  /** Stops taking jobs, lets running ones finish for up to `graceMs`, hands the rest back to the queue. */
  drain(graceMs: number): Promise<void>;
  /** Jobs by state, newest first (`dead` = the dead letters). */
  list(filter: { state?: JobState; limit?: number }): Promise<JobInfo[]>;
  /** Puts a dead job back in the queue for one more attempt; false when no dead job has that id. */
  retry(id: string): Promise<boolean>;
  /** Jobs waiting or running, and dead letters, across every replica (for /metrics). */
  counts(): Promise<{ queued: number; active: number; dead: number }>;
  close(): Promise<void>;
}

/** Thrown by a delivery guard when another run of the same job has already delivered its answer. */
export class AlreadyDelivered extends Error {
  constructor() {
    super('this job was delivered by an earlier run');
    this.name = 'AlreadyDelivered';
  }
}

export function isAlreadyDelivered(err: unknown): err is AlreadyDelivered {
  return err instanceof AlreadyDelivered;
}

/** The store call the delivery guard needs: the same atomic claim the event de-duplication uses. */
export interface DeliveryClaims {
  claimEvent(platform: string, tenant: string, eventKey: string): Promise<boolean>;
}

export interface DeliveryGuardOptions {
  /** The store could not be asked: the platform is asked instead when it can be, else the answer goes out. */
  onStoreError(err: unknown): void;
  /**
   * Asks the platform whether an earlier run's post really arrived (a message tagged with this job). Without it, a
   * marker found is taken as delivered.
   */
  postedEarlier?: () => Promise<boolean>;
}

/**
 * The delivered-marker, claimed once just before a job's first visible post. A later run of the same job (its worker
 * died after claiming) finds the marker; it then asks the platform, when it can, whether the earlier post arrived,
 * and posts only if it did not. So a crash between post and completion never posts twice, and a crash between
 * the claim and the post does not lose the answer where the platform can be asked (Slack threads and DMs).
 */
export function deliveryGuard(store: DeliveryClaims | undefined, platform: string, tenant: string, jobKey: string, options: DeliveryGuardOptions) {
  let cleared: Promise<boolean> | undefined;
  let skipped = false;
  const clear = async (): Promise<boolean> => {
    let first: boolean | undefined = true;
    if (store) {
      first = await store.claimEvent(platform, tenant, `delivered:${jobKey}`).catch((err: unknown) => {
        options.onStoreError(err);
        return undefined;
      });
    }
    if (first) return true;
    // Marker found, or no answer from the store: an earlier run may have posted. Ask the platform where it can be
    // asked; otherwise a found marker means delivered, and a silent store means post (better than silence).
    if (options.postedEarlier) return !(await options.postedEarlier());
    return first === undefined;
  };
  return {
    /** Resolves when this run may post; throws AlreadyDelivered when an earlier run has. */
    async beforePost(): Promise<void> {
      cleared ??= clear();
      if (!(await cleared)) {
        skipped = true;
        throw new AlreadyDelivered();
      }
    },
    /** True when this run found the marker and posted nothing. */
    skipped: () => skipped,
  };
}

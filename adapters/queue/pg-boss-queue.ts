import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { JOB_CONCURRENCY, JOB_RETRY, type Job, type JobHandler, type JobInfo, type JobQueue, type JobState } from '../../bot/jobs.ts';
import type { Logger } from '../../bot/logger.ts';
import type { BotMetrics } from '../../bot/metrics.ts';
import { createWorkerPool, type JobSource } from './worker-pool.ts';

/** Every kind shares one pg-boss queue; the kind travels in the job's data. */
const QUEUE = 'aip-jobs';
/** Dead letters stay listable this long before pg-boss archives them. */
const KEEP_FAILED_SECONDS = 7 * 24 * 3600;

interface Envelope {
  kind: string;
  key: string;
  data: unknown;
}


/** Tries at creating the queue when replicas race to create it at start-up, and the wait between them. */
const CREATE_ATTEMPTS = 5;
const CREATE_BACKOFF_MS = 200;
export interface PgBossQueueOptions {
  connectionString: string;
  /** pg-boss's own schema (its tables never mix with the store's). */
  schema: string;
  logger: Logger;
  metrics: Pick<BotMetrics, 'jobFailed' | 'jobDeadLettered'>;
  leaseSeconds: number;
  /** DATABASE_TIMEOUT_MS: the longest a queueing call may hold an acknowledgement back. */
  timeoutMs: number;
  concurrency?: number;
  pollMs?: number;
}

/**
 * A job id derived from the event key, so the same event queued twice (a Slack retry on another replica) hits
 * pg-boss's primary key and is not queued again.
 */
export function jobIdOf(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const STATE_OF: Record<string, JobState> = { created: 'queued', retry: 'queued', active: 'active', completed: 'done', failed: 'dead', cancelled: 'dead' };

/**
 * The PostgreSQL queue: pg-boss 10 (SKIP LOCKED fetches, retries with exponential backoff, expiry). Our own worker
 * loop fetches and settles jobs so that shutdown can drain exactly, and renews each running job's lease
 * (expireInSeconds); pg-boss's maintenance, run by whichever replica holds its lock, fails a job whose worker died
 * once its lease has run out, and it is retried.
 */
export async function createPgBossQueue(options: PgBossQueueOptions): Promise<JobQueue> {
  const { logger, schema } = options;
  const lease = options.leaseSeconds;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema,
    max: 4,
    schedule: false,
    // Expired leases are found within a few seconds, so a dead worker's question is retried promptly.
    maintenanceIntervalSeconds: Math.max(1, Math.min(60, Math.floor(lease / 4))),
    archiveFailedAfterSeconds: KEEP_FAILED_SECONDS,
    // Passed to pg's Pool: a database that is down or partitioned fails calls instead of hanging the worker loop.
    // Queries get longer than DATABASE_TIMEOUT_MS because pg-boss's own start-up migration may wait for another
    // replica's; the acknowledgement path is bounded separately (enqueue below).
    connectionTimeoutMillis: options.timeoutMs,
    query_timeout: Math.max(options.timeoutMs, 30_000),
    keepAlive: true,
  } as PgBoss.ConstructorOptions);
  // pg-boss reports background failures (maintenance while the database is away) as events: log, never crash.
  boss.on('error', (err) => logger.warn({ err }, 'job queue background task failed'));
  await boss.start();
  // Replicas starting at the same moment race to create the queue: the loser sees "already exists" or a deadlock
  // (PostgreSQL aborts one of the two transactions), and tries again once the winner's queue is visible.
  for (let attempt = 1; !(await boss.getQueue(QUEUE)); attempt += 1) {
    try {
      await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: JOB_RETRY.attempts - 1, retryDelay: JOB_RETRY.firstDelaySeconds, retryBackoff: true, expireInSeconds: lease });
    } catch (err) {
      if (attempt >= CREATE_ATTEMPTS) throw err;
      await new Promise((resolve) => setTimeout(resolve, CREATE_BACKOFF_MS * attempt));
    }
  }
  // pg-boss 10's typings declare these as void; at run time they report how many jobs they changed.
  type Changed = { affected: number };
  const sql = async <T>(text: string, values: unknown[]) => (await boss.getDb().executeSql(text, values)).rows as T[];

  const handlers = new Map<string, JobHandler>();
  type Fetched = PgBoss.JobWithMetadata<Envelope>;
  /** When pg-boss started each run held here: a run is its job id and that moment, so none renews a later run. */
  const startedOn = new WeakMap<Job, Date>();
  // pg-boss 10 has no renewal call, and its maintenance expires a run once started_on + expire_in has passed: so
  // expire_in is stretched to end a full lease from now. started_on is compared to the millisecond because that is
  // all a JavaScript date holds (PostgreSQL keeps microseconds).
  const renewLease = async (job: Job, started: Date) => {
    const rows = await sql(
      `UPDATE ${schema}.job SET expire_in = now() - started_on + make_interval(secs => $4)
       WHERE name = $1 AND id = $2 AND state = 'active' AND date_trunc('milliseconds', started_on) = $3 RETURNING id`,
      [QUEUE, job.id, started, lease],
    );
    return rows.length === 1;
  };
  const source: JobSource = {
    async take(limit) {
      const jobs = ((await boss.fetch<Envelope>(QUEUE, { batchSize: limit, includeMetadata: true })) ?? []) as Fetched[];
      return Promise.all(
        jobs.map(async (j) => {
          const job: Job = { id: j.id, kind: j.data.kind, key: j.data.key, data: j.data.data, attempt: j.retryCount + 1 };
          startedOn.set(job, j.startedOn);
          // A failed or expired run hands its stretched expire_in on to the job's next run (pg-boss copies it), and
          // a queue created under another JOB_LEASE_SECONDS gives every job its old lease: start this run on ours.
          // Should that fail, the pool's first renewal tries again.
          if (Number(j.expireInSeconds) !== lease) await renewLease(job, j.startedOn).catch(() => undefined);
          return job;
        }),
      );
    },
    async renew(job) {
      const started = startedOn.get(job);
      return started !== undefined && renewLease(job, started);
    },
    async finish(job) {
      await boss.complete(QUEUE, job.id);
    },
    async fail(job, message) {
      const res = (await boss.fail(QUEUE, job.id, { message: message.slice(0, 500) })) as unknown as Changed;
      if (res.affected === 0) return 'active';
      return job.attempt >= JOB_RETRY.attempts ? 'dead' : 'queued';
    },
    async requeue(job) {
      await boss.fail(QUEUE, job.id, { message: 'handed back at shutdown' });
    },
  };
  const pool = createWorkerPool({ source, handlers, logger, metrics: options.metrics, leaseSeconds: lease, concurrency: options.concurrency ?? JOB_CONCURRENCY, pollMs: options.pollMs ?? 250 });

  return {
    backend: 'pg-boss',
    async enqueue(kind, key, data) {
      const envelope: Envelope = { kind, key, data };
      // Slack waits for the ack this call holds back: past DATABASE_TIMEOUT_MS the caller answers in process instead.
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('queueing timed out')), options.timeoutMs)));
      const id = await Promise.race([boss.send(QUEUE, envelope, { id: jobIdOf(key) }), late]).finally(() => clearTimeout(timer));
      if (id) pool.wake();
      return id !== null;
    },
    handle: (kind, handler) => void handlers.set(kind, handler),
    start: async () => pool.start(),
    drain: (graceMs) => pool.drain(graceMs),
    async list(filter) {
      const states = filter.state ? Object.keys(STATE_OF).filter((s) => STATE_OF[s] === filter.state) : Object.keys(STATE_OF);
      const limit = Math.max(1, Math.min(filter.limit ?? 50, 1000));
      const rows = await sql<{ id: string; kind: string; state: string; retry_count: number; created_on: Date; message: string | null }>(
        `SELECT id, data->>'kind' AS kind, state, retry_count, created_on, output->>'message' AS message FROM ${schema}.job
         WHERE name = $1 AND state::text = ANY($2) ORDER BY created_on DESC LIMIT $3`,
        [QUEUE, states, limit],
      );
      return rows.map((r): JobInfo => {
        const state = STATE_OF[r.state] ?? 'queued';
        return {
          id: r.id,
          kind: r.kind,
          state,
          attempts: r.retry_count + (r.state === 'created' || r.state === 'retry' ? 0 : 1),
          createdAt: new Date(r.created_on).toISOString(),
          ...(r.message && state !== 'done' ? { error: r.message } : {}),
        };
      });
    },
    async retry(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
      const res = (await boss.retry(QUEUE, id)) as unknown as Changed;
      if (res.affected > 0) pool.wake();
      return res.affected > 0;
    },
    async counts() {
      const rows = await sql<{ state: string; n: string }>(`SELECT state, COUNT(*) AS n FROM ${schema}.job WHERE name = $1 AND state <> 'completed' GROUP BY state`, [QUEUE]);
      const counts = { queued: 0, active: 0, dead: 0 };
      for (const r of rows) {
        const s = STATE_OF[r.state];
        if (s && s !== 'done') counts[s] += Number(r.n);
      }
      return counts;
    },
    async close() {
      await boss.stop({ graceful: false, wait: true });
    },
  };
}

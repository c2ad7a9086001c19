import type { JobInfo, JobPolicy, JobState, Scope, TakenJob } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';

/** Finished jobs are kept this long (a redelivered event still finds its key), then deleted. */
const DONE_TTL_MS = 7 * 24 * 3600 * 1000;

const iso = (d: Date) => d.toISOString();

export async function pruneJobs(db: SqlDb, now = new Date()): Promise<void> {
  await db.run(`DELETE FROM jobs WHERE state = 'done' AND updated_at < ?`, [iso(new Date(now.getTime() - DONE_TTL_MS))]);
}

export async function enqueueJob(db: SqlDb, job: { id: string; kind: string; key: string; data: unknown; scope: Scope }, now = new Date()): Promise<boolean> {
  const changed = await db.run(
    `INSERT INTO jobs (id, platform, tenant, kind, job_key, data_json, state, attempts, run_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?) ON CONFLICT DO NOTHING`,
    [job.id, job.scope.platform, job.scope.tenant, job.kind, job.key, JSON.stringify(job.data), iso(now), iso(now), iso(now)],
  );
  return changed === 1;
}

/**
 * One transaction: SQLite holds its write lock (BEGIN IMMEDIATE) and PostgreSQL skips rows another worker has
 * locked, so two workers never take the same job.
 */
export async function takeJobs(db: SqlDb, limit: number, policy: JobPolicy, now = new Date()): Promise<TakenJob[]> {
  return db.tx(async (tx) => {
    const rows = await tx.all(
      `SELECT id, kind, job_key, data_json, attempts FROM jobs
       WHERE (state = 'queued' AND run_at <= ?) OR (state = 'active' AND lease_until <= ?)
       ORDER BY run_at, created_at LIMIT ?${tx.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : ''}`,
      [iso(now), iso(now), limit],
    );
    const taken: TakenJob[] = [];
    const lease = iso(new Date(now.getTime() + policy.leaseMs));
    for (const r of rows) {
      const attempts = Number(r.attempts);
      if (attempts >= policy.maxAttempts) {
        // Its worker died during the last allowed run.
        await tx.run(`UPDATE jobs SET state = 'dead', error = ?, lease_until = NULL, updated_at = ? WHERE id = ?`, ['worker stopped during the last attempt', iso(now), String(r.id)]);
        continue;
      }
      await tx.run(`UPDATE jobs SET state = 'active', attempts = ?, lease_until = ?, updated_at = ? WHERE id = ?`, [attempts + 1, lease, iso(now), String(r.id)]);
      taken.push({ id: String(r.id), kind: String(r.kind), key: String(r.job_key), data: JSON.parse(String(r.data_json)) as unknown, attempt: attempts + 1 });
    }
    return taken;
  });
}

/** Moves this run's lease deadline to a full lease from now, while the run is still the job's. */
export async function renewJobLease(db: SqlDb, id: string, attempt: number, policy: JobPolicy, now = new Date()): Promise<boolean> {
  const changed = await db.run(`UPDATE jobs SET lease_until = ?, updated_at = ? WHERE id = ? AND state = 'active' AND attempts = ?`, [iso(new Date(now.getTime() + policy.leaseMs)), iso(now), id, attempt]);
  // Zero rows: the run was settled, or another worker took the job over after this one's lease ran out.
  return changed === 1;
}

export async function finishJob(db: SqlDb, id: string, attempt: number, now = new Date()): Promise<void> {
  await db.run(`UPDATE jobs SET state = 'done', lease_until = NULL, updated_at = ? WHERE id = ? AND state = 'active' AND attempts = ?`, [iso(now), id, attempt]);
}

export async function failJob(db: SqlDb, id: string, attempt: number, error: string, retryAt: Date, policy: JobPolicy, now = new Date()): Promise<JobState> {
  const state: JobState = attempt >= policy.maxAttempts ? 'dead' : 'queued';
  const changed = await db.run(
    `UPDATE jobs SET state = ?, run_at = ?, lease_until = NULL, error = ?, updated_at = ? WHERE id = ? AND state = 'active' AND attempts = ?`,
    [state, iso(retryAt), error.slice(0, 500), iso(now), id, attempt],
  );
  // Zero rows: another worker took the job over after this one's lease ran out; its run decides.
  return changed === 1 ? state : 'active';
}

export async function listJobs(db: SqlDb, filter: { state?: JobState; limit?: number }): Promise<JobInfo[]> {
  const limit = Math.max(1, Math.min(filter.limit ?? 50, 1000));
  const rows = filter.state
    ? await db.all('SELECT id, kind, state, attempts, created_at, error FROM jobs WHERE state = ? ORDER BY created_at DESC LIMIT ?', [filter.state, limit])
    : await db.all('SELECT id, kind, state, attempts, created_at, error FROM jobs ORDER BY created_at DESC LIMIT ?', [limit]);
  return rows.map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    state: String(r.state) as JobState,
    attempts: Number(r.attempts),
    createdAt: String(r.created_at),
    ...(r.error ? { error: String(r.error) } : {}),
  }));
}

export async function retryJob(db: SqlDb, id: string, now = new Date()): Promise<boolean> {
  const changed = await db.run(`UPDATE jobs SET state = 'queued', attempts = attempts - 1, run_at = ?, error = NULL, updated_at = ? WHERE id = ? AND state = 'dead'`, [iso(now), iso(now), id]);
  return changed === 1;
}

export async function countJobs(db: SqlDb): Promise<Record<'queued' | 'active' | 'dead', number>> {
  const rows = await db.all<{ state: string; n: number | string }>(`SELECT state, COUNT(*) AS n FROM jobs WHERE state <> 'done' GROUP BY state`);
  const counts = { queued: 0, active: 0, dead: 0 };
  for (const r of rows) if (r.state in counts) counts[r.state as keyof typeof counts] = Number(r.n);
  return counts;
}

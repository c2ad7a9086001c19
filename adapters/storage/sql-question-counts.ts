import type { QuestionAdmission, QuestionLimits, Scope } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

interface Window {
  bucket: string;
  start: number;
  end: number;
}

/**
 * Adds `by` to each window's bucket in one statement and returns the new counts by bucket. The upsert locks the rows
 * (PostgreSQL) or the database (SQLite, BEGIN IMMEDIATE) until the transaction ends, so replicas counting at once
 * never read the same count.
 */
async function bump(tx: SqlDb, scope: Scope, windows: Window[], by: 1 | -1): Promise<Map<string, number>> {
  const rows = await tx.all<{ bucket: string; count: number | string }>(
    `INSERT INTO question_counts (platform, tenant, bucket, window_start, window_end, count) VALUES ${windows.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}
     ON CONFLICT (platform, tenant, bucket, window_start) DO UPDATE SET count = question_counts.count + ?
     RETURNING bucket, count`,
    [...windows.flatMap((w) => [scope.platform, scope.tenant, w.bucket, new Date(w.start).toISOString(), new Date(w.end).toISOString(), Math.max(by, 0)]), by],
  );
  return new Map(rows.map((r) => [String(r.bucket), Number(r.count)]));
}

function windowOf(bucket: string, ms: number, size: number): Window {
  const start = Math.floor(ms / size) * size;
  return { bucket, start, end: start + size };
}

/**
 * Fixed windows: a user's minute and the workspace's UTC day, counted in one statement. A question over either
 * limit is taken back out of both windows, in the same transaction, so refused questions spend no budget.
 */
export async function countQuestion(db: SqlDb, scope: Scope, user: string, limits: QuestionLimits, now = new Date()): Promise<QuestionAdmission> {
  const ms = now.getTime();
  const checks: { window: Window; allowed: number; limit: 'user-minute' | 'workspace-day' }[] = [];
  if (limits.perUserPerMinute > 0) checks.push({ window: windowOf(`user:${user}`, ms, MINUTE_MS), allowed: limits.perUserPerMinute, limit: 'user-minute' });
  if (limits.perWorkspacePerDay > 0) checks.push({ window: windowOf('workspace', ms, DAY_MS), allowed: limits.perWorkspacePerDay, limit: 'workspace-day' });
  if (checks.length === 0) return { admitted: true };
  const windows = checks.map((c) => c.window);
  return db.tx(async (tx) => {
    const counts = await bump(tx, scope, windows, 1);
    const over = checks.find((c) => (counts.get(c.window.bucket) ?? 0) > c.allowed);
    if (over) {
      await bump(tx, scope, windows, -1);
      return { admitted: false, limit: over.limit, retryAt: new Date(over.window.end).toISOString(), allowed: over.allowed };
    }
    // Old windows go when this question opened a new one (at most once a minute per user), inside a write that
    // already holds the lock.
    if ([...counts.values()].includes(1)) await tx.run('DELETE FROM question_counts WHERE window_end < ?', [new Date(ms - DAY_MS).toISOString()]);
    return { admitted: true };
  });
}

/** Windows that ended more than a day ago count for nothing; run when the store opens. */
export async function pruneQuestionCounts(db: SqlDb, nowMs = Date.now()): Promise<void> {
  await db.run('DELETE FROM question_counts WHERE window_end < ?', [new Date(nowMs - DAY_MS).toISOString()]);
}

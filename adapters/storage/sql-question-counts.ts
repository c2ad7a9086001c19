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
 * Adds one to a bucket's window and returns the new count. The upsert locks the row (PostgreSQL) or the database
 * (SQLite, BEGIN IMMEDIATE) until the transaction ends, so replicas counting at once never read the same count.
 */
async function bump(tx: SqlDb, scope: Scope, w: Window, by: 1 | -1): Promise<number> {
  const rows = await tx.all<{ count: number | string }>(
    `INSERT INTO question_counts (platform, tenant, bucket, window_start, window_end, count) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, tenant, bucket, window_start) DO UPDATE SET count = question_counts.count + ?
     RETURNING count`,
    [scope.platform, scope.tenant, w.bucket, new Date(w.start).toISOString(), new Date(w.end).toISOString(), Math.max(by, 0), by],
  );
  return Number(rows[0]?.count ?? 0);
}

function windowOf(bucket: string, ms: number, size: number): Window {
  const start = Math.floor(ms / size) * size;
  return { bucket, start, end: start + size };
}

/**
 * Fixed windows: a user's minute and the workspace's UTC day. A question over either limit is taken back out of
 * every window it was added to, in the same transaction, so refused questions spend no budget.
 */
export async function countQuestion(db: SqlDb, scope: Scope, user: string, limits: QuestionLimits, now = new Date()): Promise<QuestionAdmission> {
  const ms = now.getTime();
  const checks: { window: Window; allowed: number; limit: 'user-minute' | 'workspace-day' }[] = [];
  if (limits.perUserPerMinute > 0) checks.push({ window: windowOf(`user:${user}`, ms, MINUTE_MS), allowed: limits.perUserPerMinute, limit: 'user-minute' });
  if (limits.perWorkspacePerDay > 0) checks.push({ window: windowOf('workspace', ms, DAY_MS), allowed: limits.perWorkspacePerDay, limit: 'workspace-day' });
  if (checks.length === 0) return { admitted: true };
  return db.tx(async (tx) => {
    const added: Window[] = [];
    for (const check of checks) {
      const count = await bump(tx, scope, check.window, 1);
      added.push(check.window);
      if (count > check.allowed) {
        for (const w of added) await bump(tx, scope, w, -1);
        return { admitted: false, limit: check.limit, retryAt: new Date(check.window.end).toISOString(), allowed: check.allowed };
      }
    }
    // Old windows go once a minute per user at most, inside a write that already holds the lock.
    await tx.run('DELETE FROM question_counts WHERE window_end < ?', [new Date(ms - DAY_MS).toISOString()]);
    return { admitted: true };
  });
}

/** Windows that ended more than a day ago count for nothing; run when the store opens. */
export async function pruneQuestionCounts(db: SqlDb, nowMs = Date.now()): Promise<void> {
  await db.run('DELETE FROM question_counts WHERE window_end < ?', [new Date(nowMs - DAY_MS).toISOString()]);
}

import type { FeedbackVote, KnowledgeGap, Scope, UnansweredQuestion } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';

/** Processed-event keys older than this are forgotten: Slack and Teams retry within minutes, not days. */
const EVENT_TTL_MS = 7 * 24 * 3600 * 1000;

export async function recordVote(db: SqlDb, scope: Scope, v: FeedbackVote): Promise<void> {
  await db.run(
    `INSERT INTO feedback_votes (platform, tenant, answer_id, user_id, vote, channel, at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (platform, tenant, answer_id, user_id) DO UPDATE SET vote = excluded.vote, channel = excluded.channel, at = excluded.at`,
    [scope.platform, scope.tenant, v.answerId, v.user, v.vote, v.channel ?? null, v.at],
  );
}

export async function listVotes(db: SqlDb, scope: Scope, answerId?: string): Promise<FeedbackVote[]> {
  const rows = answerId
    ? await db.all('SELECT * FROM feedback_votes WHERE platform = ? AND tenant = ? AND answer_id = ? ORDER BY at, user_id', [scope.platform, scope.tenant, answerId])
    : await db.all('SELECT * FROM feedback_votes WHERE platform = ? AND tenant = ? ORDER BY at, user_id', [scope.platform, scope.tenant]);
  return rows.map((r) => ({
    answerId: String(r.answer_id),
    user: String(r.user_id),
    vote: r.vote === 'up' ? 'up' : 'down',
    ...(r.channel ? { channel: String(r.channel) } : {}),
    at: String(r.at),
  }));
}

export async function logUnanswered(db: SqlDb, scope: Scope, q: UnansweredQuestion): Promise<void> {
  await db.run('INSERT INTO unanswered_questions (platform, tenant, question, channel, user_id, at) VALUES (?, ?, ?, ?, ?, ?)', [
    scope.platform, scope.tenant, q.question, q.channel ?? null, q.user ?? null, q.at,
  ]);
}

export async function knowledgeGaps(db: SqlDb, limit = 50): Promise<KnowledgeGap[]> {
  const rows = await db.all(
    `SELECT MIN(question) AS question, COUNT(*) AS n, COUNT(DISTINCT platform || ':' || tenant) AS workspaces, MAX(at) AS last_at
     FROM unanswered_questions GROUP BY LOWER(TRIM(question)) ORDER BY n DESC, last_at DESC LIMIT ?`,
    [Math.max(1, Math.floor(limit))],
  );
  // PostgreSQL returns COUNT as a bigint string; SQLite as a number.
  return rows.map((r) => ({ question: String(r.question).trim(), count: Number(r.n), workspaces: Number(r.workspaces), lastAt: String(r.last_at) }));
}

export async function listUnanswered(db: SqlDb, scope: Scope, limit = 100): Promise<UnansweredQuestion[]> {
  const rows = await db.all('SELECT * FROM unanswered_questions WHERE platform = ? AND tenant = ? ORDER BY at DESC, id DESC LIMIT ?', [
    scope.platform, scope.tenant, Math.max(1, Math.floor(limit)),
  ]);
  return rows.map((r) => ({
    question: String(r.question),
    ...(r.channel ? { channel: String(r.channel) } : {}),
    ...(r.user_id ? { user: String(r.user_id) } : {}),
    at: String(r.at),
  }));
}

/** Inserts the key; a conflict means another delivery (or another replica) claimed it first. */
export async function claimEvent(db: SqlDb, platform: string, tenant: string, eventKey: string): Promise<boolean> {
  const changed = await db.run('INSERT INTO processed_events (platform, tenant, event_key, claimed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [
    platform, tenant, eventKey, new Date().toISOString(),
  ]);
  return changed === 1;
}

export async function pruneEvents(db: SqlDb, nowMs = Date.now()): Promise<void> {
  await db.run('DELETE FROM processed_events WHERE claimed_at < ?', [new Date(nowMs - EVENT_TTL_MS).toISOString()]);
}

import type { FeedbackVote, Scope } from '../../workflows/store.ts';
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

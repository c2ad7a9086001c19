import type { KnowledgeGap, Scope, UnansweredQuestion } from '../../workflows/store.ts';
import type { SqlDb } from './sql-db.ts';

/**
 * The unanswered-question log. It exists so knowledge owners can see what to write next, not to keep what people
 * typed: personal data (and any pasted access key or token) is redacted before a question is stored, again when one is read (rows an older version
 * wrote, or a detector that has since improved), and rows older than the retention period are deleted.
 */
export interface UnansweredLogOptions {
  /** Days a question is kept (UNANSWERED_RETENTION_DAYS). */
  retentionDays: number;
}

const DAY_MS = 24 * 3600 * 1000;
/** Rows scrubbed per statement batch when the store opens, so a large legacy log never holds one long transaction. */
const SCRUB_BATCH = 200;

/** The oldest `at` still kept: ISO strings compare in time order. */
function cutoff(options: UnansweredLogOptions, nowMs = Date.now()): string {
  return new Date(nowMs - options.retentionDays * DAY_MS).toISOString();
}

/**
 * The redactor, loaded on first use: the detectors and libphonenumber-js's metadata take 150–250 ms to load, which a
 * store that only answers (every `ask`, every server start) should not pay.
 */
let redactor: Promise<(question: string) => string> | undefined;
function loadRedactor(): Promise<(question: string) => string> {
  redactor ??= import('../../bot/privacy/index.ts').then((m) => (question: string) => m.maskCredentials(m.redactPersonalData(question).text));
  return redactor;
}

/** Stores the question with its personal data replaced by placeholders, then prunes what has expired. */
export async function logUnanswered(db: SqlDb, scope: Scope, q: UnansweredQuestion, options: UnansweredLogOptions): Promise<void> {
  const redact = await loadRedactor();
  await db.run('INSERT INTO unanswered_questions (platform, tenant, question, channel, user_id, at, redacted) VALUES (?, ?, ?, ?, ?, ?, 1)', [
    scope.platform, scope.tenant, redact(q.question), q.channel ?? null, q.user ?? null, q.at,
  ]);
  await pruneUnanswered(db, options);
}

/** Deletes questions older than the retention period; returns how many went. */
export async function pruneUnanswered(db: SqlDb, options: UnansweredLogOptions, nowMs = Date.now()): Promise<number> {
  return db.run('DELETE FROM unanswered_questions WHERE at < ?', [cutoff(options, nowMs)]);
}

/** Redacts, in place, every row stored before redaction-on-write existed (migration 2 marks them). */
export async function scrubUnanswered(db: SqlDb): Promise<number> {
  let scrubbed = 0;
  for (;;) {
    const rows = await db.all<{ id: number | string; question: string }>('SELECT id, question FROM unanswered_questions WHERE redacted = 0 ORDER BY id LIMIT ?', [SCRUB_BATCH]);
    if (rows.length === 0) return scrubbed;
    const redact = await loadRedactor();
    // Two replicas opening together may scrub the same row: the update is idempotent.
    for (const r of rows) await db.run('UPDATE unanswered_questions SET question = ?, redacted = 1 WHERE id = ?', [redact(String(r.question)), Number(r.id)]);
    scrubbed += rows.length;
  }
}

export async function knowledgeGaps(db: SqlDb, limit: number, options: UnansweredLogOptions): Promise<KnowledgeGap[]> {
  const rows = await db.all(
    `SELECT MIN(question) AS question, COUNT(*) AS n, COUNT(DISTINCT platform || ':' || tenant) AS workspaces, MAX(at) AS last_at
     FROM unanswered_questions WHERE at >= ? GROUP BY LOWER(TRIM(question)) ORDER BY n DESC, last_at DESC LIMIT ?`,
    [cutoff(options), Math.max(1, Math.floor(limit))],
  );
  const redact = await loadRedactor();
  // PostgreSQL returns COUNT as a bigint string; SQLite as a number.
  return rows.map((r) => ({ question: redact(String(r.question).trim()), count: Number(r.n), workspaces: Number(r.workspaces), lastAt: String(r.last_at) }));
}

export async function listUnanswered(db: SqlDb, scope: Scope, limit: number, options: UnansweredLogOptions): Promise<UnansweredQuestion[]> {
  const rows = await db.all('SELECT * FROM unanswered_questions WHERE platform = ? AND tenant = ? AND at >= ? ORDER BY at DESC, id DESC LIMIT ?', [
    scope.platform, scope.tenant, cutoff(options), Math.max(1, Math.floor(limit)),
  ]);
  const redact = await loadRedactor();
  return rows.map((r) => ({
    question: redact(String(r.question)),
    ...(r.channel ? { channel: String(r.channel) } : {}),
    ...(r.user_id ? { user: String(r.user_id) } : {}),
    at: String(r.at),
  }));
}

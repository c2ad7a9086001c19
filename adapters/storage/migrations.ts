import type { Dialect, SqlDb } from './sql-db.ts';
import { CHECKLISTS_BY_CONVERSATION } from './checklists-by-conversation.ts';
import { HELD_EXPORTS, JOBS, QUESTION_COUNTS } from './ops-migrations.ts';
import { QUESTIONNAIRE_DRAFTS } from './draft-migrations.ts';
import { INSTALLATIONS } from './installation-migrations.ts';

/**
 * Versioned schema changes, applied in order and recorded in schema_migrations. Never edit a released
 * migration: add the next version. The SQL is shared by SQLite and PostgreSQL; `serial` is the one column
 * type that differs.
 */
export interface Migration {
  version: number;
  name: string;
  statements: (dialect: Dialect) => string[];
}

/** The PostgreSQL advisory lock id that serialises schema changes across replicas. */
export const MIGRATION_LOCK = 712034;

const serial = (d: Dialect) => (d === 'sqlite' ? 'INTEGER PRIMARY KEY AUTOINCREMENT' : 'BIGSERIAL PRIMARY KEY');

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'runs, checklists, feedback, unanswered log, processed events',
    statements: (d) => [
      `CREATE TABLE runs (
        platform TEXT NOT NULL, tenant TEXT NOT NULL, id TEXT NOT NULL,
        kind TEXT NOT NULL, channel TEXT NOT NULL, thread TEXT, subject TEXT, subject_key TEXT,
        status TEXT NOT NULL, current_step TEXT,
        started_by_id TEXT NOT NULL, started_by_name TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, tenant, id))`,
      `CREATE INDEX runs_by_channel ON runs (platform, tenant, channel, status)`,
      `CREATE TABLE run_answers (
        platform TEXT NOT NULL, tenant TEXT NOT NULL, run_id TEXT NOT NULL, step_id TEXT NOT NULL,
        seq INTEGER NOT NULL, value_json TEXT NOT NULL,
        author_id TEXT NOT NULL, author_name TEXT, answered_at TEXT NOT NULL,
        PRIMARY KEY (platform, tenant, run_id, step_id))`,
      `CREATE TABLE checklists (
        platform TEXT NOT NULL, tenant TEXT NOT NULL, vendor_key TEXT NOT NULL, vendor TEXT NOT NULL,
        created_by_id TEXT NOT NULL, created_by_name TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        PRIMARY KEY (platform, tenant, vendor_key))`,
      `CREATE TABLE checklist_answers (
        platform TEXT NOT NULL, tenant TEXT NOT NULL, vendor_key TEXT NOT NULL, question_id TEXT NOT NULL,
        status TEXT NOT NULL, notes TEXT, evidence TEXT,
        answered_by_id TEXT NOT NULL, answered_by_name TEXT, answered_at TEXT NOT NULL,
        PRIMARY KEY (platform, tenant, vendor_key, question_id))`,
      `CREATE TABLE feedback_votes (
        platform TEXT NOT NULL, tenant TEXT NOT NULL, answer_id TEXT NOT NULL, user_id TEXT NOT NULL,
        vote TEXT NOT NULL, channel TEXT, at TEXT NOT NULL,
        PRIMARY KEY (platform, tenant, answer_id, user_id))`,
      `CREATE TABLE unanswered_questions (
        id ${serial(d)}, platform TEXT NOT NULL, tenant TEXT NOT NULL,
        question TEXT NOT NULL, channel TEXT, user_id TEXT, at TEXT NOT NULL)`,
      `CREATE INDEX unanswered_by_tenant ON unanswered_questions (platform, tenant, at)`,
      `CREATE TABLE processed_events (
        platform TEXT NOT NULL, tenant TEXT NOT NULL, event_key TEXT NOT NULL, claimed_at TEXT NOT NULL,
        PRIMARY KEY (platform, tenant, event_key))`,
    ],
  },
  CHECKLISTS_BY_CONVERSATION,
  {
    version: 3,
    name: 'unanswered log: redaction flag, index for retention pruning',
    // Rows written before this version hold the question as typed: `redacted` = 0 marks them for the scrub that
    // runs when the store opens (unanswered-log.ts). Pruning by age deletes on `at` alone, hence its own index.
    statements: () => [
      'ALTER TABLE unanswered_questions ADD COLUMN redacted INTEGER NOT NULL DEFAULT 0',
      'CREATE INDEX unanswered_by_time ON unanswered_questions (at)',
    ],
  },
  QUESTIONNAIRE_DRAFTS,
  QUESTION_COUNTS,
  HELD_EXPORTS,
  INSTALLATIONS,
  JOBS,
];

/** Applies every migration newer than the database's version; returns the versions applied. */
export async function migrate(db: SqlDb, migrations: Migration[] = MIGRATIONS): Promise<number[]> {
  return db.tx(async (tx) => {
    // Two replicas starting together must not both migrate: PostgreSQL serialises on an advisory lock,
    // SQLite already holds its write lock (BEGIN IMMEDIATE).
    if (tx.dialect === 'postgres') await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const rows = await tx.all<{ version: number | string }>('SELECT version FROM schema_migrations');
    const done = new Set(rows.map((r) => Number(r.version)));
    const applied: number[] = [];
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (done.has(m.version)) continue;
      for (const sql of m.statements(tx.dialect)) await tx.run(sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    }
    return applied;
  });
}

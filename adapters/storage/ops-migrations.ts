import type { Migration } from './migrations.ts';

/**
 * Migrations 5, 6 and 8 (issue 15). Numbered past 4 on purpose: version 4 is kept for the questionnaire drafts being
 * built beside this work, and migrate() applies every missing version in order, so either can land first.
 */
export const QUESTION_COUNTS: Migration = {
  version: 5,
  name: 'question counts for per-user and per-workspace rate limits',
  // One row per bucket and fixed window: `user:<id>` per minute, `workspace` per UTC day. Windows are ISO strings
  // (they compare in time order on both databases); `window_end` lets expired rows be pruned by one index.
  statements: () => [
    `CREATE TABLE question_counts (
      platform TEXT NOT NULL, tenant TEXT NOT NULL, bucket TEXT NOT NULL, window_start TEXT NOT NULL,
      window_end TEXT NOT NULL, count INTEGER NOT NULL,
      PRIMARY KEY (platform, tenant, bucket, window_start))`,
    'CREATE INDEX question_counts_by_end ON question_counts (window_end)',
  ],
};

export const HELD_EXPORTS: Migration = {
  version: 6,
  name: 'export files held in the store, so a download link works on every replica',
  // The bytes are base64 text: one column type for SQLite and PostgreSQL, and exports are small (tens of kB).
  statements: () => [
    `CREATE TABLE held_exports (
      platform TEXT NOT NULL, tenant TEXT NOT NULL, id TEXT NOT NULL,
      name TEXT NOT NULL, mime_type TEXT NOT NULL, title TEXT, data_base64 TEXT NOT NULL,
      expires_at TEXT NOT NULL,
      PRIMARY KEY (platform, tenant, id))`,
    'CREATE INDEX held_exports_by_expiry ON held_exports (expires_at)',
  ],
};

export const JOBS: Migration = {
  version: 8,
  name: 'job queue for SQLite deployments (PostgreSQL uses pg-boss)',
  // One row per queued question, command or export. `job_key` names the platform event, so a redelivery is not
  // queued twice; `lease_until` lets another worker take over a job whose process died. platform + tenant name the
  // workspace, so an uninstall deletes its queued jobs (WORKSPACE_TABLES).
  statements: () => [
    `CREATE TABLE jobs (
      id TEXT PRIMARY KEY, platform TEXT NOT NULL, tenant TEXT NOT NULL, kind TEXT NOT NULL, job_key TEXT NOT NULL UNIQUE, data_json TEXT NOT NULL,
      state TEXT NOT NULL, attempts INTEGER NOT NULL, run_at TEXT NOT NULL, lease_until TEXT, error TEXT,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
    'CREATE INDEX jobs_runnable ON jobs (state, run_at)',
    'CREATE INDEX jobs_by_workspace ON jobs (platform, tenant)',
  ],
};

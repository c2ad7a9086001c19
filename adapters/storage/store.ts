import type { Store } from '../../workflows/store.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './database-url.ts';
import { MIGRATION_LOCK, migrate } from './migrations.ts';
import { openSqlite } from './sqlite-db.ts';
import { createSqlStore } from './sql-store.ts';
import { pruneEvents } from './sql-feedback.ts';
import { pruneQuestionCounts } from './sql-question-counts.ts';
import { pruneExports } from './sql-exports.ts';
import { pruneJobs } from './sql-jobs.ts';
import { pruneUnanswered, scrubUnanswered } from './sql-unanswered.ts';
import { DEFAULT_UNANSWERED_RETENTION_DAYS } from '../../bot/config/index.ts';
import type { SqlDb } from './sql-db.ts';
import { withStoreErrors } from './store-errors.ts';

export type { Store } from '../../workflows/store.ts';
export { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './database-url.ts';

/** How long a schema change at start-up may wait (for another replica's migration, a long ALTER). */
const SCHEMA_CHANGE_TIMEOUT_MS = 60_000;

export interface CreateStoreOptions {
  /** Base for relative sqlite:// paths (default: process.cwd()). */
  cwd?: string;
  /** PostgreSQL only: work inside this schema (created when missing). Tests use a unique one per run. */
  schema?: string;
  /** Days an unanswered question is kept (UNANSWERED_RETENTION_DAYS); older ones are deleted. */
  unansweredRetentionDays?: number;
  /** DATABASE_TIMEOUT_MS (default 2 s): no database call waits longer. */
  timeoutMs?: number;
}

/**
 * Opens the store named by DATABASE_URL and brings its schema up to date.
 * Default `sqlite://data/ai-procurement.db`; `postgres://…` lets several replicas share state.
 * Fails with store_unavailable (never with a connection string in the message: it may hold a password).
 */
export async function createStore(databaseUrl: string = DEFAULT_DATABASE_URL, options: CreateStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl, options.cwd);
  const timeoutMs = options.timeoutMs ?? 2_000;
  // pg is loaded only for PostgreSQL deployments.
  const openPostgres = target.kind === 'postgres' ? (await import('./postgres-db.ts')).openPostgres : undefined;
  // Connecting is bounded by the timeout either way; statements get `statementMs` (schema changes may wait for
  // another replica's, so they get longer than the turns' calls do).
  const open = (statementMs: number): SqlDb =>
    target.kind === 'sqlite' ? openSqlite(target.path, { busyTimeoutMs: statementMs }) : openPostgres!(target.url, { schema: options.schema, timeoutMs, statementTimeoutMs: statementMs });
  let db: SqlDb | undefined;
  try {
    db = open(Math.max(timeoutMs, SCHEMA_CHANGE_TIMEOUT_MS));
    const schema = options.schema;
    // IF NOT EXISTS still races between replicas starting together; the advisory lock serialises them.
    if (target.kind === 'postgres' && schema) {
      await db.tx(async (tx) => {
        await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
        await tx.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      });
    }
    await migrate(db);
    await pruneEvents(db);
    await pruneQuestionCounts(db);
    await pruneExports(db);
    await pruneJobs(db);
    // The unanswered log is cleaned on every open as well as on every write: rows an older version stored as
    // typed are redacted, and expired ones deleted even if nothing has been written for a while.
    const log = { retentionDays: options.unansweredRetentionDays ?? DEFAULT_UNANSWERED_RETENTION_DAYS };
    await scrubUnanswered(db);
    await pruneUnanswered(db, log);
    if (target.kind === 'sqlite') {
      // Same file handle (a :memory: database would not survive a reopen); only the lock wait shortens.
      await db.run(`PRAGMA busy_timeout = ${Math.floor(timeoutMs)}`);
    } else {
      await db.close();
      db = open(timeoutMs);
    }
    return createSqlStore(withStoreErrors(db, { timeoutMs }), log);
  } catch (err) {
    await db?.close().catch(() => undefined);
    if (err instanceof AppError) throw err;
    const where = target.kind === 'sqlite' ? `SQLite file ${target.path}` : 'PostgreSQL';
    throw new AppError(ErrorCode.StoreUnavailable, `could not open ${where}: ${(err as Error).message}`, { cause: err });
  }
}

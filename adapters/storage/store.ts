import type { Store } from '../../workflows/store.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './database-url.ts';
import { MIGRATION_LOCK, migrate } from './migrations.ts';
import { openSqlite } from './sqlite-db.ts';
import { createSqlStore } from './sql-store.ts';
import { pruneEvents } from './sql-feedback.ts';
import { pruneUnanswered, scrubUnanswered } from './sql-unanswered.ts';
import { DEFAULT_UNANSWERED_RETENTION_DAYS } from '../../bot/config/index.ts';
import type { SqlDb } from './sql-db.ts';
import { withStoreErrors } from './store-errors.ts';

export type { Store } from '../../workflows/store.ts';
export { DEFAULT_DATABASE_URL, parseDatabaseUrl } from './database-url.ts';

export interface CreateStoreOptions {
  /** Base for relative sqlite:// paths (default: process.cwd()). */
  cwd?: string;
  /** PostgreSQL only: work inside this schema (created when missing). Tests use a unique one per run. */
  schema?: string;
  /** Days an unanswered question is kept (UNANSWERED_RETENTION_DAYS); older ones are deleted. */
  unansweredRetentionDays?: number;
}

/**
 * Opens the store named by DATABASE_URL and brings its schema up to date.
 * Default `sqlite://data/ai-procurement.db`; `postgres://…` lets several replicas share state.
 * Fails with store_unavailable (never with a connection string in the message: it may hold a password).
 */
export async function createStore(databaseUrl: string = DEFAULT_DATABASE_URL, options: CreateStoreOptions = {}): Promise<Store> {
  const target = parseDatabaseUrl(databaseUrl, options.cwd);
  let db: SqlDb | undefined;
  try {
    if (target.kind === 'sqlite') {
      db = openSqlite(target.path);
    } else {
      // pg is loaded only for PostgreSQL deployments.
      const { openPostgres } = await import('./postgres-db.ts');
      db = openPostgres(target.url, { schema: options.schema });
      const schema = options.schema;
      // IF NOT EXISTS still races between replicas starting together; the advisory lock serialises them.
      if (schema) {
        await db.tx(async (tx) => {
          await tx.run(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
          await tx.run(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        });
      }
    }
    await migrate(db);
    await pruneEvents(db);
    // The unanswered log is cleaned on every open as well as on every write: rows an older version stored as
    // typed are redacted, and expired ones deleted even if nothing has been written for a while.
    const log = { retentionDays: options.unansweredRetentionDays ?? DEFAULT_UNANSWERED_RETENTION_DAYS };
    await scrubUnanswered(db);
    await pruneUnanswered(db, log);
    return createSqlStore(withStoreErrors(db), log);
  } catch (err) {
    await db?.close().catch(() => undefined);
    if (err instanceof AppError) throw err;
    const where = target.kind === 'sqlite' ? `SQLite file ${target.path}` : 'PostgreSQL';
    throw new AppError(ErrorCode.StoreUnavailable, `could not open ${where}: ${(err as Error).message}`, { cause: err });
  }
}

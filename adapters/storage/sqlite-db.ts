import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createLock, type Row, type SqlDb, type SqlParam } from './sql-db.ts';

/**
 * better-sqlite3 behind the async SqlDb surface. WAL lets readers run beside the writer (and a second
 * process, such as the CLI, open the same file); synchronous=FULL makes every committed answer durable
 * even if the machine, not just the process, dies right after.
 */
export function openSqlite(path: string, options: { busyTimeoutMs?: number } = {}): SqlDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Another process holding the write lock makes a call wait this long (DATABASE_TIMEOUT_MS), then fail.
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5_000))}`);
  db.pragma('foreign_keys = ON');
  // better-sqlite3 is synchronous, but transactions span awaits: the lock keeps other callers out until COMMIT.
  const lock = createLock();

  const direct: SqlDb = {
    dialect: 'sqlite',
    async all<T extends Row = Row>(sql: string, params: SqlParam[] = []) {
      return db.prepare(sql).all(...params) as T[];
    },
    async run(sql: string, params: SqlParam[] = []) {
      return db.prepare(sql).run(...params).changes;
    },
    tx: () => Promise.reject(new Error('nested transactions are not supported')),
    async close() {},
  };

  return {
    dialect: 'sqlite',
    all: (sql, params) => lock(() => direct.all(sql, params)),
    run: (sql, params) => lock(() => direct.run(sql, params)),
    tx: (fn) =>
      lock(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (err) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw err;
        }
      }),
    close: () =>
      lock(async () => {
        if (db.open) db.close();
      }),
  };
}

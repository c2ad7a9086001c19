import pg from 'pg';
import type { Row, SqlDb, SqlParam } from './sql-db.ts';

export interface PostgresOptions {
  /** Use this schema (created when missing) instead of public: lets tests, or tenants of one server, stay apart. */
  schema?: string;
  max?: number;
  /** DATABASE_TIMEOUT_MS: connecting (or waiting for a pooled connection), each query, each statement on the server. */
  timeoutMs?: number;
  /** Overrides `timeoutMs` for queries and statements (schema changes at start-up). */
  statementTimeoutMs?: number;
}

/** `?` placeholders to PostgreSQL's `$1, $2, …` (our SQL never contains a literal question mark). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

function over(q: Queryable): Omit<SqlDb, 'tx' | 'close'> {
  return {
    dialect: 'postgres',
    async all<T extends Row = Row>(sql: string, params: SqlParam[] = []) {
      return (await q.query(numberPlaceholders(sql), params)).rows as T[];
    },
    async run(sql: string, params: SqlParam[] = []) {
      return (await q.query(numberPlaceholders(sql), params)).rowCount ?? 0;
    },
  };
}

/** A pg Pool behind the SqlDb surface; several bot replicas can share one database. */
export function openPostgres(connectionString: string, options: PostgresOptions = {}): SqlDb {
  const schema = options.schema;
  if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const timeoutMs = options.timeoutMs ?? 2_000;
  const statementMs = options.statementTimeoutMs ?? timeoutMs;
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 5,
    // Every pooled connection works in the chosen schema.
    options: schema ? `-c search_path=${schema}` : undefined,
    // A database that is down, partitioned or saturated fails the call instead of hanging the turn: the wait for
    // a connection, the client-side wait for a reply (a partition never answers) and the server-side statement.
    connectionTimeoutMillis: timeoutMs,
    query_timeout: statementMs,
    statement_timeout: statementMs,
    // Notices a silently dropped connection (a partition) instead of keeping it in the pool forever.
    keepAlive: true,
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  const base = over(pool);
  return {
    ...base,
    async tx<T>(fn: (db: SqlDb) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const inner: SqlDb = { ...over(client), tx: () => Promise.reject(new Error('nested transactions are not supported')), close: async () => {} };
        const result = await fn(inner);
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
        throw err;
      } finally {
        // A connection that could not even roll back (timed out, dropped) is discarded, not handed to the next caller.
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
  };
}

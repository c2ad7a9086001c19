/**
 * The little SQL surface the store needs, so one store implementation (sql-store.ts) serves SQLite and
 * PostgreSQL. SQL is written with `?` placeholders; the PostgreSQL driver numbers them ($1, $2, …).
 */
export type Dialect = 'sqlite' | 'postgres';

export type SqlParam = string | number | null;
export type Row = Record<string, unknown>;

export interface SqlDb {
  readonly dialect: Dialect;
  all<T extends Row = Row>(sql: string, params?: SqlParam[]): Promise<T[]>;
  /** Runs a statement; resolves to the number of rows it changed. */
  run(sql: string, params?: SqlParam[]): Promise<number>;
  /** Runs `fn` in one transaction: all of it is committed or none of it. */
  tx<T>(fn: (db: SqlDb) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A promise-chain mutex: one holder at a time, in arrival order. */
export function createLock(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const result = tail.then(fn, fn);
    // The chain must survive a failed holder, or every later caller would fail too.
    tail = result.catch(() => undefined);
    return result;
  };
}

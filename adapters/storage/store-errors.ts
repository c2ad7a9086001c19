import type { Row, SqlDb, SqlParam } from './sql-db.ts';
import { AppError, ErrorCode, isAppError } from '../../bot/errors.ts';

function asStoreError(err: unknown): never {
  // Coded errors (a run that is not found, a bad answer) pass through; anything the database threw becomes
  // store_unavailable, so the user hears "nothing was changed, try again" rather than a generic failure.
  throw isAppError(err) ? err : new AppError(ErrorCode.StoreUnavailable, undefined, { cause: err });
}

/** Wraps a database so that every failure after it opened surfaces as a coded store_unavailable error. */
export function withStoreErrors(db: SqlDb): SqlDb {
  return {
    dialect: db.dialect,
    all: <T extends Row = Row>(sql: string, params?: SqlParam[]) => db.all<T>(sql, params).catch(asStoreError),
    run: (sql, params) => db.run(sql, params).catch(asStoreError),
    tx: (fn) => db.tx((inner) => fn(withStoreErrors(inner))).catch(asStoreError),
    close: () => db.close(),
  };
}

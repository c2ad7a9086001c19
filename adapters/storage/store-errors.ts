import type { Row, SqlDb, SqlParam } from './sql-db.ts';
import { AppError, ErrorCode, isAppError } from '../../bot/errors.ts';
import { isUnreachable } from './unreachable.ts';

export interface StoreGuardOptions {
  /** DATABASE_TIMEOUT_MS: a call that has not answered by then fails with store_unavailable. */
  timeoutMs: number;
  /** After an unreachable-database failure, calls fail at once for this long before one tries again. */
  cooldownMs?: number;
  now?: () => number;
}

function asStoreError(err: unknown): AppError {
  // Coded errors (a run that is not found, a bad answer) pass through; anything the database threw becomes
  // store_unavailable, so the user hears "nothing was changed, try again" rather than a generic failure.
  return isAppError(err) ? err : new AppError(ErrorCode.StoreUnavailable, undefined, { cause: err });
}

/** Rejects when `p` has not settled within `ms`; the drivers' own timeouts normally fire first. */
function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`database call timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/**
 * Wraps a database so that every failure after it opened surfaces as a coded store_unavailable error, no single
 * call waits longer than the timeout (plus a little, so the driver's own timeout can answer first), and a database
 * that just proved unreachable is not waited on again by every caller: a circuit breaker fails calls at once for
 * `cooldownMs`, then lets the next one try.
 */
export function withStoreErrors(db: SqlDb, options: StoreGuardOptions = { timeoutMs: 2_000 }): SqlDb {
  const now = options.now ?? Date.now;
  const cooldownMs = options.cooldownMs ?? Math.min(options.timeoutMs, 5_000);
  const limit = options.timeoutMs + 250;
  let openUntil = 0;
  const guard = async <T>(call: () => Promise<T>, bounded: boolean): Promise<T> => {
    if (now() < openUntil) throw new AppError(ErrorCode.StoreUnavailable, undefined, { cause: new Error('database unreachable moments ago; not waiting on it again yet') });
    try {
      return await (bounded ? within(call(), limit) : call());
    } catch (err) {
      const cause = isAppError(err) ? err.cause : err;
      if (isUnreachable(cause)) openUntil = now() + cooldownMs;
      throw asStoreError(err);
    }
  };
  const plain = (inner: SqlDb): SqlDb => ({
    dialect: inner.dialect,
    all: <T extends Row = Row>(sql: string, params?: SqlParam[]) => inner.all<T>(sql, params).catch((err: unknown) => Promise.reject(asStoreError(err))),
    run: (sql, params) => inner.run(sql, params).catch((err: unknown) => Promise.reject(asStoreError(err))),
    tx: () => Promise.reject(new Error('nested transactions are not supported')),
    close: () => inner.close(),
  });
  return {
    dialect: db.dialect,
    all: <T extends Row = Row>(sql: string, params?: SqlParam[]) => guard(() => db.all<T>(sql, params), true),
    run: (sql, params) => guard(() => db.run(sql, params), true),
    // A transaction is not cut off from outside (it might still commit after we said it failed); each of its
    // statements, and the wait for a connection, is bounded by the driver's own timeouts instead.
    tx: (fn) => guard(() => db.tx((inner) => fn(plain(inner))), false),
    close: () => db.close(),
  };
}

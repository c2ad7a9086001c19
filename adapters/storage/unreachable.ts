/**
 * Whether a database error means "the database cannot be reached right now" (down, partitioned, locked, out of
 * connections) rather than "this statement is wrong". Only the first kind opens the store's circuit breaker:
 * waiting again for a database that just timed out would only make every turn wait too.
 */
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);
/** PostgreSQL SQLSTATEs: connection exceptions (08…), too many connections, shutting down, cannot connect now, canceled by timeout. */
const PG_STATES = /^(08\d\d\d|53300|57P0[1-3]|57014)$/;
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|CANTOPEN|IOERR|FULL|READONLY|NOTADB|CORRUPT)/;
const MESSAGES = /connection terminated|timeout exceeded when trying to connect|query read timeout|not queryable|connection is not open|database call timed out/i;

export function isUnreachable(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null | undefined;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (NODE_CODES.has(code) || PG_STATES.test(code) || SQLITE_CODES.test(code)) return true;
  return typeof e?.message === 'string' && MESSAGES.test(e.message);
}

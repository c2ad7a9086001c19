import { isAbsolute, resolve } from 'node:path';
import { AppError, ErrorCode } from '../../bot/errors.ts';

export const DEFAULT_DATABASE_URL = 'sqlite://data/ai-procurement.db';

export type DatabaseTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * `sqlite://relative/path.db` (relative to cwd), `sqlite:///absolute/path.db`, `sqlite://:memory:`,
 * or `postgres://…` / `postgresql://…` (passed to pg unchanged).
 */
export function parseDatabaseUrl(databaseUrl: string = DEFAULT_DATABASE_URL, cwd: string = process.cwd()): DatabaseTarget {
  const url = databaseUrl.trim();
  if (/^postgres(ql)?:\/\/.+/i.test(url)) return { kind: 'postgres', url };
  const m = /^sqlite:\/\/(.+)$/i.exec(url);
  if (m) {
    const rest = decodeURIComponent(m[1] ?? '');
    if (rest === ':memory:') return { kind: 'sqlite', path: ':memory:' };
    // sqlite:///abs -> "/abs" (absolute); sqlite://rel -> "rel" (under cwd).
    return { kind: 'sqlite', path: isAbsolute(rest) ? rest : resolve(cwd, rest) };
  }
  throw new AppError(
    ErrorCode.ConfigInvalid,
    'DATABASE_URL must be sqlite://relative/path.db, sqlite:///absolute/path.db or postgres://user@host:5432/db',
  );
}

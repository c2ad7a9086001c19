import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../adapters/storage/sqlite-db.ts';
import { openPostgres } from '../../../adapters/storage/postgres-db.ts';
import { migrate, MIGRATIONS, type Migration } from '../../../adapters/storage/migrations.ts';
import { createStore, parseDatabaseUrl } from '../../../adapters/storage/store.ts';
import { WORKSPACE_TABLES } from '../../../adapters/storage/sql-workspace-data.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from './pg-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'aip-mig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DATABASE_URL', () => {
  it('resolves relative, absolute and default SQLite paths and passes PostgreSQL through', () => {
    expect(parseDatabaseUrl('sqlite://data/x.db', '/srv/app')).toEqual({ kind: 'sqlite', path: '/srv/app/data/x.db' });
    expect(parseDatabaseUrl('sqlite:///var/lib/x.db', '/srv/app')).toEqual({ kind: 'sqlite', path: '/var/lib/x.db' });
    expect(parseDatabaseUrl(undefined, '/srv/app')).toEqual({ kind: 'sqlite', path: '/srv/app/data/ai-procurement.db' });
    expect(parseDatabaseUrl('postgresql://u@h:5432/db')).toEqual({ kind: 'postgres', url: 'postgresql://u@h:5432/db' });
  });

  it('rejects anything else with a config error that says what to set', () => {
    expect(() => parseDatabaseUrl('mysql://h/db')).toThrow(/DATABASE_URL must be sqlite:\/\/relative/);
  });

  it('creates the default file under cwd, WAL mode on', async () => {
    const store = await createStore(undefined, { cwd: dir });
    await store.close();
    expect(existsSync(join(dir, 'data', 'ai-procurement.db'))).toBe(true);
    const db = openSqlite(join(dir, 'data', 'ai-procurement.db'));
    expect(await db.all('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
    await db.close();
  });

  it('says which store it could not open, without the connection string', async () => {
    const err = await createStore('postgres://someone:hunter2-not-real@127.0.0.1:1/db').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect(String((err as Error).message)).not.toContain('hunter2');
  });
});

describe('versioned migrations (SQLite)', () => {
  it('records each version once and applies only newer ones', async () => {
    const db = openSqlite(join(dir, 'm.db'));
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await migrate(db)).toEqual([]);
    // The next version after the released ones (their number grows as migrations are added).
    const next: Migration = { version: MIGRATIONS.at(-1)!.version + 1, name: 'add a column', statements: () => ['ALTER TABLE runs ADD COLUMN title TEXT'] };
    expect(await migrate(db, [...MIGRATIONS, next])).toEqual([next.version]);
    const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual([...MIGRATIONS.map((m) => m.version), next.version]);
    await db.close();
  });

  it('numbers released migrations uniquely, in order (two branches adding the same version would skip one)', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('lists every table keyed by platform + tenant among the ones an uninstall empties', async () => {
    const db = openSqlite(join(dir, 'tenant-tables.db'));
    await migrate(db);
    const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'");
    const keyed: string[] = [];
    for (const { name } of tables) {
      const columns = (await db.all<{ name: string }>(`PRAGMA table_info(${name})`)).map((c) => c.name);
      if (columns.includes('platform') && columns.includes('tenant')) keyed.push(name);
    }
    await db.close();
    expect(keyed.length).toBeGreaterThan(5);
    expect(keyed.sort(), 'add the table to WORKSPACE_TABLES in adapters/storage/sql-workspace-data.ts').toEqual([...WORKSPACE_TABLES].sort());
  });

  it('rolls back a failing migration completely', async () => {
    const db = openSqlite(join(dir, 'bad.db'));
    const bad: Migration = { version: 1, name: 'half', statements: () => ['CREATE TABLE t1 (x TEXT)', 'NOT SQL AT ALL'] };
    await expect(migrate(db, [bad])).rejects.toThrow();
    expect(await db.all("SELECT name FROM sqlite_master WHERE name IN ('t1', 'schema_migrations')")).toEqual([]);
    await db.close();
  });
});

const pgUp = await postgresReachable();
describe.skipIf(!pgUp)('versioned migrations (PostgreSQL)', () => {
  it('lets replicas starting together migrate exactly once', async () => {
    const schema = `aip_mig_${randomBytes(4).toString('hex')}`;
    try {
      const stores = await Promise.all([1, 2, 3].map(() => createStore(TEST_PG_URL, { schema })));
      await Promise.all(stores.map((s) => s.close()));
      const db = openPostgres(TEST_PG_URL, { schema });
      const rows = await db.all<{ version: number }>('SELECT version FROM schema_migrations');
      expect(rows.map((r) => Number(r.version)).sort((a, b) => a - b)).toEqual(MIGRATIONS.map((m) => m.version));
      await db.close();
    } finally {
      await dropSchema(schema);
    }
  });
});

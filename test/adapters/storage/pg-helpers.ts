import pg from 'pg';

/** The CI database (see the issue: PostgreSQL at 127.0.0.1:5432). */
export const TEST_PG_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** True when the test database answers; anything else (refused, auth, missing db) skips the suite loudly. */
export async function postgresReachable(url = TEST_PG_URL): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch (err) {
    console.warn(`\n*** PostgreSQL store tests SKIPPED: ${url} is unreachable (${(err as Error).message}). ***\n*** The PostgreSQL backend is NOT being verified on this machine. ***\n`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function dropSchema(schema: string, url = TEST_PG_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

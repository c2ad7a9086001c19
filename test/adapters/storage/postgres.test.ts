import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { createStore } from '../../../adapters/storage/store.ts';
import { storeContract } from './store-contract.ts';
import { unansweredLogContract } from './unanswered-log-contract.ts';
import { openPostgres } from '../../../adapters/storage/postgres-db.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from './pg-helpers.ts';

const reachable = await postgresReachable();
const schema = `aip_test_${randomBytes(5).toString('hex')}`;

if (reachable) {
  storeContract(`PostgreSQL (schema ${schema})`, {
    open: () => createStore(TEST_PG_URL, { schema }),
    cleanup: () => dropSchema(schema),
  });
  const logSchemas = new Set<string>();
  const logSchema = (name: string) => {
    const s = `${schema}_log_${name.replace(/\W/g, '_')}`;
    logSchemas.add(s);
    return s;
  };
  unansweredLogContract(`PostgreSQL (schemas ${schema}_log_*)`, {
    open: (name, options) => createStore(TEST_PG_URL, { ...options, schema: logSchema(name) }),
    raw: async (name) => {
      const db = openPostgres(TEST_PG_URL, { schema: logSchema(name) });
      await db.run(`CREATE SCHEMA IF NOT EXISTS ${logSchema(name)}`);
      return db;
    },
    cleanup: async () => {
      for (const s of logSchemas) await dropSchema(s);
    },
  });
} else {
  describe.skip('Store contract: PostgreSQL (unreachable, see the warning above)', () => {
    it('skipped', () => undefined);
  });
}

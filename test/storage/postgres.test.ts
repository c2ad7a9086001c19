import { randomBytes } from 'node:crypto';
import { describe, it } from 'vitest';
import { createStore } from '../../adapters/storage/store.ts';
import { storeContract } from './store-contract.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from './pg-helpers.ts';

const reachable = await postgresReachable();
const schema = `aip_test_${randomBytes(5).toString('hex')}`;

if (reachable) {
  storeContract(`PostgreSQL (schema ${schema})`, {
    open: () => createStore(TEST_PG_URL, { schema }),
    cleanup: () => dropSchema(schema),
  });
} else {
  describe.skip('Store contract: PostgreSQL (unreachable, see the warning above)', () => {
    it('skipped', () => undefined);
  });
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../adapters/storage/store.ts';
import { storeContract } from './store-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'aip-store-'));

storeContract('SQLite (temp file)', {
  open: () => createStore(`sqlite://${join(dir, 'contract.db')}`),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

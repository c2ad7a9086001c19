import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../../adapters/storage/store.ts';
import { openSqlite } from '../../../adapters/storage/sqlite-db.ts';
import { storeContract } from './store-contract.ts';
import { unansweredLogContract } from './unanswered-log-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'aip-store-'));

storeContract('SQLite (temp file)', {
  open: () => createStore(`sqlite://${join(dir, 'contract.db')}`),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

unansweredLogContract('SQLite (temp files)', {
  open: (name, options) => createStore(`sqlite://${join(dir, `log-${name}.db`)}`, options),
  raw: async (name) => openSqlite(join(dir, `log-${name}.db`)),
  cleanup: async () => undefined,
});

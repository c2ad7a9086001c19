import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../adapters/app.ts';
import { loadConfig } from '../../bot/config/index.ts';
import { silentLogger } from '../../bot/logger.ts';
import { SHARED_CACHE } from '../knowledge/helpers.ts';

/**
 * The core over the real parts (knowledge base, SQLite store, workflows) in a fresh directory, as the console drives
 * it, with its index loaded; `close` closes it and removes the directory. `env` adds settings.
 */
export async function startConsoleApp(prefix: string, env: Record<string, string> = {}): Promise<{ app: App; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const config = loadConfig({ DATA_DIR: join(dir, 'data'), DATABASE_URL: `sqlite://${join(dir, 'store.db')}`, ...env }, dir);
  const app = await createApp(config, { logger: silentLogger(), cwd: dir, wordVectorCacheDir: SHARED_CACHE });
  await app.knowledge?.answerer();
  return {
    app,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

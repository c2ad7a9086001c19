import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_CACHE } from '../knowledge/helpers.ts';

/** A free loopback port: PORT must be 1-65535, so "0 = any" cannot be passed to the process. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A temp working directory for a real `ai-procurement start`: no developer .env leaks in, nothing is written beside
 * the sources, and `<DATA_DIR>/cache` links to the per-machine word-vector cache, because `start` builds the index
 * before it listens and the GloVe conversion should happen once per machine, not in every run.
 */
export function serverWorkdir(prefix: string): { dir: string; env: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(SHARED_CACHE, { recursive: true });
  mkdirSync(join(dir, 'data'));
  symlinkSync(SHARED_CACHE, join(dir, 'data', 'cache'), 'dir');
  return { dir, env: { HOST: '127.0.0.1', DATA_DIR: join(dir, 'data'), DATABASE_URL: `sqlite://${join(dir, 'store.db')}` } };
}

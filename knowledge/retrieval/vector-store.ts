import { Embeddings } from '@langchain/core/embeddings';
import { Document } from '@langchain/core/documents';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { Embedder } from './embedder.ts';
import type { VectorIndex } from './vector-index.ts';
import { EF_SEARCH, EMPTY_INDEX } from './vector-reader.ts';

/**
 * The one file that touches LangChain: chunk vectors live in hnswlib-node through @langchain/community's
 * HNSWLib store, written with its save() (and readable with its load()). Everything else sees `VectorIndex`;
 * query-time opening uses vector-reader.ts, which reads the same files without loading LangChain.
 */

/** Lets LangChain's store call our Embedder. */
class EmbedderBridge extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }
  embedDocuments(documents: string[]): Promise<number[][]> {
    return this.embedder.embed(documents);
  }
  async embedQuery(document: string): Promise<number[]> {
    const [v] = await this.embedder.embed([document]);
    return v ?? [];
  }
}

function wrap(store: HNSWLib): VectorIndex {
  const count = store._index ? store.index.getCurrentCount() : 0;
  if (count) store.index.setEf(EF_SEARCH);
  return {
    count,
    async search(vector, k) {
      const n = Math.min(k, count);
      if (n <= 0) return [];
      const results = await store.similaritySearchVectorWithScore(vector, n);
      // hnswlib's cosine space returns a distance, 1 - cosine.
      return results.map(([doc, distance]) => ({ chunkId: String(doc.metadata.chunkId), score: 1 - distance }));
    },
  };
}

/** Writes an HNSW index of the given vectors to `directory` (hnswlib.index, args.json, docstore.json). */
export async function saveVectorIndex(
  directory: string,
  embedder: Embedder,
  entries: { chunkId: string; cardId: string; text: string; vector: number[] }[],
  dims: number,
): Promise<VectorIndex> {
  // hnswlib cannot save an index with no points; an empty knowledge base has no vector files at all.
  if (!entries.length) return EMPTY_INDEX;
  const store = new HNSWLib(new EmbedderBridge(embedder), { space: 'cosine', numDimensions: dims });
  const docs = entries.map((e) => new Document({ pageContent: e.text, metadata: { chunkId: e.chunkId, cardId: e.cardId } }));
  await store.addVectors(entries.map((e) => e.vector), docs);
  await store.save(directory);
  return wrap(store);
}

/** Opens an index written by saveVectorIndex through LangChain's HNSWLib.load; `count` 0 means nothing was written. */
export async function loadVectorIndex(directory: string, embedder: Embedder, count: number): Promise<VectorIndex> {
  if (count === 0) return EMPTY_INDEX;
  return wrap(await HNSWLib.load(directory, new EmbedderBridge(embedder)));
}


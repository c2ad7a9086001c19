import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import type { VectorIndex } from './vector-index.ts';

/**
 * Opens, for search, the store that vector-store.ts wrote through LangChain's HNSWLib: the same three files
 * (hnswlib.index, args.json, docstore.json) read with hnswlib-node directly. Importing LangChain costs 300-700 ms
 * of a ~1 s `ask` cold start, and searching needs none of it; test/knowledge/vector-store.test.ts proves both
 * readers return the same neighbours from the same directory.
 */
export async function readVectorIndex(directory: string, count: number): Promise<VectorIndex> {
  if (count === 0) return EMPTY_INDEX;
  const [args, docs] = await Promise.all([
    readFile(join(directory, 'args.json'), 'utf8').then((t) => JSON.parse(t) as { space: 'cosine' | 'l2' | 'ip'; numDimensions: number }),
    readFile(join(directory, 'docstore.json'), 'utf8').then((t) => JSON.parse(t) as [string, { metadata: { chunkId: string } }][]),
  ]);
  const index = new hnswlib.HierarchicalNSW(args.space, args.numDimensions);
  await index.readIndex(join(directory, 'hnswlib.index'));
  const labels = new Map(docs.map(([label, doc]) => [Number(label), doc.metadata.chunkId]));
  const total = index.getCurrentCount();
  index.setEf(EF_SEARCH);
  return {
    count: total,
    async search(vector, k) {
      const n = Math.min(k, total);
      if (n <= 0) return [];
      const { neighbors, distances } = index.searchKnn(vector, n);
      // hnswlib's cosine space returns a distance, 1 - cosine.
      return neighbors.map((label, i) => ({ chunkId: labels.get(label) ?? '', score: 1 - (distances[i] ?? 1) })).filter((h) => h.chunkId);
    },
  };
}

/** Search breadth: with a few hundred chunks a wide beam makes the approximate search exact in practice. */
export const EF_SEARCH = 200;

export const EMPTY_INDEX: VectorIndex = { count: 0, search: async () => [] };

import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadVectorIndex, saveVectorIndex } from '../../knowledge/retrieval/vector-store.ts';
import { readVectorIndex } from '../../knowledge/retrieval/vector-reader.ts';
import type { Embedder } from '../../knowledge/retrieval/embedder.ts';
import { scratch } from './helpers.ts';

/** Deterministic pseudo-random vectors (no embedder needed to test the store itself). */
function vectors(n: number, dims: number, seed: number): number[][] {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 2 - 1;
  return Array.from({ length: n }, () => Array.from({ length: dims }, next));
}
const unused: Embedder = { id: 'unused', dims: 8, embed: async () => { throw new Error('the store must not embed: vectors are given'); } };

describe('HNSWLib vector store', async () => {
  const { dir, cleanup } = await scratch('vs-test-');
  afterAll(cleanup);
  const points = vectors(60, 8, 7);
  const directory = join(dir, 'hnsw');
  const written = await saveVectorIndex(directory, unused, points.map((vector, i) => ({ chunkId: `c${i}`, cardId: `card${i % 5}`, text: `chunk ${i}`, vector })), 8);

  it('finds each stored vector as its own nearest neighbour', async () => {
    for (const [i, v] of points.entries()) {
      const [hit] = await written.search(v, 1);
      expect(hit?.chunkId).toBe(`c${i}`);
      expect(hit?.score).toBeCloseTo(1, 5);
    }
  });

  it('reads the persisted files the same way through hnswlib-node directly and through LangChain HNSWLib.load', async () => {
    const direct = await readVectorIndex(directory, points.length);
    const viaLangChain = await loadVectorIndex(directory, unused, points.length);
    expect(direct.count).toBe(60);
    for (const q of vectors(10, 8, 99)) {
      const a = await direct.search(q, 5);
      const b = await viaLangChain.search(q, 5);
      expect(a.map((h) => h.chunkId)).toEqual(b.map((h) => h.chunkId));
      a.forEach((h, i) => expect(h.score).toBeCloseTo(b[i]!.score, 6));
      expect(a.map((h) => h.score)).toEqual([...a.map((h) => h.score)].sort((x, y) => y - x));
    }
  });

  it('never asks for more neighbours than it holds, and an empty store writes nothing', async () => {
    expect(await (await readVectorIndex(directory, points.length)).search(points[0]!, 500)).toHaveLength(60);
    const empty = await saveVectorIndex(join(dir, 'empty'), unused, [], 8);
    expect(empty.count).toBe(0);
    expect(await (await readVectorIndex(join(dir, 'empty'), 0)).search(points[0]!, 3)).toEqual([]);
  });
});

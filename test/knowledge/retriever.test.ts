import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openIndex } from '../../knowledge/retrieval/open-index.ts';
import { createLocalEmbedder } from '../../knowledge/retrieval/sif-embedder.ts';
import { retrievePassages } from '../../knowledge/retrieval/passages.ts';
import type { Retriever } from '../../knowledge/retrieval/retriever.ts';
import { FIXTURE_CARDS, scratch, SHARED_CACHE } from './helpers.ts';

describe('hybrid retrieval', () => {
  let retriever: Retriever;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const s = await scratch();
    cleanup = s.cleanup;
    const embedder = await createLocalEmbedder({ cacheDir: SHARED_CACHE });
    ({ retriever } = await openIndex({ cardsDir: FIXTURE_CARDS, indexDir: join(s.dir, 'index'), embedder }));
  });
  afterAll(() => cleanup());

  it.each(['bm25', 'dense', 'fused'] as const)('finds the A10G budget in %s mode', async (mode) => {
    const hits = await retriever.search('What does one A10G GPU cost per month?', { k: 3, mode });
    expect(hits[0]?.chunk.cardId).toBe('self-hosting-costs');
  });

  it('fuses both signals: every fused hit carries a BM25 score and a cosine', async () => {
    const hits = await retriever.search('How much does GPT-5.2 cost?', { k: 3 });
    expect(hits[0]?.chunk.cardId).toBe('token-prices');
    for (const h of hits) {
      expect(h.dense).not.toBe(0);
      expect(h.score).toBeGreaterThan(0);
    }
  });

  it('dense mode ranks by the hnswlib cosine; BM25 mode by BM25 alone', async () => {
    const dense = await retriever.search('treaty for foreign court orders', { k: 5, mode: 'dense' });
    expect(dense.map((h) => h.score)).toEqual([...dense.map((h) => h.score)].sort((a, b) => b - a));
    expect(dense.every((h) => h.bm25 === 0)).toBe(true);
    const bm25 = await retriever.search('treaty for foreign court orders', { k: 5, mode: 'bm25' });
    expect(bm25[0]?.chunk.cardId).toBe('transfer-rules');
    expect(bm25.every((h) => h.dense === 0)).toBe(true);
  });

  it('returns passages with the fields grounded generation needs', async () => {
    const [p] = await retrievePassages(retriever, 'Built with Example attribution', 1);
    expect(p).toMatchObject({
      chunkId: 'licence-attribution#attribution', cardId: 'licence-attribution', title: 'Attribution duties in the Example Model Licence',
      heading: 'Attribution', url: 'https://example.org/licence',
    });
    expect(p?.text).toContain('Built with Example');
    expect(typeof p?.score).toBe('number');
  });
});

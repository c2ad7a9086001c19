import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { access, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildIndex } from '../../knowledge/retrieval/build-index.ts';
import { openIndex } from '../../knowledge/retrieval/open-index.ts';
import { isIndexFresh, readCurrentGeneration } from '../../knowledge/retrieval/index-files.ts';
import { createLocalEmbedder, type SifEmbedder } from '../../knowledge/retrieval/sif-embedder.ts';
import type { Embedder } from '../../knowledge/retrieval/embedder.ts';
import { copyFixtureCards, scratch, SHARED_CACHE } from './helpers.ts';

/** The real local embedder, counting the texts it is asked to embed. */
function counting(inner: Embedder): Embedder & { texts: string[] } {
  const texts: string[] = [];
  return { id: inner.id, dims: inner.dims, texts, embed: async (batch) => (texts.push(...batch), inner.embed(batch)) };
}

describe('incremental index build', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let cardsDir: string;
  let indexDir: string;
  let local: SifEmbedder;

  beforeAll(async () => {
    ({ dir, cleanup } = await scratch());
    cardsDir = await copyFixtureCards(dir);
    indexDir = join(dir, 'index');
    local = await createLocalEmbedder({ cacheDir: SHARED_CACHE });
  });
  afterAll(() => cleanup());

  it('embeds everything the first time, nothing the second, and only a changed chunk after an edit', async () => {
    const embedder = counting(local);
    const first = await buildIndex({ cardsDir, indexDir, embedder });
    expect(first).toMatchObject({ cards: 4, embedded: first.chunks, reused: 0, removed: 0, problems: [] });
    expect(first.chunks).toBe(13);

    const second = await buildIndex({ cardsDir, indexDir, embedder });
    expect(second).toMatchObject({ embedded: 0, reused: 13, removed: 0 });

    const path = join(cardsDir, 'self-hosting-costs.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace('starts to make sense', 'usually pays off'));
    embedder.texts.length = 0;
    const third = await buildIndex({ cardsDir, indexDir, embedder });
    expect(third).toMatchObject({ embedded: 1, reused: 12, removed: 1 });
    expect(embedder.texts).toHaveLength(1);
    expect(embedder.texts[0]).toContain('usually pays off');

    await rm(join(cardsDir, 'licence-attribution.md'));
    const fourth = await buildIndex({ cardsDir, indexDir, embedder });
    expect(fourth).toMatchObject({ cards: 3, embedded: 0, removed: 3 });
  });

  it('persists the HNSWLib store and a manifest with hashes under the index directory', async () => {
    const gen = await readCurrentGeneration(indexDir);
    expect(gen?.manifest.embedderId).toBe(local.id);
    for (const f of ['hnsw/hnswlib.index', 'hnsw/args.json', 'hnsw/docstore.json', 'vectors.bin', 'manifest.json']) {
      await expect(access(join(gen!.dir, f))).resolves.toBeUndefined();
    }
    expect(gen!.manifest.chunks.every((c) => /^[0-9a-f]{16}$/.test(c.hash))).toBe(true);
  });

  it('knows when the index is stale and rebuilds it on open', async () => {
    expect(await isIndexFresh(cardsDir, indexDir, local.id)).toBe(true);
    await utimes(join(cardsDir, 'token-prices.md'), new Date(), new Date(Date.now() + 10_000));
    expect(await isIndexFresh(cardsDir, indexDir, local.id)).toBe(false);

    const opened = await openIndex({ cardsDir, indexDir, embedder: local });
    expect(opened.reason).toBe('stale');
    // Only the modification time changed: every vector is reused.
    expect(opened.built).toMatchObject({ embedded: 0, removed: 0 });
    expect(await isIndexFresh(cardsDir, indexDir, local.id)).toBe(true);

    const again = await openIndex({ cardsDir, indexDir, embedder: local });
    expect(again.built).toBeUndefined();
  });

  it('re-embeds everything for a different embedder, and builds a missing index on open', async () => {
    const other = { ...counting(local), id: `${local.id}:other` };
    const opened = await openIndex({ cardsDir, indexDir, embedder: other });
    expect(opened.reason).toBe('embedder');
    expect(opened.built?.embedded).toBe(opened.built?.chunks);

    const fresh = join(dir, 'fresh-index');
    const built = await openIndex({ cardsDir, indexDir: fresh, embedder: local });
    expect(built.reason).toBe('missing');
    expect(built.retriever.chunks.length).toBeGreaterThan(0);
  });

  it('reports cards it could not index instead of failing the build', async () => {
    await writeFile(join(cardsDir, 'broken.md'), '# no front matter\n');
    const report = await buildIndex({ cardsDir, indexDir, embedder: local });
    expect(report.problems).toEqual([expect.objectContaining({ message: expect.stringContaining('front matter') })]);
    await rm(join(cardsDir, 'broken.md'));
  });
});

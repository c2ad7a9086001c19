import { loadWordVectorCache } from '../../knowledge/retrieval/glove/vector-cache.ts';
import { SHARED_CACHE } from '../knowledge/helpers.ts';

/**
 * Converts the GloVe word vectors once, before any test file starts, into the cache every test shares. On a fresh
 * clone that takes seconds and hundreds of MB; done inside tests it would race other workers and eat their timeouts.
 */
export default async function setup(): Promise<void> {
  const started = Date.now();
  await loadWordVectorCache({
    cacheDir: SHARED_CACHE,
    onConvert: () => process.stdout.write('Converting the GloVe word vectors once for all tests...\n'),
  });
  const ms = Date.now() - started;
  if (ms > 1000) process.stdout.write(`Word vectors ready in ${ms} ms.\n`);
}

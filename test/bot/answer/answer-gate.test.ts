import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createExtractiveAnswerer, type ExtractiveAnswerer } from '../../../bot/answer/extractive.ts';
import { createModelAnswerer } from '../../../bot/answer/model-answerer.ts';
import { openIndex } from '../../../knowledge/retrieval/open-index.ts';
import { createLocalEmbedder } from '../../../knowledge/retrieval/sif-embedder.ts';
import type { FakeModelServer } from '../../fakes/model-servers/index.ts';
import { FIXTURE_CARDS, scratch, SHARED_CACHE } from '../../knowledge/helpers.ts';
import { PROTOCOLS, memoryLogger, modelFor } from './model-helpers.ts';

const ollama = PROTOCOLS.find((p) => p.provider === 'ollama')!;

/**
 * With a model configured the real extractive answerer is the gate: what it refuses never reaches the model, and
 * what it finds uncovered reaches the model as a list to name rather than guess about.
 */
describe('model answers pass the same answerability gate', () => {
  let server: FakeModelServer;
  let extractive: ExtractiveAnswerer;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    server = await ollama.start();
    const s = await scratch('gate-test-');
    cleanup = s.cleanup;
    const embedder = await createLocalEmbedder({ cacheDir: SHARED_CACHE });
    const { retriever } = await openIndex({ cardsDir: FIXTURE_CARDS, indexDir: join(s.dir, 'index'), embedder });
    extractive = await createExtractiveAnswerer({ retriever });
  });
  afterAll(async () => {
    await server.close();
    await cleanup();
  });

  const answererFor = () => createModelAnswerer({
    retrieve: (q, k) => extractive.retrieve(q, k),
    fallback: extractive,
    models: { default: modelFor(ollama, server) },
    logger: memoryLogger().logger,
  });

  it('an off-topic question is declined without a model call', async () => {
    const before = server.requests.length;
    const result = await answererFor().answer({ question: "What's the weather in Paris tomorrow?" });
    expect(result.answered).toBe(false);
    expect(server.requests.length).toBe(before);
  });

  it('a question naming something uncovered tells the model to say so, and the answer lists it', async () => {
    server.script({ kind: 'reply', pieces: ['The knowledge base has no price for GPT-7; GPT-5.2 costs $1.75 per million input tokens [1].'] });
    const before = server.requests.length;
    const result = await answererFor().answer({ question: 'How much does GPT-7 cost per million tokens?' });
    const sent = server.requests.slice(before).map((r) => r.raw).join('\n');
    expect(sent).toContain('The knowledge base has nothing on: GPT-7');
    expect(result).toMatchObject({ mode: 'model', unknown: ['GPT-7'] });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExtractiveAnswerer, type ExtractiveAnswerer } from '../../../bot/answer/extractive.ts';
import { createModelAnswerer } from '../../../bot/answer/model-answerer.ts';
import { UNVERIFIED_NOTE } from '../../../bot/answer/grounding.ts';
import { createBot } from '../../../bot/bot.ts';
import { USER_MESSAGES } from '../../../bot/errors.ts';
import type { Turn } from '../../../bot/turn.ts';
import { createLocalEmbedder } from '../../../knowledge/retrieval/sif-embedder.ts';
import { openIndex } from '../../../knowledge/retrieval/open-index.ts';
import type { FakeModelServer } from '../../fakes/model-servers/index.ts';
import { PROTOCOLS, memoryLogger, modelFor } from './model-helpers.ts';
import { SHARED_CACHE } from '../../knowledge/helpers.ts';
import { unmarked } from '../../helpers/unmarked.ts';

/**
 * The model answerer over the real knowledge base: real cards, real hybrid retrieval, the real extractive answerer
 * as its fallback; only the model servers are fakes.
 */
const protocol = (p: string) => PROTOCOLS.find((x) => x.provider === p)!;
const QUESTION = 'Should sensitive prompts go to a self-hosted model or a closed API?';
// The word-vector cache is converted once per machine and reused; the index is built fresh for this run.
const CACHE_DIR = SHARED_CACHE;

describe('model answerer over the real knowledge base', () => {
  let indexDir: string;
  let extractive: ExtractiveAnswerer;
  let ollama: FakeModelServer;
  let openai: FakeModelServer;

  beforeAll(async () => {
    indexDir = mkdtempSync(join(tmpdir(), 'ai-procurement-model-kb-'));
    const embedder = await createLocalEmbedder({ cacheDir: CACHE_DIR });
    const { retriever } = await openIndex({ cardsDir: join(import.meta.dirname, '../../../knowledge/cards'), indexDir, embedder });
    extractive = await createExtractiveAnswerer({ retriever });
    ollama = await protocol('ollama').start();
    openai = await protocol('openai').start();
  });
  afterAll(async () => {
    await Promise.all([ollama?.close(), openai?.close()]);
    if (indexDir) rmSync(indexDir, { recursive: true, force: true });
  });

  const turn = (text: string, channel = 'general'): Turn => ({ platform: 'slack', tenant: 'T1', channel, user: { id: 'U1' }, input: { kind: 'text', text } });

  it('sends the retrieved passages, and the reply cites exactly the passages the model cited', async () => {
    const passages = await extractive.retrieve(QUESTION, 5);
    expect(passages.length).toBe(5);
    ollama.script({ kind: 'reply', pieces: ['Send regulated personal data to the self-hosted model ', '[2]', ' and frontier reasoning to the closed API [2].'] });
    const { logger } = memoryLogger();
    const answerer = createModelAnswerer({ retrieve: (q, k) => extractive.retrieve(q, k), fallback: extractive, models: { default: modelFor(protocol('ollama'), ollama) }, logger });
    const bot = createBot({ logger, answerer });
    // The answer is marked untrusted (bot/inert); this test is about what it says.
    const reply = unmarked(await bot.handle(turn(QUESTION)));

    const prompt = protocol('ollama').promptText(ollama.requests.at(-1)!);
    for (const p of passages) expect(prompt).toContain(p.text.trim().slice(0, 200));
    expect(reply).toMatchObject({ kind: 'answer', mode: 'model', provider: 'ollama' });
    expect(reply.text).toBe('Send regulated personal data to the self-hosted model [1] and frontier reasoning to the closed API [1].');
    expect(reply.citations).toEqual([{ n: 1, id: passages[1]!.cardId, title: passages[1]!.title, url: passages[1]!.url }]);
    // The confidence is the knowledge base's own, for the same question.
    expect(reply.confidence).toBe((await extractive.answer({ question: QUESTION })).confidence);
    await bot.close();
  });

  it('an out-of-range citation gets the real extractive answer, with the note', async () => {
    ollama.script({ kind: 'reply', pieces: ['Always self-host [9].'] });
    const { logger } = memoryLogger();
    const answerer = createModelAnswerer({ retrieve: (q, k) => extractive.retrieve(q, k), fallback: extractive, models: { default: modelFor(protocol('ollama'), ollama) }, logger });
    const result = await answerer.answer({ question: QUESTION });
    const expected = await extractive.answer({ question: QUESTION });
    expect(result).toEqual({ ...expected, notes: [UNVERIFIED_NOTE] });
  });

  it('a model that is down gets the real extractive answer, with the note, in the channel', async () => {
    openai.script({ kind: 'status', status: 500 });
    const { logger } = memoryLogger();
    const answerer = createModelAnswerer({ retrieve: (q, k) => extractive.retrieve(q, k), fallback: extractive, models: { default: modelFor(protocol('openai'), openai) }, logger });
    const reply = await createBot({ logger, answerer }).handle(turn(QUESTION));
    expect(reply).toMatchObject({ kind: 'answer', mode: 'extractive', notes: [USER_MESSAGES.model_unavailable] });
    expect(reply.citations!.length).toBeGreaterThan(0);
  });

  it('a question with personal data in a hybrid setup reaches only the self-hosted server', async () => {
    ollama.script({ kind: 'reply', pieces: ['Route it to the self-hosted model [1].'] });
    const before = openai.requests.length;
    const { logger } = memoryLogger();
    const answerer = createModelAnswerer({
      retrieve: (q, k) => extractive.retrieve(q, k),
      fallback: extractive,
      models: { default: modelFor(protocol('openai'), openai), sensitive: modelFor(protocol('ollama'), ollama) },
      logger,
    });
    const reply = await createBot({ logger, answerer }).handle(turn(`My email is jane.doe@example.co.uk. ${QUESTION}`));
    expect(openai.requests.length).toBe(before);
    expect(reply).toMatchObject({ mode: 'model', provider: 'ollama' });
  });
});

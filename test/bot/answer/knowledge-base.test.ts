import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createKnowledgeBase, type KnowledgeBase } from '../../../bot/answer/knowledge-base.ts';
import { createConfiguredKnowledgeBase } from '../../../adapters/knowledge-base.ts';
import { formatBuildReport } from '../../../knowledge/retrieval/format-build.ts';
import { createLogger } from '../../../bot/logger.ts';
import { copyFixtureCards, scratch, SHARED_CACHE } from '../../knowledge/helpers.ts';
import { Writable } from 'node:stream';

describe('createKnowledgeBase', () => {
  let kb: KnowledgeBase;
  let dataDir: string;
  let cleanup: () => Promise<void>;
  const logLines: string[] = [];
  beforeAll(async () => {
    const s = await scratch('kb-wiring-');
    cleanup = s.cleanup;
    dataDir = join(s.dir, 'data');
    const cardsDir = await copyFixtureCards(s.dir);
    const destination = new Writable({ write: (chunk, _enc, done) => (logLines.push(String(chunk)), done()) });
    kb = createKnowledgeBase({ dataDir, cardsDir, cacheDir: SHARED_CACHE, logger: createLogger({ level: 'info', destination }), embeddings: { provider: 'local' } });
  });
  afterAll(() => cleanup());

  it('builds the missing index on first use, under <dataDir>/index', async () => {
    expect(await kb.isFresh()).toBe(false);
    const passages = await kb.retrieve('How much does GPT-5.2 cost?', 3);
    expect(passages[0]?.cardId).toBe('token-prices');
    await expect(access(join(dataDir, 'index', 'current.json'))).resolves.toBeUndefined();
    expect(await kb.isFresh()).toBe(true);
    expect(logLines.join('')).toMatch(/"reason":"missing".*knowledge index built/);
  });

  it('rebuilds incrementally and prints a report', async () => {
    const report = await kb.build();
    expect(report).toMatchObject({ cards: 4, embedded: 0, reused: 13, removed: 0 });
    expect(formatBuildReport(report)).toMatch(/Indexed 4 cards as 13 chunks .*\n\s+embedded 0, reused 13, removed 0/);
  });

  it('answers through the extractive answerer and lints the cards', async () => {
    const answerer = await kb.answerer();
    expect((await answerer.answer({ question: 'What must products built on the Example model display?' })).answer).toContain('Built with Example');
    expect((await kb.lint()).ok).toBe(true);
  });

  it('a running process picks up an edited card on its next recheck', async () => {
    const cardsDir = join(dataDir, '..', 'cards');
    const live = createKnowledgeBase({ dataDir, cardsDir, cacheDir: SHARED_CACHE, logger: createLogger({ level: 'silent' }), recheckMs: 0 });
    const answerer = await live.answerer();
    const before = await answerer.answer({ question: 'What does the OpenAI Batch API do to the price of requests?' });
    expect(before.answer).toContain('halves the price');
    const path = join(cardsDir, 'token-prices.md');
    await writeFile(path, (await readFile(path, 'utf8')).replace('halves the price', 'cuts the price by 50%'));
    const after = await answerer.answer({ question: 'What does the OpenAI Batch API do to the price of requests?' });
    expect(after.answer).toContain('cuts the price by 50%');
  });

  it('refuses a remote embeddings provider without its settings, with an actionable error', async () => {
    const remote = createConfiguredKnowledgeBase({ dataDir, logger: createLogger({ level: 'silent' }), embeddings: { provider: 'openai' } });
    await expect(remote.retriever()).rejects.toThrow(/OPENAI_API_KEY is required/);
  });

  it('says how to get remote embeddings when the core is built without the model adapters', async () => {
    const bare = createKnowledgeBase({ dataDir, logger: createLogger({ level: 'silent' }), embeddings: { provider: 'ollama', baseUrl: 'http://127.0.0.1:9' } });
    await expect(bare.retriever()).rejects.toThrow(/EMBEDDINGS_PROVIDER=ollama needs the model adapters/);
  });
});

import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../bot/answer/follow-up.ts';
import { createApp } from '../../../adapters/app.ts';
import { loadConfig } from '../../../bot/config/index.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED_CACHE } from '../../knowledge/helpers.ts';

const history = [
  { role: 'user' as const, text: 'What licence does Qwen3 use?' },
  { role: 'bot' as const, text: 'Qwen3 uses Apache 2.0 [1].' },
];

describe('searchQuery', () => {
  it('searches a short follow-up together with the previous question', () => {
    expect(searchQuery({ question: 'What about DeepSeek R1?', history })).toBe('What licence does Qwen3 use? What about DeepSeek R1?');
    expect(searchQuery({ question: 'Can we use it commercially?', history })).toBe('What licence does Qwen3 use? Can we use it commercially?');
  });

  it('searches a self-contained question, or one with no history, as asked', () => {
    expect(searchQuery({ question: 'What does the Llama 4 licence require us to display?', history })).toBe('What does the Llama 4 licence require us to display?');
    expect(searchQuery({ question: 'What about DeepSeek R1?' })).toBe('What about DeepSeek R1?');
    expect(searchQuery({ question: 'What about DeepSeek R1?', history: [{ role: 'bot', text: 'Hello' }] })).toBe('What about DeepSeek R1?');
  });
});

describe('a follow-up in a thread, answered from the knowledge base', () => {
  it('answers "can we use it commercially?" about Qwen, because the thread was about Qwen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aip-follow-up-'));
    const config = loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 'state.db')}` });
    const app = await createApp(config, { logger: silentLogger(), wordVectorCacheDir: SHARED_CACHE });
    try {
      const reply = await app.bot.handle({
        platform: 'slack', tenant: 'T1', channel: 'C1', thread: '1.0', user: { id: 'U1' },
        input: { kind: 'text', text: 'Can we use it commercially?' },
        history,
      });
      // Searched on its own, the follow-up lands on another model's licence; with the thread it stays on Qwen.
      expect(reply.kind).toBe('answer');
      expect(reply.text).toMatch(/Qwen/);
      expect(reply.citations?.[0]?.id).toBe('qwen-licences');
    } finally {
      await app.close();
    }
  });
});

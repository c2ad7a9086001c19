import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runConsole } from '../../../adapters/console/console.ts';
import { createApp } from '../../../adapters/app.ts';
import { loadConfig } from '../../../bot/config/index.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { closedPort, startFakeOllama, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { SHARED_CACHE } from '../../knowledge/helpers.ts';

let ollama: FakeModelServer;
let dir: string;

beforeAll(async () => {
  ollama = await startFakeOllama();
  dir = await mkdtemp(join(tmpdir(), 'aip-console-model-'));
});
afterAll(async () => {
  await ollama.close();
  await rm(dir, { recursive: true, force: true });
});

/** One interactive console session over the real app, with the answering model at `baseUrl`. */
async function session(baseUrl: string, question: string): Promise<{ printed: string; chunks: string[] }> {
  const config = loadConfig({ MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: baseUrl, MODEL_TIMEOUT_MS: '2000', DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 'state.db')}` });
  const app = await createApp(config, { logger: silentLogger(), wordVectorCacheDir: SHARED_CACHE });
  const input = new PassThrough();
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (d: Buffer) => chunks.push(d.toString()));
  const done = runConsole({ bot: app.bot, input, output, interactive: true, user: 'tester', exportDir: join(dir, 'exports') });
  input.write(`${question}\n`);
  input.end();
  await done;
  await app.close();
  return { printed: chunks.join(''), chunks };
}

describe('console chat with a self-hosted model', () => {
  it('prints the answer as it streams, once, followed by its sources', async () => {
    ollama.script({ kind: 'reply', pieces: ['Products built on Llama 4 ', 'must display the notice ', '"Built with Llama" [1].'] });
    const { printed, chunks } = await session(ollama.url, 'What does the Llama 4 licence require us to display?');
    // The pieces arrived as separate writes, in order, before the sources.
    const streamed = chunks.findIndex((c) => c.includes('Products built on Llama 4'));
    const last = chunks.findIndex((c) => c.includes('"Built with Llama" [1].'));
    expect(streamed).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(streamed);
    expect(printed.split('"Built with Llama" [1].')).toHaveLength(2);
    expect(printed).toMatch(/Sources:\n {2}\[1\] /);
    expect(printed).toContain('written by ollama from the sources above');
    const sent = JSON.stringify(ollama.requests.at(-1)?.body);
    expect(sent).toContain('What does the Llama 4 licence require us to display?');
  });

  it('still answers from the knowledge base, with a note, when the model server is down', async () => {
    const { printed } = await session(`http://127.0.0.1:${await closedPort()}`, 'What does the Llama 4 licence require us to display?');
    expect(printed).toContain('Built with Llama');
    expect(printed).toMatch(/Note: The language model is unavailable right now/);
    expect(printed).not.toMatch(/ECONNREFUSED/);
  });
});

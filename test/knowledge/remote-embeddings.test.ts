import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createConfiguredKnowledgeBase as createKnowledgeBase } from '../../adapters/knowledge-base.ts';
import { silentLogger } from '../../bot/logger.ts';
import { FIXTURE_CARDS, scratch } from './helpers.ts';

/**
 * The far side of the wire is faked, on 127.0.0.1, speaking each server's real protocol:
 * Ollama POST /api/embed {model, input[]} -> {embeddings}, OpenAI POST /v1/embeddings -> {data[{embedding}]}
 * (base64 float32 when the SDK asks for it, as the official SDK does by default).
 */
const DIMS = 16;
/** A crude but deterministic embedding: letter-trigram counts hashed into 16 buckets. */
function fakeVector(text: string): number[] {
  const v = new Array<number>(DIMS).fill(0);
  const t = text.toLowerCase();
  for (let i = 0; i + 3 <= t.length; i += 1) {
    let h = 0;
    for (const c of t.slice(i, i + 3)) h = (h * 31 + c.charCodeAt(0)) % 9973;
    v[h % DIMS]! += 1;
  }
  return v;
}

interface Fake {
  url: string;
  requests: { path: string; body: { model: string; input: string[] | string; encoding_format?: string }; auth?: string }[];
  close(): Promise<void>;
}

async function body(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += String(chunk);
  return s;
}

async function fakeServer(): Promise<Fake> {
  const requests: Fake['requests'] = [];
  const server: Server = createServer(async (req, res) => {
    const parsed = JSON.parse(await body(req)) as Fake['requests'][number]['body'];
    requests.push({ path: req.url ?? '', body: parsed, auth: req.headers.authorization });
    const input = Array.isArray(parsed.input) ? parsed.input : [parsed.input];
    res.setHeader('content-type', 'application/json');
    if (req.method === 'POST' && req.url === '/api/embed') {
      res.end(JSON.stringify({ model: parsed.model, embeddings: input.map(fakeVector) }));
    } else if (req.method === 'POST' && req.url === '/v1/embeddings') {
      const data = input.map((text, index) => {
        const v = fakeVector(text);
        const embedding = parsed.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v;
        return { object: 'embedding', index, embedding };
      });
      res.end(JSON.stringify({ object: 'list', model: parsed.model, data, usage: { prompt_tokens: 1, total_tokens: 1 } }));
    } else {
      res.statusCode = 404;
      res.end('{"error":"not found"}');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(() => r())) };
}

describe('knowledge base over a model server\'s embeddings', () => {
  let fake: Fake;
  let cleanup: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    fake = await fakeServer();
    ({ dir, cleanup } = await scratch('remote-emb-'));
  });
  afterAll(async () => {
    await fake.close();
    await cleanup();
  });

  it('indexes and searches with Ollama embeddings, and re-embeds nothing on a rebuild', async () => {
    const kb = createKnowledgeBase({ dataDir: join(dir, 'ollama'), cardsDir: FIXTURE_CARDS, logger: silentLogger(), embeddings: { provider: 'ollama', baseUrl: fake.url, model: 'fake-embed' } });
    const passages = await kb.retrieve('How much does GPT-5.2 cost?', 3, 'fused');
    expect(passages[0]?.cardId).toBe('token-prices');
    const docs = fake.requests.filter((r) => r.path === '/api/embed' && Array.isArray(r.body.input) && r.body.input.length > 1);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.every((r) => r.body.model === 'fake-embed')).toBe(true);
    expect((await kb.embedder()).id).toBe(`ollama:fake-embed@${fake.url}`);
    expect((await kb.embedder()).dims).toBe(DIMS);

    const before = fake.requests.length;
    expect(await kb.build()).toMatchObject({ embedded: 0, reused: 13 });
    expect(fake.requests.length).toBe(before);
  });

  it('indexes with OpenAI embeddings at the configured base URL, sending the key only there', async () => {
    const kb = createKnowledgeBase({
      dataDir: join(dir, 'openai'), cardsDir: FIXTURE_CARDS, logger: silentLogger(),
      embeddings: { provider: 'openai', baseUrl: fake.url, model: 'text-embedding-3-small' }, secrets: { openaiApiKey: 'sk-FAKE-NOT-REAL-embeddings' },
    });
    const report = await kb.build();
    expect(report).toMatchObject({ cards: 4, embedded: 13 });
    const calls = fake.requests.filter((r) => r.path === '/v1/embeddings');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls[0]).toMatchObject({ body: { model: 'text-embedding-3-small' }, auth: 'Bearer sk-FAKE-NOT-REAL-embeddings' });
    const answer = await (await kb.answerer()).answer({ question: 'What must products built on the Example model display?' });
    expect(answer.answer).toContain('Built with Example');
  });

  it('keeps answering with BM25 alone when the embeddings server goes down after the build', async () => {
    const brief = await fakeServer();
    const kb = createKnowledgeBase({ dataDir: join(dir, 'flaky'), cardsDir: FIXTURE_CARDS, logger: silentLogger(), embeddings: { provider: 'ollama', baseUrl: brief.url, model: 'fake-embed' } });
    const answerer = await kb.answerer();
    expect((await answerer.answer({ question: 'What does one A10G GPU cost a month?' })).answered).toBe(true);
    await brief.close();
    const r = await answerer.answer({ question: 'What does one A10G GPU cost a month?' });
    expect(r).toMatchObject({ answered: true });
    expect(r.answer).toContain('£1,500');
  });

  it('fails with an actionable index error when the embeddings server is down', async () => {
    const kb = createKnowledgeBase({ dataDir: join(dir, 'down'), cardsDir: FIXTURE_CARDS, logger: silentLogger(), embeddings: { provider: 'ollama', baseUrl: 'http://127.0.0.1:9', model: 'x' } });
    await expect(kb.build()).rejects.toMatchObject({ code: 'index_unavailable', message: expect.stringContaining('Ollama embeddings server did not answer') });
  });
});

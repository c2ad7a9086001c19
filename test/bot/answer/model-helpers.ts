import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../../bot/logger.ts';
import type { Answerer, AnswerResult } from '../../../bot/answer/types.ts';
import type { Passage, RetrieveFn } from '../../../bot/answer/model-answerer.ts';
import type { ChatModel } from '../../../bot/answer/chat-model.ts';
import { createChatModel, type ChatModelSecrets } from '../../../adapters/models/index.ts';
import type { ModelTarget } from '../../../bot/config/index.ts';
import { startFakeAnthropic, startFakeOllama, startFakeOpenAI, type FakeModelServer, type RecordedRequest } from '../../fakes/model-servers/index.ts';

/** A few passages in the shape retrieval returns; enough for a question to retrieve two or three of them. */
export const PASSAGES: Passage[] = [
  {
    cardId: 'hybrid-routing',
    title: 'Hybrid deployment',
    heading: 'Routing by sensitivity',
    url: 'https://example.org/kb/hybrid-routing',
    text: 'A hybrid deployment routes sensitive prompts to a self-hosted open-weight model and everything else to a closed API. The routing rule is written down and logged.',
  },
  {
    cardId: 'self-hosting-costs',
    title: 'Self-hosting costs',
    heading: 'GPU rental',
    url: null,
    text: 'Self-hosting an open-weight model needs GPUs: an H100 rents for roughly two to four dollars an hour. Prompts stay inside the building.',
  },
  {
    cardId: 'closed-api-pricing',
    title: 'Closed API pricing',
    heading: 'Per-token billing',
    url: 'https://example.org/kb/closed-api-pricing',
    text: 'Closed APIs bill per token, so a closed API is cheaper to start with: no GPUs, no operations team. Prompts leave the building.',
  },
];

/** A small real retrieval: passages sharing words with the question, most shared words first. */
export function keywordRetrieve(passages: Passage[] = PASSAGES): RetrieveFn {
  const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return async (question, k) => {
    const q = words(question);
    return passages
      .map((p, i) => ({ p, i, score: [...words(`${p.title} ${p.heading ?? ''} ${p.text}`)].filter((w) => q.has(w)).length }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, k)
      .map((s) => s.p);
  };
}

/** A minimal extractive answerer: the first sentence of the best passage, cited. Stands in until knowledge/ has one. */
export function firstSentenceAnswerer(retrieve: RetrieveFn = keywordRetrieve()): Answerer & { calls: number } {
  const answerer = {
    calls: 0,
    async answer(request: { question: string }): Promise<AnswerResult> {
      answerer.calls += 1;
      const [best] = await retrieve(request.question, 1);
      if (!best) return { answered: false, answer: "I don't know that yet.", citations: [], confidence: 0, mode: 'extractive' };
      const sentence = /^[^.]*\./.exec(best.text)?.[0] ?? best.text;
      return { answered: true, answer: `${sentence} [1]`, citations: [{ n: 1, id: best.cardId, title: best.title, url: best.url }], confidence: 0.8, mode: 'extractive' };
    },
  };
  return answerer;
}

/** A logger that keeps its JSON lines, with no secret scrubbing: a leak in what we log would show. */
export function memoryLogger(): { logger: Logger; lines: string[]; entries: () => Record<string, unknown>[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString('utf8'));
      cb();
    },
  });
  const logger = createLogger({ level: 'trace', destination });
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

export const OPENAI_KEY = 'sk-FAKE-NOT-REAL-openai';
export const ANTHROPIC_KEY = 'sk-FAKE-NOT-REAL-anthropic';
export const COMPATIBLE_KEY = 'vllm-test-not-a-real-key-0123456789';

/** One wire protocol under test: how to start its fake, configure a model for it, and read what was sent. */
export interface Protocol {
  provider: ModelTarget['provider'];
  start: () => Promise<FakeModelServer>;
  target: (server: FakeModelServer) => ModelTarget;
  secrets: ChatModelSecrets;
  /** The auth header the request must carry, or undefined when the provider sends none. */
  auth?: { header: string; value: string };
  /** All prompt text sent (system + messages). */
  promptText: (r: RecordedRequest) => string;
  temperature: (r: RecordedRequest) => unknown;
  maxTokens: (r: RecordedRequest) => unknown;
}

type Body = Record<string, unknown> & { messages?: { content: unknown }[]; options?: Record<string, unknown> };
const body = (r: RecordedRequest) => (r.body ?? {}) as Body;
const contentText = (c: unknown): string =>
  typeof c === 'string' ? c : Array.isArray(c) ? c.map((b) => (typeof b === 'object' && b && 'text' in b ? String(b.text) : '')).join('') : '';
const messagesText = (r: RecordedRequest) => (body(r).messages ?? []).map((m) => contentText(m.content)).join('\n');

export const PROTOCOLS: Protocol[] = [
  {
    provider: 'ollama',
    start: startFakeOllama,
    target: (s) => ({ provider: 'ollama', name: 'llama3.1:8b', baseUrl: s.url }),
    secrets: {},
    promptText: messagesText,
    temperature: (r) => body(r).options?.temperature,
    maxTokens: (r) => body(r).options?.num_predict,
  },
  {
    provider: 'openai-compatible',
    start: startFakeOpenAI,
    // The server root: the adapter adds /v1 as vLLM, llama.cpp and LM Studio expect.
    target: (s) => ({ provider: 'openai-compatible', name: 'Qwen/Qwen2.5-7B-Instruct', baseUrl: s.url }),
    secrets: { modelApiKey: COMPATIBLE_KEY, openaiApiKey: OPENAI_KEY },
    auth: { header: 'authorization', value: `Bearer ${COMPATIBLE_KEY}` },
    promptText: messagesText,
    temperature: (r) => body(r).temperature,
    maxTokens: (r) => body(r).max_tokens,
  },
  {
    provider: 'openai',
    start: startFakeOpenAI,
    target: (s) => ({ provider: 'openai', name: 'gpt-4.1-mini', baseUrl: `${s.url}/v1` }),
    secrets: { openaiApiKey: OPENAI_KEY },
    auth: { header: 'authorization', value: `Bearer ${OPENAI_KEY}` },
    promptText: messagesText,
    temperature: (r) => body(r).temperature,
    maxTokens: (r) => body(r).max_tokens,
  },
  {
    provider: 'anthropic',
    start: startFakeAnthropic,
    target: (s) => ({ provider: 'anthropic', name: 'claude-sonnet-4-5', baseUrl: s.url }),
    secrets: { anthropicApiKey: ANTHROPIC_KEY },
    auth: { header: 'x-api-key', value: ANTHROPIC_KEY },
    promptText: (r) => `${contentText(body(r).system)}\n${messagesText(r)}`,
    temperature: (r) => body(r).temperature,
    maxTokens: (r) => body(r).max_tokens,
  },
];

/** Builds the ChatModel for a protocol's fake server. */
export function modelFor(protocol: Protocol, server: FakeModelServer, timeoutMs = 5_000): ChatModel {
  const model = createChatModel(protocol.target(server), protocol.secrets, timeoutMs);
  if (!model) throw new Error('no model');
  return model;
}

/** The "[n] Title — Heading" labels of the passages in a prompt, by number. */
export function promptLabels(prompt: string): Map<number, string> {
  return new Map([...prompt.matchAll(/^\[(\d+)\] (.+)$/gm)].map((m) => [Number(m[1]), m[2] ?? '']));
}

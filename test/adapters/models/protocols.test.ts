import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createModelAnswerer } from '../../../bot/answer/model-answerer.ts';
import { UNVERIFIED_NOTE } from '../../../bot/answer/grounding.ts';
import { USER_MESSAGES } from '../../../bot/errors.ts';
import { createChatModel } from '../../../adapters/models/index.ts';
import { closedPort, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { PASSAGES, PROTOCOLS, firstSentenceAnswerer, keywordRetrieve, memoryLogger, modelFor, promptLabels } from '../../bot/answer/model-helpers.ts';

/**
 * Each wire protocol, for real, against a loopback fake: what the bot sends, and what it does with each reply.
 * The question shares words with all three passages, so the prompt carries [1]..[3].
 */
const QUESTION = 'Should we use a closed API or a self-hosted open-weight model for sensitive prompts, and what do GPUs cost?';

describe.each(PROTOCOLS)('$provider protocol', (protocol) => {
  let server: FakeModelServer;
  beforeAll(async () => {
    server = await protocol.start();
  });
  afterAll(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  function setup(timeoutMs = 5_000) {
    const log = memoryLogger();
    const fallback = firstSentenceAnswerer();
    const answerer = createModelAnswerer({
      retrieve: keywordRetrieve(),
      fallback,
      models: { default: modelFor(protocol, server, timeoutMs) },
      logger: log.logger,
      timeoutMs,
    });
    return { answerer, log, fallback };
  }

  it('sends only the numbered passages and the question, at low temperature, chat length, with its key', async () => {
    server.script({ kind: 'reply', pieces: ['A hybrid routes sensitive prompts in house [1].'] });
    const { answerer, log } = setup();
    await answerer.answer({ question: QUESTION });
    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    const prompt = protocol.promptText(sent);
    for (const p of PASSAGES) expect(prompt).toContain(p.text);
    expect(prompt).toContain(`Question: ${QUESTION}`);
    expect(prompt).toMatch(/cite the passage .* \[1\]/);
    expect([...promptLabels(prompt).keys()]).toEqual([1, 2, 3]);
    expect(protocol.temperature(sent)).toBe(0.1);
    expect(protocol.maxTokens(sent)).toBe(400);
    if (protocol.auth) expect(sent.headers[protocol.auth.header]).toBe(protocol.auth.value);
    else expect(sent.headers.authorization).toBeUndefined();
    // The key, the question and the passages never reach the log; the route does.
    const logged = log.lines.join('\n');
    for (const secret of [protocol.secrets.openaiApiKey, protocol.secrets.anthropicApiKey, protocol.secrets.modelApiKey]) {
      if (secret) expect(logged).not.toContain(secret);
    }
    expect(logged).not.toContain('sensitive prompts');
    expect(logged).not.toContain(PASSAGES[0]!.text.slice(0, 30));
    expect(log.entries().find((e) => e.msg === 'answer route')).toMatchObject({ provider: protocol.provider, reason: 'default' });
  });

  it('answers with the model, citing exactly the passages it cited, renumbered in order of first use', async () => {
    server.script({ kind: 'reply', pieces: ['GPUs rent for two to four dollars an hour ', '[2]. A closed API is cheaper to start [3][2]; ', 'hybrid routes by sensitivity [3, 2].'] });
    const { answerer } = setup();
    const result = await answerer.answer({ question: QUESTION });
    const labels = promptLabels(protocol.promptText(server.requests[0]!));
    expect(result).toMatchObject({ answered: true, mode: 'model', provider: protocol.provider });
    expect(result.notes).toBeUndefined();
    expect(result.answer).toBe('GPUs rent for two to four dollars an hour [1]. A closed API is cheaper to start [2][1]; hybrid routes by sensitivity [2][1].');
    expect(result.citations.map((c) => c.n)).toEqual([1, 2]);
    // Citation 1 is what the prompt called [2], citation 2 what it called [3]; passage [1] was not cited.
    expect(result.citations.map((c) => c.title)).toEqual([labels.get(2)!.split(' — ')[0], labels.get(3)!.split(' — ')[0]]);
    const byTitle = new Map(PASSAGES.map((p) => [p.title, p]));
    for (const c of result.citations) expect(c).toMatchObject({ id: byTitle.get(c.title)!.cardId, url: byTitle.get(c.title)!.url });
    expect(result.confidence).toBeGreaterThan(0);
  });

  it('falls back with a note when the model cites a passage that is not in its context', async () => {
    server.script({ kind: 'reply', pieces: ['Self-hosting is free [1] and always better [7].'] });
    const { answerer } = setup();
    const result = await answerer.answer({ question: QUESTION });
    expect(result).toMatchObject({ answered: true, mode: 'extractive', notes: [UNVERIFIED_NOTE] });
    expect(result.provider).toBeUndefined();
    expect(result.answer).not.toContain('always better');
  });

  it('falls back with a note when the answer cites nothing', async () => {
    server.script({ kind: 'reply', pieces: ['Self-hosting ', 'is always better.'] });
    const { answerer } = setup();
    const result = await answerer.answer({ question: QUESTION });
    expect(result).toMatchObject({ mode: 'extractive', notes: [UNVERIFIED_NOTE] });
    expect(result.answer).not.toContain('always better');
  });

  it.each([
    { name: 'a malformed stream', behaviour: { kind: 'malformed' as const }, failure: 'malformed-response' },
    { name: 'HTTP 500', behaviour: { kind: 'status' as const, status: 500 }, failure: 'server-error' },
    { name: 'HTTP 429', behaviour: { kind: 'status' as const, status: 429 }, failure: 'rate-limited' },
  ])('on $name: the extractive answer with a one-line note, and the failure class in the log', async ({ behaviour, failure }) => {
    server.script(behaviour);
    const { answerer, log } = setup();
    const result = await answerer.answer({ question: QUESTION });
    expect(result).toMatchObject({ answered: true, mode: 'extractive', notes: [USER_MESSAGES.model_unavailable] });
    expect(result.answer).toMatch(/\[1\]$/);
    expect(result.answer).not.toMatch(/fake|error|500|429/i);
    expect(log.entries().find((e) => e.msg?.toString().startsWith('model unavailable'))).toMatchObject({ provider: protocol.provider, failure });
    // One request: no retries keep the user waiting.
    expect(server.requests).toHaveLength(1);
  });

  it('on a server that accepts and never answers: gives up after MODEL_TIMEOUT_MS and answers extractively', async () => {
    server.script({ kind: 'hang' });
    const { answerer, log } = setup(300);
    const result = await answerer.answer({ question: QUESTION });
    expect(result).toMatchObject({ mode: 'extractive', notes: [USER_MESSAGES.model_unavailable] });
    expect(log.entries().find((e) => e.msg?.toString().startsWith('model unavailable'))).toMatchObject({ failure: 'timeout' });
  });

  it('on connection refused (nothing listening): answers extractively with the note', async () => {
    const port = await closedPort();
    const target = { ...protocol.target(server), baseUrl: `http://127.0.0.1:${port}${protocol.provider === 'openai' ? '/v1' : ''}` };
    const log = memoryLogger();
    const answerer = createModelAnswerer({
      retrieve: keywordRetrieve(),
      fallback: firstSentenceAnswerer(),
      models: { default: createChatModel(target, protocol.secrets, 5_000)! },
      logger: log.logger,
    });
    const result = await answerer.answer({ question: QUESTION });
    expect(result).toMatchObject({ mode: 'extractive', notes: [USER_MESSAGES.model_unavailable] });
    expect(log.entries().find((e) => e.msg?.toString().startsWith('model unavailable'))).toMatchObject({ failure: 'connection-refused' });
  });

  it('streams partial text in order as it arrives; the final answer is the validated one', async () => {
    server.script({ kind: 'reply', pieces: ['Closed ', 'APIs bill ', 'per token [3].'] });
    const { answerer } = setup();
    const partials: string[] = [];
    const result = await answerer.answer({ question: QUESTION }, { onPartial: (t) => partials.push(t) });
    expect(partials).toEqual(['Closed ', 'Closed APIs bill ', 'Closed APIs bill per token [3].']);
    expect(result.answer).toBe('Closed APIs bill per token [1].');
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createModelAnswerer } from '../../../bot/answer/model-answerer.ts';
import type { ChatModel } from '../../../bot/answer/chat-model.ts';
import { isSensitiveChannel } from '../../../bot/answer/routing.ts';
import type { FakeModelServer } from '../../fakes/model-servers/index.ts';
import { PROTOCOLS, firstSentenceAnswerer, keywordRetrieve, memoryLogger, modelFor } from './model-helpers.ts';

/**
 * Hybrid routing over real wires: a closed default (OpenAI or Anthropic fake) and a self-hosted sensitive model
 * (Ollama fake). What each server receives is the evidence.
 */
const protocol = (p: string) => PROTOCOLS.find((x) => x.provider === p)!;
const QUESTION = 'Should sensitive prompts go to a self-hosted model or a closed API?';
const EMAIL = 'jane.doe@example.co.uk';
const PHONE = '07911 123456';
const NAME = 'Jane Doe';
const PII_QUESTION = `My name is ${NAME}, email ${EMAIL}, phone ${PHONE}: should sensitive prompts go to a self-hosted model?`;
const REPLY = { kind: 'reply' as const, pieces: ['Route sensitive prompts to the self-hosted model [1].'] };

describe('hybrid routing', () => {
  const servers: Record<string, FakeModelServer> = {};
  beforeAll(async () => {
    for (const p of ['ollama', 'openai', 'anthropic', 'openai-compatible']) servers[p] = await protocol(p).start();
  });
  afterAll(() => Promise.all(Object.values(servers).map((s) => s.close())));
  beforeEach(() => {
    for (const s of Object.values(servers)) s.requests.length = 0;
  });
  const model = (p: string): ChatModel => modelFor(protocol(p), servers[p]!);

  function answererWith(models: { default?: ChatModel; sensitive?: ChatModel }) {
    const log = memoryLogger();
    const answerer = createModelAnswerer({ retrieve: keywordRetrieve(), fallback: firstSentenceAnswerer(), models, sensitiveChannels: ['#legal', 'C0HR'], logger: log.logger });
    return { answerer, log, route: () => log.entries().find((e) => e.msg === 'answer route') };
  }

  it('a turn in a sensitive channel goes to the self-hosted model, not the closed default', async () => {
    servers.ollama!.script(REPLY);
    const { answerer, route } = answererWith({ default: model('openai'), sensitive: model('ollama') });
    const result = await answerer.answer({ question: QUESTION, channel: 'legal' });
    expect(servers.ollama!.requests).toHaveLength(1);
    expect(servers.openai!.requests).toHaveLength(0);
    expect(result).toMatchObject({ mode: 'model', provider: 'ollama' });
    expect(route()).toMatchObject({ provider: 'ollama', reason: 'sensitive-channel' });
  });

  it('a question with personal data goes to the self-hosted model, unredacted (it stays in the building)', async () => {
    servers.ollama!.script(REPLY);
    const { answerer, route, log } = answererWith({ default: model('anthropic'), sensitive: model('ollama') });
    const result = await answerer.answer({ question: PII_QUESTION, channel: 'general' });
    expect(servers.anthropic!.requests).toHaveLength(0);
    expect(servers.ollama!.requests[0]!.raw).toContain(EMAIL);
    expect(result).toMatchObject({ mode: 'model', provider: 'ollama' });
    expect(result.notes).toBeUndefined();
    expect(route()).toMatchObject({ provider: 'ollama', reason: 'personal-data', personalData: ['NAME', 'EMAIL', 'PHONE'] });
    const logged = log.lines.join('');
    for (const value of [EMAIL, PHONE, NAME]) expect(logged).not.toContain(value);
  });

  it('personal data earlier in the thread also makes the turn sensitive', async () => {
    servers.ollama!.script(REPLY);
    const { answerer, route } = answererWith({ default: model('openai'), sensitive: model('ollama') });
    await answerer.answer({ question: QUESTION, history: [{ role: 'user', text: `Reach me on ${PHONE}` }, { role: 'bot', text: 'Noted.' }] });
    expect(servers.openai!.requests).toHaveLength(0);
    expect(route()).toMatchObject({ reason: 'personal-data', personalData: ['PHONE'] });
  });

  it('an ordinary turn goes to the default model', async () => {
    servers.openai!.script(REPLY);
    const { answerer, route } = answererWith({ default: model('openai'), sensitive: model('ollama') });
    const result = await answerer.answer({ question: QUESTION, channel: 'general' });
    expect(servers.ollama!.requests).toHaveLength(0);
    expect(result).toMatchObject({ mode: 'model', provider: 'openai' });
    expect(route()).toMatchObject({ provider: 'openai', reason: 'default' });
  });

  describe.each(['openai', 'anthropic'])('no self-hosted model and a closed default (%s)', (closed) => {
    it('redacts personal data from the question and the history before the request, and says so', async () => {
      servers[closed]!.script(REPLY);
      const { answerer, route } = answererWith({ default: model(closed) });
      const result = await answerer.answer({
        question: PII_QUESTION,
        history: [
          { role: 'user', text: 'Card 4111 1111 1111 1111, NI AB 12 34 56 C, IBAN GB82 WEST 1234 5698 7654 32, postcode SW1A 1AA.' },
          { role: 'bot', text: 'I cannot store those.' },
        ],
      });
      const raw = servers[closed]!.requests[0]!.raw;
      for (const value of [EMAIL, PHONE, NAME, '4111 1111 1111 1111', 'AB 12 34 56 C', 'GB82 WEST', 'SW1A 1AA']) expect(raw).not.toContain(value);
      for (const placeholder of ['[NAME]', '[EMAIL]', '[PHONE]', '[CARD_NUMBER]', '[NI_NUMBER]', '[IBAN]', '[POSTCODE]']) expect(raw).toContain(placeholder);
      expect(result).toMatchObject({ mode: 'model', provider: closed });
      expect(result.notes).toHaveLength(1);
      expect(result.notes![0]).toMatch(/^Personal data \(a name, an email address, a phone number, .*\) was replaced with placeholders before your question went to (OpenAI|Anthropic)/);
      expect(route()).toMatchObject({ provider: closed, reason: 'personal-data', redacted: true });
    });

    it('keeps the redaction note when the closed model then fails', async () => {
      servers[closed]!.script({ kind: 'status', status: 503 });
      const { answerer } = answererWith({ default: model(closed) });
      const result = await answerer.answer({ question: PII_QUESTION });
      expect(servers[closed]!.requests[0]!.raw).not.toContain(EMAIL);
      expect(result.mode).toBe('extractive');
      expect(result.notes).toHaveLength(2);
      expect(result.notes![0]).toMatch(/^Personal data/);
    });

    it('a sensitive channel with nothing to redact still says the question was checked before it left', async () => {
      servers[closed]!.script(REPLY);
      const { answerer, route } = answererWith({ default: model(closed) });
      const result = await answerer.answer({ question: QUESTION, channel: 'C0HR' });
      expect(result.notes![0]).toMatch(/marked sensitive .* checked for personal data \(none found\)/);
      expect(route()).toMatchObject({ reason: 'sensitive-channel', redacted: true });
    });
  });

  it('a self-hosted default needs no redaction: personal data goes to it unchanged, with no note', async () => {
    servers['openai-compatible']!.script(REPLY);
    const { answerer, route } = answererWith({ default: model('openai-compatible') });
    const result = await answerer.answer({ question: PII_QUESTION });
    expect(servers['openai-compatible']!.requests[0]!.raw).toContain(EMAIL);
    expect(result.notes).toBeUndefined();
    expect(route()).toMatchObject({ provider: 'openai-compatible', reason: 'personal-data', redacted: false });
  });

  it('with only a sensitive model, ordinary turns are answered extractively and never reach a model', async () => {
    const { answerer, route } = answererWith({ sensitive: model('ollama') });
    const result = await answerer.answer({ question: QUESTION });
    expect(servers.ollama!.requests).toHaveLength(0);
    expect(result.mode).toBe('extractive');
    expect(route()).toMatchObject({ provider: 'extractive', reason: 'default' });
  });

  it('matches channels by id or name, with or without #, in any case', () => {
    expect(isSensitiveChannel('#Legal', ['legal'])).toBe(true);
    expect(isSensitiveChannel('c0hr', ['C0HR'])).toBe(true);
    expect(isSensitiveChannel('general', ['legal'])).toBe(false);
    expect(isSensitiveChannel(undefined, ['legal'])).toBe(false);
  });
});

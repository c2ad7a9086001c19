import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelAnswerer } from '../../../bot/answer/model-answerer.ts';
import { CORPUS_PARTS, loadCorpus } from '../../../bot/privacy/eval/corpus.ts';
import { scoreCorpus } from '../../../bot/privacy/eval/score.ts';
import type { FakeModelServer } from '../../fakes/model-servers/index.ts';
import { PASSAGES, PROTOCOLS, firstSentenceAnswerer, memoryLogger, modelFor } from './model-helpers.ts';

/**
 * The measure, end to end: every labelled message of the corpus is asked of a closed provider (the
 * Anthropic fake) with no self-hosted model configured, and we count the labelled values that arrive in the
 * request. Issue 10 found 29 of 35 arriving; now it must be no more than the detector's own misses, and at most 5%.
 */
const anthropic = PROTOCOLS.find((p) => p.provider === 'anthropic')!;
const messages = CORPUS_PARTS.flatMap((part) => loadCorpus(part)).filter((m) => m.pii.length > 0);

describe('personal data reaching a closed provider', () => {
  let server: FakeModelServer;
  beforeAll(async () => {
    server = await anthropic.start();
  });
  afterAll(() => server.close());

  it(`at most 5% of the ${messages.reduce((n, m) => n + m.pii.length, 0)} labelled values in the corpus reach the request`, async () => {
    const { logger, lines } = memoryLogger();
    const answerer = createModelAnswerer({ retrieve: async () => PASSAGES, fallback: firstSentenceAnswerer(), models: { default: modelFor(anthropic, server) }, logger });
    let labelled = 0;
    let leaked = 0;
    for (const m of messages) {
      server.script({ kind: 'reply', pieces: ['Route sensitive prompts to the self-hosted model [1].'] });
      const before = server.requests.length;
      // Half inside the question, half as an earlier turn: both are redacted before they leave. The question
      // carries an answerable ask, since a question the answerability gate declines never reaches a model at all.
      const i = messages.indexOf(m);
      const ask = 'Should sensitive prompts go to a self-hosted model?';
      await answerer.answer(i % 2 ? { question: `${m.text} ${ask}` } : { question: ask, history: [{ role: 'user', text: m.text }] });
      const raw = server.requests[before]?.raw ?? '';
      expect(raw, `no request for ${m.id}`).not.toBe('');
      for (const p of m.pii) {
        labelled += 1;
        if (raw.includes(JSON.stringify(p.value).slice(1, -1))) leaked += 1;
      }
    }
    const expectedMisses = messages.length ? labelled - scoreCorpus(messages).redacted.covered : 0;
    expect(leaked).toBeLessThanOrEqual(expectedMisses);
    expect(leaked / labelled).toBeLessThanOrEqual(0.05);
    // The log carries kinds, never the values.
    const logged = lines.join('');
    for (const m of messages) for (const p of m.pii) if (p.value.length > 6) expect(logged).not.toContain(p.value);
  });
});

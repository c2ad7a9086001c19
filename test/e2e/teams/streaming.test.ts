import { describe, expect, it } from 'vitest';
import { USER_MESSAGES } from '../../../bot/errors.ts';
import { closedPort, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { useTeamsHarness, type Harness, CLASSIC } from './support/harness.ts';
import { personalMessage } from './support/activities.ts';
import { cardOf, textOf } from './support/cards.ts';

/**
 * MODEL_PROVIDER=ollama with a loopback Ollama speaking the real /api/chat protocol: the real model answerer
 * retrieves from the real knowledge base, streams the model's reply, and the Teams adapter shows it growing.
 */
let ollama: FakeModelServer;
let h: Harness | undefined;
const teams = useTeamsHarness({ fakeOllama: (x) => (ollama = x) });

const QUESTION = 'What does the Llama 4 licence require us to display?';
const PIECES = ['Products built on Llama 4 ', 'must show the notice ', '"Built with Llama" ', '[1].'];

describe('Teams streaming with a model configured', () => {
  it('posts the first partial, updates that message as the answer streams, and ends with the final card', async () => {
    ollama.script({ kind: 'reply', pieces: PIECES });
    h = await teams.start({ ...CLASSIC, env: { MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: ollama.url } });
    expect((await h.post(personalMessage(h.connector.url, QUESTION))).status).toBe(200);

    // The model really was asked, with passages from the real knowledge base in the prompt.
    const request = ollama.requests.at(-1)!;
    expect(request.path).toBe('/api/chat');
    expect(request.raw).toContain('Built with Llama');

    const calls = h.connector.activities();
    // The typing indicator went out before any text.
    expect(calls[0]!.body.type).toBe('typing');
    const text = calls.filter((c) => c.body.type !== 'typing');
    const first = text[0]!;
    expect(first.method).toBe('POST');
    expect(String(first.body.text)).toMatch(/^Products built on Llama 4.* …$/);
    expect(first.body.entities).toBeDefined();

    // Every later call edits that same message, with more text each time, and the last one is the card.
    const updates = text.slice(1);
    expect(updates.length).toBeGreaterThanOrEqual(2);
    for (const u of updates) {
      expect(u.method).toBe('PUT');
      expect(u.path.split('/').pop()).toBe(first.responseId);
    }
    const partials = updates.filter((u) => !u.body.attachments).map((u) => String(u.body.text));
    expect(partials.length).toBeGreaterThanOrEqual(1);
    for (const [i, p] of partials.entries()) expect(p.length).toBeGreaterThan((i === 0 ? String(first.body.text) : partials[i - 1]!).length);

    const final = cardOf(updates.at(-1)!.body);
    const finalText = textOf(final);
    expect(finalText).toContain('Products built on Llama 4 must show the notice "Built with Llama" [1].');
    expect(finalText).toMatch(/^1\. \[[^\]]+\]\(https:\/\/[^)\s]+\)/m);
    expect(finalText).toContain('written by a language model (ollama)');
    expect(final.actions?.filter((a) => a.verb === 'feedback')).toHaveLength(2);
  });

  it('with the model server down, answers from the knowledge base in one message and says the model was unavailable', async () => {
    const port = await closedPort();
    h = await teams.start({ ...CLASSIC, env: { MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: `http://127.0.0.1:${port}`, MODEL_TIMEOUT_MS: '5000' } });
    await h.post(personalMessage(h.connector.url, QUESTION));
    const text = h.connector.activities().filter((c) => c.body.type !== 'typing');
    expect(text.map((c) => c.method)).toEqual(['POST']);
    const card = textOf(cardOf(text[0]!.body));
    expect(card).toContain('Built with Llama');
    expect(card).toContain(USER_MESSAGES.model_unavailable);
    expect(card).toContain('composed from the knowledge base');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { BOT_USER, eventCallback, mention, nextTs } from './support/payloads.ts';
import { postJson } from './support/signing.ts';

let h: Harness;
let ollama: FakeModelServer;
beforeAll(async () => {
  ollama = await startFakeOllama();
  // The classic surfaces: chat.update streaming and the eyes reaction, the fallback where native streaming is
  // refused (native-ai.test.ts covers chat.startStream).
  h = await startHarness({ env: { MODEL_PROVIDER: 'ollama', MODEL_BASE_URL: ollama.url, MODEL_NAME: 'llama3.1:8b', MODEL_TIMEOUT_MS: '1500' }, adapter: { aiSurfaces: 'classic' } });
});
afterAll(async () => {
  await h?.close();
  await ollama?.close();
});

describe('with a model configured', () => {
  it('streams the answer into one message by updating it, ending with the cited answer', async () => {
    const words = 'Self-hosting pays off once spend is high and steady, above roughly £1,500 to £2,500 a month [1]. Below that a closed API is usually cheaper [1].'.split(/(?<= )/);
    ollama.script({ kind: 'reply', pieces: words });
    const ev = mention('When does self-hosting pay off compared with a closed API?');
    await postJson(h.eventsUrl, eventCallback(ev));

    // The first partial text opens the message; it has no sources yet.
    const first = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    const ts = String(first.result?.ts);
    expect(JSON.stringify(first.args.blocks)).not.toContain('ap.citations');
    // Then the same message is edited in place until it carries the cited answer.
    const final = await h.fake.waitFor('chat.update', (c) => c.args.ts === ts && JSON.stringify(c.args.blocks).includes('ap.citations'));
    const json = JSON.stringify(final.args.blocks);
    expect(json).toContain('Below that a closed API is usually cheaper');
    expect(json).toContain('written by ollama');
    expect(h.fake.of('chat.update').filter((c) => c.args.ts === ts).length).toBeGreaterThanOrEqual(1);
    // One answer message in the thread, not one per piece.
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts)).toHaveLength(1);
    expect(ollama.requests.length).toBeGreaterThan(0);
    expect(h.fake.rejected).toEqual([]);
  });

  it('gives a follow-up in a thread the earlier turns of that thread', async () => {
    const root = nextTs();
    h.fake.threads.set(root, [
      { ts: root, user: 'U0ALICE', text: `<@${BOT_USER}> what does the Llama 4 licence require us to display?` },
      { ts: nextTs(), user: BOT_USER, bot_id: 'B0BOT', text: 'Products built on Llama 4 must show "Built with Llama" [1].' },
    ]);
    ollama.script({ kind: 'reply', pieces: ['Yes, the same notice applies to fine-tuned derivatives [1].'] });
    const before = ollama.requests.length;
    const ev = mention('and does that apply to fine-tuned versions too?', { thread_ts: root });
    await postJson(h.eventsUrl, eventCallback(ev));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root);
    const sent = ollama.requests.slice(before).map((r) => r.raw).join('\n');
    expect(sent).toContain('what does the Llama 4 licence require us to display?');
    expect(sent).toContain('Built with Llama');
    expect(sent).toContain('fine-tuned versions');
  });

  it('shows the working reaction while a slow model is awaited, and still answers (from the knowledge base) when it times out', async () => {
    ollama.script({ kind: 'hang' });
    const ev = mention('What is the capability gap between open and closed models?');
    await postJson(h.eventsUrl, eventCallback(ev));
    const added = await h.fake.waitFor('reactions.add', (c) => c.args.timestamp === ev.ts);
    expect(added.args.name).toBe('eyes');
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    expect(post.at).toBeGreaterThan(added.at);
    expect(JSON.stringify(post.args.blocks)).toContain('ap.citations');
    expect(JSON.stringify(post.args.blocks)).toMatch(/unavailable/i);
    const removed = await h.fake.waitFor('reactions.remove', (c) => c.args.timestamp === ev.ts);
    expect(removed.at).toBeGreaterThan(post.at);
  });
});

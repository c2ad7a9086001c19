import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { startHarness, type Harness } from './support/harness.ts';
import { USER, eventCallback, mention } from './support/payloads.ts';
import { postJson } from './support/signing.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { DEFANGED, HOSTILE_BLOCK, HOSTILE_CARDS, citationUrls, hostileModelEnv, slackReport } from '../support/inert-checks.ts';

/**
 * Issue 10: document text and model output are inert in Slack. The knowledge base is a fixture whose card
 * carries disguised links; the model is a fake Ollama server streaming a hostile answer. Every message the fake
 * Slack received (streamed edits and the final answer) must hold no live link except the citations.
 */
let h: Harness;
let ollama: FakeModelServer;
let citations: Set<string>;
beforeAll(async () => {
  ollama = await startFakeOllama();
  citations = await citationUrls(HOSTILE_CARDS);
  // Classic surfaces (mrkdwn sections, chat.update streaming); native-ai.test.ts checks the markdown block and stream.
  h = await startHarness({ cardsDir: HOSTILE_CARDS, env: hostileModelEnv(ollama.url), adapter: { aiSurfaces: 'classic' } });
});
afterAll(async () => {
  await h?.close();
  await ollama?.close();
});

const inThread = (ts: string) => h.fake.calls.filter((c) => (c.method === 'chat.postMessage' && c.args.thread_ts === ts) || c.method === 'chat.update');
const blocksOf = (c: ApiCall) => JSON.stringify(c.args.blocks);

function expectInert(calls: ApiCall[]) {
  const report = slackReport(calls.map((c) => c.args), citations, [`@${USER}`]);
  expect(report.foreignLinks, 'live links or mentions the bot did not make').toEqual([]);
  expect(report.linkable, 'hostile hosts a client could still link').toEqual([]);
  return report;
}

describe('answers in Slack', () => {
  it('an extractive answer from a card with disguised links shows them defanged, and its citation stays a link', async () => {
    ollama.script({ kind: 'status', status: 500 });
    const ev = mention('Where is the vendor data processing agreement published?');
    await postJson(h.eventsUrl, eventCallback(ev));
    const final = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts && blocksOf(c).includes('ap.citations'));
    const report = expectInert(inThread(ev.ts));
    expect(blocksOf(final)).toMatch(DEFANGED);
    expect(report.links).toContain('https://example.org/vendor-dpa-guidance');
    expect(blocksOf(final)).toContain('<https://example.org/vendor-dpa-guidance|');
  });

  it("a model's streamed and final answer keep their emphasis and lists but make no link", async () => {
    const answer = `The DPA is at [https://docs.vendor.com/dpa](https://evil.example/dpa) and www.evil.example [1].\n${HOSTILE_BLOCK} [1]`;
    // The first piece already holds a whole disguised link, so the first streamed message must show it inert.
    ollama.script({ kind: 'reply', pieces: [answer.slice(0, 80), ...answer.slice(80).match(/.{1,7}/gs)!] });
    const ev = mention('Where is the vendor data processing agreement published, and how long is data kept?');
    await postJson(h.eventsUrl, eventCallback(ev));
    const first = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    const ts = String(first.result?.ts);
    const final = await h.fake.waitFor('chat.update', (c) => c.args.ts === ts && blocksOf(c).includes('ap.citations'));
    const streamed = h.fake.calls.filter((c) => c.method === 'chat.update' && c.args.ts === ts && c !== final);
    const report = expectInert([first, ...streamed, final]);
    expect(blocksOf(final)).toMatch(DEFANGED);
    expect(blocksOf(first)).toContain('https[:]//docs[.]vendor[.]com/dpa (https[:]//evil[.]example/dpa)');
    // Formatting survives: **bold** became Slack bold, the list is still a list.
    expect(blocksOf(final)).toContain('*Retention*');
    expect(blocksOf(final)).toMatch(/\\n- /);
    expect(blocksOf(final)).toContain('written by ollama');
    expect(report.links.some((l) => citations.has(l))).toBe(true);
  });
});

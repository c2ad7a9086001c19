import { beforeAll, describe, expect, it } from 'vitest';
import type { FakeModelServer } from '../../fakes/model-servers/index.ts';
import { useTeamsHarness, type Harness, CLASSIC } from './support/harness.ts';
import { personalMessage } from './support/activities.ts';
import { cardOf, textOf } from './support/cards.ts';
import { DEFANGED, HOSTILE_BLOCK, HOSTILE_CARDS, citationUrls, hostileModelEnv, teamsReport } from '../support/inert-checks.ts';

/**
 * Issue 10: document text and model output are inert in Teams. The knowledge base is a fixture whose card
 * carries disguised links; the model is a fake Ollama server streaming a hostile answer. The streamed message
 * and the final card must hold no Markdown or HTML link except the citations.
 */
let h: Harness;
let ollama: FakeModelServer;
let citations: Set<string>;
const teams = useTeamsHarness({ fakeOllama: (x) => (ollama = x) });
beforeAll(async () => {
  citations = await citationUrls(HOSTILE_CARDS);
  h = await teams.start({ ...CLASSIC, cardsDir: HOSTILE_CARDS, env: hostileModelEnv(ollama.url) });
});

function expectInert(payloads: unknown[]) {
  const report = teamsReport(payloads, citations);
  expect(report.foreignLinks, 'links the bot did not make').toEqual([]);
  expect(report.linkable, 'hostile hosts a client could still link').toEqual([]);
  return report;
}

const sentText = () => h.connector.activities().filter((c) => c.body.type === 'message');

describe('answers in Teams', () => {
  it('an extractive answer from a card with disguised links shows them defanged, and its citation stays a link', async () => {
    ollama.script({ kind: 'status', status: 500 });
    h.connector.reset();
    await h.post(personalMessage(h.connector.url, 'Where is the vendor data processing agreement published?'));
    const final = sentText().at(-1)!;
    const report = expectInert(sentText().map((c) => c.body));
    const text = textOf(cardOf(final.body));
    expect(text).toMatch(DEFANGED);
    expect(report.links).toContain('https://example.org/vendor-dpa-guidance');
  });

  it("a model's streamed message and final card keep emphasis and lists but make no link", async () => {
    const answer = `The DPA is at [https://docs.vendor.com/dpa](https://evil.example/dpa) and www.evil.example [1].\n${HOSTILE_BLOCK} [1]`;
    ollama.script({ kind: 'reply', pieces: [answer.slice(0, 80), ...answer.slice(80).match(/.{1,7}/gs)!] });
    h.connector.reset();
    await h.post(personalMessage(h.connector.url, 'Where is the vendor data processing agreement published, and how long is data kept?'));
    const sent = sentText();
    const partials = sent.filter((c) => !c.body.attachments);
    expect(partials.length).toBeGreaterThanOrEqual(1);
    expect(String(partials[0]!.body.text)).toContain('https[:]//docs[.]vendor[.]com/dpa (https[:]//evil[.]example/dpa)');
    const report = expectInert(sent.map((c) => c.body));
    const text = textOf(cardOf(sent.at(-1)!.body));
    expect(text).toMatch(DEFANGED);
    // Formatting survives: bold and the list are Markdown the card renders; no `](` is left to make a link.
    expect(text).toContain('**Retention**');
    expect(text).toMatch(/\n- /);
    expect(report.links.some((l) => citations.has(l))).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { USER, cardAction, channelMention, personalMessage } from './support/activities.ts';
import { cardOf, invokeCard, messages, stepOf, textOf, type Card } from './support/cards.ts';
import { DEFANGED, HOSTILE_BLOCK, HOSTILE_LINES, citationUrls, teamsReport } from '../support/inert-checks.ts';

/**
 * Issue 10: text from users and vendors is inert in every card and message the bot sends to Teams. Hostile
 * vendor names, notes, user names and commands go in as real activities through the real CloudAdapter; what the
 * fake Bot Connector received (and what invokes answered) must hold no link the bot did not make.
 */
let h: Harness;
let citations: Set<string>;
useTeamsHarness((x) => (h = x));
beforeAll(async () => {
  citations = await citationUrls();
});

const DOWNLOADS = 'https://bot.example.test/downloads/';
/** A Teams user whose display name is a disguised link. */
const HOSTILE_USER = { ...USER, name: '[Dana](https://evil.example/u) <at>Everyone</at>' };

function expectInert(payloads: unknown[]) {
  const report = teamsReport(payloads, citations, [DOWNLOADS]);
  expect(report.foreignLinks, 'links the bot did not make').toEqual([]);
  expect(report.linkable, 'hostile hosts a client could still link').toEqual([]);
  return report;
}

async function say(text: string, where: 'personal' | 'channel' = 'personal', from = HOSTILE_USER) {
  const activity = where === 'personal' ? personalMessage(h.connector.url, text, { from }) : { ...channelMention(h.connector.url, text), from };
  const res = await h.post(activity);
  expect(res.status).toBeLessThan(300);
  return res;
}

describe('Teams cards stay inert', () => {
  it('for hostile vendor names in step cards, status, lists, buttons, errors and echoes', async () => {
    const start = h.connector.calls.length;
    for (const line of HOSTILE_LINES) await say(`checklist ${line}`);
    // `export <vendor>` in a personal chat: the reply card and the file consent card name the vendor.
    for (const text of ['status', 'checklist', 'checklist compare', `export ${HOSTILE_LINES[0]} md`, 'export [x](https://evil.example/none) md', '<a href="https://evil.example/q">what</a> is [this](https://evil.example/q2)?']) await say(text);
    const sent = h.connector.calls.slice(start).map((c) => c.body);
    expectInert(sent);
    const shown = JSON.stringify(sent);
    expect(shown).toMatch(DEFANGED);
    expect(shown).toMatch(/"description":"Vendor checklist: [^"]*evil\[\.\]example/);
    // The status card's buttons name the vendors, inert.
    expect(shown).toMatch(/"title":"Continue: Vendor checklist: [^"]*evil\[\.\]example/);
  });

  it('for step echoes, hostile notes in the summary, and an error shown beside a card', async () => {
    const before = messages(h.connector.calls).length;
    await say(`checklist Notes ${HOSTILE_LINES[0]}`);
    const first = messages(h.connector.calls)[before]!;
    let card: Card = cardOf(first.body);
    const replyTo = first.responseId!;
    const answers: unknown[] = [];
    for (let step = 1; step <= 12; step += 1) {
      const res = await h.post({ ...cardAction(h.connector.url, 'step', { ...stepOf(card).data, answer: 'concern', notes: HOSTILE_BLOCK, evidence: 'https://evil.example/evidence' }, replyTo), from: HOSTILE_USER });
      answers.push(res.body);
      card = invokeCard(res.body);
    }
    const summary = textOf(card);
    expect(summary).toContain('Concerns');
    expect(JSON.stringify(answers)).toMatch(/Recorded @?Dana/);
    // A command button whose vendor does not exist: the error is shown beside the card, inert.
    const error = await h.post(cardAction(h.connector.url, 'choice', { action: 'command', value: 'export [docs](https://evil.example/e) pdf' }, replyTo));
    expect(JSON.stringify(error.body)).toMatch(DEFANGED);
    const report = expectInert([...answers, error.body, ...h.connector.calls.map((c) => c.body)]);
    expect(summary).toMatch(DEFANGED);
    // The summary's citations are the bot's own links, and still live.
    expect(report.links.some((l) => citations.has(l))).toBe(true);
    expect(summary).toMatch(/\]\(https:\/\/[^)]+\)/);
  });

  it("for an export's channel message: the vendor name is inert, the download link is live", async () => {
    const vendor = HOSTILE_LINES[6]!;
    await say(`checklist ${vendor}`, 'channel');
    const start = h.connector.calls.length;
    await say(`export ${vendor} md`, 'channel');
    const sent = h.connector.calls.slice(start).map((c) => c.body);
    const report = expectInert(sent);
    const card = cardOf(messages(h.connector.calls).at(-1)!.body);
    expect(textOf(card)).toMatch(DEFANGED);
    expect(report.links.some((l) => l.startsWith(DOWNLOADS))).toBe(true);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { TENANT, cardAction, channelMention, personalMessage } from './support/activities.ts';
import { buttonOf, cardOf, invokeCard, messages, stepOf, textOf, type Card, type InvokeBody } from './support/cards.ts';

/**
 * Issue 10 item 7 through the real CloudAdapter: a checklist started in a personal chat is invisible from a
 * channel conversation of the same tenant, and the other way round; card actions carrying the other
 * conversation's run id are answered with a polite refusal and change nothing.
 */
let h: Harness;
useTeamsHarness((x) => (h = x));

type Where = 'personal' | 'channel';
const PERSONAL = { platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' };
const CHANNEL = { platform: 'teams', tenant: TENANT, channel: '19:general@thread.tacv2' };
const FORBIDDEN = 'That belongs to another workspace or conversation, so I cannot open it.';
const send = (text: string, where: Where) => (where === 'personal' ? personalMessage(h.connector.url, text) : channelMention(h.connector.url, text));

/** Sends a message and returns everything the bot said back (cards and text), as one searchable string, plus the first card. */
async function say(text: string, where: Where): Promise<{ said: string; card?: Card; id?: string }> {
  const before = messages(h.connector.calls).length;
  await h.post(send(text, where));
  const replies = messages(h.connector.calls).slice(before);
  expect(replies.length, `a reply to "${text}"`).toBeGreaterThan(0);
  const first = replies[0]!;
  const card = (() => {
    try {
      return cardOf(first.body);
    } catch {
      return undefined;
    }
  })();
  return { said: JSON.stringify(replies.map((r) => r.body)), card, id: first.responseId };
}

/** Starts a checklist and answers its first question from the card with a note; returns the run id and the card. */
async function startAndAnswer(vendor: string, where: Where, status: string, notes: string) {
  const { card, id } = await say(`checklist ${vendor}`, where);
  const step = stepOf(card!);
  const res = await h.post(cardAction(h.connector.url, 'step', { ...step.data, answer: status, notes }, id!, where));
  const next = invokeCard(res.body);
  expect(textOf(next)).toContain('step 2 of 12');
  return { runId: String(step.data.runId), firstCard: card!, nextCard: next, id: id! };
}

describe('a personal chat and a channel conversation of one tenant', () => {
  let mine: Awaited<ReturnType<typeof startAndAnswer>>;
  beforeAll(async () => {
    mine = await startAndAnswer('Hush AI', 'personal', 'red-flag', 'my private doubts');
  });

  it('the channel sees none of the personal chat\'s checklist in status, checklist or export', async () => {
    const own = await say('status', 'personal');
    expect(own.said).toContain('Hush AI: 1 of 12 answered, 1 red flag');
    const status = await say('status', 'channel');
    expect(status.said).not.toMatch(/Hush|private doubts/);
    expect((await say('checklist compare', 'channel')).said).toContain('I could not find two vendor checklists to compare in this conversation');
    expect((await say('export Hush AI md', 'channel')).said).toContain('I could not find a checklist for \\"Hush AI\\" in this conversation');
    expect((await say('export compare csv', 'channel')).said).toContain('I could not find any vendor checklist in this conversation');
  });

  it('refuses card actions carrying the personal chat\'s run id in the channel, keeping the card, and changes nothing', async () => {
    const before = { run: await h.store.getRun(PERSONAL, mine.runId), list: await h.store.getChecklist(PERSONAL, 'Hush AI') };
    const puts = h.connector.calls.filter((c) => c.method === 'PUT').length;
    const cancel = buttonOf(mine.nextCard, /^Cancel$/);
    const forged: [string, Record<string, unknown>][] = [
      ['step', { ...stepOf(mine.nextCard).data, answer: 'satisfactory', notes: 'overwritten' }],
      ['step', { ...stepOf(mine.firstCard).data, answer: 'satisfactory' }],
      [cancel.verb!, cancel.data!],
      [cancel.verb!, { ...cancel.data!, action: 'workflow.resume' }],
      [cancel.verb!, { action: 'workflow.export', value: `${mine.runId}|md` }],
    ];
    for (const [verb, data] of forged) {
      const res = await h.post(cardAction(h.connector.url, verb, data, 'channel-card-1', 'channel'));
      expect(res.status).toBe(200);
      expect(res.body as InvokeBody, `${verb} ${JSON.stringify(data)}`).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: FORBIDDEN });
    }
    expect(h.connector.calls.filter((c) => c.method === 'PUT')).toHaveLength(puts);
    expect(await h.store.getRun(PERSONAL, mine.runId)).toEqual(before.run);
    expect(await h.store.getChecklist(PERSONAL, 'Hush AI')).toEqual(before.list);
  });

  it('the same vendor started in the channel is its own checklist, and the personal chat cannot act on it either', async () => {
    const theirs = await startAndAnswer('hush ai', 'channel', 'satisfactory', 'team view');
    expect(theirs.runId).not.toBe(mine.runId);
    expect(textOf(theirs.firstCard)).not.toMatch(/answered before|private doubts/);
    expect((await h.store.getChecklist(CHANNEL, 'Hush AI'))?.answers.map((a) => [a.status, a.notes])).toEqual([['satisfactory', 'team view']]);
    expect((await h.store.getChecklist(PERSONAL, 'Hush AI'))?.answers.map((a) => [a.status, a.notes])).toEqual([['red-flag', 'my private doubts']]);
    const cancel = buttonOf(theirs.nextCard, /^Cancel$/);
    const res = await h.post(cardAction(h.connector.url, cancel.verb!, cancel.data!, mine.id, 'personal'));
    expect((res.body as InvokeBody).value).toBe(FORBIDDEN);
    expect((await h.store.getRun(CHANNEL, theirs.runId))?.status).toBe('active');
    expect((await say('status', 'personal')).said).not.toContain('team view');
  });
});

import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness, CLASSIC } from './support/harness.ts';
import { TENANT, cardAction, channelMention, personalMessage } from './support/activities.ts';
import { answerFor, buttonOf, cardOf, hasInputs, invokeCard, messages, stepOf, textOf, type Card, type InvokeBody } from './support/cards.ts';
import type { ConnectorCall } from './support/fake-connector.ts';

let h: Harness | undefined;
const teams = useTeamsHarness();

type Conversation = 'personal' | 'channel';
const send = (text: string, conversation: Conversation) =>
  conversation === 'personal' ? personalMessage(h!.connector.url, text) : channelMention(h!.connector.url, text);

/** Posts a message and returns the card the bot sent for it, with the id the connector gave that message. */
async function ask(text: string, conversation: Conversation = 'personal'): Promise<{ card: Card; id: string; call: ConnectorCall }> {
  const before = messages(h!.connector.calls).length;
  await h!.post(send(text, conversation));
  const call = messages(h!.connector.calls)[before];
  if (!call) throw new Error(`no reply to "${text}"`);
  return { card: cardOf(call.body), id: call.responseId!, call };
}

/** Presses Submit on a step card with these input values, as Teams would post it. */
function submit(card: Card, inputs: Record<string, string>, replyToId: string, conversation: Conversation = 'personal') {
  return h!.post(cardAction(h!.connector.url, 'step', { ...stepOf(card).data, ...inputs }, replyToId, conversation));
}

const puts = () => h!.connector.calls.filter((c) => c.method === 'PUT');

describe('Teams Action.Execute invokes through the real CloudAdapter and the real workflows', () => {
  it('answers a checklist step from the card: the next step comes back, replaces the card for everyone, and the answer is stored', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('checklist Acme');
    const first = stepOf(card);
    expect(first.choices).toContain('red-flag');

    const res = await submit(card, { answer: 'red-flag', notes: ' trains on prompts ', evidence: 'https://acme.example/privacy' }, id);
    expect(res.status).toBe(200);
    const next = invokeCard(res.body);
    expect(textOf(next)).toContain('**Vendor checklist: Acme** · step 2 of 12');
    expect(textOf(next)).toMatch(/Recorded .*Red flag/);
    expect(stepOf(next).data.stepId).not.toBe(first.data.stepId);
    expect(stepOf(next).data.runId).toBe(first.data.runId);
    // The terminal's typing hint is not on the card.
    expect(textOf(next)).not.toContain('Answer with');

    const [update] = puts();
    expect(update?.path).toBe(`/v3/conversations/${encodeURIComponent('a:personal-conv-1')}/activities/${id}`);
    expect(textOf(cardOf(update!.body))).toContain('step 2 of 12');

    const checklist = await h.store.getChecklist({ platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' }, 'Acme');
    const answer = checklist?.answers.find((a) => a.questionId === first.data.stepId);
    expect(answer).toMatchObject({ status: 'red-flag', notes: 'trains on prompts', evidence: 'https://acme.example/privacy' });
  });

  it('shows a validation message on the card, only to the person who typed it, and keeps the step', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('decide');
    expect(stepOf(card).input.type).toBe('Input.Number');
    const res = await submit(card, { answer: 'soon' }, id);
    const again = invokeCard(res.body);
    expect(again.body.find((e) => e.color === 'Attention')?.text).toContain('"soon" is not an amount');
    expect(stepOf(again).data).toEqual(stepOf(card).data);
    expect(puts()).toHaveLength(0);
  });

  it('walks the real decision in a channel, reading each step from the card, and ends with the recommendation card', async () => {
    h = await teams.start(CLASSIC);
    const started = await ask('decide', 'channel');
    const id = started.id;
    let card = started.card;
    const seen: string[] = [];
    for (let i = 0; i < 20 && hasInputs(card); i++) {
      const step = stepOf(card);
      seen.push(String(step.data.stepId));
      // A team that is small, steady and handles personal data: prefer "yes" and "personal" where offered.
      const value = answerFor(step, (c) => c.find((v) => v === 'yes' || v === 'personal') ?? c[0]);
      const res = await submit(card, { answer: value }, id, 'channel');
      card = invokeCard(res.body);
    }
    expect(seen).toHaveLength(new Set(seen).size);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(hasInputs(card)).toBe(false);
    expect(textOf(card)).toMatch(/^\*\*Recommendation: (Closed API|Self-hosted|Hybrid)[^*]*\*\* \[\d+\]/im);
    expect(textOf(card)).toMatch(/Sources\n1\. \[[^\]]+\]\(https:\/\//);
    // Issue 12: the export button carries a typed action, not "runId|md".
    expect(buttonOf(card, /^Export Markdown$/).data).toMatchObject({ action: 'workflow.run', value: { workflow: 'decision', action: 'export', runId: expect.any(String), format: 'md' } });
    // Everyone in the channel sees the outcome: the original step card was replaced in the reply chain.
    const last = puts().at(-1)!;
    expect(last.path).toBe(`/v3/conversations/${encodeURIComponent('19:general@thread.tacv2;messageid=1699999999000')}/activities/${id}`);
    expect(hasInputs(cardOf(last.body))).toBe(false);
    const [run] = await h.store.listRuns({ platform: 'teams', tenant: TENANT });
    expect(run).toMatchObject({ kind: 'decision', status: 'completed', channel: '19:general@thread.tacv2' });
    expect(run?.answers.map((a) => a.stepId)).toEqual(seen);
  });

  it('routes the Cancel button read from the card back to the core; the step card becomes the outcome', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('checklist Acme');
    const cancel = buttonOf(card, /^Cancel$/);
    const res = await h.post(cardAction(h.connector.url, cancel.verb!, cancel.data!, id));
    const done = invokeCard(res.body);
    expect(textOf(done)).toMatch(/Cancelled/);
    expect(hasInputs(done)).toBe(false);
    expect(puts().at(-1)?.path).toContain(`/activities/${id}`);
    const [run] = await h.store.listRuns({ platform: 'teams', tenant: TENANT });
    expect(run?.status).toBe('cancelled');
  });

  it('posts a new message for the help card\'s "Start the decision" button, leaving the help card alone', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('help');
    const start = buttonOf(card, /Start the decision/);
    const res = await h.post(cardAction(h.connector.url, start.verb!, start.data!, id));
    expect((res.body as InvokeBody).type).toBe('application/vnd.microsoft.activity.message');
    expect(puts()).toHaveLength(0);
    const posted = messages(h.connector.calls).at(-1)!;
    expect(stepOf(cardOf(posted.body)).data).toMatchObject({ workflow: 'decision' });
  });

  it('stores feedback votes in the real store, one per user per answer, scoped to the tenant', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('What does the Llama 4 licence require us to display?', 'channel');
    const up = card.actions!.find((a) => a.verb === 'feedback' && a.data?.vote === 'up')!;
    const down = card.actions!.find((a) => a.verb === 'feedback' && a.data?.vote === 'down')!;
    const answerId = String(up.data?.answerId);

    const first = await h.post(cardAction(h.connector.url, up.verb!, up.data!, id, 'channel'));
    expect(first.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Thanks: glad it helped.' });
    expect((await h.store.listVotes({ platform: 'teams', tenant: TENANT }, answerId)).map((v) => v.vote)).toEqual(['up']);
    await h.post(cardAction(h.connector.url, down.verb!, down.data!, id, 'channel'));
    const votes = await h.store.listVotes({ platform: 'teams', tenant: TENANT }, answerId);
    expect(votes.map((v) => [v.user, v.vote, v.channel])).toEqual([['aad-user-1', 'down', '19:general@thread.tacv2']]);
    expect(await h.store.listVotes({ platform: 'teams', tenant: 'tenant-bbbb-0002' }, answerId)).toEqual([]);
  });

  it('says so, and keeps the answer card, when the vote cannot be stored', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('What does the Llama 4 licence require us to display?');
    const up = card.actions!.find((a) => a.verb === 'feedback' && a.data?.vote === 'up')!;
    await h.store.close();
    const res = await h.post(cardAction(h.connector.url, up.verb!, up.data!, id));
    expect(res.body).toMatchObject({ statusCode: 200, value: 'I could not save your feedback just now. Please try again in a minute.' });
    expect(puts()).toHaveLength(0);
  });

  it('rejects an invoke that is not one of its cards with a 400 error body, not a crash', async () => {
    h = await teams.start(CLASSIC);
    const res = await h.post(cardAction(h.connector.url, 'transfer-funds', { amount: 1 }, 'x'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const garbage = await h.post({ ...personalMessage(h.connector.url, ''), type: 'invoke', name: 'adaptiveCard/action', value: { nope: true } });
    expect(garbage.body).toMatchObject({ statusCode: 400 });
  });

  it('keeps the card, and says what happened, when the step belongs to no run the store knows', async () => {
    h = await teams.start(CLASSIC);
    const { card, id } = await ask('checklist Acme');
    // The same card, submitted in another tenant: that tenant's store has no such run.
    const data = { ...stepOf(card).data, answer: 'concern' };
    const foreign = { ...cardAction(h.connector.url, 'step', data, id), conversation: { id: 'a:personal-conv-1', conversationType: 'personal', tenantId: 'tenant-bbbb-0002' }, channelData: { tenant: { id: 'tenant-bbbb-0002' } } };
    const res = await h.post(foreign);
    expect(res.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect((res.body as InvokeBody).value).not.toBe('Posted below.');
    expect(puts()).toHaveLength(0);
    const checklist = await h.store.getChecklist({ platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' }, 'Acme');
    expect(checklist?.answers.filter((a) => a.status !== 'unanswered') ?? []).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness, CLASSIC } from './support/harness.ts';
import { BOT, TENANT, USER, channelMention, personalMessage } from './support/activities.ts';
import { USER_MESSAGES } from '../../../bot/errors.ts';
import { cardOf, messages, stepOf, textOf } from './support/cards.ts';

let h: Harness | undefined;
const teams = useTeamsHarness();

const LLAMA_QUESTION = 'What does the Llama 4 licence require us to display?';
const OFF_TOPIC = 'Which football team won the league in 1987?';

describe('Teams messages through the real CloudAdapter and the real App', () => {
  it('answers a personal-chat question from the knowledge base: typing, an Adaptive Card, numbered sources, feedback, the AI label', async () => {
    h = await teams.start(CLASSIC);
    const activity = personalMessage(h.connector.url, LLAMA_QUESTION);
    const res = await h.post(activity);
    expect(res.status).toBe(200);

    const sent = h.connector.activities();
    expect(sent.map((c) => `${c.method} ${String(c.body.type)}`)).toEqual(['POST typing', 'POST message']);
    // Replies go to the conversation, in reply to the user's message.
    expect(sent[1]!.path).toBe(`/v3/conversations/${encodeURIComponent('a:personal-conv-1')}/activities/${String(activity.id)}`);
    const card = cardOf(sent[1]!.body);
    const text = textOf(card);
    expect(text).toContain('Built with Llama');
    // The answer cites its source by number, and the source list links it.
    expect(text).toMatch(/\[1\]/);
    expect(text).toMatch(/^1\. \[[^\]]*Llama[^\]]*\]\(https:\/\/[^)\s]+\)/m);
    expect(text).toContain('AI generated: composed from the knowledge base');
    expect(sent[1]!.body.entities).toEqual([
      { type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org', additionalType: ['AIGeneratedContent'] },
    ]);
    const feedback = (card.actions ?? []).filter((a) => a.verb === 'feedback');
    expect(feedback.map((a) => a.data?.vote)).toEqual(['up', 'down']);
    expect(feedback[0]!.data?.answerId).toBe(`a:personal-conv-1:${String(activity.id)}`);
  });

  it('answers a channel message that @mentions the bot, with the mention stripped, in the reply chain', async () => {
    h = await teams.start(CLASSIC);
    const activity = channelMention(h.connector.url, OFF_TOPIC);
    expect((await h.post(activity)).status).toBe(200);
    const [reply] = messages(h.connector.calls);
    expect(reply?.path).toBe(`/v3/conversations/${encodeURIComponent('19:general@thread.tacv2;messageid=1699999999000')}/activities/${String(activity.id)}`);
    expect(reply?.body.recipient).toMatchObject({ id: USER.id });
    // Off-topic: the bot says it does not know, and the question reaches the unanswered log as typed, minus the mention.
    expect(textOf(cardOf(reply!.body))).toMatch(/I don't have a grounded answer to that[\s\S]*Closest topics/);
    const logged = await h.store.listUnanswered({ platform: 'teams', tenant: TENANT });
    expect(logged.map((q) => [q.question, q.channel])).toEqual([[OFF_TOPIC, '19:general@thread.tacv2']]);
  });

  it('stays silent on a channel message that does not mention it', async () => {
    h = await teams.start(CLASSIC);
    expect((await h.post(channelMention(h.connector.url, OFF_TOPIC, { mention: false }))).status).toBe(200);
    expect(h.connector.activities()).toHaveLength(0);
    expect(await h.store.listUnanswered({ platform: 'teams', tenant: TENANT })).toEqual([]);
  });

  it('parses commands from text: "checklist Acme AI" starts the real checklist and renders its step as card inputs', async () => {
    h = await teams.start(CLASSIC);
    await h.post(personalMessage(h.connector.url, 'checklist Acme AI'));
    const [msg] = messages(h.connector.calls);
    const card = cardOf(msg!.body);
    const step = stepOf(card);
    expect(step.input.type).toBe('Input.ChoiceSet');
    expect(step.choices).toEqual(expect.arrayContaining(['satisfactory', 'concern', 'red-flag']));
    expect(step.data).toMatchObject({ workflow: 'checklist', stepId: expect.any(String), runId: expect.any(String) });
    expect(card.body.find((e) => e.id === 'evidence')).toMatchObject({ type: 'Input.Text', style: 'Url' });
    expect(card.actions?.map((a) => [a.title, a.verb])).toEqual([['Submit', 'step'], ['Cancel', 'choice']]);
    expect(textOf(card)).toContain('**Vendor checklist: Acme AI** · step 1 of 12');
    // Workflow cards are not AI-generated answers: no label.
    expect(msg!.body.entities).toBeUndefined();
    // The checklist belongs to this tenant in the real store, and to no other.
    expect((await h.store.listChecklists({ platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' })).map((c) => c.vendor)).toEqual(['Acme AI']);
    expect(await h.store.listChecklists({ platform: 'teams', tenant: 'tenant-bbbb-0002', channel: 'a:personal-conv-1' })).toEqual([]);
  });

  it('accepts commands after a mention in a channel and with the /ai-procurement prefix; other words stay questions', async () => {
    h = await teams.start(CLASSIC);
    await h.post(channelMention(h.connector.url, 'decide'));
    await h.post(personalMessage(h.connector.url, '/ai-procurement status'));
    await h.post(personalMessage(h.connector.url, 'status of the Llama 4 licence?'));
    const [decide, status, question] = messages(h.connector.calls);
    expect(stepOf(cardOf(decide!.body)).data).toMatchObject({ workflow: 'decision' });
    expect(status!.body.entities).toBeUndefined();
    // The decision runs in the channel it was started in; the personal chat has nothing in progress.
    expect(textOf(cardOf(status!.body))).toContain('No workflow is in progress in this conversation.');
    expect(textOf(cardOf(status!.body))).not.toContain('AI generated');
    // The question went to the answerer: an AI-labelled answer with sources.
    expect(question!.body.entities).toBeDefined();
    expect(textOf(cardOf(question!.body))).toMatch(/Sources[\s\S]*1\. /);
  });

  it('renders help for "help" with the commands as Teams users type them', async () => {
    h = await teams.start(CLASSIC);
    await h.post(personalMessage(h.connector.url, 'help'));
    const [msg] = messages(h.connector.calls);
    const text = textOf(cardOf(msg!.body));
    expect(text).toContain('**checklist <vendor> [question-id]**');
    expect(text).not.toContain('/ai-procurement');
  });

  it('answers each message once even when Teams redelivers it (the store remembers)', async () => {
    h = await teams.start(CLASSIC);
    const activity = personalMessage(h.connector.url, 'help');
    await h.post(activity);
    await h.post(activity);
    expect(messages(h.connector.calls)).toHaveLength(1);
  });

  it('refuses an activity with no tenant with a sentence, not a silent drop', async () => {
    h = await teams.start(CLASSIC);
    const activity = personalMessage(h.connector.url, 'checklist Acme');
    activity.conversation = { id: 'a:x', conversationType: 'personal' };
    activity.channelData = {};
    await h.post(activity);
    const [msg] = messages(h.connector.calls);
    expect(String(msg?.body.text)).toContain('could not tell which Microsoft 365 organisation');
    expect(await h.store.listChecklists({ platform: 'teams', tenant: '', channel: 'a:x' })).toEqual([]);
  });

  it('introduces itself with the help card when added to a team', async () => {
    h = await teams.start(CLASSIC);
    const activity = channelMention(h.connector.url, '');
    await h.post({ ...activity, type: 'conversationUpdate', text: undefined, entities: undefined, membersAdded: [{ id: BOT.id }] });
    const [msg] = messages(h.connector.calls);
    expect(textOf(cardOf(msg!.body))).toContain('Hello!');
    expect(textOf(cardOf(msg!.body))).toContain('mention me first');
  });

  it('says what to do, instead of going silent, when the store has failed', async () => {
    h = await teams.start(CLASSIC);
    await h.store.close();
    await h.post(personalMessage(h.connector.url, 'checklist Acme'));
    const [msg] = messages(h.connector.calls);
    const text = msg!.body.attachments ? textOf(cardOf(msg!.body)) : String(msg!.body.text);
    // A database failure after opening is a coded store_unavailable: the user is told nothing changed and to
    // retry, and the database error itself stays in the log.
    expect(text).toBe(USER_MESSAGES.store_unavailable);
    expect(h.logs.lines.some((l) => (l.level as number) >= 40)).toBe(true);
  });
});

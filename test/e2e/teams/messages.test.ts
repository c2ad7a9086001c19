import { afterEach, describe, expect, it } from 'vitest';
import { BOT, TENANT, USER, channelMention, personalMessage, startHarness, type Harness } from './harness.ts';
import { ScriptedAnswerer, ScriptedWorkflows } from './scripted.ts';

type Attachment = { contentType: string; content: { body: { type: string; text?: string }[]; actions?: { title: string; verb?: string; data?: Record<string, unknown> }[] } };

function cardOf(body: Record<string, unknown>): Attachment['content'] {
  const attachments = body.attachments as Attachment[] | undefined;
  const card = attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!card) throw new Error(`no adaptive card in ${JSON.stringify(body).slice(0, 300)}`);
  return card.content;
}

function cardText(body: Record<string, unknown>): string {
  return cardOf(body).body.map((e) => e.text ?? '').join('\n');
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Teams messages through the real CloudAdapter', () => {
  it('answers a personal-chat question with typing, an Adaptive Card, numbered sources, feedback and the AI label', async () => {
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ answerer });
    const activity = personalMessage(h.connector.url, 'Below what spend is a closed API cheaper?');
    const res = await h.post(activity);
    expect(res.status).toBe(200);

    const sent = h.connector.activities();
    expect(sent.map((c) => `${c.method} ${String(c.body.type)}`)).toEqual(['POST typing', 'POST message']);
    // Replies go to the conversation, in reply to the user's message.
    expect(sent[1]!.path).toBe(`/v3/conversations/${encodeURIComponent('a:personal-conv-1')}/activities/${String(activity.id)}`);
    const text = cardText(sent[1]!.body);
    expect(text).toContain('A closed API is usually **cheaper**');
    expect(text).toContain('1. [Cost crossover](https://example.org/crossover)');
    expect(text).toContain('2. GPU costs');
    expect(text).toContain('AI generated');
    expect(sent[1]!.body.entities).toEqual([
      { type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org', additionalType: ['AIGeneratedContent'] },
    ]);
    const actions = cardOf(sent[1]!.body).actions ?? [];
    expect(actions.filter((a) => a.verb === 'feedback').map((a) => a.data?.vote)).toEqual(['up', 'down']);
    expect(answerer.requests[0]?.question).toBe('Below what spend is a closed API cheaper?');
    expect(answerer.requests[0]?.channel).toBe('a:personal-conv-1');
  });

  it('answers a channel message that @mentions the bot, with the mention stripped, in the reply chain', async () => {
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ answerer });
    const activity = channelMention(h.connector.url, 'What does the Llama licence require?');
    expect((await h.post(activity)).status).toBe(200);
    expect(answerer.requests.map((r) => r.question)).toEqual(['What does the Llama licence require?']);
    expect(answerer.requests[0]?.channel).toBe('19:general@thread.tacv2');
    const reply = h.connector.activities().find((c) => c.body.type === 'message');
    expect(reply?.path).toBe(`/v3/conversations/${encodeURIComponent('19:general@thread.tacv2;messageid=1699999999000')}/activities/${String(activity.id)}`);
    expect(reply?.body.recipient).toMatchObject({ id: USER.id });
  });

  it('stays silent on a channel message that does not mention it', async () => {
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ answerer });
    expect((await h.post(channelMention(h.connector.url, 'lunch anyone?', { mention: false }))).status).toBe(200);
    expect(answerer.requests).toHaveLength(0);
    expect(h.connector.activities()).toHaveLength(0);
  });

  it('streams a model answer into one message: first partial posted, later text and the final card as updates', async () => {
    const answerer = new ScriptedAnswerer(['A closed', 'A closed API is usually', 'A closed API is usually cheaper below']);
    h = await startHarness({ answerer });
    expect((await h.post(personalMessage(h.connector.url, 'Is a closed API cheaper?'))).status).toBe(200);

    const calls = h.connector.activities().filter((c) => c.body.type !== 'typing');
    const first = calls[0]!;
    expect(first.method).toBe('POST');
    expect(first.body.text).toBe('A closed …');
    expect(first.body.entities).toBeDefined();
    const updates = calls.slice(1);
    expect(updates.length).toBeGreaterThanOrEqual(1);
    // Every later call edits that same message (the fake answers a POST with id "bot-activity-N").
    const messageId = updates[0]!.path.split('/').pop();
    for (const u of updates) {
      expect(u.method).toBe('PUT');
      expect(u.path.split('/').pop()).toBe(messageId);
    }
    const last = updates[updates.length - 1]!;
    expect(cardText(last.body)).toContain('written by a language model (ollama)');
    // The typing indicator went out before any text.
    expect(h.connector.activities()[0]!.body.type).toBe('typing');
  });

  it('parses commands from text: "checklist Acme AI" starts the workflow and renders the step as card inputs', async () => {
    const workflows = new ScriptedWorkflows();
    h = await startHarness({ workflows });
    await h.post(personalMessage(h.connector.url, 'checklist Acme AI'));
    expect(workflows.calls.map((c) => [c.sub, c.args])).toEqual([['checklist', ['Acme', 'AI']]]);
    expect(workflows.calls[0]!.turn).toMatchObject({ platform: 'teams', tenant: TENANT, isDirect: true, user: { id: 'aad-user-1', name: 'Dana Buyer' } });

    const msg = h.connector.activities().find((c) => c.body.type === 'message')!;
    const card = cardOf(msg.body);
    const choiceSet = card.body.find((e) => e.type === 'Input.ChoiceSet') as unknown as { id: string; choices: { value: string }[] };
    expect(choiceSet.id).toBe('answer');
    expect(choiceSet.choices.map((c) => c.value)).toEqual(['satisfactory', 'concern', 'red-flag']);
    expect(card.actions?.map((a) => [a.title, a.verb])).toEqual([['Submit', 'step'], ['Cancel', 'choice']]);
    expect(cardText(msg.body)).toContain('**Vendor checklist: Acme AI** · step 1 of 2');
    // Workflow cards are not AI-generated answers: no label.
    expect(msg.body.entities).toBeUndefined();
  });

  it('accepts the commands with a mention in a channel and the /ai-procurement prefix; other words stay questions', async () => {
    const workflows = new ScriptedWorkflows();
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ workflows, answerer });
    await h.post(channelMention(h.connector.url, 'decide'));
    await h.post(personalMessage(h.connector.url, '/ai-procurement status'));
    await h.post(personalMessage(h.connector.url, 'status of the Llama licence?'));
    expect(workflows.calls.map((c) => c.sub)).toEqual(['decide', 'status']);
    expect(answerer.requests.map((r) => r.question)).toEqual(['status of the Llama licence?']);
  });

  it('renders help for "help" with the commands as Teams users type them', async () => {
    h = await startHarness({});
    await h.post(personalMessage(h.connector.url, 'help'));
    const msg = h.connector.activities().find((c) => c.body.type === 'message')!;
    const text = cardText(msg.body);
    expect(text).toContain('**checklist <vendor> [question-id]**');
    expect(text).not.toContain('/ai-procurement');
  });

  it('answers each message once even when Teams redelivers it', async () => {
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ answerer, withStore: true });
    const activity = personalMessage(h.connector.url, 'What is a closed API?');
    await h.post(activity);
    await h.post(activity);
    expect(answerer.requests).toHaveLength(1);
  });

  it('refuses an activity with no tenant with a sentence, not a silent drop', async () => {
    const answerer = new ScriptedAnswerer();
    h = await startHarness({ answerer });
    const activity = personalMessage(h.connector.url, 'hello?');
    activity.conversation = { id: 'a:x', conversationType: 'personal' };
    activity.channelData = {};
    await h.post(activity);
    expect(answerer.requests).toHaveLength(0);
    const msg = h.connector.activities().find((c) => c.body.type === 'message');
    expect(String(msg?.body.text)).toContain('could not tell which Microsoft 365 organisation');
  });

  it('introduces itself with the help card when added to a team', async () => {
    h = await startHarness({});
    const activity = channelMention(h.connector.url, '');
    await h.post({ ...activity, type: 'conversationUpdate', text: undefined, entities: undefined, membersAdded: [{ id: BOT.id }] });
    const msg = h.connector.activities().find((c) => c.body.type === 'message')!;
    expect(cardText(msg.body)).toContain('Hello!');
    expect(cardText(msg.body)).toContain('mention me first');
  });
});

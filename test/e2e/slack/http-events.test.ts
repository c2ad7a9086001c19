import { describe, expect, it } from 'vitest';
import { eventually, settle, useHarness, type Harness } from './support/harness.ts';
import { BOT_USER, CHANNEL, channelMessage, directMessage, eventCallback, mention, nextTs } from './support/payloads.ts';
import { postJson } from './support/signing.ts';

const OPTED_IN = 'C0QUESTIONS';
let h: Harness;
// workingSignalDelayMs 0: the eyes reaction goes on every question at once (by default only on slow ones).
// Classic surfaces: Block Kit sections, our own buttons, DM answers outside threads (native-ai.test.ts: the native ones).
useHarness((x) => (h = x), { env: { SLACK_AUTO_ANSWER_CHANNELS: `${OPTED_IN}, C0OTHER` }, adapter: { workingSignalDelayMs: 0, aiSurfaces: 'classic' } });

const posts = (channel: string) => h.fake.of('chat.postMessage').filter((c) => c.args.channel === channel);
const answered = () => h.fake.of('chat.postMessage').length;
const blocksJson = (args: Record<string, unknown>) => JSON.stringify(args.blocks ?? []);

describe('questions over the Events API (HTTP mode)', () => {
  it('answers an @mention in the thread of the mention, with a working reaction added then removed', async () => {
    const ev = mention('What are the five factors in the open vs closed decision?');
    const res = await postJson(h.eventsUrl, eventCallback(ev));
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    expect(post.args.channel).toBe(CHANNEL);
    const added = await h.fake.waitFor('reactions.add', (c) => c.args.timestamp === ev.ts);
    expect(added.args).toMatchObject({ channel: CHANNEL, name: 'eyes' });
    expect(added.at).toBeLessThan(post.at);
    const removed = await h.fake.waitFor('reactions.remove', (c) => c.args.timestamp === ev.ts);
    expect(removed.at).toBeGreaterThan(post.at);
    // The bot's own mention is not part of the question, and the text is never a raw mention.
    expect(String(post.args.text)).not.toContain(`<@${BOT_USER}>`);
    expect(post.args.link_names).toBe('false');
    // A cited answer: the text, numbered sources with links, a confidence hint, feedback and a workflow button.
    const json = blocksJson(post.args);
    expect(String(post.args.text)).toMatch(/five factors/i);
    expect(json).toMatch(/\*\[1\]\* <https:\/\/[^|>]+\|[^>]+>/);
    expect(json).toContain('ap.citations');
    expect(json).toContain('Confidence: *');
    expect(json).toContain('ap.feedback.up');
    expect(json).toContain('ap.feedback.down');
    expect(json).toContain('Start the deployment decision');
  });

  it('reads the thread for a follow-up mention and answers in that thread', async () => {
    const root = nextTs();
    h.fake.threads.set(root, [
      { ts: root, user: 'U0ALICE', text: `<@${BOT_USER}> what is the cost crossover?` },
      { ts: nextTs(), user: BOT_USER, bot_id: 'B0BOT', text: 'Around £1,500 to £2,500 a month [1].' },
    ]);
    const ev = mention('and below that?', { thread_ts: root });
    await postJson(h.eventsUrl, eventCallback(ev));
    const replies = await h.fake.waitFor('conversations.replies', (c) => c.args.ts === root);
    expect(replies.args.channel).toBe(CHANNEL);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === root);
    expect(post.args.channel).toBe(CHANNEL);
    expect(blocksJson(post.args)).toContain('ap.confidence');
  });

  it('answers a direct message in the DM', async () => {
    const ev = directMessage('What does the Llama 4 licence require us to display?');
    await postJson(h.eventsUrl, eventCallback(ev));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0ALICE');
    expect(post.args.thread_ts).toBeUndefined();
    expect(String(post.args.text)).toMatch(/Built with Llama/i);
    expect(blocksJson(post.args)).toContain('ap.citations');
  });

  it('answers a DM that mentions the bot (Slack sends no app_mention in DMs)', async () => {
    const ev = directMessage(`<@${BOT_USER}> what is OpenMDW?`, { channel: 'D0MENTION' });
    await postJson(h.eventsUrl, eventCallback(ev));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'D0MENTION');
    expect(String(post.args.text)).toMatch(/OpenMDW/i);
  });

  it('answers "?" messages only in opted-in channels, in a thread', async () => {
    const q = channelMessage('Is the EU-US Data Privacy Framework still valid?', OPTED_IN);
    await postJson(h.eventsUrl, eventCallback(q));
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === OPTED_IN);
    expect(post.args.thread_ts).toBe(q.ts);

    await postJson(h.eventsUrl, eventCallback(channelMessage('Is this answered anywhere?', 'C0NOTOPTED')));
    await postJson(h.eventsUrl, eventCallback(channelMessage('This is a statement, not a question.', OPTED_IN)));
    await settle();
    expect(posts('C0NOTOPTED')).toHaveLength(0);
    expect(posts(OPTED_IN)).toHaveLength(1);
  });

  it('answers a mention in an opted-in channel once, not once per event type', async () => {
    const ts = nextTs();
    const text = `<@${BOT_USER}> what is OpenMDW?`;
    await postJson(h.eventsUrl, eventCallback({ type: 'app_mention', user: 'U0ALICE', text, ts, channel: OPTED_IN }));
    await postJson(h.eventsUrl, eventCallback({ ...channelMessage(text, OPTED_IN, { ts }) }));
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts);
    await settle();
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ts)).toHaveLength(1);
  });

  it('falls back to plain text when Slack refuses the blocks, so the user is never left waiting', async () => {
    h.fake.failures.set('chat.postMessage', 'invalid_blocks');
    const ev = mention('What is the EU AI Act deadline for deployers?');
    await postJson(h.eventsUrl, eventCallback(ev));
    const posts = await eventually(() => {
      const inThread = h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts);
      expect(inThread).toHaveLength(2);
      return inThread;
    });
    expect(posts[0]!.result?.ok).toBe(false);
    expect(posts[1]!.result?.ok).toBe(true);
    expect(JSON.stringify(posts[1]!.args.blocks)).not.toContain('ap.feedback');
    expect(String(posts[1]!.args.text).length).toBeGreaterThan(20);
  });

  it('ignores its own messages, other bots and message edits', async () => {
    const before = answered();
    await postJson(h.eventsUrl, eventCallback({ ...directMessage('I am the bot?'), user: BOT_USER }));
    await postJson(h.eventsUrl, eventCallback({ ...directMessage('beep?'), subtype: 'bot_message', bot_id: 'B0OTHER' }));
    await postJson(h.eventsUrl, eventCallback({ type: 'message', subtype: 'message_changed', channel: 'D0ALICE', channel_type: 'im', ts: nextTs(), message: { text: 'edited?' } }));
    await settle();
    expect(answered()).toBe(before);
  });

  it('refuses events for a workspace the token does not belong to', async () => {
    const before = answered();
    const res = await postJson(h.eventsUrl, eventCallback(mention('hello from elsewhere, what is RAG?'), undefined, 'T0INTRUDER'));
    expect(res.status).toBe(200);
    await settle();
    expect(answered()).toBe(before);
  });
});

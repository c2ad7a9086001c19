import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOllama, type FakeModelServer } from '../../fakes/model-servers/index.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { CHANNEL, TEAM, USER, blockAction, directMessage, eventCallback, mention } from './support/payloads.ts';
import { postInteraction, postJson } from './support/signing.ts';
import type { ApiCall } from './support/fake-slack.ts';
import { slackAnswerId } from '../../../adapters/slack/services.ts';
import { DEFANGED, HOSTILE_BLOCK, HOSTILE_CARDS, citationUrls, hostileModelEnv, slackReport, teamsReport } from '../support/inert-checks.ts';

/**
 * Slack's native AI surfaces (the default): the loading status at once, chat.startStream with task_update chunks
 * and the recipient in channels, the chat.update fallback when a stream is refused, answers in a markdown block
 * with the sources as a list, feedback_buttons stored like the old buttons, DM answers in the message's thread.
 */
let h: Harness;
let ollama: FakeModelServer;
beforeAll(async () => {
  ollama = await startFakeOllama();
  h = await startHarness({ env: { MODEL_PROVIDER: 'ollama', MODEL_BASE_URL: ollama.url, MODEL_NAME: 'llama3.1:8b', MODEL_TIMEOUT_MS: '1500' } });
});
afterAll(async () => {
  await h?.close();
  await ollama?.close();
});

const blocksOf = (c: ApiCall) => JSON.stringify(c.args.blocks ?? []);
const tasks = (ts: string) => (h.fake.streams.get(ts)?.chunks ?? []).filter((c) => c.type === 'task_update') as { id: string; title: string; status: string }[];

describe('native AI surfaces in Slack', () => {
  it('shows a loading status at once, streams with task updates and the recipient, then the cited answer in a markdown block', async () => {
    ollama.script({ kind: 'reply', pieces: 'Self-hosting pays off once spend is high and steady [1]. Below that a closed API is usually cheaper [1].'.split(/(?<= )/) });
    const ev = mention('When does self-hosting pay off compared with a closed API?');
    await postJson(h.eventsUrl, eventCallback(ev));
    // The first answer of a file loads the word vectors: generous waits, on a machine shared with other work.
    const status = await h.fake.waitFor('assistant.threads.setStatus', (c) => c.args.thread_ts === ev.ts, 15_000);
    expect(status.args).toMatchObject({ channel_id: CHANNEL, status: 'is searching the knowledge base…' });
    const start = await h.fake.waitFor('chat.startStream', (c) => c.args.thread_ts === ev.ts, 15_000);
    expect(start.at).toBeGreaterThan(status.at);
    // In a channel the stream names who it is for.
    expect(start.args).toMatchObject({ channel: CHANNEL, recipient_user_id: USER, recipient_team_id: TEAM });
    const ts = String(start.result?.ts);
    await h.fake.waitFor('chat.stopStream', (c) => c.args.ts === ts, 15_000);
    const streamed = h.fake.streams.get(ts)!;
    expect(streamed.state).toBe('stopped');
    expect(streamed.text).toContain('Below that a closed API is usually cheaper');
    expect(tasks(ts).map((t) => t.title)).toEqual(expect.arrayContaining(['Searching the knowledge base', expect.stringMatching(/^\d+ sources? found$/), 'Writing with llama3.1:8b']));
    expect(tasks(ts).filter((t) => t.id === 'write').map((t) => t.status)).toEqual(['in_progress', 'complete']);
    // The final cited answer replaces the stream: markdown block, sources as a list, Slack's feedback buttons.
    const final = await h.fake.waitFor('chat.update', (c) => c.args.ts === ts);
    const blocks = final.args.blocks as { type: string; text?: string; elements?: { type: string }[] }[];
    const md = blocks.find((b) => b.type === 'markdown');
    expect(md?.text).toContain('Below that a closed API is usually cheaper');
    expect(md?.text).toMatch(/\*\*Sources\*\*\n1\. \[[^\]]+\]\(https:\/\//);
    expect(blocks.find((b) => b.type === 'context_actions')?.elements?.[0]?.type).toBe('feedback_buttons');
    expect(h.fake.of('reactions.add').filter((c) => c.args.timestamp === ev.ts)).toEqual([]);
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts)).toEqual([]);
    expect(h.fake.rejected).toEqual([]);
  });

  it('falls back to chat.update streaming where Slack refuses the stream, and logs it', async () => {
    h.fake.failures.set('chat.startStream', 'feature_not_enabled');
    ollama.script({ kind: 'reply', pieces: 'Products built on Llama 4 must show "Built with Llama" [1]. The notice goes on the product [1].'.split(/(?<= )/) });
    const ev = mention('What does the Llama 4 licence require us to display?');
    await postJson(h.eventsUrl, eventCallback(ev));
    const first = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    const ts = String(first.result?.ts);
    const final = await h.fake.waitFor('chat.update', (c) => c.args.ts === ts && blocksOf(c).includes('"type":"markdown"'));
    expect(blocksOf(final)).toContain('Built with Llama');
    expect([...h.fake.streams.values()].filter((s) => s.threadTs === ev.ts)).toEqual([]);
    expect(h.fake.rejected).toEqual([]);
  });

  it('answers a DM in the message’s thread, with the loading status; a model that fails still ends in the cited answer', async () => {
    ollama.script({ kind: 'status', status: 500 });
    const ev = directMessage('What is OpenMDW?', { channel: 'D0NATIVE' });
    await postJson(h.eventsUrl, eventCallback(ev));
    const status = await h.fake.waitFor('assistant.threads.setStatus', (c) => c.args.channel_id === 'D0NATIVE');
    expect(status.args.thread_ts).toBe(ev.ts);
    const start = await h.fake.waitFor('chat.startStream', (c) => c.args.channel === 'D0NATIVE');
    expect(start.args.thread_ts).toBe(ev.ts);
    // A DM needs no recipient.
    expect(start.args.recipient_user_id).toBeUndefined();
    const final = await h.fake.waitFor('chat.update', (c) => c.args.ts === start.result?.ts);
    expect(blocksOf(final)).toContain('"type":"markdown"');
    expect(blocksOf(final)).toMatch(/OpenMDW/);
    expect(blocksOf(final)).toMatch(/unavailable/i);
  });

  it('stores a feedback_buttons vote as before, one per person and answer', async () => {
    const post = h.fake.of('chat.update').at(-1)!;
    const message = { type: 'message', ts: String(post.args.ts), text: 'an answer', blocks: [] };
    const click = (value: string) => {
      const body = blockAction({ action_id: 'ap.feedback.buttons', value }, { responseUrl: h.responseUrl(), message, channel: String(post.args.channel) });
      (body.actions[0] as Record<string, unknown>).type = 'feedback_buttons';
      return postInteraction(h.eventsUrl, body);
    };
    expect((await click('down')).status).toBe(200);
    expect((await click('up')).status).toBe(200);
    // A value that is not one of ours is no vote.
    expect((await click('sideways')).status).toBe(200);
    const answerId = slackAnswerId(String(post.args.channel), String(post.args.ts));
    const votes = await eventually(async () => {
      const v = await h.app.store!.listVotes({ platform: 'slack', tenant: TEAM }, answerId);
      expect(v.map((x) => x.vote)).toEqual(['up']);
      return v;
    });
    expect(votes[0]!.user).toBe(USER);
  });

  it('splits an answer longer than Slack’s 12,000-character markdown budget across messages', async () => {
    const sentence = 'A closed API is usually cheaper below the crossover and self-hosting pays off above it [1]. ';
    ollama.script({ kind: 'reply', pieces: Array.from({ length: 160 }, () => sentence) });
    const ev = mention('Explain the cost crossover between a closed API and self-hosting in detail');
    await postJson(h.eventsUrl, eventCallback(ev));
    const start = await h.fake.waitFor('chat.startStream', (c) => c.args.thread_ts === ev.ts);
    const ts = String(start.result?.ts);
    await h.fake.waitFor('chat.update', (c) => c.args.ts === ts, 10_000);
    const more = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    const markdown = (c: ApiCall) => (c.args.blocks as { type: string; text?: string }[]).filter((b) => b.type === 'markdown').reduce((n, b) => n + (b.text?.length ?? 0), 0);
    const update = h.fake.of('chat.update').find((c) => c.args.ts === ts)!;
    expect(markdown(update)).toBeLessThanOrEqual(12_000);
    expect(markdown(update) + markdown(more)).toBeGreaterThan(12_000);
    expect(blocksOf(more)).toContain('feedback_buttons');
    expect(h.fake.rejected).toEqual([]);
  });
});

describe('native AI surfaces keep hostile text inert', () => {
  let hostile: Harness;
  let model: FakeModelServer;
  let citations: Set<string>;
  beforeAll(async () => {
    model = await startFakeOllama();
    citations = await citationUrls(HOSTILE_CARDS);
    hostile = await startHarness({ cardsDir: HOSTILE_CARDS, env: hostileModelEnv(model.url) });
  });
  afterAll(async () => {
    await hostile?.close();
    await model?.close();
  });

  it('a model’s streamed text and final markdown answer make no link but the citations', async () => {
    const answer = `The DPA is at [https://docs.vendor.com/dpa](https://evil.example/dpa) and www.evil.example <@U0EVIL> <!channel> [1].\n${HOSTILE_BLOCK} [1]`;
    model.script({ kind: 'reply', pieces: [answer.slice(0, 80), ...answer.slice(80).match(/.{1,7}/gs)!] });
    const ev = mention('Where is the vendor data processing agreement published, and how long is data kept?');
    await postJson(hostile.eventsUrl, eventCallback(ev));
    const start = await hostile.fake.waitFor('chat.startStream', (c) => c.args.thread_ts === ev.ts, 15_000);
    const ts = String(start.result?.ts);
    const final = await hostile.fake.waitFor('chat.update', (c) => c.args.ts === ts, 15_000);
    const stream = hostile.fake.calls.filter((c) => c.method.startsWith('chat.') && c.method.endsWith('Stream'));
    const payloads = [...stream, final].map((c) => c.args);
    // Slack tokens (<@U…>, <!channel>, <url|label>) and standard Markdown links are both checked.
    const slack = slackReport(payloads, citations, [`@${USER}`]);
    expect(slack.foreignLinks).toEqual([]);
    const markdown = teamsReport(payloads, citations);
    expect(markdown.foreignLinks, 'Markdown links the bot did not make').toEqual([]);
    expect(markdown.linkable, 'hostile hosts a client could still link').toEqual([]);
    expect(JSON.stringify(final.args.blocks)).toMatch(DEFANGED);
    expect(hostile.fake.streams.get(ts)!.text).toContain('https[:]//docs[.]vendor[.]com/dpa (https[:]//evil[.]example/dpa)');
    expect(markdown.links.some((l) => citations.has(l))).toBe(true);
  });
});

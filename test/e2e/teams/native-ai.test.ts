import { describe, expect, it } from 'vitest';
import type { FakeModelServer } from '../../fakes/model-servers/index.ts';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { TENANT, USER, channelMention, personalMessage } from './support/activities.ts';
import { HOSTILE_BLOCK, HOSTILE_CARDS, citationUrls, hostileModelEnv, teamsReport } from '../support/inert-checks.ts';

/**
 * Teams' native AI pieces (the default): the answer as an AI message with citation entities and Teams' feedback
 * loop, the streaming protocol in personal chat, post-then-update in channels, suggested actions after an answer.
 */
let ollama: FakeModelServer;
let h: Harness | undefined;
const teams = useTeamsHarness({ fakeOllama: (x) => (ollama = x) });

const QUESTION = 'What does the Llama 4 licence require us to display?';
type Entity = Record<string, unknown> & { citation?: { '@type': string; position: number; appearance: Record<string, string> }[] };
const entitiesOf = (body: Record<string, unknown>) => (body.entities ?? []) as Entity[];
const streamInfo = (body: Record<string, unknown>) => entitiesOf(body).find((e) => e.type === 'streaminfo');

describe('Teams native AI message', () => {
  it('answers with the AI label, numbered citation entities (title, URL, snippet), the feedback loop and suggested actions', async () => {
    h = await teams.start();
    const activity = personalMessage(h.connector.url, QUESTION);
    expect((await h.post(activity)).status).toBe(200);
    const messages = h.connector.activities().filter((c) => c.body.type === 'message');
    expect(messages).toHaveLength(1);
    const answer = messages[0]!.body;
    expect(String(answer.text)).toMatch(/Built with Llama.*\[1\]/);
    const roots = entitiesOf(answer).filter((e) => e.type === 'https://schema.org/Message');
    expect(roots).toHaveLength(1);
    expect(roots[0]!.additionalType).toEqual(['AIGeneratedContent']);
    const claims = roots[0]!.citation ?? [];
    expect(claims.map((c) => c.position)).toEqual(claims.map((_, i) => i + 1));
    expect(claims[0]!.appearance).toMatchObject({ '@type': 'DigitalDocument', name: expect.stringMatching(/Llama/), url: expect.stringMatching(/^https:\/\//) });
    expect(claims[0]!.appearance.abstract!.length).toBeGreaterThan(20);
    expect((answer.channelData as { feedbackLoopEnabled?: boolean }).feedbackLoopEnabled).toBe(true);
    const suggested = (answer.suggestedActions as { actions: { type: string; title: string; value: string }[] }).actions;
    expect(suggested.length).toBeGreaterThan(1);
    expect(suggested.map((a) => a.value)).toContain('decide');
    expect(suggested.every((a) => a.type === 'imBack')).toBe(true);
    // Streaming protocol even for an extractive answer: informative first, then the final message closes it.
    const opened = h.connector.activities().find((c) => streamInfo(c.body))!;
    expect(opened.body.type).toBe('typing');
    expect(streamInfo(opened.body)).toMatchObject({ streamType: 'informative', streamSequence: 1 });
    expect(streamInfo(answer)).toMatchObject({ streamType: 'final', streamId: opened.responseId });
  });

  it('stores Teams feedback (message/submitAction) as a vote on that answer, once per user', async () => {
    h = await teams.start();
    await h.post(personalMessage(h.connector.url, QUESTION));
    const answer = h.connector.activities().find((c) => c.body.type === 'message')!;
    const submit = (reaction: string) => h!.post({ ...personalMessage(h!.connector.url, ''), type: 'invoke', name: 'message/submitAction', text: undefined, replyToId: answer.responseId, value: { actionName: 'feedback', actionValue: { reaction, feedback: '{"feedbackText":"call me at +44 20 7946 0000"}' } } });
    expect((await submit('dislike')).status).toBe(200);
    expect((await submit('like')).status).toBe(200);
    expect((await submit('meh')).status).toBe(400);
    const votes = await h.store.listVotes({ platform: 'teams', tenant: TENANT }, `a:personal-conv-1:${answer.responseId}`);
    expect(votes.map((v) => [v.vote, v.user])).toEqual([['up', USER.aadObjectId]]);
    // The free-text comment is not kept anywhere.
    expect(JSON.stringify(votes)).not.toContain('7946');
  });

  it('streams a model answer in personal chat: informative, streaming chunks in sequence, then the final message', async () => {
    ollama.script({ kind: 'reply', pieces: ['Products built on Llama 4 ', 'must show the notice ', '"Built with Llama" ', '[1].'] });
    h = await teams.start({ env: { MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: ollama.url } });
    await h.post(personalMessage(h.connector.url, QUESTION));
    // The typing indicator may open the turn; from the informative update on, everything belongs to the stream.
    const all = h.connector.activities();
    const sent = all.slice(all.findIndex((c) => streamInfo(c.body)));
    const infos = sent.map((c) => streamInfo(c.body));
    expect(infos.every(Boolean)).toBe(true);
    expect(infos[0]).toMatchObject({ streamType: 'informative' });
    const streaming = sent.filter((c) => streamInfo(c.body)?.streamType === 'streaming');
    expect(streaming.length).toBeGreaterThanOrEqual(1);
    expect(sent.map((c) => streamInfo(c.body)?.streamSequence).filter((n) => n !== undefined)).toEqual(sent.slice(0, -1).map((_, i) => i + 1));
    const final = sent.at(-1)!.body;
    expect(final.type).toBe('message');
    expect(streamInfo(final)).toMatchObject({ streamType: 'final', streamId: sent[0]!.responseId });
    expect(String(final.text)).toContain('Products built on Llama 4 must show the notice "Built with Llama" [1].');
    expect(sent.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('does not stream in a channel: the answer is posted, then updated, with citations', async () => {
    ollama.script({ kind: 'reply', pieces: ['Products built on Llama 4 ', 'must show the notice ', '"Built with Llama" ', '[1].'] });
    h = await teams.start({ env: { MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: ollama.url } });
    await h.post(channelMention(h.connector.url, QUESTION));
    const sent = h.connector.activities();
    expect(sent.some((c) => streamInfo(c.body))).toBe(false);
    const posted = sent.find((c) => c.method === 'POST' && c.body.type === 'message')!;
    const final = sent.at(-1)!;
    expect(final.method).toBe('PUT');
    expect(final.path.split('/').pop()).toBe(posted.responseId);
    expect(entitiesOf(final.body).find((e) => e.type === 'https://schema.org/Message')?.citation?.length).toBeGreaterThan(0);
  });

  it('the fake connector refuses a citation missing a required field (as Teams does)', async () => {
    h = await teams.start();
    const conv = encodeURIComponent('a:personal-conv-1');
    const res = await fetch(`${h.connector.url}v3/conversations/${conv}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x [1]', entities: [{ type: 'https://schema.org/Message', '@type': 'Message', '@context': 'https://schema.org', citation: [{ '@type': 'Claim', position: 1, appearance: { '@type': 'DigitalDocument', name: 'A card' } }] }] }),
    });
    expect(res.status).toBe(400);
    expect(h.connector.rejected.at(-1)!.problems).toEqual(['citation[0].appearance.abstract required, up to 160']);
    h.connector.rejected.length = 0;
  });

  it('keeps hostile model text inert in the streamed chunks and the final message; only citations link', async () => {
    const citations = await citationUrls(HOSTILE_CARDS);
    const answer = `The DPA is at [https://docs.vendor.com/dpa](https://evil.example/dpa) and www.evil.example [1].\n${HOSTILE_BLOCK} [1]`;
    ollama.script({ kind: 'reply', pieces: [answer.slice(0, 80), ...answer.slice(80).match(/.{1,7}/gs)!] });
    h = await teams.start({ cardsDir: HOSTILE_CARDS, env: hostileModelEnv(ollama.url) });
    await h.post(personalMessage(h.connector.url, 'Where is the vendor data processing agreement published, and how long is data kept?'));
    const report = teamsReport(h.connector.activities().map((c) => c.body), citations);
    expect(report.foreignLinks).toEqual([]);
    expect(report.linkable).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { settle, useHarness, type Harness } from './support/harness.ts';
import { CHANNEL, blockAction, eventCallback, mention, slashCommand, viewSubmission } from './support/payloads.ts';

let h: Harness;
useHarness((x) => (h = x), { mode: 'socket' });

describe('Socket Mode (no inbound port)', () => {
  it('connects through apps.connections.open at SLACK_API_URL with the app token, and mounts no HTTP route', async () => {
    expect(h.adapter.mode).toBe('socket');
    expect(h.adapter.routes).toEqual([]);
    const open = await h.fake.waitFor('apps.connections.open');
    expect(open.token).toBe('xapp-test-not-a-real-token');
    expect(h.fake.socketCount).toBe(1);
  });

  it('acks an app_mention envelope and answers in the thread', async () => {
    const ev = mention('What are the five factors in the open vs closed decision?');
    const ack = await h.fake.sendEnvelope('events_api', eventCallback(ev));
    expect(ack.envelope_id).toMatch(/^env-/);
    const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    expect(post.args.channel).toBe(CHANNEL);
    expect(JSON.stringify(post.args.blocks)).toContain('**Sources**'); // the native answer: markdown block ending with its sources
    // A working reaction, if the answer was slow enough to need one, never outlives the answer.
    if (h.fake.of('reactions.add').some((c) => c.args.timestamp === ev.ts)) await h.fake.waitFor('reactions.remove', (c) => c.args.timestamp === ev.ts);
  });

  it('never answers a redelivered envelope (retry_attempt) twice', async () => {
    const ev = mention('What is the CLOUD Act?');
    const body = eventCallback(ev);
    await h.fake.sendEnvelope('events_api', body);
    await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
    await h.fake.sendEnvelope('events_api', body, { retry_attempt: 1, retry_reason: 'timeout' });
    await settle();
    expect(h.fake.of('chat.postMessage').filter((c) => c.args.thread_ts === ev.ts)).toHaveLength(1);
  });

  it('acks a slash command envelope and answers through response_url', async () => {
    const responseUrl = h.responseUrl();
    const ack = await h.fake.sendEnvelope('slash_commands', slashCommand('frobnicate', responseUrl));
    expect(ack.payload ?? {}).toEqual({});
    const body = await h.fake.waitForResponse((b) => String(b.text).includes('frobnicate'));
    expect(body.response_type).toBe('ephemeral');
  });

  it('acks block_actions (feedback) and thanks the voter', async () => {
    await h.fake.sendEnvelope('interactive', blockAction({ action_id: 'ap.feedback.down', value: JSON.stringify({ vote: 'down' }) }, { responseUrl: h.responseUrl() }));
    await h.fake.waitFor('chat.postEphemeral', (c) => String(c.args.text).includes('vote is recorded'));
  });

  it('returns view_submission validation errors in the ack payload', async () => {
    const meta = { team: 'T0FAKE', channel: CHANNEL, w: 'decision', r: 'run-1', s: 'monthlySpendGBP', k: 'number' };
    const ack = await h.fake.sendEnvelope('interactive', viewSubmission({ callback_id: 'ap.step', private_metadata: JSON.stringify(meta), title: { type: 'plain_text', text: 'Deployment decision' } }, { 'ap.step.input': { value: { type: 'number_input', value: '' } } }));
    expect(ack.payload).toEqual({ response_action: 'errors', errors: { 'ap.step.input': 'Please answer this step before going on.' } });
  });

  it('acks and drops bodies Slack never sends (no HTTP gate here): a numeric modal value, a null user, actions not an array', async () => {
    const before = h.fake.calls.filter((c) => c.method !== 'auth.test' && c.method !== 'apps.connections.open').length;
    const meta = { team: 'T0FAKE', channel: CHANNEL, w: 'decision', r: 'run-1', s: 'monthlySpendGBP', k: 'number' };
    const numeric = await h.fake.sendEnvelope('interactive', viewSubmission({ callback_id: 'ap.step', private_metadata: JSON.stringify(meta), title: { type: 'plain_text', text: 'Deployment decision' } }, { 'ap.step.input': { value: { type: 'number_input', value: 1200 } } }));
    expect(numeric.payload ?? {}).toEqual({});
    const press = blockAction({ action_id: 'ap.feedback.up', value: 'x' }, { responseUrl: h.responseUrl() });
    expect((await h.fake.sendEnvelope('interactive', { ...press, actions: { action_id: 'ap.feedback.up' } })).envelope_id).toMatch(/^env-/);
    await h.fake.sendEnvelope('events_api', eventCallback({ ...mention('hi'), user: null }));
    await settle();
    expect(h.fake.calls.filter((c) => c.method !== 'auth.test' && c.method !== 'apps.connections.open').length).toBe(before);
  });

  for (const how of ['disconnect', 'terminate'] as const) {
    it(`reconnects after a ${how === 'disconnect' ? 'disconnect request' : 'dropped connection'} and keeps answering`, async () => {
      const before = h.fake.connections;
      const opens = h.fake.of('apps.connections.open').length;
      h.fake.dropSocket(how);
      await h.fake.waitForSockets(before + 1);
      expect(h.fake.of('apps.connections.open').length).toBeGreaterThan(opens);
      // Give the client a moment to settle on the new socket, then a question must still be answered.
      await settle();
      const ev = mention(how === 'disconnect' ? 'What is OpenMDW?' : 'What is the OSI Open Source AI Definition?');
      await h.fake.sendEnvelope('events_api', eventCallback(ev));
      const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts);
      expect(JSON.stringify(post.args.blocks)).toContain('**Sources**'); // the native answer: markdown block ending with its sources
    });
  }

  it('disconnects on stop', async () => {
    await h.stopApp();
    await settle(200);
    expect(h.fake.socketCount).toBe(0);
  });

});

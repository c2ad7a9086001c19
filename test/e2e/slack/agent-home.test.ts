import { describe, expect, it } from 'vitest';
import { eventually, useHarness, type Harness } from './support/harness.ts';
import { TEAM, USER, eventCallback } from './support/payloads.ts';
import { postJson, postForm } from './support/signing.ts';

let h: Harness;
useHarness((x) => (h = x));

const DM = 'D0ALICE';
const WATCHED = 'C0VENDORS';
const conv = { platform: 'slack', tenant: TEAM, channel: WATCHED };

const homeOpened = (tab: 'home' | 'messages', context?: unknown) => eventCallback({ type: 'app_home_opened', user: USER, channel: DM, tab, event_ts: String(Date.now() / 1000), ...(context ? { context } : {}) });
const contextChanged = (channel: string) =>
  eventCallback({ type: 'app_context_changed', user: USER, channel: DM, context: { entities: [{ type: 'slack#/types/channel_id', value: channel, team_id: TEAM }] }, event_ts: String(Date.now() / 1000) });
/** A "Show status" button pressed on the Home tab whose view carries `metadata`, as Slack sends it. */
const homeButton = (triggerId: string, metadata: string, button: { action_id: string; value: string }) => ({
  type: 'block_actions',
  team: { id: TEAM, domain: 'fake' },
  user: { id: USER, username: 'alice', team_id: TEAM },
  api_app_id: 'A0FAKE',
  token: 'legacy-verification-token',
  trigger_id: triggerId,
  container: { type: 'view', view_id: 'V0HOME' },
  view: { id: 'V0HOME', type: 'home', team_id: TEAM, private_metadata: metadata, blocks: [] },
  actions: [{ type: 'button', action_id: button.action_id, block_id: 'b', value: button.value, text: { type: 'plain_text', text: 'Show status' }, action_ts: '1' }],
});
const promptsSince = (n: number) => h.fake.of('assistant.threads.setSuggestedPrompts').slice(n);

describe('agent messaging: the Messages tab, the viewed channel, the Home tab', () => {
  it('sets suggested prompts from the knowledge base and the workflows when the Messages tab opens', async () => {
    const res = await postJson(h.eventsUrl, homeOpened('messages'));
    expect(res.status).toBe(200);
    const call = await h.fake.waitFor('assistant.threads.setSuggestedPrompts');
    expect(call.args.channel_id).toBe(DM);
    // Agent messaging: prompts belong to the DM, not a thread (Slack ignores a thread_ts there; the fake refuses it).
    expect(call.args.thread_ts).toBeUndefined();
    const prompts = call.args.prompts as { title: string; message: string }[];
    expect(prompts.length).toBeGreaterThan(1);
    expect(prompts.length).toBeLessThanOrEqual(4);
    expect(prompts.some((p) => /\?$/.test(p.message))).toBe(true);
    expect(prompts.map((p) => p.message)).toContain('/ai-procurement decide');
  });

  it('offers the checklist of the channel the user is looking at (app_context_changed)', async () => {
    await h.app.store!.ensureChecklist(conv, 'Acme AI', { id: USER });
    const before = h.fake.of('assistant.threads.setSuggestedPrompts').length;
    await postJson(h.eventsUrl, homeOpened('messages'));
    await postJson(h.eventsUrl, contextChanged(WATCHED));
    const calls = await eventually(() => {
      const c = promptsSince(before);
      expect(c.length).toBe(2);
      return c;
    });
    const titles = (i: number) => (calls[i]!.args.prompts as { title: string }[]).map((p) => p.title);
    expect(titles(0).join(' ')).not.toContain('Acme AI');
    expect(titles(1)).toContain('Continue the Acme AI checklist');
    expect((calls[1]!.args.prompts as { message: string }[]).map((p) => p.message)).toContain('/ai-procurement checklist "Acme AI"');
  });

  it('publishes the Home tab: what the bot does, the viewed channel’s checklists with red flags, the cards, workflow buttons', async () => {
    await h.app.store!.ensureChecklist(conv, 'Globex Models', { id: USER });
    await h.app.store!.recordChecklistAnswer(conv, 'Globex Models', { questionId: 'data-use', status: 'red-flag', answeredBy: { id: USER }, answeredAt: new Date().toISOString() });
    await postJson(h.eventsUrl, contextChanged(WATCHED));
    await postJson(h.eventsUrl, homeOpened('home'));
    const call = await h.fake.waitFor('views.publish');
    expect(call.args.user_id).toBe(USER);
    const view = call.args.view as { type: string; blocks: unknown[]; private_metadata: string };
    expect(view.type).toBe('home');
    expect(JSON.parse(view.private_metadata)).toEqual({ channel: WATCHED });
    const json = JSON.stringify(view.blocks);
    expect(json).toContain('I help your team decide how to buy AI');
    // The vendor is emphasis in the overview document: bold in Slack mrkdwn.
    expect(json).toMatch(/\*Globex Models\*: 1 of 12 answered, 1 red flag/);
    expect(json).toMatch(/Red flag: [^"]*data/i);
    expect(json).toMatch(/67 cards/);
    expect(json).toContain('Start the decision');
  });

  it('runs a Home tab button in the conversation the overview is about', async () => {
    const view = (await h.fake.waitFor('views.publish')).args.view as { blocks: { type: string; elements?: { action_id: string; value: string; text: { text: string } }[] }[]; private_metadata: string };
    const button = view.blocks.flatMap((b) => b.elements ?? []).find((e) => e.text.text === 'Show status');
    expect(button).toBeDefined();
    const payload = homeButton('trigger.home-1', view.private_metadata, button!);
    const res = await postForm(h.eventsUrl, { payload: JSON.stringify(payload) });
    expect(res.status).toBe(200);
    const shown = await h.fake.waitFor('chat.postEphemeral', (c) => c.args.channel === WATCHED);
    expect(shown.args.user).toBe(USER);
    expect(JSON.stringify(shown.args.blocks)).toContain('Globex Models');
  });

  it('a Home tab button whose view names no conversation of ours acts nowhere', async () => {
    const payload = homeButton('trigger.home-2', '{"channel":"not a channel"}', { action_id: 'ap.choice.1.command', value: 'status' });
    const before = h.fake.calls.length;
    const res = await postForm(h.eventsUrl, { payload: JSON.stringify(payload) });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.calls.slice(before).filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });
});

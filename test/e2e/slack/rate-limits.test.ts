import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from './support/harness.ts';
import { CHANNEL, eventCallback, mention, slashCommand } from './support/payloads.ts';
import { postForm, postJson } from './support/signing.ts';
import { awayFromMinuteEdge } from '../../helpers/clock-windows.ts';

/**
 * Issue 15: per-user and per-workspace question limits through the real Bolt receiver with signed requests.
 * Limits are counted in the store, so the refusal says when to ask again and workflows are never limited.
 */
let h: Harness;
useHarness((x) => (h = x), { env: { RATE_LIMIT_USER_PER_MINUTE: '2', RATE_LIMIT_WORKSPACE_PER_DAY: '4' } });

const QUESTION = 'What are the five factors in the open vs closed decision?';

/** Mentions the bot and returns the text of the reply in that thread. */
async function ask(user: string): Promise<string> {
  const ev = mention(QUESTION, { user });
  const res = await postJson(h.eventsUrl, eventCallback(ev));
  expect(res.status).toBe(200);
  const post = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts && c.args.channel === CHANNEL);
  return String(post.args.text);
}

describe('question rate limits (Slack)', () => {
  it('answers up to the per-user minute limit, then says politely when to ask again; workflows still run', async () => {
    await awayFromMinuteEdge();
    expect(await ask('U0ALICE')).toMatch(/five factors/i);
    expect(await ask('U0ALICE')).toMatch(/five factors/i);
    const limited = await ask('U0ALICE');
    expect(limited).toMatch(/You have asked 2 questions in the last minute/);
    const seconds = Number(/ask again in (\d+) seconds/.exec(limited)?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(limited).not.toMatch(/five factors/i);

    // A workflow is not a question: the decision wizard opens its first step although Alice is limited.
    const opened = h.fake.of('views.open').length;
    const res = await postForm(h.eventsUrl, { ...slashCommand('decide', h.responseUrl()), user_id: 'U0ALICE' });
    expect(res.status).toBe(200);
    const view = await h.fake.waitFor('views.open', () => h.fake.of('views.open').length > opened);
    expect(JSON.stringify(view.args)).toMatch(/decision/i);
    expect(JSON.stringify(view.args)).not.toMatch(/questions in the last minute/);
  });

  // Another workspace's own count is shown through Teams (one Slack bot token serves one workspace) and the store contract.
  it('caps the workspace per day across users, with the time questions open again', async () => {
    // Alice's two answers count: two more users' questions fill the day, the next user is refused.
    expect(await ask('U0BOB')).toMatch(/five factors/i);
    expect(await ask('U0CAROL')).toMatch(/five factors/i);
    const capped = await ask('U0DAVE');
    expect(capped).toMatch(/This workspace has used all 4 questions it may ask today\. Questions open again at 00:00 UTC \(in about \d+( h \d+)? min\)/);
  });
});

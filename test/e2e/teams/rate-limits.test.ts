import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { USER, channelMention, personalMessage } from './support/activities.ts';
import { awayFromMinuteEdge } from '../../helpers/clock-windows.ts';

/**
 * Issue 15: question limits through the real CloudAdapter: one question per user per minute, two per tenant per
 * day. A refusal says when to ask again; a workflow command is not a question; another tenant has its own count.
 */
let h: Harness;
useTeamsHarness((x) => (h = x), { env: { RATE_LIMIT_USER_PER_MINUTE: '1', RATE_LIMIT_WORKSPACE_PER_DAY: '2' } });

const QUESTION = 'What does the Llama 4 licence require us to display?';

/** Posts an activity and returns everything the bot sent back for it, as one JSON string. */
async function send(activity: Record<string, unknown>): Promise<string> {
  const before = h.connector.activities().length;
  const res = await h.post(activity);
  expect(res.status).toBe(200);
  const sent = h.connector.activities().slice(before).filter((c) => c.body.type === 'message');
  expect(sent.length).toBeGreaterThan(0);
  return JSON.stringify(sent.map((c) => c.body));
}

const asUser = (activity: Record<string, unknown>, id: string) => ({ ...activity, from: { ...USER, id, aadObjectId: `aad-${id}` } });

describe('question rate limits (Teams)', () => {
  it('limits a user per minute, not their workflows; caps the tenant per day; leaves other tenants alone', async () => {
    await awayFromMinuteEdge();
    expect(await send(personalMessage(h.connector.url, QUESTION))).toContain('Built with Llama');
    const limited = await send(personalMessage(h.connector.url, QUESTION));
    expect(limited).toMatch(/You have asked 1 question in the last minute[^"]*ask again in \d+ seconds/);
    expect(limited).not.toContain('Built with Llama');

    // The wizard starts: a workflow is not a question.
    const wizard = await send(personalMessage(h.connector.url, '/ai-procurement decide'));
    expect(wizard).not.toMatch(/questions in the last minute/);
    expect(wizard).toMatch(/monthly|spend|decision/i);

    // A second user spends the tenant's second question; a third user is refused for the day.
    expect(await send(asUser(channelMention(h.connector.url, QUESTION), '29:user-2'))).toContain('Built with Llama');
    const capped = await send(asUser(channelMention(h.connector.url, QUESTION), '29:user-3'));
    expect(capped).toMatch(/This workspace has used all 2 questions it may ask today\. Questions open again at 00:00 UTC/);

    // Another tenant's users are counted on their own.
    expect(await send(asUser(channelMention(h.connector.url, QUESTION, { tenant: 'tenant-bbbb-0002' }), '29:user-3'))).toContain('Built with Llama');
    const refusals = h.logs.lines.filter((l) => l.msg === 'question rate-limited');
    expect(refusals.map((l) => l.limit)).toEqual(['user-minute', 'workspace-day']);
    // Who asked, and what, stay out of the log.
    expect(JSON.stringify(refusals)).not.toMatch(/29:user|Llama/);
  });
});

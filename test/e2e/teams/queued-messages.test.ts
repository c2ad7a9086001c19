import { describe, expect, it } from 'vitest';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { personalMessage } from './support/activities.ts';
import { messages } from './support/cards.ts';

/**
 * Issue 15: with the durable queue (as `start` runs it), a Teams message is queued before its HTTP request is
 * answered and a worker answers it in a continued conversation, through the real CloudAdapter and the fake Bot
 * Connector. A redelivery of the same activity is dropped; the reply is posted once.
 */
let h: Harness;
useTeamsHarness((x) => (h = x), { queue: true });

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('Teams messages through the job queue', () => {
  it('acknowledges at once, answers from a worker, and answers a redelivered activity once', async () => {
    const activity = personalMessage(h.connector.url, 'What does the Llama 4 licence require us to display?');
    const first = await h.post(activity);
    expect(first.status).toBe(200);
    // The job is recorded before the request was answered.
    expect((await h.store.listJobs({ limit: 5 })).map((j) => j.kind)).toContain('teams.message');
    await until(() => messages(h.connector.calls).length === 1);
    // The native AI message (the default surfaces): the answer as text, citing its source.
    expect(String(messages(h.connector.calls)[0]!.body.text)).toMatch(/Built with Llama.*\[1\]/);

    expect((await h.post(activity)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(messages(h.connector.calls)).toHaveLength(1);
    expect(h.logs.messages()).toContain('teams redelivery of a queued message ignored');
  });
});

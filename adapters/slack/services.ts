import type { App } from '../../bot/app.ts';
import { memoryDeduper, storeDeduper, type EventDeduper } from './deduper.ts';
import { memoryFeedback, type FeedbackSink } from './feedback.ts';

/** The store's claimEvent when the App has a store (durable across restarts), else an in-memory deduper. */
export function pickDeduper(app: App): EventDeduper {
  return app.store ? storeDeduper(app.store) : memoryDeduper();
}

/** Votes go to the store (one per user per answer; the answer id is `<channel>:<message ts>`), else to memory. */
export function pickFeedback(app: App): FeedbackSink {
  const store = app.store;
  if (!store) return memoryFeedback();
  return {
    async record(v) {
      await store.recordVote({ platform: 'slack', tenant: v.team }, { answerId: slackAnswerId(v.channel, v.messageTs), user: v.user, vote: v.vote, channel: v.channel, at: new Date().toISOString() });
    },
  };
}

/** How a Slack answer is identified in stored votes. */
export function slackAnswerId(channel: string, messageTs: string): string {
  return `${channel}:${messageTs}`;
}

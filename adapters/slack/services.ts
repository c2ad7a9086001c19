import type { App } from '../../bot/app.ts';
import { storeDeduper, type EventDeduper } from './deduper.ts';
import type { FeedbackSink } from './feedback.ts';

/** The store's claimEvent, durable across restarts. */
export function pickDeduper(app: App): EventDeduper {
  return storeDeduper(app.store);
}

/** Votes go to the store (one per user per answer; the answer id is `<channel>:<message ts>`). */
export function pickFeedback(app: App): FeedbackSink {
  const store = app.store;
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

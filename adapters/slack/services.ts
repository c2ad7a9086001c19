import type { App } from '../../bot/app.ts';
import type { FeedbackVote as StoredVote, Scope } from '../../workflows/store.ts';
import { memoryDeduper, storeDeduper, type EventClaimStore, type EventDeduper } from './deduper.ts';
import { memoryFeedback, type FeedbackSink } from './feedback.ts';

/** The parts of the Store the Slack adapter uses (looked up structurally while App grows its `store`). */
interface SlackStore extends EventClaimStore {
  recordVote(scope: Scope, vote: StoredVote): Promise<void>;
}

function storeOf(app: App): Partial<SlackStore> | undefined {
  return (app as { store?: Partial<SlackStore> }).store;
}

/** The store's claimEvent when the App has a store (durable across restarts), else an in-memory deduper. */
export function pickDeduper(app: App): EventDeduper {
  const store = storeOf(app);
  if (store && typeof store.claimEvent === 'function') return storeDeduper(store as EventClaimStore);
  return memoryDeduper();
}

/**
 * Votes go to the store (one per user per answer; the answer id is `<channel>:<message ts>`), else to memory.
 */
export function pickFeedback(app: App): FeedbackSink {
  const store = storeOf(app);
  if (!store || typeof store.recordVote !== 'function') return memoryFeedback();
  const recordVote = store.recordVote.bind(store);
  return {
    async record(v) {
      await recordVote({ platform: 'slack', tenant: v.team }, { answerId: slackAnswerId(v.channel, v.messageTs), user: v.user, vote: v.vote, channel: v.channel, at: new Date().toISOString() });
    },
  };
}

/** How a Slack answer is identified in stored votes. */
export function slackAnswerId(channel: string, messageTs: string): string {
  return `${channel}:${messageTs}`;
}

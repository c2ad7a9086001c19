import type { App } from '../../bot/app.ts';
import { memoryDeduper, storeDeduper, type EventClaimStore, type EventDeduper } from './deduper.ts';
import { memoryFeedback, type FeedbackSink } from './feedback.ts';

/** The store's claimEvent when the App has a store (durable across restarts), else an in-memory deduper. */
export function pickDeduper(app: App): EventDeduper {
  const store = (app as { store?: Partial<EventClaimStore> }).store;
  if (store && typeof store.claimEvent === 'function') return storeDeduper(store as EventClaimStore);
  return memoryDeduper();
}

/** Votes go to the store when it can take them, else to memory. */
export function pickFeedback(_app: App): FeedbackSink {
  return memoryFeedback();
}

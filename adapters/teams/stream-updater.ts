import type { Activity, TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger.ts';
import { partialActivity } from './render/activity.ts';

export interface StreamUpdater {
  /** Pass as TurnOptions.onPartial. */
  onPartial(textSoFar: string): void;
  /** Replaces the streamed message with the final one (or sends it, when nothing streamed). */
  finish(final: Partial<Activity>): Promise<void>;
}

export interface StreamUpdaterOptions {
  throttleMs: number;
  logger: Logger;
  /** Called once, before the first partial is sent (the typing indicator is no longer needed). */
  onFirstPartial?: () => Promise<void>;
}

/**
 * Streams an answer into one Teams message: the first partial is sent as a message, later text edits it
 * (updateActivity) at most once per `throttleMs`, and the final card replaces it. Sends run one at a
 * time, in order, so an older partial can never overwrite newer text.
 */
export function createStreamUpdater(context: TurnContext, options: StreamUpdaterOptions): StreamUpdater {
  let chain: Promise<void> = Promise.resolve();
  let messageId: string | undefined;
  let started = false;
  let latest = '';
  let shown = '';
  let lastSentAt = 0;
  let timer: NodeJS.Timeout | undefined;
  let finished = false;

  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((err: unknown) => options.logger.warn({ err }, 'teams streaming update failed'));
  };

  const pushLatest = () => {
    timer = undefined;
    enqueue(async () => {
      if (finished || latest === shown || !messageId) return;
      shown = latest;
      lastSentAt = Date.now();
      await context.updateActivity({ ...partialActivity(latest), id: messageId });
    });
  };

  return {
    onPartial(textSoFar) {
      if (finished || !textSoFar.trim()) return;
      latest = textSoFar;
      if (!started) {
        started = true;
        shown = textSoFar;
        lastSentAt = Date.now();
        enqueue(async () => {
          await options.onFirstPartial?.();
          const sent = await context.sendActivity(partialActivity(textSoFar));
          messageId = sent?.id;
        });
        return;
      }
      if (timer) return;
      timer = setTimeout(pushLatest, Math.max(0, lastSentAt + options.throttleMs - Date.now()));
    },
    async finish(final) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      // Let the first send land so its id is known; later partials are superseded by the final card.
      await chain;
      finished = true;
      if (messageId) await context.updateActivity({ ...final, id: messageId });
      else await context.sendActivity(final);
    },
  };
}

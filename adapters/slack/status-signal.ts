import type { Logger } from '../../bot/logger.ts';
import type { Conversation } from './post.ts';
import { slackErrorCode } from './post.ts';
import { startWorkingSignal } from './working-signal.ts';

/** The loading state shown in the thread while the knowledge base is searched (Slack rotates the messages). */
export const STATUS = { status: 'is searching the knowledge base…', loading_messages: ['Searching the knowledge base…', 'Reading the cards…', 'Checking the sources…'] } as const;

/**
 * The native working signal: assistant.threads.setStatus on the thread at once (Slack clears it when the answer
 * is posted, or after two minutes). Where Slack refuses it (no thread, a workspace without loading states), the
 * eyes reaction stands in, as before.
 */
export function startStatusSignal(conv: Conversation, messageTs: string, logger: Logger, reactionDelayMs: number): { done(): Promise<void> } {
  if (!conv.thread) return startWorkingSignal(conv, messageTs, logger, reactionDelayMs);
  let reaction: { done(): Promise<void> } | undefined;
  const shown = conv.client.assistant.threads
    .setStatus({ channel_id: conv.channel, thread_ts: conv.thread, ...STATUS, loading_messages: [...STATUS.loading_messages] })
    .catch((err: unknown) => {
      logger.info({ code: slackErrorCode(err) }, 'loading status refused; using the working reaction');
      reaction = startWorkingSignal(conv, messageTs, logger, 0);
    });
  return {
    async done() {
      await shown;
      await reaction?.done();
    },
  };
}

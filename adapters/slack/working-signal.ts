import type { Logger } from '../../bot/logger.ts';
import type { Conversation } from './post.ts';
import { slackErrorCode } from './post.ts';

/** The reaction that says "I am on it" on the message being answered. */
export const WORKING_REACTION = 'eyes';

/**
 * Adds the working reaction at once (not awaited by the caller, so it never delays the answer) and removes it
 * when `done` is called. Failures (no reactions:write, message deleted) only log: the answer matters more.
 */
export function startWorkingSignal(conv: Conversation, messageTs: string, logger: Logger): { done(): Promise<void> } {
  const added = conv.client.reactions
    .add({ channel: conv.channel, timestamp: messageTs, name: WORKING_REACTION })
    .then(() => true)
    .catch((err: unknown) => {
      logger.debug({ code: slackErrorCode(err) }, 'working reaction not added');
      return false;
    });
  return {
    async done() {
      if (!(await added)) return;
      await conv.client.reactions
        .remove({ channel: conv.channel, timestamp: messageTs, name: WORKING_REACTION })
        .catch((err: unknown) => logger.debug({ code: slackErrorCode(err) }, 'working reaction not removed'));
    },
  };
}

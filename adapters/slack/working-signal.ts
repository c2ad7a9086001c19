import type { Logger } from '../../bot/logger.ts';
import type { Conversation } from './post.ts';
import { slackErrorCode } from './post.ts';

/** The reaction that says "I am on it" on the message being answered. */
export const WORKING_REACTION = 'eyes';

/**
 * The working signal: the `eyes` reaction on the user's message, added once the answer has taken `delayMs`
 * and removed when it is posted. An answer faster than that is its own signal: no reaction flashes on and off,
 * and no two Web API calls per question are spent against reactions.add's rate limit. Failures (no
 * reactions:write, message deleted) only log: the answer matters more.
 */
export function startWorkingSignal(conv: Conversation, messageTs: string, logger: Logger, delayMs: number): { done(): Promise<void> } {
  let added: Promise<boolean> | undefined;
  const add = () => {
    added = conv.client.reactions
      .add({ channel: conv.channel, timestamp: messageTs, name: WORKING_REACTION })
      .then(() => true)
      .catch((err: unknown) => {
        logger.debug({ code: slackErrorCode(err) }, 'working reaction not added');
        return false;
      });
  };
  const timer = delayMs > 0 ? setTimeout(add, delayMs) : undefined;
  if (!timer) add();
  return {
    async done() {
      clearTimeout(timer);
      if (!added || !(await added)) return;
      await conv.client.reactions
        .remove({ channel: conv.channel, timestamp: messageTs, name: WORKING_REACTION })
        .catch((err: unknown) => logger.debug({ code: slackErrorCode(err) }, 'working reaction not removed'));
    },
  };
}

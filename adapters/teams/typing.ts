import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../bot/logger.ts';

export interface TypingIndicator {
  /** Stops renewing the indicator and waits for a send in flight (the TurnContext dies with the turn). */
  stop(): Promise<void>;
}

/**
 * Shows "typing…" while the bot works. Teams hides the indicator after a few seconds, so it is renewed
 * until stopped. A failed indicator is not worth failing the answer for: it is logged and dropped.
 */
export function startTyping(context: TurnContext, intervalMs: number, logger: Logger): TypingIndicator {
  let pending: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const send = () => {
    pending = pending
      .then(() => (stopped ? undefined : context.sendActivity({ type: 'typing' })))
      .catch((err: unknown) => logger.debug({ err }, 'teams typing indicator failed'));
  };
  send();
  const timer = setInterval(send, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await pending;
    },
  };
}

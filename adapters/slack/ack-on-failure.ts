import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { userMessage } from '../../bot/errors.ts';
import type { Logger } from '../../bot/logger.ts';

type Ack = (response?: unknown) => Promise<void>;

/**
 * Global middleware around every listener: if one fails before it acknowledged, Slack still gets its answer at once
 * (a plain ack for a command or button; for a modal, the error under its first input) instead of a spinner that ends
 * in "We had some trouble connecting" three seconds later. Failures after the ack are the listener's to report.
 */
export function ackOnFailure(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    try {
      await args.next();
    } catch (err) {
      logger.error({ err }, 'slack listener failed');
      // Events have no ack: Bolt answered them before any listener ran.
      if (!('ack' in args) || typeof args.ack !== 'function') return;
      const ack = args.ack as Ack;
      const body = args.body as { type?: string; view?: { state?: { values?: Record<string, unknown> } } };
      const field = body.type === 'view_submission' ? Object.keys(body.view?.state?.values ?? {})[0] : undefined;
      // Throws when the listener had acknowledged already; its own answer stands.
      await ack(field ? { response_action: 'errors', errors: { [field]: userMessage(err) } } : undefined).catch(() => undefined);
    }
  };
}

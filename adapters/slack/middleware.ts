import type { Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';
import type { SlackIdentity } from './deps.ts';

/** Remembers each listener run until it finishes, so stop() can let answers in progress reach Slack. */
export function trackInFlight(inFlight: Set<Promise<unknown>>): Middleware<AnyMiddlewareArgs> {
  return async ({ next }) => {
    const p = next();
    inFlight.add(p);
    try {
      await p;
    } finally {
      inFlight.delete(p);
    }
  };
}

/**
 * The bot token belongs to one workspace (auth.test's team). A request for another team is acknowledged and
 * dropped: nothing of this workspace's state is read or written for it.
 */
export function guardWorkspace(identity: SlackIdentity, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const team = args.context.teamId;
    if (!identity.teamId || !team || team === identity.teamId) {
      await args.next();
      return;
    }
    logger.warn({ team, expected: identity.teamId }, 'request for another workspace refused');
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
  };
}

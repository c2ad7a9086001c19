import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';
import { parseEnvelope } from './envelope.ts';

/**
 * The envelope schemas as global middleware, for Socket Mode, where no HTTP request passes the gate (http-gate.ts):
 * a body that does not fit is acknowledged and dropped before any listener reads it. (Over HTTP the gate has
 * already refused such bodies with a 400, so it is not installed there.)
 */
export function checkEnvelope(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as unknown;
    const checked = typeof body === 'object' && body !== null && !Array.isArray(body) ? parseEnvelope(body as Record<string, unknown>) : { error: 'body is not an object' };
    if (!('error' in checked)) {
      await args.next();
      return;
    }
    logger.warn({ reason: checked.error }, 'slack body dropped: not a shape Slack sends');
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)().catch(() => undefined);
  };
}

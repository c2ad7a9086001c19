import type { ReceiverProcessEventErrorHandlerArgs, ReceiverUnhandledRequestHandlerArgs, SocketModeReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';

/**
 * Bolt's receiver hooks for the ends it cannot handle itself. The request gate (http-gate.ts) has already
 * checked the body's shape, so these are the last line, not the first:
 * - processEventErrorHandler: Bolt threw while reading a body, before any listener ran. The body is the cause,
 *   so the answer is a 400 (Bolt's default is a 500), with one log line naming the error, never the body.
 * - unhandledRequestHandler: nothing acknowledged within three seconds. Slack gets an empty 200 (Bolt's default is a
 *   404 after an error-level line), since a listener that failed has already logged why.
 * - socket: the Socket Mode form of the first (no gate runs there); the envelope is acked so Slack does not
 *   redeliver a body that will never be readable.
 */
export function receiverErrorHandlers(logger: Logger) {
  return {
    http: async ({ error, response }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
      logger.warn({ errType: error?.name, code: (error as { code?: unknown })?.code }, 'slack request body could not be processed');
      if (response.headersSent) return false;
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'malformed request' }));
      return true;
    },
    unhandled: ({ response }: ReceiverUnhandledRequestHandlerArgs): void => {
      logger.info('slack request not acknowledged by any listener within 3 s; answered 200');
      if (!response.headersSent) response.writeHead(200).end();
    },
    socket: async ({ error }: SocketModeReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
      logger.warn({ errType: error?.name, code: (error as { code?: unknown })?.code }, 'slack envelope could not be processed; acknowledged');
      return true;
    },
  };
}

import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { HttpRoute } from '../http/server.ts';
import type { Logger } from '../../bot/logger.ts';
import { BadRequestError, toBotRequest, toBotResponse } from './http-shim.ts';

export const MESSAGES_PATH = '/api/messages';

export interface MessagesRouteOptions {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  logger: Logger;
  /** With an app id every request must carry a Bot Framework token. */
  requireAuth: boolean;
}

/** POST /api/messages: the Bot Framework endpoint Teams posts activities to. */
export function messagesRoute(options: MessagesRouteOptions): HttpRoute {
  const { adapter, logic, logger } = options;
  return {
    method: 'POST',
    path: MESSAGES_PATH,
    async handler(req, res) {
      // A request with no bearer token cannot pass; answering here keeps botbuilder's console noise out of the logs.
      if (options.requireAuth && !/^Bearer \S+$/.test(req.headers.authorization ?? '')) {
        logger.warn('teams: request without a Bot Framework token refused');
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'unauthorized' }));
        return;
      }
      let request;
      try {
        request = await toBotRequest(req);
      } catch (err) {
        if (!(err instanceof BadRequestError)) throw err;
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: err.message }));
        return;
      }
      await adapter.process(request, toBotResponse(res), logic);
    },
  };
}

import type { TurnContext } from 'botbuilder';
import type { CheckedCloudAdapter } from './checked-adapter.ts';
import type { HttpRoute } from '../http/server.ts';
import { HttpError, bodyText, parseJsonObject, readBody } from '../http/body.ts';
import { parseActivity } from './activity-schema.ts';

export const MESSAGES_PATH = '/api/messages';

/** Activities are small JSON documents; anything bigger than this is not from Teams. */
const MAX_ACTIVITY_BYTES = 1_000_000;

export interface MessagesRouteOptions {
  adapter: CheckedCloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  /** With an app id every request must carry a Bot Framework token. */
  requireAuth: boolean;
}

/** The HTTP status a botbuilder error carries when it is the caller's fault (an AuthenticationError's 401). */
function clientStatus(err: unknown): number | undefined {
  const status = (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/**
 * POST /api/messages: the Bot Framework endpoint Teams posts activities to. The body is read, parsed and checked
 * here, then handed to CloudAdapter.processActivity (through CheckedCloudAdapter), the same call botbuilder's own process() makes after its
 * Express-style parsing. Doing that part ourselves means a malformed body is a 400 instead of a throw inside
 * botbuilder, and a refused token is one debug line instead of the stack trace botbuilder prints to the console.
 */
export function messagesRoute(options: MessagesRouteOptions): HttpRoute {
  const { adapter, logic } = options;
  return {
    method: 'POST',
    path: MESSAGES_PATH,
    async handler(req, res) {
      const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
      // A request with no bearer token cannot pass; refusing it here spares botbuilder the work.
      if (options.requireAuth && !/^Bearer \S+$/.test(authorization)) throw new HttpError(401, 'unauthorized');
      const parsed = parseActivity(parseJsonObject(bodyText(await readBody(req, MAX_ACTIVITY_BYTES))));
      if ('error' in parsed) throw new HttpError(400, parsed.error);
      let result;
      try {
        result = await adapter.processChecked(authorization, parsed.activity, logic);
      } catch (err) {
        const status = clientStatus(err);
        if (status === undefined) throw err;
        // One debug line, written by the server for every refused request, names botbuilder's reason.
        throw new HttpError(status, status === 401 ? 'unauthorized' : 'refused', { cause: err });
      }
      const status = result?.status ?? 200;
      if (result?.body === undefined) res.writeHead(status).end();
      else res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(result.body));
    },
  };
}

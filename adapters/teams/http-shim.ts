import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';
import { readBody } from '../http/server.ts';

/** Activities are small JSON documents; anything bigger than this is not from Teams. */
const MAX_ACTIVITY_BYTES = 1_000_000;

export class BadRequestError extends Error {}

/**
 * CloudAdapter.process() expects an Express/Restify request with a parsed `body`. Node's IncomingMessage
 * has none, so this reads and parses the JSON body and hands over the three fields botbuilder reads.
 */
export async function toBotRequest(req: IncomingMessage): Promise<Request> {
  let raw: Buffer;
  try {
    raw = await readBody(req, MAX_ACTIVITY_BYTES);
  } catch (err) {
    throw new BadRequestError((err as Error).message);
  }
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BadRequestError('body is not JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new BadRequestError('body is not a JSON object');
  return { method: req.method ?? 'POST', headers: req.headers, body: body as Record<string, unknown> };
}

/** The status/header/send/end surface botbuilder writes to, over Node's ServerResponse. */
export function toBotResponse(res: ServerResponse): Response {
  let status = 200;
  const shim: Response = {
    socket: res.socket,
    status(code: number) {
      status = code;
      return shim;
    },
    header(name: string, value: unknown) {
      res.setHeader(name, String(value));
      return shim;
    },
    send(body?: unknown) {
      if (res.headersSent) return shim;
      if (body === undefined || body === null) {
        res.writeHead(status);
      } else if (typeof body === 'string' || Buffer.isBuffer(body)) {
        res.writeHead(status, { 'content-type': res.getHeader('content-type') ?? 'text/plain; charset=utf-8' });
        res.write(body);
      } else {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.write(JSON.stringify(body));
      }
      return shim;
    },
    end() {
      if (!res.headersSent) res.writeHead(status);
      res.end();
      return shim;
    },
  };
  return shim;
}

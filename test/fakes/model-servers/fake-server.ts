import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The far side of the wire for model tests: a real HTTP server on 127.0.0.1 that records every request and answers
 * with the next scripted behaviour, in the protocol of the vendor it imitates.
 */

/** What the fake does with the next request. */
export type Behaviour =
  /** A normal streamed reply, sent as these pieces (one protocol event each). */
  | { kind: 'reply'; pieces: string[] }
  /** An HTTP error with the vendor's error body. */
  | { kind: 'status'; status: number }
  /** 200 OK, then a body that is not the protocol (broken JSON in the stream). */
  | { kind: 'malformed' }
  /** Accepts the request and never answers. */
  | { kind: 'hang' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
  /** The raw body text, for "this string was never sent" assertions. */
  raw: string;
}

export interface FakeModelServer {
  /** The server root, e.g. http://127.0.0.1:54321 */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Queues behaviours for the next requests; when the queue is empty, `fallback` is used. */
  script(...behaviours: Behaviour[]): void;
  close(): Promise<void>;
}

/** Writes one behaviour in a vendor's protocol. */
export type ProtocolWriter = (res: ServerResponse, behaviour: Behaviour, request: RecordedRequest) => Promise<void>;

export interface FakeServerOptions {
  /** The one path the protocol serves (POST). */
  path: string;
  write: ProtocolWriter;
  fallback?: Behaviour;
}

export async function startFakeServer(options: FakeServerOptions): Promise<FakeModelServer> {
  const requests: RecordedRequest[] = [];
  const queue: Behaviour[] = [];
  const fallback: Behaviour = options.fallback ?? { kind: 'reply', pieces: ['Hello [1].'] };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = { method: req.method ?? '', path: (req.url ?? '').split('?')[0] ?? '', headers: req.headers, body, raw };
    requests.push(recorded);
    if (req.method !== 'POST' || recorded.path !== options.path) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `no route ${req.method} ${recorded.path}` }));
      return;
    }
    const behaviour = queue.shift() ?? fallback;
    if (behaviour.kind === 'hang') return; // keep the socket open and say nothing
    await options.write(res, behaviour, recorded);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (...b) => queue.push(...b),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Lets the client read each piece as its own network write, so streaming is real. */
export function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}

/** A port on 127.0.0.1 with nothing listening (connection refused). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

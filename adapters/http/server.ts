import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../bot/logger.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** One mounted endpoint. `path` matches exactly, or as a prefix when it ends in "/". */
export interface HttpRoute {
  method: 'GET' | 'POST' | '*';
  path: string;
  handler: RouteHandler;
}

export interface HttpServerOptions {
  logger: Logger;
  routes: HttpRoute[];
  /** Extra facts for GET /healthz (e.g. which adapters are mounted). */
  health?: () => Record<string, unknown>;
}

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  /** Stops accepting connections and waits for open requests to finish. */
  close(): Promise<void>;
}

function matches(route: HttpRoute, method: string, path: string): boolean {
  if (route.method !== '*' && route.method !== method) return false;
  return route.path.endsWith('/') ? path.startsWith(route.path) : path === route.path;
}

/** The one HTTP server hosting what is configured (/slack/events, /api/messages, downloads) and GET /healthz. */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger, routes } = options;
  // Responses still being written when close() is called: they must end their keep-alive connection, or close()
  // waits for the client's idle socket to time out (5 s) after the last in-flight turn has finished.
  const open = new Set<ServerResponse>();
  let closing = false;
  const server = createServer((req, res) => {
    open.add(res);
    res.once('close', () => open.delete(res));
    if (closing) res.setHeader('connection', 'close');
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (method === 'GET' && path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, ...(options.health?.() ?? {}) }));
      return;
    }
    const route = routes.find((r) => matches(r, method, path));
    if (!route) {
      const known = routes.some((r) => r.path === path);
      res.writeHead(known ? 405 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: known ? 'method not allowed' : 'not found' }));
      return;
    }
    Promise.resolve(route.handler(req, res)).catch((err: unknown) => {
      logger.error({ err, path }, 'http handler failed');
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal error' }));
      } else res.end();
    });
  });
  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (err: NodeJS.ErrnoException) => {
          // The two an operator can fix by configuration get a sentence naming the variable.
          if (err.code === 'EADDRINUSE') reject(new AppError(ErrorCode.ConfigInvalid, `port ${port} on ${host} is already in use; set PORT to a free port`, { cause: err }));
          else if (err.code === 'EACCES') reject(new AppError(ErrorCode.ConfigInvalid, `this process may not listen on port ${port}; set PORT to 1024 or above`, { cause: err }));
          else reject(err);
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const addr = server.address();
          resolve({ port: typeof addr === 'object' && addr ? addr.port : port, host });
        });
      });
    },
    close() {
      closing = true;
      for (const res of open) if (!res.headersSent) res.setHeader('connection', 'close');
      return new Promise((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive sockets would hold close() open; in-flight requests still finish.
        server.closeIdleConnections();
      });
    },
  };
}

/** Reads a request body as a Buffer, refusing bodies over `limit` bytes. */
export function readBody(req: IncomingMessage, limit = 1_000_000): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../../bot/logger.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import { HttpError } from './body.ts';
import { serveMetrics, type MetricsEndpoint } from './metrics-route.ts';

export { HttpError, readBody } from './body.ts';

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
  /** GET /readyz: whether this replica can serve (store reachable, index loaded); 503 when not. Default: ready. */
  readiness?: () => Promise<Readiness>;
  /** GET /metrics (Prometheus), mounted only when METRICS_ENABLED. */
  metrics?: MetricsEndpoint;
}

/** What GET /readyz reports: ready or not, and each check by name (true, or a short reason). */
export interface Readiness {
  ready: boolean;
  checks: Record<string, true | string>;
}

export interface HttpServer {
  server: Server;
  listen(port: number, host: string): Promise<{ port: number; host: string }>;
  /** Stops accepting connections and waits for open requests to finish. */
  close(): Promise<void>;
}

/** The path of a request target, or undefined when it is not one `new URL` accepts (e.g. `http://[/`). */
export function requestPath(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? '/', 'http://localhost').pathname;
  } catch {
    return undefined;
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
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
    const path = requestPath(req.url);
    // Node's parser accepts request targets that URL parsing rejects; those are the client's error, not a crash.
    if (path === undefined) return json(res, 400, { error: 'bad request target' });
    if (method === 'GET' && path === '/healthz') return json(res, 200, { ok: true, ...(options.health?.() ?? {}) });
    if (method === 'GET' && path === '/readyz') {
      void (options.readiness?.() ?? Promise.resolve<Readiness>({ ready: true, checks: {} }))
        .catch((err: unknown): Readiness => ({ ready: false, checks: { readiness: (err as Error)?.name ?? 'failed' } }))
        .then((r) => json(res, r.ready ? 200 : 503, r));
      return;
    }
    const metrics = options.metrics;
    if (metrics && method === 'GET' && path === '/metrics') {
      serveMetrics(metrics, req, res).catch((err: unknown) => {
        logger.error({ err }, 'metrics scrape failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
      });
      return;
    }
    const route = routes.find((r) => matches(r, method, path));
    if (!route) {
      const known = routes.some((r) => r.path === path);
      return json(res, known ? 405 : 404, { error: known ? 'method not allowed' : 'not found' });
    }
    // Starting the handler inside the promise chain turns a synchronous throw into the same 500 as a rejection.
    Promise.resolve()
      .then(() => route.handler(req, res))
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          // The client's mistake: a status and a reason, and the connection closed (a body may be left unread).
          const cause = err.cause instanceof Error ? `${err.cause.name}: ${err.cause.message.slice(0, 200)}` : undefined;
          logger.debug({ path: route.path, status: err.status, reason: err.message, ...(cause ? { cause } : {}) }, 'http request refused');
          if (!res.headersSent) {
            res.setHeader('connection', 'close');
            json(res, err.status, { error: err.message });
          } else res.end();
          return;
        }
        logger.error({ err, path: route.path }, 'http handler failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
        else res.end();
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

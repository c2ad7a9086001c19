import { userInfo } from 'node:os';
import { resolve } from 'node:path';
import type { Config } from '../bot/config/index.ts';
import { secretValues } from '../bot/config/index.ts';
import { createLogger, type Logger } from '../bot/logger.ts';
import { createApp, type App } from './app.ts';
import { createHttpServer, type HttpRoute, type HttpServer } from './http/server.ts';
import { runConsole } from './console/console.ts';
import { installLastResort } from './last-resort.ts';

export interface StartIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  cwd: string;
}

/** What a configured transport contributes to the shared server. */
interface Transport {
  name: string;
  routes: HttpRoute[];
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

async function transports(config: Config, app: App, logger: Logger): Promise<Transport[]> {
  const out: Transport[] = [];
  // Loaded only when configured, so the console start-up never pays for Bolt or botbuilder.
  if (config.slack) {
    const { createSlackAdapter } = await import('./slack/index.ts');
    out.push({ name: 'slack', ...createSlackAdapter({ config: config.slack, app, logger }) });
  }
  if (config.teams) {
    const { createTeamsAdapter } = await import('./teams/index.ts');
    out.push({ name: 'teams', ...createTeamsAdapter({ config, app, logger }) });
  }
  return out;
}

/** `ai-procurement start`: the console chat with nothing configured, otherwise one HTTP server for Slack and/or Teams. */
export async function start(config: Config, io: StartIO): Promise<number> {
  const server = Boolean(config.slack || config.teams);
  const logger = createLogger({ level: config.logLevel ?? (server ? 'info' : 'warn'), secrets: secretValues(config) });
  const app = await createApp(config, { logger });

  if (!server) {
    const interactive = Boolean(io.stdin.isTTY);
    // Build or refresh the index while the user types the first question; piped one-shot use builds on demand.
    if (interactive) app.knowledge.retriever().catch((err: unknown) => logger.warn({ err }, 'knowledge index not ready'));
    await runConsole({
      bot: app.bot,
      input: io.stdin,
      output: io.stdout,
      interactive,
      user: safeUser(),
      exportDir: resolve(io.cwd, 'exports'),
    });
    await app.close();
    return 0;
  }

  let mounted: Transport[] = [];
  let http: HttpServer | undefined;
  let address: { port: number; host: string };
  try {
    // A server builds (or refreshes) the index before it takes traffic, so the first question is not slow.
    await app.knowledge.retriever();
    mounted = await transports(config, app, logger);
    const names = mounted.map((t) => t.name);
    const metrics = app.scrapeMetrics ? { scrape: app.scrapeMetrics, token: config.metrics.token } : undefined;
    http = createHttpServer({ logger, routes: mounted.flatMap((t) => t.routes), health: () => ({ adapters: names }), readiness: () => app.readiness(), metrics });
    address = await http.listen(config.http.port, config.http.host);
    for (const t of mounted) await t.start?.();
  } catch (err) {
    // Anything that stops start-up (a bad token, an unreachable API, a port in use) releases what was opened,
    // and the caller says why.
    for (const t of mounted) await t.stop?.().catch((stopErr: unknown) => logger.warn({ err: stopErr, adapter: t.name }, 'stop failed'));
    await http?.close();
    await app.close();
    throw err;
  }
  const { port, host } = address;
  const removeLastResort = installLastResort(logger);
  logger.info({ port, host, adapters: mounted.map((t) => t.name) }, 'listening');

  await new Promise<void>((resolveSignal) => {
    process.once('SIGTERM', () => resolveSignal());
    process.once('SIGINT', () => resolveSignal());
  });
  logger.info('shutting down: finishing in-flight turns');
  // Order matters: stop taking new work, let open requests and turns finish, then close the store.
  for (const t of mounted) await t.stop?.();
  await http.close();
  await app.close();
  removeLastResort();
  logger.info('stopped');
  return 0;
}

function safeUser(): string {
  try {
    return userInfo().username || 'console-user';
  } catch {
    return 'console-user';
  }
}

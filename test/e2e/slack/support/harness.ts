import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../../../adapters/app.ts';
import { loadConfig } from '../../../../bot/config/index.ts';
import { silentLogger, type Logger } from '../../../../bot/logger.ts';
import { createHttpServer, type HttpServer, type RouteHandler } from '../../../../adapters/http/server.ts';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOptions } from '../../../../adapters/slack/index.ts';
import { startFakeSlack, type FakeSlack } from './fake-slack.ts';
import { SIGNING_SECRET } from './signing.ts';
import { SHARED_CACHE } from '../../../knowledge/helpers.ts';
import type { Store } from '../../../../workflows/store.ts';

export const BOT_TOKEN = 'xoxb-FAKE';
export const APP_TOKEN = 'xapp-test-not-a-real-token';

export interface Harness {
  fake: FakeSlack;
  app: App;
  adapter: SlackAdapter;
  /** http://127.0.0.1:<port>/slack/events (HTTP mode). */
  eventsUrl: string;
  /** http://127.0.0.1:<port> (HTTP mode): the install pages in OAuth mode. */
  baseUrl: string;
  /** A response_url on the fake. */
  responseUrl(): string;
  dataDir: string;
  /** Stops the app (adapter, server, core) but keeps the fake and the data dir, for restart tests. */
  stopApp(): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  mode?: 'http' | 'socket';
  env?: Record<string, string>;
  /** Reuse a fake Slack and data dir (restart tests). */
  fake?: FakeSlack;
  dataDir?: string;
  adapter?: Partial<SlackAdapterOptions>;
  /** The logger for the app and the adapter (default silent); tests that check what is logged pass their own. */
  logger?: Logger;
  /** Wraps each mounted route handler (the benchmark times acks server-side with it). */
  wrapRoute?: (handler: RouteHandler) => RouteHandler;
  /** Knowledge cards to answer from (default knowledge/cards). */
  cardsDir?: string;
  /** A store the caller opened (PostgreSQL in its own schema) and closes; default: DATABASE_URL, closed with the app. */
  store?: Store;
}

let responses = 0;

/**
 * The real stack on loopback: config from env, createApp, the Slack adapter (Bolt), mounted on the shared HTTP
 * server (HTTP mode) or connected to the fake's WebSocket (Socket Mode), talking to a fake Slack API.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = options.fake ?? (await startFakeSlack());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'ap-slack-'));
  const env: Record<string, string> = {
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DATABASE_URL: `sqlite://${join(dataDir, 'state.db')}`,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
    ...(options.mode === 'socket' ? { SLACK_APP_TOKEN: APP_TOKEN } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ...options.env,
  };
  const config = loadConfig(env, dataDir);
  const logger = options.logger ?? silentLogger();
  const app = await createApp(config, { logger, wordVectorCacheDir: SHARED_CACHE, ...(options.cardsDir ? { cardsDir: options.cardsDir } : {}), ...(options.store ? { store: options.store } : {}) });
  // Build the knowledge index before the first event, so no test waits on it inside its own timeout.
  await app.knowledge?.answerer();
  if (!config.slack) throw new Error('slack not configured');
  const adapter = createSlackAdapter({ config: config.slack, app, logger, streamIntervalMs: 20, ...options.adapter });
  const wrap = options.wrapRoute ?? ((handler: RouteHandler) => handler);
  const http: HttpServer = createHttpServer({ logger, routes: adapter.routes.map((r) => ({ ...r, handler: wrap(r.handler) })) });
  const { port } = await http.listen(0, '127.0.0.1');
  await adapter.start();
  let stopped = false;
  const stopApp = async () => {
    if (stopped) return;
    stopped = true;
    await adapter.stop();
    await http.close();
    await app.close();
  };
  return {
    fake,
    app,
    adapter,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    baseUrl: `http://127.0.0.1:${port}`,
    responseUrl: () => `${fake.url}/respond/${++responses}`,
    dataDir,
    stopApp,
    async close() {
      await stopApp();
      if (!options.fake) await fake.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until `check` stops throwing (polling), for effects that happen after Slack's ack. */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeoutMs) {
    try {
      return await check();
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  throw last;
}

/** Lets in-flight work settle (e.g. to prove that nothing more is posted). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/**
 * One harness for a whole test file: started before its tests, closed after them, and after every test a check
 * that the fake Slack saw no payload the real one would reject. `assign` hands the harness to the file's `h`.
 */
export function useHarness(assign: (h: Harness) => void, options: HarnessOptions = {}): void {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(options);
    assign(h);
  });
  afterAll(async () => h?.close());
  afterEach(() => {
    expect(h?.fake.rejected, 'Slack would have rejected these payloads').toEqual([]);
  });
}

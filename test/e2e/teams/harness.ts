import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { loadConfig, type Config } from '../../../bot/config/index.ts';
import { createApp, type App } from '../../../adapters/app.ts';
import { createLogger, type Logger } from '../../../bot/logger.ts';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.ts';
import type { Store } from '../../../workflows/store.ts';
import { createTeamsAdapter } from '../../../adapters/teams/index.ts';
import { SHARED_CACHE } from '../../knowledge/helpers.ts';
import { FakeConnector } from './fake-connector.ts';

/** JSON log lines captured from the real logger, to check what was (and was not) logged. */
export class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) this.lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  }
  messages(): string[] {
    return this.lines.map((l) => String(l.msg ?? ''));
  }
}

/** The GloVe word-vector table is converted once per machine (294 MB source) and shared by every test file. */
/** The one word-vector cache every test shares (converted once by test/support/global-setup.ts). */
export const WORD_VECTOR_CACHE = SHARED_CACHE;

let fileDataDir: string | undefined;
// Imported at collection time, so this hook belongs to the importing test file's root suite. Outside a vitest
// run (scripts/path-files.ts) there is no suite: such a caller passes its own DATA_DIR and removes it.
if (process.env.VITEST) {
  afterAll(() => {
    if (fileDataDir) rmSync(fileDataDir, { recursive: true, force: true });
    fileDataDir = undefined;
  });
}
/**
 * DATA_DIR for this test file: a temp directory holding the search index built from knowledge/cards. Building
 * it takes seconds, so the harnesses of one file share it (each has its own store); files run in separate
 * workers and never share one, so no two processes build into the same directory.
 */
function dataDir(): string {
  if (!fileDataDir) {
    fileDataDir = mkdtempSync(join(tmpdir(), 'teams-e2e-data-'));
  }
  return fileDataDir;
}

export interface HarnessOptions {
  /** Environment on top of the harness defaults (unauthenticated local mode, a public base URL, a signing key). */
  env?: Record<string, string>;
  /** Knowledge cards to answer from (default knowledge/cards). */
  cardsDir?: string;
}

export interface Harness {
  config: Config;
  connector: FakeConnector;
  http: HttpServer;
  baseUrl: string;
  logs: LogCapture;
  logger: Logger;
  /** The real App from createApp: knowledge base, extractive answerer, workflows, the SQLite store. */
  app: App;
  store: Store;
  /** Posts an activity to /api/messages as the channel would. */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/**
 * The real HTTP server with the real Teams adapter mounted over the real App (`createApp`: a SQLite store in a
 * temp directory, the knowledge base over knowledge/cards, the workflow service), and a fake Bot Connector,
 * the far side of the wire, as the activities' serviceUrl.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const connector = new FakeConnector();
  await connector.start();
  const storeDir = mkdtempSync(join(tmpdir(), 'teams-e2e-store-'));
  const config = loadConfig({
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    PUBLIC_BASE_URL: 'https://bot.example.test',
    DOWNLOAD_SIGNING_SECRET: 'test-download-secret-not-real',
    DATA_DIR: options.env?.DATA_DIR ?? dataDir(),
    DATABASE_URL: `sqlite://${join(storeDir, 'store.db')}`,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logs = new LogCapture();
  const logger = createLogger({ level: 'debug', destination: logs });
  const app = await createApp(config, { logger, cwd: storeDir, wordVectorCacheDir: WORD_VECTOR_CACHE, ...(options.cardsDir ? { cardsDir: options.cardsDir } : {}) });
  if (!app.store) throw new Error('createApp returned no store');
  const store = app.store;
  const teams = createTeamsAdapter({ config, app, logger, streamThrottleMs: 0, typingIntervalMs: 60_000 });
  const http = createHttpServer({ logger, routes: teams.routes });
  const { port } = await http.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    config,
    connector,
    http,
    baseUrl,
    logs,
    logger,
    app,
    store,
    async post(activity, headers = {}) {
      const res = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // plain text body
      }
      return { status: res.status, body };
    },
    async close() {
      await http.close();
      await connector.close();
      await app.close();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

export const TENANT = 'tenant-aaaa-0001';
export const BOT = { id: '28:bot-app-id', name: 'AI Procurement' };
export const USER = { id: '29:user-1', name: 'Dana Buyer', aadObjectId: 'aad-user-1' };

let seq = 0;

/** A personal-chat message, shaped as Teams posts it. */
export function personalMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    type: 'message',
    id: `1700000000${String(seq).padStart(3, '0')}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: 'a:personal-conv-1', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-GB',
    text,
    textFormat: 'plain',
    ...extra,
  };
}

/** A channel message in a reply chain that @mentions the bot, with the mention entity Teams adds. */
export function channelMention(serviceUrl: string, question: string, options: { tenant?: string; mention?: boolean } = {}): Record<string, unknown> {
  seq += 1;
  const tenant = options.tenant ?? TENANT;
  const mentionText = `<at>${BOT.name}</at>`;
  const mention = options.mention ?? true;
  return {
    type: 'message',
    id: `1700000001${String(seq).padStart(3, '0')}`,
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: '19:general@thread.tacv2;messageid=1699999999000', conversationType: 'channel', tenantId: tenant, isGroup: true },
    channelData: { tenant: { id: tenant }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } },
    text: mention ? `${mentionText} ${question}` : question,
    textFormat: 'plain',
    entities: mention ? [{ type: 'mention', text: mentionText, mentioned: { id: BOT.id, name: BOT.name } }] : [],
  };
}

/** An `adaptiveCard/action` invoke (Action.Execute pressed on the card in message `replyToId`). */
export function cardAction(serviceUrl: string, verb: string, data: Record<string, unknown>, replyToId: string, conversation: 'personal' | 'channel' = 'personal'): Record<string, unknown> {
  const base = conversation === 'personal' ? personalMessage(serviceUrl, '') : channelMention(serviceUrl, '');
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    entities: undefined,
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

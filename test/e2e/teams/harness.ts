import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, type Config } from '../../../bot/config/index.ts';
import { createBot } from '../../../bot/bot.ts';
import { createLogger, type Logger } from '../../../bot/logger.ts';
import type { Answerer } from '../../../bot/answer/types.ts';
import type { WorkflowPort } from '../../../bot/workflow-port.ts';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.ts';
import { createStore } from '../../../adapters/storage/store.ts';
import type { Store } from '../../../workflows/store.ts';
import { createTeamsAdapter, type TeamsApp } from '../../../adapters/teams/index.ts';
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

export interface HarnessOptions {
  env?: Record<string, string>;
  answerer?: Answerer;
  workflows?: WorkflowPort;
  withStore?: boolean;
}

export interface Harness {
  config: Config;
  connector: FakeConnector;
  http: HttpServer;
  baseUrl: string;
  logs: LogCapture;
  logger: Logger;
  store?: Store;
  /** Posts an activity to /api/messages as the channel would. */
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

/** The real HTTP server with the real Teams adapter mounted, a fake Bot Connector behind it, and a SQLite store. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const connector = new FakeConnector();
  await connector.start();
  const dir = mkdtempSync(join(tmpdir(), 'teams-e2e-'));
  const config = loadConfig({
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    PUBLIC_BASE_URL: 'https://bot.example.test',
    DOWNLOAD_SIGNING_SECRET: 'test-download-secret-not-real',
    DATA_DIR: dir,
    LOG_LEVEL: 'debug',
    ...options.env,
  });
  const logs = new LogCapture();
  const logger = createLogger({ level: 'debug', destination: logs });
  const store = options.withStore ? await createStore(`sqlite://${join(dir, 'store.db')}`) : undefined;
  const bot = createBot({ logger, answerer: options.answerer, workflows: options.workflows });
  const app: TeamsApp = { config, logger, bot, close: () => bot.close() };
  if (store) app.store = store;
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
      await bot.close();
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
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

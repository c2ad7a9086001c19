import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../adapters/app.ts';
import { createStore } from '../../../adapters/storage/store.ts';
import { createHttpServer, type HttpServer } from '../../../adapters/http/server.ts';
import { createTeamsAdapter } from '../../../adapters/teams/index.ts';
import { loadConfig } from '../../../bot/config/index.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { FakeConnector } from './support/fake-connector.ts';
import { WORD_VECTOR_CACHE } from './support/harness.ts';
import { cardAction, channelMention } from './support/activities.ts';
import { cardOf, invokeCard, messages, stepOf, textOf } from './support/cards.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from '../../adapters/storage/pg-helpers.ts';

/**
 * Issue 15: exports wait in the store, not in one process's memory. Two replicas (two Apps, two pools, two HTTP
 * servers, the real CloudAdapter each) share one PostgreSQL database: a download link made on A downloads on B,
 * until it expires. Skips loudly when PostgreSQL at 127.0.0.1:5432 is unreachable.
 */
const reachable = await postgresReachable();
const schema = `aip_exports_${randomBytes(5).toString('hex')}`;
const TTL_MS = 4_000;

interface Replica {
  app: App;
  http: HttpServer;
  baseUrl: string;
}

let dir: string;
let connector: FakeConnector;
const replicas: Replica[] = [];

async function startReplica(): Promise<Replica> {
  const config = loadConfig({
    TEAMS_ALLOW_UNAUTHENTICATED: 'true',
    PUBLIC_BASE_URL: 'https://bot.example.test',
    // Every replica checks links with the same key, as the README asks.
    DOWNLOAD_SIGNING_SECRET: 'test-download-secret-not-real',
    DATA_DIR: dir,
    DATABASE_URL: TEST_PG_URL,
    LOG_LEVEL: 'silent',
  });
  const store = await createStore(TEST_PG_URL, { schema });
  const app = await createApp(config, { logger: silentLogger(), store, wordVectorCacheDir: WORD_VECTOR_CACHE });
  const teams = createTeamsAdapter({ config, app, logger: silentLogger(), streamThrottleMs: 0, typingIntervalMs: 60_000, downloadTtlMs: TTL_MS });
  const http = createHttpServer({ logger: silentLogger(), routes: teams.routes });
  const { port } = await http.listen(0, '127.0.0.1');
  const replica = { app, http, baseUrl: `http://127.0.0.1:${port}` };
  replicas.push(replica);
  return replica;
}

async function post(r: Replica, activity: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${r.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  expect(res.status).toBe(200);
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

if (reachable) {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aip-replica-exports-'));
    connector = new FakeConnector();
    await connector.start();
  });
  afterAll(async () => {
    for (const r of replicas) {
      await r.http.close();
      await r.app.close();
      await r.app.store?.close();
    }
    await connector?.close();
    await dropSchema(schema);
    rmSync(dir, { recursive: true, force: true });
  });

  describe('Teams export links across replicas (PostgreSQL)', () => {
    it('a link made on replica A downloads on replica B until it expires', async () => {
      const a = await startReplica();
      const b = await startReplica();
      // The checklist, its answer and the export request all go to A.
      await post(a, channelMention(connector.url, 'checklist Acme'));
      const msg = messages(connector.calls).at(-1)!;
      const step = stepOf(cardOf(msg.body));
      const answered = await post(a, cardAction(connector.url, 'step', { ...step.data, answer: 'red-flag', notes: 'trains on prompts by default' }, msg.responseId!, 'channel'));
      expect(textOf(invokeCard(answered))).toContain('step 2 of 12');
      await post(a, channelMention(connector.url, 'export Acme md'));
      const card = cardOf(messages(connector.calls).at(-1)!.body);
      const link = card.actions!.find((x) => x.type === 'Action.OpenUrl')!;
      const path = new URL(link.url!).pathname;

      // B never saw the export being made; it serves it from the shared store.
      const fromB = await fetch(`${b.baseUrl}${path}`);
      expect(fromB.status).toBe(200);
      expect(await fromB.text()).toMatch(/^# Vendor checklist: Acme\n[\s\S]*trains on prompts by default/);
      expect((await fetch(`${a.baseUrl}${path}`)).status).toBe(200);

      // Once expired, neither replica serves it, and the next export prunes the row.
      await new Promise((r) => setTimeout(r, TTL_MS + 200));
      expect((await fetch(`${b.baseUrl}${path}`)).status).toBe(404);
      const fileId = JSON.parse(Buffer.from(path.split('/')[2]!.split('.')[0]!, 'base64url').toString('utf8')).f as string;
      await post(b, channelMention(connector.url, 'export Acme md'));
      expect(await b.app.store!.getExport({ platform: 'teams', tenant: 'tenant-aaaa-0001' }, fileId, new Date(0))).toBeUndefined();
    }, 60_000);
  });
} else {
  describe.skip('Teams export links across replicas: PostgreSQL unreachable (see the warning above)', () => {
    it('skipped', () => undefined);
  });
}

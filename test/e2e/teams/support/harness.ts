import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { loadConfig, type Config } from '../../../../bot/config/index.ts';
import { createApp, type App } from '../../../../adapters/app.ts';
import { createLogger, type Logger } from '../../../../bot/logger.ts';
import { createHttpServer, type HttpServer } from '../../../../adapters/http/server.ts';
import type { Store } from '../../../../workflows/store.ts';
import { createTeamsAdapter } from '../../../../adapters/teams/index.ts';
import { SHARED_CACHE } from '../../../knowledge/helpers.ts';
import { startFakeOllama, type FakeModelServer } from '../../../fakes/model-servers/index.ts';
import { LogCapture } from '../../support/log-capture.ts';
import { FakeConnector, type FakeConnectorOptions } from './fake-connector.ts';

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
  /**
   * Queue messages as `start` does (the answer then follows the HTTP response). Off by default: these tests read the
   * answer as soon as the post returns, which the in-turn path (no queue) still serves.
   */
  queue?: boolean;
  /** Teams' native AI message and streaming (the default) or the classic answer cards. */
  aiSurfaces?: 'native' | 'classic';
  /** How the fake Bot Connector behaves (e.g. a slow one that holds every answer). */
  connector?: FakeConnectorOptions;
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
  const connector = new FakeConnector(options.connector);
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
  const app = await createApp(config, { logger, cwd: storeDir, wordVectorCacheDir: WORD_VECTOR_CACHE, ...(options.cardsDir ? { cardsDir: options.cardsDir } : {}), ...(options.queue ? { jobs: {} } : {}) });
  if (!app.store) throw new Error('createApp returned no store');
  const store = app.store;
  const teams = createTeamsAdapter({ config, app, logger, streamThrottleMs: 0, typingIntervalMs: 60_000, ...(options.aiSurfaces ? { aiSurfaces: options.aiSurfaces } : {}) });
  const http = createHttpServer({ logger, routes: teams.routes });
  const { port } = await http.listen(0, '127.0.0.1');
  await app.jobs?.start();
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
      await app.jobs?.drain(5_000);
      await connector.close();
      await app.close();
      rmSync(storeDir, { recursive: true, force: true });
    },
  };
}

/** Fake servers a test file asks useTeamsHarness for, beside each harness's own fake Bot Connector. */
export interface TeamsHarnessFakes {
  /** Hands the file a fake Ollama (the real /api/chat protocol), started before its tests and closed after them. */
  fakeOllama?: (server: FakeModelServer) => void;
}

/** What useTeamsHarness hands a test file. */
export interface TeamsHarnesses {
  /** Starts a harness: one started in a test is closed after that test, one started in `beforeAll` after the file. */
  start(options?: HarnessOptions): Promise<Harness>;
}

/**
 * The Teams harnesses of one test file, started and closed for it. With `assign`, one harness for the whole file
 * (as Slack's useHarness): started before its tests with `options` and handed to the file's `h`. Without, tests
 * that each need a fresh harness (or different options) start it with `start`. After every test, a check that the
 * fake connector refused nothing the real Bot Connector would accept.
 */
export function useTeamsHarness(fakes?: TeamsHarnessFakes): TeamsHarnesses;
export function useTeamsHarness(assign: (h: Harness) => void, options?: HarnessOptions): TeamsHarnesses;
export function useTeamsHarness(first?: TeamsHarnessFakes | ((h: Harness) => void), options: HarnessOptions = {}): TeamsHarnesses {
  const fakes = typeof first === 'function' ? {} : (first ?? {});
  let ollama: FakeModelServer | undefined;
  const forFile: Harness[] = [];
  const forTest: Harness[] = [];
  let inTest = false;
  const start = async (harnessOptions?: HarnessOptions) => {
    const h = await startHarness(harnessOptions);
    (inTest ? forTest : forFile).push(h);
    return h;
  };
  beforeAll(async () => {
    if (fakes.fakeOllama) fakes.fakeOllama((ollama = await startFakeOllama()));
    if (typeof first === 'function') first(await start(options));
  });
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    try {
      const rejected = [...forFile, ...forTest].flatMap((h) => h.connector.rejected);
      expect(rejected, 'Teams would have refused these activities').toEqual([]);
    } finally {
      for (const h of forTest.splice(0)) await h.close();
    }
  });
  afterAll(async () => {
    for (const h of forFile.splice(0)) await h.close();
    await ollama?.close();
  });
  return { start };
}

/**
 * The classic surfaces (answer cards with our own feedback buttons, post-then-update streaming): what Teams
 * clients without the AI message features get, kept for those suites; native-ai.test.ts covers the default.
 */
export const CLASSIC = { aiSurfaces: 'classic' } as const;

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startRealServer, type RealServer } from '../../helpers/real-server.ts';
import { FakeConnector } from '../teams/support/fake-connector.ts';
import { messages } from '../teams/support/cards.ts';
import { personalMessage } from '../teams/support/activities.ts';
import { createApp, type App } from '../../../adapters/app.ts';
import { loadConfig } from '../../../bot/config/index.ts';
import { silentLogger } from '../../../bot/logger.ts';
import type { Turn } from '../../../bot/turn.ts';
import { SHARED_CACHE } from '../../knowledge/helpers.ts';
import { awayFromMinuteEdge } from '../../helpers/clock-windows.ts';

/**
 * Issue 15: GET /metrics on the shared HTTP server of a real `ai-procurement start` process, read back after real
 * Teams activities. The model server is a closed loopback port, so every grounded question falls back.
 */
const TOKEN = 'fake-metrics-token-not-a-secret';
let server: RealServer | undefined;
let connector: FakeConnector | undefined;
let app: App | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.stop();
  await connector?.close();
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  server = connector = app = dir = undefined;
});

/** The value of one sample line (`name{labels} value`), 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const scrape = (headers: Record<string, string> = {}) => fetch(`${server!.baseUrl}/metrics`, { headers });

describe('GET /metrics', () => {
  it('counts answers, refusals, fallbacks and rate-limited questions, with a latency histogram; asks for the token', async () => {
    connector = new FakeConnector();
    await connector.start();
    server = await startRealServer({
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      METRICS_ENABLED: 'true',
      METRICS_TOKEN: TOKEN,
      RATE_LIMIT_USER_PER_MINUTE: '4',
      MODEL_PROVIDER: 'ollama',
      MODEL_NAME: 'llama3.1:8b',
      // Nothing listens on port 1: the model is unavailable at once.
      MODEL_BASE_URL: 'http://127.0.0.1:1',
    }, { prefix: 'server-metrics-' });

    expect((await scrape()).status).toBe(401);
    expect((await scrape({ authorization: 'Bearer wrong-token' })).status).toBe(401);

    await awayFromMinuteEdge();
    const questions = [
      'What does the Llama 4 licence require us to display?',
      'What are the five factors in the open vs closed decision?',
      'Which football team won the league in 1987?',
      'What is an open-weight model?',
      'What is an open-weight model?',
    ];
    for (const q of questions) {
      const res = await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, q)) });
      expect(res.status).toBe(200);
    }
    // A workflow command is neither an answer nor a refusal.
    await fetch(`${server.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(personalMessage(connector.url, '/ai-procurement decide')) });
    // Messages are queued and answered by the worker after the acknowledgement: wait for all six replies.
    for (const end = Date.now() + 20_000; messages(connector.calls).length < 6 && Date.now() < end; ) await new Promise((r) => setTimeout(r, 50));

    const res = await scrape({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    // Three grounded answers (each the extractive one, after the model failed), one off-topic refusal, one limited.
    expect(sample(text, 'aip_answers_total{mode="extractive"}')).toBe(3);
    expect(sample(text, 'aip_answers_total{mode="model"}')).toBe(0);
    expect(sample(text, 'aip_refusals_total{mode="extractive"}')).toBe(1);
    expect(sample(text, 'aip_model_fallbacks_total{reason="model-unavailable"}')).toBe(3);
    expect(sample(text, 'aip_rate_limited_questions_total{limit="user-minute"}')).toBe(1);
    expect(sample(text, 'aip_answer_duration_seconds_count{outcome="answered",mode="extractive"}')).toBe(3);
    expect(sample(text, 'aip_answer_duration_seconds_sum{outcome="answered",mode="extractive"}')).toBeGreaterThan(0);
    expect(sample(text, 'aip_store_failures_total')).toBe(0);
    // The queue, as every replica shares it: nothing waiting or dead, no failed runs.
    expect(sample(text, 'aip_queue_jobs{state="queued"}')).toBe(0);
    expect(sample(text, 'aip_queue_jobs{state="dead"}')).toBe(0);
    expect(text).toContain('# TYPE aip_job_failures_total counter');
    expect(text).toContain('# TYPE aip_jobs_dead_lettered_total counter');
    expect(text).toContain('aip_process_resident_memory_bytes');
    // Nothing personal in the labels, and the token never in the log.
    expect(text).not.toMatch(/29:user|tenant-aaaa|Llama 4 licence/);
    expect(server.stderr()).not.toContain(TOKEN);
  }, 90_000);

  it('is not served unless METRICS_ENABLED', async () => {
    server = await startRealServer({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }, { prefix: 'server-metrics-off-' });
    expect((await scrape()).status).toBe(404);
  }, 60_000);

  it('counts store failures', async () => {
    dir = mkdtempSync(join(tmpdir(), 'aip-metrics-store-'));
    const config = loadConfig({ DATA_DIR: join(dir, 'data'), DATABASE_URL: `sqlite://${join(dir, 'store.db')}`, DATABASE_TIMEOUT_MS: '300', METRICS_ENABLED: 'true' }, dir);
    app = await createApp(config, { logger: silentLogger(), cwd: dir, wordVectorCacheDir: SHARED_CACHE });
    const turn: Turn = { platform: 'teams', tenant: 't-1', channel: 'c-1', user: { id: 'u-1' }, input: { kind: 'text', text: 'What is an open-weight model?' } };
    expect((await app.bot.handle(turn)).kind).toBe('answer');
    const before = sample((await app.scrapeMetrics!()).body, 'aip_store_failures_total');
    await app.store!.close();
    // The rate-limit count fails (the question is still answered); so does the feedback vote's store.
    expect((await app.bot.handle(turn)).kind).toBe('answer');
    const after = sample((await app.scrapeMetrics!()).body, 'aip_store_failures_total');
    expect(before).toBe(0);
    expect(after).toBeGreaterThanOrEqual(1);
  }, 60_000);
});

/**
 * Slack native AI surfaces benchmark (`npm run bench -- slack-ai`): time from a mention reaching the app to the
 * first thing the asker sees, for the native path (assistant.threads.setStatus at once, then the stream or the
 * answer) against today's classic path (the answer itself, or the eyes reaction once an answer takes 400 ms) in
 * the same run, on the same loopback fake Slack: one at a time, then 100 at once. Also times the cited answer.
 * Two configurations: the default (no model: extractive answers in tens of milliseconds) and a model that takes
 * MODEL_DELAY_MS before its first token (a loopback Ollama behind a delaying proxy). Every loop is bounded.
 */

/** How long the slow model stays silent before it streams (a self-hosted model's time to first token). */
const MODEL_DELAY_MS = 800;

/** A loopback proxy in front of the fake Ollama that holds each request MODEL_DELAY_MS before passing it on. */
async function slowModel(): Promise<{ url: string; close(): Promise<void> }> {
  const ollama = await startFakeOllama();
  const target = new URL(ollama.url);
  const server = createServer((req, res) => {
    setTimeout(() => {
      const up = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      req.pipe(up);
    }, MODEL_DELAY_MS);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  return {
    url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ollama.close();
    },
  };
}
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { startFakeOllama } from '../test/fakes/model-servers/index.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from '../test/e2e/slack/support/harness.ts';
import { carriesCitations, startFakeSlack, type ApiCall, type FakeSlack } from '../test/e2e/slack/support/fake-slack.ts';
import { postJson } from '../test/e2e/slack/support/signing.ts';
import { eventCallback, mention } from '../test/e2e/slack/support/payloads.ts';

const QUESTIONS = [
  'What are the five factors in the open vs closed decision?',
  'Below what monthly spend is a closed API usually cheaper?',
  'What does the Llama 4 licence require us to display?',
  'What is the capability gap between open and closed models?',
  'Does the CLOUD Act reach data held in an EU region?',
];
const q = (i: number) => QUESTIONS[i % QUESTIONS.length]!;

function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}
const median = (xs: number[]) => percentile(xs, 50);
const ms = (x: number) => `${x.toFixed(1)} ms`;
/** Median with the interquartile range as the noise. */
const summary = (xs: number[]) => `median ${ms(median(xs))} (IQR ${ms(percentile(xs, 25))}-${ms(percentile(xs, 75))}, p95 ${ms(percentile(xs, 95))}, n=${xs.length})`;

/** What the asker sees first in the thread of `ts`: a loading status, a stream, a reply, or the eyes reaction. */
function isFirstSign(c: ApiCall, ts: string): boolean {
  if (c.method === 'reactions.add') return c.args.timestamp === ts;
  if (c.method === 'assistant.threads.setStatus') return c.args.thread_ts === ts;
  if (c.method === 'chat.startStream' || c.method === 'chat.postMessage') return c.args.thread_ts === ts;
  return false;
}

/** The cited answer in the thread: classic sections carry `ap.citations`, the native markdown block a Sources list. */
function isAnswer(fake: FakeSlack, c: ApiCall, ts: string): boolean {
  if (!carriesCitations(c.args.blocks)) return false;
  if (c.method === 'chat.postMessage') return c.args.thread_ts === ts;
  if (c.method === 'chat.update') return fake.streams.get(String(c.args.ts))?.threadTs === ts || fake.calls.some((p) => p.method === 'chat.postMessage' && p.args.thread_ts === ts && p.result?.ts === c.args.ts);
  return false;
}

async function ask(h: Harness, i: number): Promise<{ first: number; answer: number } | undefined> {
  const ev = mention(q(i));
  const done = new Promise<ApiCall | undefined>((resolve) => {
    const timer = setTimeout(() => (h.fake.off('call', on), resolve(undefined)), 15_000);
    const on = (c: ApiCall) => {
      if (!isAnswer(h.fake, c, ev.ts)) return;
      clearTimeout(timer);
      h.fake.off('call', on);
      resolve(c);
    };
    h.fake.on('call', on);
  });
  const t0 = performance.now();
  await postJson(h.eventsUrl, eventCallback(ev));
  const answer = await done;
  if (!answer) return undefined;
  const first = h.fake.calls.find((c) => isFirstSign(c, ev.ts));
  return { first: (first?.at ?? answer.at) - t0, answer: answer.at - t0 };
}

async function main(): Promise<void> {
  console.log('== default: no model (extractive answers) ==');
  await compare({}, { warm: 20, rounds: 150, seconds: 45 });
  const model = await slowModel();
  try {
    console.log(`== a model silent for ${MODEL_DELAY_MS} ms before streaming ==`);
    await compare({ MODEL_PROVIDER: 'ollama', MODEL_NAME: 'llama3.1:8b', MODEL_BASE_URL: model.url, MODEL_TIMEOUT_MS: '5000' }, { warm: 3, rounds: 30, seconds: 60 });
  } finally {
    await model.close();
  }
}

async function compare(modelEnv: Record<string, string>, plan: { warm: number; rounds: number; seconds: number }): Promise<void> {
  const fake = await startFakeSlack();
  const dirs = [mkdtempSync(join(tmpdir(), 'ap-slack-ai-n-')), mkdtempSync(join(tmpdir(), 'ap-slack-ai-c-'))];
  // Hundreds of questions from one user: the per-user and per-workspace question limits are off for the run.
  const env = { RATE_LIMIT_USER_PER_MINUTE: '0', RATE_LIMIT_WORKSPACE_PER_DAY: '0', ...modelEnv };
  const native = await startHarness({ fake, env, dataDir: dirs[0], adapter: { streamIntervalMs: 250, aiSurfaces: 'native' } });
  // Today's path as shipped before: the eyes reaction after 400 ms when the answer is not there yet.
  const classic = await startHarness({ fake, env, dataDir: dirs[1], adapter: { streamIntervalMs: 250, aiSurfaces: 'classic', workingSignalDelayMs: 400 } });
  try {
    for (let i = 0; i < plan.warm; i++) {
      await ask(native, i);
      await ask(classic, i);
    }
    const one = { native: { first: [] as number[], answer: [] as number[] }, classic: { first: [] as number[], answer: [] as number[] } };
    const end = Date.now() + plan.seconds * 1000;
    for (let i = 0; i < plan.rounds && Date.now() < end; i++) {
      // Alternate who goes first so drift hits both equally.
      for (const [name, h] of i % 2 ? ([['native', native], ['classic', classic]] as const) : ([['classic', classic], ['native', native]] as const)) {
        const r = await ask(h, i);
        if (!r) continue;
        one[name].first.push(r.first);
        one[name].answer.push(r.answer);
      }
    }
    console.log('mention -> first visible sign, one at a time');
    console.log(`  native (status, stream or answer)   ${summary(one.native.first)}`);
    console.log(`  classic (answer, or 👀 after 400 ms) ${summary(one.classic.first)}`);
    console.log(`  ratio native/classic ${(median(one.native.first) / median(one.classic.first)).toFixed(2)}`);
    console.log(`mention -> cited answer, one at a time  native ${summary(one.native.answer)}  classic ${summary(one.classic.answer)}  ratio ${(median(one.native.answer) / median(one.classic.answer)).toFixed(2)}`);

    const burst: Record<string, { first: number[]; answer: number[]; answered: number }> = {};
    for (const [name, h] of [['classic', classic], ['native', native]] as const) {
      const rs = await Promise.all(Array.from({ length: 100 }, (_, i) => ask(h, i)));
      const ok = rs.filter((r): r is { first: number; answer: number } => r !== undefined);
      burst[name] = { first: ok.map((r) => r.first), answer: ok.map((r) => r.answer), answered: ok.length };
    }
    console.log('mention -> first visible sign, 100 at once');
    for (const name of ['native', 'classic']) console.log(`  ${name.padEnd(7)} ${summary(burst[name]!.first)} answered ${burst[name]!.answered}/100; cited answer ${summary(burst[name]!.answer)}`);
    console.log(`  ratio native/classic (first sign) ${(median(burst.native!.first) / median(burst.classic!.first)).toFixed(2)}`);
    if (fake.rejected.length) console.log(`payloads the fake refused: ${fake.rejected.length}`);
  } finally {
    await native.close();
    await classic.close();
    await fake.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

await main();

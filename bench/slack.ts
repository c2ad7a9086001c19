/**
 * Slack benchmark (`npm run bench`, or `npx tsx bench/slack.ts`): our Bolt app against a bare Bolt app in the
 * same run, both mounted on the shared HTTP server and talking to the same loopback fake Slack API.
 *  1. slash-command ack latency, ours / bare (target <= 1.25);
 *  2. mention -> cited answer (the chat.postMessage or chat.update that carries it), one at a time
 *     (target median < 50 ms) and 100 at once (target p99 < 1 s);
 *  3. 0 lost and 0 duplicated answers over 2,000 events, 10% of them redelivered as Slack retries.
 * Every loop is bounded; the run stops by itself. Exit code 1 only when answers are lost or duplicated.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { App as BoltApp, HTTPReceiver } from '@slack/bolt';
import { createHttpServer, type RouteHandler } from '../adapters/http/server.ts';
import { silentLogger } from '../bot/logger.ts';
import { startHarness, BOT_TOKEN } from '../test/e2e/slack/support/harness.ts';
import { carriesCitations, startFakeSlack, type FakeSlack } from '../test/e2e/slack/support/fake-slack.ts';
import { answerWatcher, median, mentionLatency, ms, percentile, q } from './slack-support.ts';
import { SIGNING_SECRET, postForm, postJson } from '../test/e2e/slack/support/signing.ts';
import { eventCallback, mention, slashCommand } from '../test/e2e/slack/support/payloads.ts';

/** Each section stops at its own time budget, so the whole run is bounded (about 3 minutes at worst). */
const budget = (seconds: number) => {
  const end = Date.now() + seconds * 1000;
  return () => Date.now() < end;
};

const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

/**
 * Times each request on the server, from its arrival to the moment the response is handed to the socket
 * (res.end: Slack's view of the ack, minus the network). The client runs in this same process, so its round
 * trip also counts whatever the app does right after acking; this figure does not. Same wrapper for both apps.
 */
function serverTimer() {
  const last = { ms: NaN };
  const wrap = (handler: RouteHandler): RouteHandler => (req, res) => {
    const t0 = performance.now();
    const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
    res.end = ((...a: unknown[]) => {
      last.ms = performance.now() - t0;
      return end(...a);
    }) as typeof res.end;
    return handler(req, res);
  };
  return { last, wrap };
}

/**
 * A load client on its own thread (own event loop), so a round trip ends when the ack reaches the client, not
 * when the app's main thread next has a moment: Slack is on another machine, and so is this client, nearly.
 * Plain JavaScript evaluated in the worker; it signs requests itself (v0 HMAC).
 */
function threadClient(secret: string) {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const { createHmac } = require('node:crypto');
    parentPort.on('message', async ({ id, url, body, contentType }) => {
      const ts = Math.floor(Date.now() / 1000);
      const sig = 'v0=' + createHmac('sha256', workerData.secret).update('v0:' + ts + ':' + body).digest('hex');
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sig } });
      await res.text();
      parentPort.postMessage({ id, ms: performance.now() - t0, status: res.status });
    });`;
  const worker = new Worker(code, { eval: true, workerData: { secret } });
  let seq = 0;
  const pending = new Map<number, (ms: number) => void>();
  worker.on('message', (m: { id: number; ms: number }) => {
    pending.get(m.id)?.(m.ms);
    pending.delete(m.id);
  });
  return {
    post(url: string, fields: Record<string, string>): Promise<number> {
      const id = ++seq;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, url, body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });
      });
    },
    close: () => worker.terminate(),
  };
}

/** A Bolt app with no product in it: acks commands and posts a fixed reply; posts one fixed cited answer per mention. */
async function startBare(fake: FakeSlack, wrap: (h: RouteHandler) => RouteHandler) {
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: '/slack/events' });
  const bolt = new BoltApp({ token: BOT_TOKEN, receiver, tokenVerificationEnabled: false, botId: 'B0BOT', botUserId: 'U0BOT', clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } } });
  bolt.command('/ai-procurement', async ({ ack, respond }) => {
    await ack();
    await respond({ response_type: 'ephemeral', text: 'A fixed answer [1].' });
  });
  bolt.event('app_mention', async ({ event, client }) => {
    await client.chat.postMessage({
      channel: event.channel, thread_ts: event.ts, text: 'A fixed answer [1].',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'A fixed answer [1].' } }, { type: 'section', block_id: 'ap.citations.0', text: { type: 'mrkdwn', text: '*[1]* <https://example.org|Source>' } }],
    });
  });
  const http = createHttpServer({ logger: silentLogger(), routes: [{ method: 'POST', path: '/slack/events', handler: wrap((req, res) => receiver.requestListener(req, res)) }] });
  const { port } = await http.listen(0, '127.0.0.1');
  return { url: `http://127.0.0.1:${port}/slack/events`, close: () => http.close() };
}

async function main(): Promise<void> {
  const fake = await startFakeSlack();
  const dataDir = mkdtempSync(join(tmpdir(), 'ap-slack-bench-'));
  const oursTimer = serverTimer();
  const bareTimer = serverTimer();
  // The in-process path, as these figures have always measured it; bench/queue.ts compares it with the durable queue.
  const ours = await startHarness({ fake, dataDir, adapter: { streamIntervalMs: 250 }, wrapRoute: oursTimer.wrap, queue: false });
  const bare = await startBare(fake, bareTimer.wrap);
  const watch = answerWatcher(fake);
  let failed = false;
  try {
    // Warm both (JIT, index load, connection pools).
    for (let i = 0; i < 20; i++) {
      await mentionLatency(ours.eventsUrl, fake, watch, i);
      await mentionLatency(bare.url, fake, watch, i);
      await postForm(ours.eventsUrl, slashCommand('help', ours.responseUrl()));
      await postForm(bare.url, slashCommand('help', ours.responseUrl()));
    }
    const cited = fake.of('chat.postMessage').some((c) => carriesCitations(c.args.blocks) && c.args.text !== 'A fixed answer [1].');
    if (!cited) console.log('note: our app posted no cited answers (is the knowledge base wired into createApp?); "answer" figures below time its uncited reply');

    // 1. Slash-command ack latency, interleaved (and alternating who goes first) so drift hits both equally.
    const client = threadClient(SIGNING_SECRET);
    const ack = { ours: [] as number[], bare: [] as number[], oursRtt: [] as number[], bareRtt: [] as number[] };
    const command = async (who: 'ours' | 'bare', i: number) => {
      const rtt = await client.post(who === 'ours' ? ours.eventsUrl : bare.url, slashCommand(`ask ${q(i)}`, ours.responseUrl()));
      ack[who].push((who === 'ours' ? oursTimer : bareTimer).last.ms);
      ack[who === 'ours' ? 'oursRtt' : 'bareRtt'].push(rtt);
      // Let our answer go out before the next ack is timed: the ack, not the answer, is measured here.
      await new Promise((done) => setTimeout(done, 5));
    };
    for (let i = 0, more = budget(40); i < 300 && more(); i++) {
      for (const who of i % 2 ? (['ours', 'bare'] as const) : (['bare', 'ours'] as const)) await command(who, i);
    }
    await client.close();
    const ratio = median(ack.ours) / median(ack.bare);
    const rttRatio = median(ack.oursRtt) / median(ack.bareRtt);
    console.log(`slash ack (server: arrival -> response written)  ours median ${ms(median(ack.ours))}  bare median ${ms(median(ack.bare))}  ratio ${ratio.toFixed(2)} (target <= 1.25) ${verdict(ratio <= 1.25)}`);
    // Includes CPU contention: on this machine the client shares cores with our answering, which starts right after the ack.
    console.log(`slash ack (round trip, client thread)  ours median ${ms(median(ack.oursRtt))}  bare median ${ms(median(ack.bareRtt))}  ratio ${rttRatio.toFixed(2)} (target <= 1.25) ${verdict(rttRatio <= 1.25)}`);

    // 2a. Mention -> cited answer, one at a time.
    const oneOurs: number[] = [];
    const oneBare: number[] = [];
    const signal: number[] = [];
    for (let i = 0, more = budget(40); i < 200 && more(); i++) {
      const a = await mentionLatency(ours.eventsUrl, fake, watch, i, signal);
      if (a !== undefined) oneOurs.push(a);
      const b = await mentionLatency(bare.url, fake, watch, i);
      if (b !== undefined) oneBare.push(b);
    }
    console.log(`mention->answer one at a time  ours median ${ms(median(oneOurs))} p95 ${ms(percentile(oneOurs, 95))} (n=${oneOurs.length}, target median < 50 ms) ${verdict(median(oneOurs) < 50)}  bare median ${ms(median(oneBare))}  ratio ${(median(oneOurs) / median(oneBare)).toFixed(2)}`);
    console.log(`first visible sign (answer, or eyes reaction if slower than 400 ms) ours median ${ms(median(signal))} p95 ${ms(percentile(signal, 95))} (n=${signal.length}, target < 1 s) ${verdict(percentile(signal, 95) < 1000)}`);

    // 2b. 100 at once.
    for (const [name, url] of [['ours', ours.eventsUrl], ['bare', bare.url]] as const) {
      const lat = (await Promise.all(Array.from({ length: 100 }, (_, i) => mentionLatency(url, fake, watch, i)))).filter((x): x is number => x !== undefined);
      const p99 = percentile(lat, 99);
      console.log(`mention->answer 100 at once  ${name} median ${ms(median(lat))} p99 ${ms(p99)} answered ${lat.length}/100${name === 'ours' ? ` (target p99 < 1 s) ${verdict(p99 < 1000 && lat.length === 100)}` : ''}`);
    }

    // 3. 2,000 events, every 10th redelivered as a retry (half at once, half after the answer).
    for (const [name, url] of [['ours', ours.eventsUrl], ['bare', bare.url]] as const) {
      const ids: string[] = [];
      const retries: Promise<unknown>[] = [];
      let next = 0;
      const more = budget(60);
      const worker = async () => {
        while (next < 2000 && more()) {
          const i = next++;
          const ev = mention(q(i));
          ids.push(ev.ts);
          const body = eventCallback(ev);
          const answered = watch.wait(ev.ts, 20_000);
          await postJson(url, body);
          if (i % 10 === 0) {
            const retry = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } };
            if (i % 20 === 0) retries.push(postJson(url, body, retry));
            else retries.push(answered.then(() => postJson(url, body, retry)));
          }
        }
      };
      await Promise.all(Array.from({ length: 20 }, worker));
      await Promise.all(retries);
      await new Promise((r) => setTimeout(r, 1000));
      const lost = ids.filter((ts) => !watch.answers.get(ts)).length;
      const dup = ids.filter((ts) => (watch.answers.get(ts) ?? 0) > 1).length;
      const ok = lost === 0 && dup === 0 && ids.length === 2000;
      console.log(`2,000 events (200 retried)  ${name}: sent ${ids.length}, lost ${lost}, duplicated ${dup}${name === 'ours' ? ` (target 0 / 0) ${verdict(ok)}` : ' (a bare app answers retries again)'}`);
      if (name === 'ours' && !ok) failed = true;
    }
    if (fake.rejected.length) console.log(`Block Kit rejected by the fake: ${fake.rejected.length}`);
  } finally {
    await bare.close();
    await ours.close();
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

await main();

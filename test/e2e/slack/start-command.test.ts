import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CLI, REPO_ROOT } from '../../helpers/cli.ts';
import { startFakeSlack, type FakeSlack } from './support/fake-slack.ts';
import { eventCallback, mention } from './support/payloads.ts';
import { SIGNING_SECRET, postJson } from './support/signing.ts';
import { freePort, serverWorkdir } from '../../helpers/server-process.ts';

let fake: FakeSlack;
let dir: string;
let workEnv: Record<string, string>;
beforeAll(async () => {
  fake = await startFakeSlack();
  ({ dir, env: workEnv } = serverWorkdir('ap-slack-start-'));
});
afterAll(async () => {
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('`ai-procurement start` serves Slack on /slack/events, answers, and stops cleanly on SIGTERM', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'start'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...workEnv,
      LOG_LEVEL: 'info',
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-FAKE',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    // The process logs "listening" once the server is up and Slack is ready.
    const deadline = Date.now() + 60_000;
    while (!stderr.includes('"msg":"listening"')) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`start did not come up: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { adapters: string[] };
    expect(health.adapters).toContain('slack');

    const ev = mention('What does the Llama 4 licence require us to display?');
    const res = await postJson(`http://127.0.0.1:${port}/slack/events`, eventCallback(ev));
    expect(res.status).toBe(200);
    const post = await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts, 30_000);
    expect(JSON.stringify(post.args.blocks)).toContain('**Sources**'); // the native answer: markdown block ending with its sources

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Secrets never reach the log.
    expect(stderr).not.toContain('xoxb-FAKE');
    expect(stderr).not.toContain(SIGNING_SECRET);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 90_000);

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

/** `ai-procurement start` in a child process with this Slack environment; resolves once it logs "listening". */
async function startProcess(slackEnv: Record<string, string>) {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'start'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...workEnv, LOG_LEVEL: 'info', PORT: String(port), ...slackEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = { child, port, stderr: '', exited: new Promise<number | null>((resolve) => child.on('close', resolve)) };
  child.stderr.on('data', (d: Buffer) => (out.stderr += d.toString()));
  // The process logs "listening" once the server is up and Slack is ready.
  const deadline = Date.now() + 60_000;
  while (!out.stderr.includes('"msg":"listening"')) {
    if (Date.now() > deadline || child.exitCode !== null) {
      if (child.exitCode === null) child.kill('SIGKILL');
      throw new Error(`start did not come up: ${out.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
}

it('`ai-procurement start` serves Slack on /slack/events, answers, and stops cleanly on SIGTERM', async () => {
  const p = await startProcess({ SLACK_BOT_TOKEN: 'xoxb-FAKE', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
  const { child, port, exited } = p;
  try {
    const health = (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { adapters: string[] };
    expect(health.adapters).toContain('slack');

    const ev = mention('What does the Llama 4 licence require us to display?');
    const res = await postJson(`http://127.0.0.1:${port}/slack/events`, eventCallback(ev));
    expect(res.status).toBe(200);
    const post = await fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ev.ts, 30_000);
    expect(JSON.stringify(post.args.blocks)).toContain('ap.citations');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    // Secrets never reach the log.
    expect(p.stderr).not.toContain('xoxb-FAKE');
    expect(p.stderr).not.toContain(SIGNING_SECRET);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 90_000);

it('`ai-procurement start` in OAuth mode comes up without calling Slack (no token of its own) and serves /slack/install', async () => {
  const oauthFake = await startFakeSlack({ oauth: { clientId: '1111.2222-fake', clientSecret: 'fake-client-secret-start', redirectUri: 'https://start.example.test/slack/oauth_redirect' } });
  const p = await startProcess({
    SLACK_CLIENT_ID: '1111.2222-fake', SLACK_CLIENT_SECRET: 'fake-client-secret-start', SLACK_STATE_SECRET: 'fake-state-secret-start',
    SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: oauthFake.apiUrl, PUBLIC_BASE_URL: 'https://start.example.test',
  }).catch(async (err: unknown) => {
    await oauthFake.close();
    throw err;
  });
  const { child, port, exited } = p;
  try {
    expect(oauthFake.calls).toEqual([]);
    const install = await fetch(`http://127.0.0.1:${port}/slack/install`, { redirect: 'manual' });
    expect(install.status).toBe(302);
    const to = new URL(install.headers.get('location') ?? '');
    expect(`${to.origin}${to.pathname}`).toBe(`${oauthFake.url}/oauth/v2/authorize`);
    expect(to.searchParams.get('client_id')).toBe('1111.2222-fake');
    expect(to.searchParams.get('redirect_uri')).toBe('https://start.example.test/slack/oauth_redirect');
    expect(install.headers.get('set-cookie')).toMatch(/^slack-app-oauth-state=[^;]+; Secure; HttpOnly/);
    // A forged callback (no state cookie) is a 400, not a crash or a 500.
    expect((await fetch(`http://127.0.0.1:${port}/slack/oauth_redirect?code=x&state=y`)).status).toBe(400);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(p.stderr).not.toContain('fake-client-secret-start');
    expect(p.stderr).not.toContain('fake-state-secret-start');
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await oauthFake.close();
  }
}, 90_000);

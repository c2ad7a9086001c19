import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CLI } from '../../helpers/cli.ts';
import { freePort, serverWorkdir } from '../../helpers/server-process.ts';
import { FakeConnector } from '../teams/support/fake-connector.ts';
import { personalMessage } from '../teams/support/activities.ts';
import { cardOf, messages, textOf } from '../teams/support/cards.ts';

/**
 * The real process, as an operator runs it: `node bin/ai-procurement.js start` with Teams configured. The message
 * is queued and acknowledged at once (issue 15); its job is running (the Bot Connector is slow to answer) when
 * SIGTERM arrives. The process stops taking work at once, but drains: the reply must still be delivered before
 * the process stops, and it must stop cleanly. (PORT=abc exiting 2 is covered in test/adapters/console.)
 */

interface Started {
  child: ChildProcess;
  baseUrl: string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

let dir: string | undefined;
let child: ChildProcess | undefined;
let connector: FakeConnector | undefined;
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await connector?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = connector = dir = undefined;
});

async function startProcess(env: Record<string, string>): Promise<Started> {
  const work = serverWorkdir('server-graceful-');
  dir = work.dir;
  const port = await freePort();
  const proc = spawn(process.execPath, [CLI, 'start'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      ...work.env,
      TEAMS_ALLOW_UNAUTHENTICATED: 'true',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Ready when /healthz answers; give up early if the process died.
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`process exited ${proc.exitCode} before listening: ${stderr}`);
    const res = await fetch(`${baseUrl}/healthz`).catch(() => undefined);
    if (res?.ok) {
      expect(await res.json()).toEqual({ ok: true, adapters: ['teams'] });
      break;
    }
    if (Date.now() > deadline) throw new Error(`no /healthz within 45 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child: proc, baseUrl, stderr: () => stderr, exited };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('ai-procurement start (Teams) shuts down gracefully', () => {
  it('on SIGTERM finishes the job in flight and delivers its reply, then exits 0 and logs that it stopped', async () => {
    connector = new FakeConnector({ replyDelayMs: 1_000 });
    await connector.start();
    const started = await startProcess({});

    const posted = fetch(`${started.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(personalMessage(connector.url, 'help')),
    });
    // The bot has begun its turn (its typing indicator reached the connector, which is holding the answer).
    await connector.waitFor(() => true);
    const sigtermAt = Date.now();
    started.child.kill('SIGTERM');

    // It stops taking new work at once: while the turn is still held by the connector, new connections are refused.
    await waitFor(() => started.stderr().includes('shutting down: finishing in-flight turns'));
    await expect(fetch(`${started.baseUrl}/healthz`)).rejects.toThrow();
    expect(messages(connector.calls)).toHaveLength(0);

    const [response, exit] = await Promise.all([posted, started.exited]);
    expect(exit).toEqual({ code: 0, signal: null });
    // Acknowledged once queued, before the answer (the job, not the request, was in flight at SIGTERM).
    expect(response.status).toBe(200);

    // The reply went out after SIGTERM, and the connector had answered it before the process exited.
    const [reply] = messages(connector.calls);
    expect(reply, started.stderr()).toBeDefined();
    expect(reply!.receivedAt).toBeGreaterThanOrEqual(sigtermAt);
    expect(reply!.answeredAt).toBeDefined();
    expect(textOf(cardOf(reply!.body))).toContain('checklist <vendor>');

    const logs = logLines(started.stderr()).map((l) => String(l.msg));
    // Finished within the grace period, not handed back to the queue.
    expect(logs.some((m) => m.includes('handing them back'))).toBe(false);
    expect(logs).toContain('listening');
    expect(logs.indexOf('shutting down: finishing in-flight turns')).toBeGreaterThan(logs.indexOf('listening'));
    expect(logs.at(-1)).toBe('stopped');
  });
});

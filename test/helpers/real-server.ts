import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { CLI } from './cli.ts';
import { freePort, serverWorkdir } from './server-process.ts';

/** A real `ai-procurement start` process, as an operator runs it, listening on a loopback port. */
export interface RealServer {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  /** The working directory (the default SQLite file is `store.db` in it). */
  workDir: string;
  /** Everything written to stderr so far (the JSON log). */
  stderr(): string;
  /** The JSON log lines so far. */
  logLines(): Record<string, unknown>[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  alive(): boolean;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`; removes the working directory. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns `node bin/ai-procurement.js start` in a fresh working directory (see serverWorkdir) with `env` on top of a
 * clean environment, and resolves once GET /healthz answers. Throws, with the log, if the process exits first.
 */
export async function startRealServer(env: Record<string, string>, options: { prefix?: string; timeoutMs?: number } = {}): Promise<RealServer> {
  const work = serverWorkdir(options.prefix ?? 'real-server-');
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, 'start'], {
    cwd: work.dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...work.env, PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout!.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: RealServer = {
    child,
    port,
    baseUrl,
    workDir: work.dir,
    stderr: () => stderr,
    logLines: () =>
      stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>),
    exited,
    alive,
    async stop(graceMs = 10_000) {
      if (alive()) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => alive() && child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      rmSync(work.dir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 45_000);
  for (;;) {
    if (!alive()) {
      await server.stop();
      throw new Error(`process exited ${child.exitCode} before listening: ${stderr}`);
    }
    const res = await fetch(`${baseUrl}/healthz`).catch(() => undefined);
    if (res?.ok) return server;
    if (Date.now() > deadline) {
      await server.stop(0);
      throw new Error(`no /healthz within the deadline: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

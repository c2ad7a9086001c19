import { rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.ts';
import { freePort, serverWorkdir } from '../../helpers/server-process.ts';

/**
 * The real process refusing to start, as an operator sees it: exit code 2, one sentence naming what to change,
 * no stack trace, and no process left hanging.
 */
let dir: string | undefined;
let blocker: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = blocker = undefined;
});

function workdir(): Record<string, string> {
  const work = serverWorkdir('server-start-');
  dir = work.dir;
  return { ...work.env, LOG_LEVEL: 'error' };
}

async function busyPort(): Promise<number> {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker!.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  return typeof address === 'object' && address ? address.port : 0;
}

describe('start-up failures', () => {
  it('a port already in use: exit 2, naming PORT', async () => {
    const port = await busyPort();
    const env = workdir();
    const r = await runCli(['start'], { cwd: dir, env: { ...env, TEAMS_ALLOW_UNAUTHENTICATED: 'true', PORT: String(port) } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ai-procurement could not start: port ${port} on 127.0.0.1 is already in use; set PORT to a free port`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a Slack API that cannot be reached: exit 2, naming SLACK_API_URL, and the token never printed', async () => {
    const env = workdir();
    const start = async () => runCli(['start'], {
      cwd: dir,
      env: {
        ...env,
        PORT: String(await freePort()),
        SLACK_BOT_TOKEN: 'xoxb-FAKE',
        SLACK_SIGNING_SECRET: 'fake-signing-secret',
        // Port 9 (discard) on loopback: nothing answers, and nothing leaves the machine.
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      },
    });
    // A free port can be taken by a parallel test between choosing it and binding it: that is a different
    // start-up failure from the one under test, so choose again (at most three times).
    let r = await start();
    for (let i = 0; i < 2 && /is already in use/.test(r.stderr); i += 1) r = await start();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('could not start: the Slack API at http://127.0.0.1:9/api/ could not be reached; check SLACK_API_URL');
    expect(r.stderr).not.toContain('xoxb-FAKE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

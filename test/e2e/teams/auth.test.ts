import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../bot/config/index.ts';
import { createApp } from '../../../adapters/app.ts';
import { silentLogger } from '../../../bot/logger.ts';
import { AppError } from '../../../bot/errors.ts';
import { createTeamsAdapter } from '../../../adapters/teams/index.ts';
import { useTeamsHarness, type Harness } from './support/harness.ts';
import { TENANT, personalMessage } from './support/activities.ts';
import { cardOf, messages, textOf } from './support/cards.ts';

/** Every outbound TCP connection the process opens; anything not on loopback means a test reached the internet. */
const outbound: string[] = [];
const originalConnect = net.Socket.prototype.connect;

beforeAll(() => {
  net.Socket.prototype.connect = function patched(this: net.Socket, ...args: unknown[]) {
    const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; path?: string } | number | string | undefined;
    const host = typeof first === 'object' && first ? (first.path ? 'ipc' : (first.host ?? 'localhost')) : typeof args[1] === 'string' ? args[1] : 'localhost';
    outbound.push(host);
    return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
});
afterAll(() => {
  net.Socket.prototype.connect = originalConnect;
});

let h: Harness | undefined;
const teams = useTeamsHarness();

/** A structurally valid JWT (unsigned) with the given claims. */
function jwt(claims: Record<string, unknown>): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${enc({ alg: 'RS256', typ: 'JWT', kid: 'test-kid' })}.${enc(claims)}.${Buffer.from('not-a-signature').toString('base64url')}`;
}

describe('Teams endpoint authentication', () => {
  it('with an app id, refuses requests without a valid Bot Framework token (401) and never reaches the internet', async () => {
    h = await teams.start({
      env: { TEAMS_ALLOW_UNAUTHENTICATED: 'false', MICROSOFT_APP_ID: '00000000-0000-0000-0000-00000000b07a', MICROSOFT_APP_PASSWORD: 'test-app-password-not-real' },
    });
    const activity = personalMessage(h.connector.url, 'checklist Acme');
    const tokens = [
      undefined,
      'Bearer',
      'Basic dXNlcjpwYXNz',
      'Bearer not-a-jwt',
      `Bearer ${jwt({ iss: 'https://evil.example', aud: '00000000-0000-0000-0000-00000000b07a', exp: Math.floor(Date.now() / 1000) + 600 })}`,
    ];
    for (const token of tokens) {
      const res = await h.post(activity, token ? { authorization: token } : {});
      expect(res.status, String(token)).toBe(401);
    }
    // Nothing reached the core (no checklist was started) and nothing was sent.
    expect(await h.store.listChecklists({ platform: 'teams', tenant: TENANT, channel: 'a:personal-conv-1' })).toEqual([]);
    expect(h.connector.calls).toHaveLength(0);
    // The guard sees connections (the test's own requests to the server), and none left loopback.
    expect(outbound).toContain('127.0.0.1');
    expect(outbound.filter((host) => !['127.0.0.1', 'localhost', '::1', 'ipc'].includes(host))).toEqual([]);
    // The app password never reaches the log.
    expect(JSON.stringify(h.logs.lines)).not.toContain('test-app-password-not-real');
  });

  it('without an app id but TEAMS_ALLOW_UNAUTHENTICATED=true, processes requests and logs a warning', async () => {
    h = await teams.start();
    expect((await h.post(personalMessage(h.connector.url, 'help'))).status).toBe(200);
    expect(textOf(cardOf(messages(h.connector.calls)[0]!.body))).toContain('checklist <vendor>');
    const warning = h.logs.lines.find((l) => String(l.msg).includes('TEAMS_ALLOW_UNAUTHENTICATED=true'));
    expect(warning?.level).toBe(40);
  });

  it('refuses to start without an app id unless unauthenticated use is explicitly allowed', async () => {
    const logger = silentLogger();
    const dir = mkdtempSync(join(tmpdir(), 'teams-auth-'));
    const base = loadConfig({ DATA_DIR: dir, DATABASE_URL: `sqlite://${join(dir, 'store.db')}` });
    const app = await createApp(base, { logger });
    try {
      expect(() => createTeamsAdapter({ config: base, app, logger })).toThrow(AppError);
      const open = { ...base, teams: { appType: 'MultiTenant' as const, allowUnauthenticated: false } };
      expect(() => createTeamsAdapter({ config: open, app, logger })).toThrow(/MICROSOFT_APP_ID is not set.*TEAMS_ALLOW_UNAUTHENTICATED=true/);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers 400 to a body that is not an activity, 405 to GET', async () => {
    h = await teams.start();
    const notJson = await fetch(`${h.baseUrl}/api/messages`, { method: 'POST', body: '{oops' });
    expect(notJson.status).toBe(400);
    const get = await fetch(`${h.baseUrl}/api/messages`);
    expect(get.status).toBe(405);
  });
});

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../bot/logger.ts';
import { LogCapture } from '../support/log-capture.ts';
import { eventually, startHarness, type Harness } from './support/harness.ts';
import { startFakeSlack } from './support/fake-slack.ts';
import { installApp } from './support/install.ts';
import { eventCallback, mention } from './support/payloads.ts';
import { postJson } from './support/signing.ts';

const OAUTH_APP = { clientId: '3333.4444-fake', clientSecret: 'fake-grid-secret-not-real', redirectUri: 'https://grid.example.test/slack/oauth_redirect' };
const env = (over: Record<string, string> = {}) => ({
  SLACK_BOT_TOKEN: '', SLACK_CLIENT_ID: OAUTH_APP.clientId, SLACK_CLIENT_SECRET: OAUTH_APP.clientSecret,
  SLACK_STATE_SECRET: 'fake-grid-state-secret-not-real', PUBLIC_BASE_URL: 'https://grid.example.test', ...over,
});

/** An event from a workspace of an organisation where the app is installed org-wide. */
function orgEvent(team: string, enterprise: string, event: Record<string, unknown>) {
  return { ...eventCallback(event, undefined, team), enterprise_id: enterprise, is_enterprise_install: true, authorizations: [{ enterprise_id: enterprise, team_id: team, user_id: 'U0BOT', is_bot: true, is_enterprise_install: true }] };
}

describe('Slack OAuth: token rotation and Enterprise Grid org-wide installs', () => {
  let h: Harness;
  const logs = new LogCapture();
  beforeAll(async () => {
    // Tokens that expire within Bolt's two-hour window are refreshed before use; refreshed ones last 12 h.
    const fake = await startFakeSlack({ oauth: { ...OAUTH_APP, rotation: { expiresInS: 600, refreshedExpiresInS: 43_200 } } });
    h = await startHarness({ fake, env: env(), logger: createLogger({ level: 'info', destination: logs }) });
  });
  afterAll(async () => {
    await h?.close();
    await h?.fake.close();
  });

  it('refreshes an expiring token with its refresh token, keeps the new pair, and answers with the new token', async () => {
    expect((await installApp(h.baseUrl, h.fake, { team: 'T0ROT' })).status).toBe(200);
    const key = { platform: 'slack', teamId: 'T0ROT', isEnterpriseInstall: false };
    const first = (await h.app.store!.findInstallation(key)) as { bot: { token: string; refreshToken: string; expiresAt: number } };
    expect(first.bot.refreshToken).toMatch(/^xoxe-FAKE-NOT-REAL-refresh-/);
    expect(first.bot.expiresAt - Date.now() / 1000).toBeLessThan(700);

    await postJson(h.eventsUrl, eventCallback(mention('What does the Llama 4 licence require us to display?', { channel: 'C0ROT' }), undefined, 'T0ROT'));
    const posted = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0ROT', 15_000);
    const refresh = h.fake.of('oauth.v2.access').find((c) => c.args.grant_type === 'refresh_token');
    expect(refresh?.args.refresh_token).toBe(first.bot.refreshToken);
    const rotated = (await h.app.store!.findInstallation(key)) as typeof first;
    expect(rotated.bot.token).not.toBe(first.bot.token);
    expect(rotated.bot.refreshToken).not.toBe(first.bot.refreshToken);
    expect(rotated.bot.expiresAt - Date.now() / 1000).toBeGreaterThan(40_000);
    expect(posted.token).toBe(rotated.bot.token);
  });

  it('answers every workspace of an organisation with the org-wide token; team_access_revoked deletes that workspace\'s data only', async () => {
    expect((await installApp(h.baseUrl, h.fake, { team: '', enterprise: 'E0ORG', orgWide: true })).status).toBe(200);
    const org = (await h.app.store!.findInstallation({ platform: 'slack', enterpriseId: 'E0ORG', isEnterpriseInstall: true })) as { bot: { token: string }; isEnterpriseInstall: boolean };
    expect(org.isEnterpriseInstall).toBe(true);
    for (const [team, channel] of [['T0ORG1', 'C0ORG1'], ['T0ORG2', 'C0ORG2']] as const) {
      await postJson(h.eventsUrl, orgEvent(team, 'E0ORG', mention('what is the weather in Paris today?', { channel })));
      const posted = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel, 15_000);
      // Refreshed on first use like any rotating token, so compare with what the store holds now.
      const now = (await h.app.store!.findInstallation({ platform: 'slack', enterpriseId: 'E0ORG', isEnterpriseInstall: true })) as typeof org;
      expect(posted.token).toBe(now.bot.token);
    }
    await eventually(async () => expect(await h.app.store!.listUnanswered({ platform: 'slack', tenant: 'T0ORG1' })).toHaveLength(1), 10_000);

    await postJson(h.eventsUrl, orgEvent('T0ORG1', 'E0ORG', { type: 'team_access_revoked', team_ids: ['T0ORG1'] }));
    await eventually(async () => expect(await h.app.store!.listUnanswered({ platform: 'slack', tenant: 'T0ORG1' })).toEqual([]));
    expect(await h.app.store!.listUnanswered({ platform: 'slack', tenant: 'T0ORG2' })).toHaveLength(1);
    expect(await h.app.store!.findInstallation({ platform: 'slack', enterpriseId: 'E0ORG', isEnterpriseInstall: true })).toBeDefined();

    // A third workspace of the organisation asks too; then the app is uninstalled from the whole organisation,
    // the event naming one workspace: the installation goes, and the data of every workspace it served.
    await postJson(h.eventsUrl, orgEvent('T0ORG3', 'E0ORG', mention('what is the weather in Paris today?', { channel: 'C0ORG3' })));
    await eventually(async () => expect(await h.app.store!.listUnanswered({ platform: 'slack', tenant: 'T0ORG3' })).toHaveLength(1), 10_000);
    await postJson(h.eventsUrl, orgEvent('T0ORG2', 'E0ORG', { type: 'app_uninstalled' }));
    await eventually(async () => expect(await h.app.store!.findInstallation({ platform: 'slack', enterpriseId: 'E0ORG', isEnterpriseInstall: true })).toBeUndefined());
    await eventually(async () => expect(await h.app.store!.listUnanswered({ platform: 'slack', tenant: 'T0ORG3' })).toEqual([]));
    expect(await h.app.store!.listUnanswered({ platform: 'slack', tenant: 'T0ORG2' })).toEqual([]);
    expect(logs.lines.find((l) => l.reason === 'app_uninstalled' && l.orgWide === true)).toMatchObject({ enterprise: 'E0ORG', installation: true, workspaces: 3 });
    expect(JSON.stringify(logs.lines)).not.toMatch(/xox[a-z]/);
  });
});

describe('Slack OAuth: a deployment whose settings do not match the app', () => {
  it('is refused by Slack for a wrong client secret (logged as a configuration error) or a redirect URL the app does not have', async () => {
    const logs = new LogCapture();
    const fake = await startFakeSlack({ oauth: OAUTH_APP });
    const wrongSecret = await startHarness({ fake, env: env({ SLACK_CLIENT_SECRET: 'not-the-apps-secret' }), logger: createLogger({ level: 'info', destination: logs }) });
    try {
      const done = await installApp(wrongSecret.baseUrl, fake, { team: 'T0CFG' });
      expect(done.status).toBe(503);
      expect(fake.of('oauth.v2.access').map((c) => c.result?.error)).toEqual(['bad_client_secret']);
      expect(logs.lines.find((l) => l.slackError === 'bad_client_secret')).toMatchObject({ level: 50 });
      expect(JSON.stringify(logs.lines)).not.toContain('not-the-apps-secret');
    } finally {
      await wrongSecret.close();
    }
    const wrongHost = await startHarness({ fake, env: env({ PUBLIC_BASE_URL: 'https://elsewhere.example.test' }) });
    try {
      await expect(installApp(wrongHost.baseUrl, fake, { team: 'T0CFG' })).rejects.toThrow(/400 bad_redirect_uri/);
    } finally {
      await wrongHost.close();
      await fake.close();
    }
  });
});

describe('Slack OAuth: hostile callbacks', () => {
  it('answers 400, stores nothing and keeps serving, whatever the browser sends back', async () => {
    const fake = await startFakeSlack({ oauth: OAUTH_APP });
    const logs = new LogCapture();
    const h = await startHarness({ fake, env: env(), logger: createLogger({ level: 'info', destination: logs }) });
    try {
      const cb = (query: string, headers: Record<string, string> = {}) => fetch(`${h.baseUrl}/slack/oauth_redirect${query}`, { headers });
      expect((await cb('')).status).toBe(400);
      expect((await cb('?error=access_denied&state=x')).status).toBe(400);
      expect((await cb('?code=x')).status).toBe(400);
      expect((await cb('?code=x&state=forged', { cookie: 'slack-app-oauth-state=forged' })).status).toBe(400);
      expect((await cb(`?code=x&state=${'a'.repeat(4000)}`, { cookie: `slack-app-oauth-state=${'a'.repeat(4000)}` })).status).toBe(400);
      expect((await cb('?code=%E0%A4%A&state=%', { cookie: 'slack-app-oauth-state=%' })).status).toBe(400);
      // A Host header no URL parser accepts, sent raw (fetch would not send it).
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(`${h.baseUrl}/slack/oauth_redirect?code=x&state=y`, { headers: { host: 'bad host[' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(fake.of('oauth.v2.access')).toEqual([]);
      expect((await installApp(h.baseUrl, fake, { team: 'T0AFTER' })).status).toBe(200);

      // With the database gone the installation cannot be read: nothing can be posted, so the log says why.
      await h.app.store!.close();
      expect((await postJson(h.eventsUrl, eventCallback(mention('What does the Llama 4 licence require us to display?', { channel: 'C0DOWN' }), undefined, 'T0AFTER'))).status).toBe(200);
      await eventually(() => expect(logs.messages()).toContain('slack request not answered: the store is unreachable, so its installation could not be read'));
      expect(fake.calls.filter((c) => c.args.channel === 'C0DOWN')).toEqual([]);
    } finally {
      await h.close();
      await fake.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../bot/logger.ts';
import { createStore } from '../../../adapters/storage/store.ts';
import type { Store } from '../../../workflows/store.ts';
import { LogCapture } from '../support/log-capture.ts';
import { TEST_PG_URL, dropSchema, postgresReachable } from '../../adapters/storage/pg-helpers.ts';
import { eventually, settle, startHarness, type Harness } from './support/harness.ts';
import { startFakeSlack, type FakeSlack } from './support/fake-slack.ts';
import { installApp, oauthFixture } from './support/install.ts';
import { eventCallback, mention, slashCommand } from './support/payloads.ts';
import { postForm, postJson } from './support/signing.ts';

const { app: OAUTH_APP, env: OAUTH_ENV } = oauthFixture('1111.2222-fake');

/** An event from a workspace, as Slack sends it: authorizations name the install that receives it. */
function eventFrom(team: string, event: Record<string, unknown>, org?: { enterprise: string }) {
  const body = eventCallback(event, undefined, team);
  if (org) {
    body.enterprise_id = org.enterprise;
    body.authorizations = [{ enterprise_id: org.enterprise, team_id: team, user_id: 'U0BOT', is_bot: true, is_enterprise_install: true }];
    body.is_enterprise_install = true;
  }
  return body;
}

const tokensOf = (fake: FakeSlack, team: string) => [...(fake.oauth?.tokens ?? [])].filter(([, o]) => o.team === team || (o.orgWide && o.enterprise === team)).map(([t]) => t);

/** The bot user of a workspace's installation: a mention there names it. */
const botOf = (fake: FakeSlack, team: string) => [...(fake.oauth?.tokens.values() ?? [])].find((o) => o.team === team)?.botUserId;

const pgUp = await postgresReachable();
const backends: { name: string; skip: boolean; open?: (schema: string) => Promise<Store>; cleanup?: (schema: string) => Promise<void> }[] = [
  { name: 'SQLite', skip: false },
  { name: 'PostgreSQL', skip: !pgUp, open: (schema) => createStore(TEST_PG_URL, { schema }), cleanup: (schema) => dropSchema(schema) },
];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`Slack OAuth distribution on ${backend.name}`, () => {
    let h: Harness;
    let store: Store | undefined;
    const logs = new LogCapture();
    const schema = `aip_oauth_${randomBytes(4).toString('hex')}`;

    beforeAll(async () => {
      store = backend.open ? await backend.open(schema) : undefined;
      const fake = await startFakeSlack({ oauth: OAUTH_APP });
      h = await startHarness({ fake, env: OAUTH_ENV, logger: createLogger({ level: 'info', destination: logs }), ...(store ? { store } : {}) });
    });
    afterAll(async () => {
      await h?.close();
      await h?.fake.close();
      await store?.close();
      await backend.cleanup?.(schema);
    });

    it('starts without calling auth.test: there is no bot token of its own', () => {
      expect(h.fake.of('auth.test')).toEqual([]);
      expect(h.adapter.routes.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /slack/events', 'GET /slack/install', 'GET /slack/oauth_redirect']);
    });

    it('refuses a callback without the state cookie, or with a code Slack did not issue, and stores nothing', async () => {
      const noCookie = await installApp(h.baseUrl, h.fake, { team: 'T0EVIL' }, { cookie: null });
      expect(noCookie.status).toBe(400);
      const forged = await installApp(h.baseUrl, h.fake, { team: 'T0EVIL' }, { code: 'fake-code-made-up' });
      expect(forged.status).toBe(400);
      expect(h.fake.of('oauth.v2.access').map((c) => c.result?.error)).toEqual(['invalid_code']);
      expect(await h.app.store!.findInstallation({ platform: 'slack', teamId: 'T0EVIL', isEnterpriseInstall: false })).toBeUndefined();
    });

    it('installs into two workspaces and answers each with its own token', async () => {
      for (const team of ['T0AAA', 'T0BBB']) {
        const done = await installApp(h.baseUrl, h.fake, { team });
        expect(done.status, done.page).toBe(200);
        expect(done.page).toContain('installed');
      }
      // The exchange sent the client id, secret and the redirect URL the authorize request named.
      for (const c of h.fake.of('oauth.v2.access').filter((x) => x.result?.ok)) {
        expect(c.args).toMatchObject({ client_id: OAUTH_APP.clientId, client_secret: OAUTH_APP.clientSecret, redirect_uri: OAUTH_APP.redirectUri });
      }
      const [tokenA] = tokensOf(h.fake, 'T0AAA');
      const [tokenB] = tokensOf(h.fake, 'T0BBB');
      expect(tokenA && tokenB && tokenA !== tokenB).toBe(true);

      for (const [team, token, channel] of [['T0AAA', tokenA, 'C0AAA'], ['T0BBB', tokenB, 'C0BBB']] as const) {
        const res = await postJson(h.eventsUrl, eventFrom(team, mention('What does the Llama 4 licence require us to display?', { channel })));
        expect(res.status).toBe(200);
        const posted = await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === channel, 15_000);
        expect(posted.token).toBe(token);
        expect(posted.result?.ok).toBe(true);
      }
      // Interactive work too: the slash command opens its modal with the workspace's own token.
      await postForm(h.eventsUrl, slashCommand('decide', h.responseUrl(), { team: 'T0BBB', channel: 'C0BBB' }));
      const opened = await h.fake.waitFor('views.open', () => true, 15_000);
      expect(opened.token).toBe(tokenB);
    });

    it('downloads a file shared in a workspace with that workspace\'s own token; another workspace\'s token gets no file', async () => {
      const [tokenB] = tokensOf(h.fake, 'T0BBB');
      expect(tokenB).toBeTruthy();
      const bytes = readFileSync(new URL('../../../workflows/questionnaire/eval/documents/t5-orbital-faq.html', import.meta.url));
      const file = h.fake.hostFile('t5-orbital-faq.html', bytes, { team: 'T0BBB' });
      const ts = `${Math.floor(Date.now() / 1000)}.000777`;
      await postJson(h.eventsUrl, eventFrom('T0BBB', { ...mention('assess Orbital', { channel: 'C0BBB', ts }), text: `<@${botOf(h.fake, 'T0BBB')}> assess Orbital`, files: [file] }));
      const summary = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts && /Proposed answers for Orbital/.test(String(c.args.text)), 15_000);
      expect(summary.token).toBe(tokenB);
      expect(h.fake.downloads.filter((d) => d.path === new URL(String(file.url_private_download)).pathname)).toEqual([{ path: new URL(String(file.url_private_download)).pathname, token: tokenB }]);
      expect(await h.app.store!.getDraft({ platform: 'slack', tenant: 'T0BBB', channel: 'C0BBB' }, 'Orbital')).toBeDefined();

      // Workspace A's installation cannot read B's file: Slack answers with its sign-in page, so nothing is assessed.
      const md = readFileSync(new URL('../../../workflows/questionnaire/eval/documents/t2-brightpath-trust.md', import.meta.url));
      const foreign = h.fake.hostFile('t2-brightpath-trust.md', md, { team: 'T0BBB' });
      const ts2 = `${Math.floor(Date.now() / 1000)}.000778`;
      await postJson(h.eventsUrl, eventFrom('T0AAA', { ...mention('assess Orbital', { channel: 'C0AAA', ts: ts2 }), text: `<@${botOf(h.fake, 'T0AAA')}> assess Orbital`, files: [foreign] }));
      const refused = await h.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === ts2, 15_000);
      expect(String(refused.args.text)).toMatch(/could not be downloaded.*Nothing was assessed or stored/);
      expect(h.fake.downloads.at(-1)).toEqual({ path: new URL(String(foreign.url_private_download)).pathname, token: tokensOf(h.fake, 'T0AAA')[0] });
      expect(await h.app.store!.getDraft({ platform: 'slack', tenant: 'T0AAA', channel: 'C0AAA' }, 'Orbital')).toBeUndefined();
    });

    it('on app_uninstalled deletes that workspace\'s installation and data, logs it, and still answers the other', async () => {
      const store = h.app.store!;
      const scopeA = { platform: 'slack', tenant: 'T0AAA' };
      const scopeB = { platform: 'slack', tenant: 'T0BBB' };
      // Data in both workspaces: a workflow run and an unanswered question each.
      await postForm(h.eventsUrl, slashCommand('decide', h.responseUrl(), { team: 'T0AAA', channel: 'C0AAA' }));
      for (const [team, channel] of [['T0AAA', 'C0AAA'], ['T0BBB', 'C0BBB']] as const) {
        await postJson(h.eventsUrl, eventFrom(team, mention('what is the weather in Paris today?', { channel })));
      }
      await eventually(async () => {
        for (const scope of [scopeA, scopeB]) {
          expect((await store.listRuns(scope)).length).toBeGreaterThan(0);
          expect((await store.listUnanswered(scope)).length).toBeGreaterThan(0);
        }
      }, 15_000);

      const res = await postJson(h.eventsUrl, eventFrom('T0AAA', { type: 'app_uninstalled' }));
      expect(res.status).toBe(200);
      h.fake.oauth!.revoke('T0AAA');
      await eventually(async () => {
        expect(await store.findInstallation({ platform: 'slack', teamId: 'T0AAA', isEnterpriseInstall: false })).toBeUndefined();
        expect(await store.listRuns(scopeA)).toEqual([]);
      });
      expect(await store.listUnanswered(scopeA)).toEqual([]);
      expect(await store.listVotes(scopeA)).toEqual([]);
      const line = logs.lines.find((l) => l.msg === 'slack app removed from a workspace: installation and workspace data deleted');
      expect(line).toMatchObject({ team: 'T0AAA', reason: 'app_uninstalled', installation: true });
      expect(Number(line?.rows)).toBeGreaterThan(0);

      // The other workspace keeps its installation and data and is still answered with its token.
      expect((await store.listRuns(scopeB)).length).toBeGreaterThan(0);
      expect((await store.listUnanswered(scopeB)).length).toBeGreaterThan(0);
      const [tokenB] = tokensOf(h.fake, 'T0BBB');
      await postJson(h.eventsUrl, eventFrom('T0BBB', mention('Below what monthly spend is a closed API usually cheaper?', { channel: 'C0BBB2' })));
      expect((await h.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0BBB2', 15_000)).token).toBe(tokenB);

      // The uninstalled workspace gets nothing: no installation, so no token to answer with.
      const late = await postJson(h.eventsUrl, eventFrom('T0AAA', mention('What does the Llama 4 licence require us to display?', { channel: 'C0AAA2' })));
      expect(late.status).toBe(200);
      await settle(500);
      expect(h.fake.calls.filter((c) => c.args.channel === 'C0AAA2')).toEqual([]);
      expect(logs.messages()).toContain('slack request from a workspace with no installation ignored');
    });

    it('on tokens_revoked for the bot deletes that installation too; never logs a token or a secret', async () => {
      const store = h.app.store!;
      await postJson(h.eventsUrl, eventFrom('T0BBB', { type: 'tokens_revoked', tokens: { bot: ['UBOT'], oauth: [] } }));
      await eventually(async () => {
        expect(await store.findInstallation({ platform: 'slack', teamId: 'T0BBB', isEnterpriseInstall: false })).toBeUndefined();
        expect(await store.listRuns({ platform: 'slack', tenant: 'T0BBB' })).toEqual([]);
      });
      expect(logs.lines.find((l) => l.reason === 'tokens_revoked')).toMatchObject({ team: 'T0BBB', installation: true });
      const text = JSON.stringify(logs.lines);
      for (const token of h.fake.oauth!.issued) expect(text).not.toContain(token);
      expect(text).not.toContain(OAUTH_APP.clientSecret);
      expect(text).not.toContain(OAUTH_ENV.SLACK_STATE_SECRET);
      expect(text).not.toMatch(/xox[a-z]-/);
    });
  });
}

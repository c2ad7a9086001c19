import type { FakeSlack } from './fake-slack.ts';
import type { FakeWorkspace } from './fake-slack-oauth.ts';

/**
 * The Slack app registration an OAuth test installs (fake values) and the environment that puts the bot in OAuth
 * mode for it: no bot token, the client id and secret, a state secret and the public URL the redirect names.
 */
export function oauthFixture(clientId: string) {
  const app = { clientId, clientSecret: 'fake-client-secret-not-real', redirectUri: 'https://ai-procurement.example.test/slack/oauth_redirect' };
  const env = {
    SLACK_BOT_TOKEN: '',
    SLACK_CLIENT_ID: app.clientId,
    SLACK_CLIENT_SECRET: app.clientSecret,
    SLACK_STATE_SECRET: 'fake-state-secret-not-real-0123456789',
    PUBLIC_BASE_URL: 'https://ai-procurement.example.test',
  };
  return { app, env };
}

export interface InstallResult {
  /** The status of GET /slack/oauth_redirect (200 when the installation was stored). */
  status: number;
  page: string;
}

/**
 * A browser installing the app: GET /slack/install (state cookie set, redirect to Slack's authorize page), the
 * user approving in `workspace` on the fake's authorize page, then Slack's redirect back to /slack/oauth_redirect
 * with the code, the state and the cookie. The public redirect URL is followed to the app on loopback.
 * `tamper` changes what the browser brings back (no cookie, another code) to show what is refused.
 */
export async function installApp(baseUrl: string, fake: FakeSlack, workspace: FakeWorkspace, tamper: { cookie?: string | null; code?: string } = {}): Promise<InstallResult> {
  const start = await fetch(`${baseUrl}/slack/install`, { redirect: 'manual' });
  if (start.status !== 302) throw new Error(`/slack/install answered ${start.status}`);
  const cookie = /^([^;]+)/.exec(start.headers.get('set-cookie') ?? '')?.[1];
  const authorize = new URL(start.headers.get('location') ?? '');
  if (authorize.origin !== new URL(fake.url).origin) throw new Error(`/slack/install sent the browser to ${authorize.origin}, not the fake Slack`);
  const headers: Record<string, string> = { 'x-fake-team': workspace.team, ...(workspace.enterprise ? { 'x-fake-enterprise': workspace.enterprise } : {}), ...(workspace.orgWide ? { 'x-fake-org-wide': 'true' } : {}) };
  const approved = await fetch(authorize, { redirect: 'manual', headers });
  if (approved.status !== 302) throw new Error(`Slack refused the authorize request: ${approved.status} ${await approved.text()}`);
  const back = new URL(approved.headers.get('location') ?? '');
  if (tamper.code) back.searchParams.set('code', tamper.code);
  const sendCookie = tamper.cookie === null ? undefined : (tamper.cookie ?? cookie);
  const done = await fetch(`${baseUrl}${back.pathname}${back.search}`, { headers: sendCookie ? { cookie: sendCookie } : {} });
  return { status: done.status, page: await done.text() };
}

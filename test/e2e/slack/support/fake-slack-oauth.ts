import { randomBytes } from 'node:crypto';

/** The Slack app as registered with the fake: what Slack checks an install and a code exchange against. */
export interface FakeOAuthApp {
  clientId: string;
  clientSecret: string;
  /** The app's redirect URL (manifest `oauth_config.redirect_urls`); an authorize request naming another is refused. */
  redirectUri: string;
  /** Token rotation on: access tokens expire after `expiresInS` (refreshed ones after `refreshedExpiresInS`) and come with a refresh token. */
  rotation?: { expiresInS: number; refreshedExpiresInS?: number };
}

/** Where the user approving the install is: a workspace, or (org-wide) an Enterprise Grid organisation. */
export interface FakeWorkspace {
  team: string;
  enterprise?: string;
  /** An org-wide install: the token serves every workspace of `enterprise`. */
  orgWide?: boolean;
}

/** Who a token belongs to, as auth.test reports it. */
export interface TokenOwner {
  team?: string;
  enterprise?: string;
  orgWide: boolean;
  botUserId: string;
  botId: string;
}

interface Grant {
  workspace: FakeWorkspace;
  redirectUri?: string;
  scopes: string;
  used: boolean;
}

let seq = 0;
/** Numbers the tokens the fake issues: obviously fake, never shaped like a real token's random tail. */
let issuedCount = 0;
const fakeId = (prefix: string) => `${prefix}${(++seq).toString(36).toUpperCase()}${randomBytes(3).toString('hex').toUpperCase()}`;

/**
 * Slack's side of OAuth v2 for the fake: the authorize page (the user approves in a workspace and is sent to the
 * redirect URL with a one-time code) and oauth.v2.access (code exchange and token refresh), refusing what Slack
 * refuses: an unknown client id, a wrong client secret, a redirect URL other than the app's or than the one the
 * code was issued for, a code used twice or made up, a refresh token already spent.
 */
export class FakeSlackOAuth {
  readonly tokens = new Map<string, TokenOwner>();
  /** Every access and refresh token ever issued (revoked ones included), for checking logs never carry one. */
  readonly issued: string[] = [];
  private grants = new Map<string, Grant>();
  private refreshTokens = new Map<string, string>();
  /** Bot user and bot id per install target, stable across reinstalls like Slack's. */
  private bots = new Map<string, { botUserId: string; botId: string }>();

  constructor(readonly app: FakeOAuthApp) {}

  /** GET /oauth/v2/authorize: the user approved (`workspace`); answers the redirect Slack would send the browser. */
  authorize(url: URL, workspace: FakeWorkspace): { status: number; location?: string; error?: string } {
    const q = url.searchParams;
    if (q.get('client_id') !== this.app.clientId) return { status: 400, error: 'invalid_client_id' };
    if (!q.get('scope')) return { status: 400, error: 'invalid_scope' };
    const redirectUri = q.get('redirect_uri') ?? undefined;
    if (redirectUri !== undefined && redirectUri !== this.app.redirectUri) return { status: 400, error: 'bad_redirect_uri' };
    const code = `fake-code-${randomBytes(8).toString('hex')}`;
    this.grants.set(code, { workspace, ...(redirectUri ? { redirectUri } : {}), scopes: q.get('scope')!, used: false });
    const back = new URL(redirectUri ?? this.app.redirectUri);
    back.searchParams.set('code', code);
    const state = q.get('state');
    if (state !== null) back.searchParams.set('state', state);
    return { status: 302, location: back.toString() };
  }

  /** oauth.v2.access: `authorization_code` (the default) or `refresh_token`. */
  access(args: Record<string, unknown>): Record<string, unknown> {
    if (args.client_id !== this.app.clientId) return { ok: false, error: 'invalid_client_id' };
    if (args.client_secret !== this.app.clientSecret) return { ok: false, error: 'bad_client_secret' };
    if (args.grant_type === 'refresh_token') return this.refresh(String(args.refresh_token ?? ''));
    const grant = this.grants.get(String(args.code ?? ''));
    if (!grant) return { ok: false, error: 'invalid_code' };
    if (grant.used) return { ok: false, error: 'code_already_used' };
    const redirectUri = typeof args.redirect_uri === 'string' ? args.redirect_uri : undefined;
    // "Must match the originally submitted URI (if one was sent)."
    if (grant.redirectUri !== redirectUri && (grant.redirectUri !== undefined || redirectUri !== undefined)) return { ok: false, error: 'bad_redirect_uri' };
    grant.used = true;
    const w = grant.workspace;
    const target = w.orgWide ? w.enterprise! : w.team;
    const bot = this.bots.get(target) ?? { botUserId: fakeId('UBOT'), botId: fakeId('BBOT') };
    this.bots.set(target, bot);
    const issued = this.issue(target, { ...(w.orgWide ? {} : { team: w.team }), ...(w.enterprise ? { enterprise: w.enterprise } : {}), orgWide: Boolean(w.orgWide), ...bot });
    return {
      ok: true,
      app_id: 'A0FAKE',
      authed_user: { id: 'U0INSTALLER' },
      scope: grant.scopes,
      token_type: 'bot',
      bot_user_id: bot.botUserId,
      team: w.orgWide ? null : { id: w.team, name: `Workspace ${w.team}` },
      enterprise: w.enterprise ? { id: w.enterprise, name: `Org ${w.enterprise}` } : null,
      is_enterprise_install: Boolean(w.orgWide),
      ...issued,
    };
  }

  /** What Slack does on uninstall: every token of that team (or org) stops working. */
  revoke(target: string): void {
    for (const [token, owner] of this.tokens) if ((owner.orgWide ? owner.enterprise : owner.team) === target) this.tokens.delete(token);
  }

  private refresh(refreshToken: string): Record<string, unknown> {
    const target = this.refreshTokens.get(refreshToken);
    if (!target) return { ok: false, error: 'invalid_refresh_token' };
    this.refreshTokens.delete(refreshToken);
    const owner = [...this.tokens.values()].find((o) => (o.orgWide ? o.enterprise : o.team) === target);
    if (!owner) return { ok: false, error: 'invalid_refresh_token' };
    return { ok: true, token_type: 'bot', ...this.issue(target, owner, true) };
  }

  private issue(target: string, owner: TokenOwner, refreshed = false): Record<string, unknown> {
    const rotation = this.app.rotation;
    const token = `${rotation ? 'xoxe.' : ''}xoxb-FAKE-NOT-REAL-${target}-${++issuedCount}`;
    this.tokens.set(token, owner);
    this.issued.push(token);
    if (!rotation) return { access_token: token };
    const refreshToken = `xoxe-FAKE-NOT-REAL-refresh-${++issuedCount}`;
    this.issued.push(refreshToken);
    this.refreshTokens.set(refreshToken, target);
    return { access_token: token, refresh_token: refreshToken, expires_in: refreshed ? (rotation.refreshedExpiresInS ?? rotation.expiresInS) : rotation.expiresInS };
  }
}

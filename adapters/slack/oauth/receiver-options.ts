import type { HTTPReceiverOptions, webApi } from '@slack/bolt';
import { SLACK_OAUTH_REDIRECT_PATH, type SlackAuth } from '../../../bot/config/index.ts';
import type { Logger } from '../../../bot/logger.ts';
import type { Store } from '../../../workflows/store.ts';
import { BOT_SCOPES } from '../scopes.ts';
import { createInstallationStore } from './installation-store.ts';
import { installPages } from './install-pages.ts';

/** Where an install starts: it sets the state cookie and sends the browser to Slack's authorize page. */
export const SLACK_INSTALL_PATH = '/slack/install';

type OAuthAuth = Extract<SlackAuth, { kind: 'oauth' }>;

/**
 * Slack's authorize page for a Web API base URL: https://slack.com/api/ -> https://slack.com/oauth/v2/authorize
 * (GovSlack-style hosts and the tests' loopback Slack follow the same layout).
 */
export function authorizeUrl(apiUrl: string | undefined): string | undefined {
  return apiUrl ? new URL('../oauth/v2/authorize', apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/`).toString() : undefined;
}

/**
 * The HTTPReceiver options that switch on Bolt's own OAuth (@slack/oauth InstallProvider): GET /slack/install and
 * GET /slack/oauth_redirect, a state signed with SLACK_STATE_SECRET and bound to the browser by a cookie, and
 * installations kept in our Store. Bolt's App then authorizes every request from its workspace's installation.
 */
export function oauthReceiverOptions(auth: OAuthAuth, store: Store, clientOptions: webApi.WebClientOptions, logger: Logger): Partial<HTTPReceiverOptions> {
  const authorizationUrl = authorizeUrl(clientOptions.slackApiUrl);
  return {
    clientId: auth.clientId,
    clientSecret: auth.clientSecret,
    stateSecret: auth.stateSecret,
    scopes: [...BOT_SCOPES],
    ...(auth.redirectUri ? { redirectUri: auth.redirectUri } : {}),
    installationStore: createInstallationStore(store, logger),
    installerOptions: {
      installPath: SLACK_INSTALL_PATH,
      redirectUriPath: SLACK_OAUTH_REDIRECT_PATH,
      // Straight to Slack's consent page: there is nothing to show before it.
      directInstall: true,
      stateVerification: true,
      clientOptions,
      ...(authorizationUrl ? { authorizationUrl } : {}),
      callbackOptions: installPages(logger),
    },
  };
}

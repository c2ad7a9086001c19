import type { ServerResponse } from 'node:http';
import type { Logger } from '../../../bot/logger.ts';

/**
 * Error codes that mean the browser's request was wrong or stale, not that we failed: @slack/oauth's, and Node's
 * for a request URL it could not rebuild (@slack/oauth reads the query through the Host header).
 */
const CLIENT_ERRORS = new Set(['slack_oauth_missing_state', 'slack_oauth_invalid_state', 'slack_oauth_missing_code', 'slack_oauth_installer_authorization_error', 'slack_oauth_unknown_error', 'ERR_INVALID_URL']);
/** Slack's oauth.v2.access errors that mean this deployment's client id or secret is not the app's. */
const CONFIG_ERRORS = new Set(['invalid_client_id', 'bad_client_secret']);
/** Slack's oauth.v2.access errors caused by the code the browser brought (used, expired, for another app). */
const CODE_ERRORS = new Set(['invalid_code', 'code_already_used', 'code_expired', 'bad_redirect_uri', 'invalid_grant_type']);

function page(res: ServerResponse, status: number, title: string, text: string): void {
  if (res.headersSent) return;
  // Fixed text only: nothing from the request or from Slack is echoed into the page.
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${text}</p></body></html>`);
}

/**
 * What the browser sees at the end of an install. A bad, stale or forged callback (no state cookie, a code already
 * used) gets 400 and one warn line naming the code; a store or Slack outage gets 503.
 */
export function installPages(logger: Logger) {
  return {
    success: (_installation: unknown, _options: unknown, _req: unknown, res: ServerResponse): void => {
      page(res, 200, 'AI Procurement is installed', 'You can close this tab. Invite the bot to a channel with /invite @AI Procurement, mention it with a question, or DM it.');
    },
    failure: (error: { code?: string; data?: { error?: string } }, _options: unknown, _req: unknown, res: ServerResponse): void => {
      const slackError = error.data?.error;
      // A store outage keeps its own code (store_unavailable), and Slack's answers theirs: those are 503.
      const isClient = CLIENT_ERRORS.has(error.code ?? '') || CODE_ERRORS.has(slackError ?? '');
      if (CONFIG_ERRORS.has(slackError ?? '')) logger.error({ slackError }, 'slack install refused by Slack: SLACK_CLIENT_ID or SLACK_CLIENT_SECRET is not this app\'s (Basic Information > App Credentials)');
      else logger.warn({ code: error.code, slackError }, 'slack install not completed');
      if (isClient) page(res, 400, 'Installation not completed', 'This installation link is invalid or has expired. Start again from the install page.');
      else page(res, 503, 'Installation not completed', 'The installation could not be saved just now. Please try again in a minute.');
    },
  };
}

import { webApi } from '@slack/bolt';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import { DEFAULT_SLACK_API_URL } from './files.ts';
import type { SlackIdentity } from './deps.ts';
import { slackErrorCode } from './post.ts';

/**
 * auth.test at start-up: proves the bot token works before any event is taken, and tells who the bot is (to
 * ignore its own messages and strip its mention) and which workspace it serves (to refuse others).
 * @throws AppError config_invalid naming SLACK_BOT_TOKEN or SLACK_API_URL, never echoing the token.
 */
export async function whoAmI(token: string, clientOptions: webApi.WebClientOptions): Promise<SlackIdentity & { enterprise: boolean }> {
  const client = new webApi.WebClient(token, { ...clientOptions, retryConfig: { retries: 0 } });
  try {
    const res = await client.auth.test();
    return {
      ...(res.user_id ? { botUserId: res.user_id } : {}),
      ...(res.bot_id ? { botId: res.bot_id } : {}),
      ...(res.team_id ? { teamId: res.team_id } : {}),
      enterprise: Boolean(res.is_enterprise_install),
    };
  } catch (err) {
    const code = slackErrorCode(err);
    if (code) throw new AppError(ErrorCode.ConfigInvalid, `SLACK_BOT_TOKEN was refused by Slack (${code}); copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions`, { cause: err });
    throw new AppError(ErrorCode.ConfigInvalid, `the Slack API at ${clientOptions.slackApiUrl ?? DEFAULT_SLACK_API_URL} could not be reached; check SLACK_API_URL and the network`, { cause: err });
  }
}

/**
 * Who the bot is for this request: Bolt's authorize puts the installation's bot user and bot id in the context
 * (OAuth mode: a different bot user per workspace); the start-up auth.test identity is the single-token fallback.
 */
export function botIdentityOf(context: { botUserId?: string | undefined; botId?: string | undefined }, fallback: SlackIdentity): SlackIdentity {
  const botUserId = context.botUserId ?? fallback.botUserId;
  const botId = context.botId ?? fallback.botId;
  return { ...(botUserId ? { botUserId } : {}), ...(botId ? { botId } : {}), ...(fallback.teamId ? { teamId: fallback.teamId } : {}) };
}

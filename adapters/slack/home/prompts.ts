import type { webApi } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { slackErrorCode } from '../post.ts';

/** The title Slack shows above the suggested prompts. */
export const PROMPTS_TITLE = 'Try asking';

/**
 * Sets the Messages tab's suggested prompts for a user's DM with the bot: knowledge-base questions and the
 * workflows, with the checklist of the channel they are looking at when known. Agent messaging (agent_view) sets
 * them on the DM itself: no thread_ts, which Slack would silently ignore. A failure only logs.
 */
export async function showPrompts(deps: SlackDeps, client: webApi.WebClient, team: string, dm: string, viewing?: string): Promise<void> {
  const home = deps.app.home;
  try {
    const prompts = await home.prompts({ platform: 'slack', tenant: team, channel: viewing ?? dm });
    if (!prompts.length) return;
    await client.assistant.threads.setSuggestedPrompts({ channel_id: dm, title: PROMPTS_TITLE, prompts });
  } catch (err) {
    deps.logger.warn({ code: slackErrorCode(err), err: slackErrorCode(err) ? undefined : err }, 'suggested prompts not set');
  }
}

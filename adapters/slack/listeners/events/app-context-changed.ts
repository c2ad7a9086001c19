import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { afterAck } from '../../after-ack.ts';
import { viewedChannel } from '../../app-context.ts';
import { showPrompts } from '../../home/prompts.ts';

/**
 * Under agent_view Slack says which channel the user is looking at while the bot's pane is open. It is
 * remembered, and the DM's suggested prompts are refreshed to offer that channel's checklist.
 */
export function appContextChanged(deps: SlackDeps) {
  return async ({ event, body, context, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_context_changed'>): Promise<void> => {
    await afterAck();
    const team = context.teamId ?? body.team_id;
    // The event names the user; older payloads carry them only in the authorizations.
    const user = (event as { user?: string }).user ?? context.userId;
    const viewing = viewedChannel(event.context);
    if (!user || !viewing) return;
    deps.appContext.remember(team, user, { viewing, ...((event as { channel?: string }).channel ? { dm: (event as { channel?: string }).channel } : {}) });
    const { dm } = deps.appContext.get(team, user);
    if (dm) await showPrompts(deps, client, team, dm, viewing);
  };
}

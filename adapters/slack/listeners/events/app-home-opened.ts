import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { afterAck } from '../../after-ack.ts';
import { viewedChannel } from '../../app-context.ts';
import { showPrompts } from '../../home/prompts.ts';
import { homeView } from '../../home/home-view.ts';
import { slackErrorCode } from '../../post.ts';

/**
 * The user opened the bot's App Home. Messages tab (agent messaging's "DM opened"): the suggested prompts. Home
 * tab: the overview of the conversation they were looking at (or their DM), published with views.publish.
 */
export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, body, context, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>): Promise<void> => {
    await afterAck();
    const team = context.teamId ?? body.team_id;
    const user = event.user;
    deps.appContext.remember(team, user, { dm: event.channel, viewing: viewedChannel(event.context) });
    const { viewing } = deps.appContext.get(team, user);
    if (event.tab === 'messages') {
      await showPrompts(deps, client, team, event.channel, viewing);
      return;
    }
    if (event.tab !== 'home') return;
    const channel = viewing ?? event.channel;
    try {
      const overview = await deps.app.home.overview({ platform: 'slack', tenant: team, channel });
      await client.views.publish({ user_id: user, view: homeView(overview, channel) });
    } catch (err) {
      deps.logger.warn({ code: slackErrorCode(err), err: slackErrorCode(err) ? undefined : err }, 'home tab not published');
    }
  };
}

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { mentions } from '../../text.ts';
import { submitQuestion } from '../../submit.ts';
import { DEFAULT_SLACK_API_URL, filesOf, slackDocuments } from '../../files.ts';
import { botIdentityOf } from '../../identity.ts';
import { workspaceOf } from '../../jobs.ts';

/**
 * Plain messages: every DM to the bot, and, in channels listed in SLACK_AUTO_ANSWER_CHANNELS, any message that
 * ends in "?". Files shared (`file_share`) in a DM, or into a thread of a channel (a checklist's thread: the core
 * decides, and says nothing when the thread is no checklist's), go to the core as vendor documents. Messages
 * that mention the bot are left to the app_mention listener so nothing is answered twice; edits, joins, bot
 * posts and other subtypes are ignored.
 */
export function message(deps: SlackDeps) {
  return async ({ event, body, context, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>): Promise<void> => {
    const files = event.subtype === 'file_share' ? filesOf(event) : [];
    if ((event.subtype !== undefined && !files.length) || ('bot_id' in event && event.bot_id)) return;
    const { ts, channel, channel_type: channelType } = event;
    const user = 'user' in event ? event.user : undefined;
    const text = ('text' in event ? event.text : undefined) ?? '';
    const threadTs = 'thread_ts' in event ? event.thread_ts : undefined;
    if (!user || (!text && !files.length)) return;
    const isDirect = channelType === 'im';
    const optedIn = !isDirect && (files.length ? !!threadTs : deps.config.autoAnswerChannels.includes(channel) && text.trim().endsWith('?'));
    if (!isDirect && !optedIn) return;
    // In channels a mention also arrives as app_mention; in a DM it does not, so a DM is answered here either way.
    const bot = botIdentityOf(context, deps.identity);
    if (!isDirect && mentions(text, bot.botUserId)) return;

    const team = context.teamId ?? body.team_id;
    // In a channel the answer opens a thread. In a DM it follows the message, in the message's thread under agent
    // messaging (native surfaces: each question is a thread, where the loading status and the stream live).
    const thread = isDirect && deps.aiSurfaces !== 'native' ? threadTs : (threadTs ?? ts);
    await submitQuestion(deps, client, body, body.event_id, {
      place: { team, channel, user, isDirect, ...(thread ? { thread } : {}) },
      ts,
      ...(threadTs ? { threadTs } : {}),
      text,
      bot,
      ...(files.length ? { files: { documents: slackDocuments(files, context.botToken, deps.config.apiUrl ?? DEFAULT_SLACK_API_URL), addressed: isDirect } } : {}),
    }, { workspace: workspaceOf(context), ...(files.length ? { files: { list: files, addressed: isDirect } } : {}) });
  };
}

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { submitQuestion } from '../../submit.ts';
import { DEFAULT_SLACK_API_URL, filesOf, slackDocuments } from '../../files.ts';
import { botIdentityOf } from '../../identity.ts';
import { workspaceOf } from '../../jobs.ts';

/**
 * `@AI Procurement <question>` in a channel: answered in the message's thread. With files attached
 * (`@AI Procurement assess Acme AI` + a DPA), the files are the vendor's documents to assess.
 */
export function appMention(deps: SlackDeps) {
  return async ({ event, body, context, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const team = context.teamId ?? body.team_id;
    if (!event.user) return;
    const files = filesOf(event);
    await submitQuestion(deps, client, body, body.event_id, {
      place: { team, channel: event.channel, thread: event.thread_ts ?? event.ts, user: event.user },
      ts: event.ts,
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
      text: event.text,
      bot: botIdentityOf(context, deps.identity),
      ...(files.length ? { files: { documents: slackDocuments(files, context.botToken, deps.config.apiUrl ?? DEFAULT_SLACK_API_URL), addressed: true } } : {}),
    }, { workspace: workspaceOf(context), ...(files.length ? { files: { list: files, addressed: true } } : {}) });
  };
}

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { submitQuestion } from '../../submit.ts';
import { botIdentityOf } from '../../identity.ts';
import { workspaceOf } from '../../jobs.ts';

/** `@AI Procurement <question>` in a channel: answered in the message's thread. */
export function appMention(deps: SlackDeps) {
  return async ({ event, body, context, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    const team = context.teamId ?? body.team_id;
    if (!event.user) return;
    await submitQuestion(deps, client, body, body.event_id, {
      place: { team, channel: event.channel, thread: event.thread_ts ?? event.ts, user: event.user },
      ts: event.ts,
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
      text: event.text,
      bot: botIdentityOf(context, deps.identity),
    }, workspaceOf(context));
  };
}

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { converse } from '../../converse.ts';
import { afterAck } from '../../after-ack.ts';
import { claimFirst } from '../../deduper.ts';
import { DEFAULT_SLACK_API_URL, filesOf, slackDocuments } from '../../files.ts';
import { botIdentityOf } from '../../identity.ts';

/**
 * `@AI Procurement <question>` in a channel: answered in the message's thread. With files attached
 * (`@AI Procurement assess Acme AI` + a DPA), the files are the vendor's documents to assess.
 */
export function appMention(deps: SlackDeps) {
  return async ({ event, body, context, client }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>): Promise<void> => {
    // Bolt acked the event before calling us; let that ack leave first.
    await afterAck();
    const team = context.teamId ?? body.team_id;
    if (!(await claimFirst(deps.deduper, team, body.event_id, deps.logger))) {
      deps.logger.info({ team, event: 'app_mention' }, 'slack retry of a handled event ignored');
      return;
    }
    if (!event.user) return;
    const files = filesOf(event);
    await converse(deps, client, {
      place: { team, channel: event.channel, thread: event.thread_ts ?? event.ts, user: event.user },
      ts: event.ts,
      ...(event.thread_ts ? { threadTs: event.thread_ts } : {}),
      text: event.text,
      bot: botIdentityOf(context, deps.identity),
      ...(files.length ? { files: { documents: slackDocuments(files, context.botToken, deps.config.apiUrl ?? DEFAULT_SLACK_API_URL), addressed: true } } : {}),
    });
  };
}

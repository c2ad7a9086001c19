import type { Activity, CloudAdapter, ConversationReference } from 'botbuilder';
import { ActivityTypes } from 'botbuilder';
import { deliveryGuard } from '../../bot/jobs.ts';
import type { TeamsDeps } from './deps.ts';
import { placeOf, type TeamsPlace } from './turn.ts';
import { answerMessage } from './handlers/message.ts';

/** The job kind this adapter queues (one home for its name). */
export const TEAMS_JOBS = { message: 'teams.message' } as const;

/** A message's job is unique by tenant, conversation and activity id, as the redelivery check always was. */
export const teamsMessageKey = (place: TeamsPlace, activityId: string) => `teams:${place.tenant}:message:${place.channel}:${activityId}`;

interface QueuedMessage {
  activity: Partial<Activity>;
  reference: Partial<ConversationReference>;
}

/**
 * A worker's side: the conversation is continued from its reference (a proactive turn, with the bot's own
 * credentials, on whichever replica took the job) and answered as the live turn would have. Every activity but the
 * typing indicator passes the job's delivered-marker first; Teams offers no way to look for an earlier run's post,
 * so a found marker means delivered (a crash between the marker and the post loses that answer).
 */
export function registerTeamsJobs(deps: TeamsDeps, adapter: CloudAdapter, appId: string | undefined): void {
  const jobs = deps.app.jobs;
  if (!jobs) return;
  jobs.handle(TEAMS_JOBS.message, async (job) => {
    const { activity, reference } = job.data as QueuedMessage;
    const place = placeOf(activity);
    if (!place || !reference?.conversation || !reference.serviceUrl) throw new Error('queued Teams message without a conversation');
    const guard = deliveryGuard(deps.app.store, 'teams', place.tenant, job.key, {
      onStoreError: (err) => deps.logger.warn({ code: (err as { code?: unknown })?.code }, 'delivered-marker unavailable; posting anyway'),
    });
    await adapter.continueConversationAsync(appId ?? '', reference, async (context) => {
      context.onSendActivities(async (_ctx, activities, next) => {
        if (activities.some((a) => a.type !== ActivityTypes.Typing)) await guard.beforePost();
        return next();
      });
      context.onUpdateActivity(async (_ctx, _activity, next) => {
        await guard.beforePost();
        return next();
      });
      await answerMessage(context, activity, place, deps);
    });
    if (guard.skipped()) deps.logger.info({ job: job.id }, 'teams answer was posted by an earlier run; not posted again');
  });
}

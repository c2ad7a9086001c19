import { webApi } from '@slack/bolt';
import { z } from 'zod';
import { deliveryGuard, type Job } from '../../bot/jobs.ts';
import type { SlackDeps } from './deps.ts';
import { converse, type IncomingMessage } from './converse.ts';
import { aiProcurementCommand } from './listeners/commands/ai-procurement.ts';
import { GuardedWebClient, guardedRespond, postedEarlier } from './queue-first.ts';

/** The job kinds this adapter queues (one home for their names). */
export const SLACK_JOBS = { question: 'slack.question', command: 'slack.command' } as const;

/** A question's job data: where it was asked and what, nothing else (never a token). */
const questionData = z.object({
  place: z.object({ team: z.string(), channel: z.string(), thread: z.string().optional(), user: z.string(), isDirect: z.boolean().optional() }),
  ts: z.string(),
  threadTs: z.string().optional(),
  text: z.string(),
});

/** A slash command's job data: the fields the command listener reads (Slack's verification token is left out). */
const commandData = z.object({
  team_id: z.string(),
  channel_id: z.string(),
  channel_name: z.string(),
  user_id: z.string(),
  command: z.string(),
  text: z.string(),
  trigger_id: z.string(),
  response_url: z.string().url(),
});
export type QueuedCommand = z.infer<typeof commandData>;

/** The event key a question's job is unique by: a Slack retry of the same event finds it queued already. */
export const questionKey = (team: string, eventId: string) => `slack:${team}:event:${eventId}`;
export const commandKey = (team: string, triggerId: string) => `slack:${team}:command:${triggerId}`;

/** The fields of a slash command payload that a job keeps. */
export function queuedCommand(c: QueuedCommand): QueuedCommand {
  return commandData.parse({ team_id: c.team_id, channel_id: c.channel_id, channel_name: c.channel_name, user_id: c.user_id, command: c.command, text: c.text, trigger_id: c.trigger_id, response_url: c.response_url });
}

export interface SlackJobClient {
  token: string;
  options: webApi.WebClientOptions;
}

function guardFor(deps: SlackDeps, team: string, job: Job, earlier?: () => Promise<boolean>) {
  return deliveryGuard(deps.app.store, 'slack', team, job.key, {
    onStoreError: (err) => deps.logger.warn({ code: (err as { code?: unknown })?.code }, 'delivered-marker unavailable; checking Slack for an earlier post'),
    ...(earlier ? { postedEarlier: earlier } : {}),
  });
}

/**
 * Registers the workers' side: a queued question is answered as the listener used to answer it in process, and a
 * queued slash command runs the command listener, both through a client that claims the job's delivered-marker
 * before the first post. A question's earlier run is checked in Slack itself (its thread, or the DM after the
 * question); a command's answer may be ephemeral or a modal, which cannot be looked up, so its marker decides.
 */
export function registerSlackJobs(deps: SlackDeps, client: SlackJobClient): void {
  const jobs = deps.jobs;
  if (!jobs) return;
  jobs.handle(SLACK_JOBS.question, async (job) => {
    const msg: IncomingMessage = questionData.parse(job.data);
    const plain = new webApi.WebClient(client.token, client.options);
    const where = { channel: msg.place.channel, ...(msg.place.thread ? { thread: msg.place.thread } : {}), after: msg.ts };
    const guard = guardFor(deps, msg.place.team, job, () => postedEarlier(plain, where, job.id));
    await converse(deps, new GuardedWebClient(client.token, client.options, { beforePost: guard.beforePost, jobId: job.id }), msg);
    if (guard.skipped()) deps.logger.info({ job: job.id }, 'slack answer was posted by an earlier run; not posted again');
  });
  const run = aiProcurementCommand(deps);
  jobs.handle(SLACK_JOBS.command, async (job) => {
    const command = commandData.parse(job.data);
    const guard = guardFor(deps, command.team_id, job);
    await run({
      command,
      client: new GuardedWebClient(client.token, client.options, { beforePost: guard.beforePost, jobId: job.id }),
      respond: guardedRespond(command.response_url, guard.beforePost),
      context: { teamId: command.team_id },
    });
  });
}

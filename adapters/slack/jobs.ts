import { type InstallationQuery, webApi } from '@slack/bolt';
import { z } from 'zod';
import { deliveryGuard, type Job } from '../../bot/jobs.ts';
import type { SlackDeps, SlackIdentity } from './deps.ts';
import { converse, type IncomingMessage } from './converse.ts';
import { aiProcurementCommand } from './listeners/commands/ai-procurement.ts';
import { GuardedWebClient, guardedRespond, postedEarlier } from './queue-first.ts';
import { authorizationFailure, NoInstallationError } from './oauth/installation-store.ts';
import { DEFAULT_SLACK_API_URL, slackDocuments, type SlackFile } from './files.ts';

/** The job kinds this adapter queues (one home for their names). */
export const SLACK_JOBS = { question: 'slack.question', command: 'slack.command' } as const;

/**
 * Which installation answers a job: the workspace (team) and, for Enterprise Grid, the organisation and whether
 * the app was installed org-wide. Ids only; the token is read when the job runs, never stored with it.
 */
const workspaceData = z.object({ enterprise: z.string().optional(), orgWide: z.boolean().optional() });
export type SlackWorkspace = z.infer<typeof workspaceData>;

/** The workspace facts Bolt's authorize put in a request's context. */
export function workspaceOf(context: { enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined }): SlackWorkspace {
  return { ...(context.enterpriseId ? { enterprise: context.enterpriseId } : {}), ...(context.isEnterpriseInstall ? { orgWide: true } : {}) };
}

/**
 * Files shared with a question, as the event listed them: the worker downloads them with the token it reads when
 * the job runs (`addressed`: a DM or a mention, so every question of the checklist is judged).
 */
const sharedFiles = z.object({
  list: z.array(z.object({
    id: z.string().optional(), name: z.string().optional(), title: z.string().optional(), size: z.number().optional(),
    url_private_download: z.string().optional(), mode: z.string().optional(),
  })).max(100),
  addressed: z.boolean(),
});

/** What a listener adds to its message for the job: whose installation answers, and the files shared with it. */
export interface QuestionJobFacts {
  workspace: SlackWorkspace;
  files?: { list: SlackFile[]; addressed: boolean };
}

/** A question's job data: where it was asked and what, whose installation answers, its files (never a token). */
const questionData = z.object({
  place: z.object({ team: z.string(), channel: z.string(), thread: z.string().optional(), user: z.string(), isDirect: z.boolean().optional() }),
  ts: z.string(),
  threadTs: z.string().optional(),
  text: z.string(),
  workspace: workspaceData.optional(),
  files: sharedFiles.optional(),
});
export type QueuedQuestion = z.infer<typeof questionData>;

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
  workspace: workspaceData.optional(),
});
export type QueuedCommand = z.infer<typeof commandData>;

/** The event key a question's job is unique by: a Slack retry of the same event finds it queued already. */
export const questionKey = (team: string, eventId: string) => `slack:${team}:event:${eventId}`;
export const commandKey = (team: string, triggerId: string) => `slack:${team}:command:${triggerId}`;

/** A question's job data from the listener's message: the bot's identity is left out (the worker reads it with the token). */
export function queuedQuestion(msg: IncomingMessage, facts: QuestionJobFacts): QueuedQuestion {
  const files = facts.files ? { list: facts.files.list.map((f) => ({ id: f.id, name: f.name, title: f.title, size: f.size, url_private_download: f.url_private_download, mode: f.mode })), addressed: facts.files.addressed } : undefined;
  return questionData.parse({ place: msg.place, ts: msg.ts, ...(msg.threadTs ? { threadTs: msg.threadTs } : {}), text: msg.text, workspace: facts.workspace, ...(files ? { files } : {}) });
}

/** The fields of a slash command payload that a job keeps. */
export function queuedCommand(c: QueuedCommand): QueuedCommand {
  return commandData.parse({ team_id: c.team_id, channel_id: c.channel_id, channel_name: c.channel_name, user_id: c.user_id, command: c.command, text: c.text, trigger_id: c.trigger_id, response_url: c.response_url, workspace: c.workspace });
}

/**
 * How a worker gets the token a job is answered with: single-token mode has the configured one (and the bot's
 * identity from auth.test); OAuth mode reads the job's workspace installation through Bolt's InstallProvider, as
 * Bolt does for a request (so rotated tokens are refreshed there too).
 */
export type SlackJobAuth =
  | { kind: 'token'; token: string; bot: SlackIdentity }
  | { kind: 'oauth'; authorize: (query: InstallationQuery<boolean>) => Promise<{ botToken?: string; botUserId?: string; botId?: string }> };

async function credentialsFor(auth: SlackJobAuth, team: string, workspace: SlackWorkspace | undefined): Promise<{ token: string; bot: SlackIdentity }> {
  if (auth.kind === 'token') return { token: auth.token, bot: auth.bot };
  const orgWide = Boolean(workspace?.orgWide);
  const query = { teamId: team, enterpriseId: workspace?.enterprise, isEnterpriseInstall: orgWide } as InstallationQuery<boolean>;
  const found = await auth.authorize(query);
  if (!found.botToken) throw new NoInstallationError(`no Slack bot token for team ${team}`);
  return { token: found.botToken, bot: { ...(found.botUserId ? { botUserId: found.botUserId } : {}), ...(found.botId ? { botId: found.botId } : {}), teamId: team } };
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
export function registerSlackJobs(deps: SlackDeps, auth: SlackJobAuth, options: webApi.WebClientOptions): void {
  const jobs = deps.jobs;
  if (!jobs) return;
  /** The job's workspace credentials, or undefined when it has no installation any more (uninstalled after queueing). */
  const credentials = async (job: Job, team: string, workspace: SlackWorkspace | undefined) => {
    try {
      return await credentialsFor(auth, team, workspace);
    } catch (err) {
      // Nobody to answer with, and a retry would find no installation either; a store outage is retried.
      if (authorizationFailure(err) !== 'no-installation') throw err;
      deps.logger.warn({ job: job.id, kind: job.kind, team }, 'slack job dropped: its workspace has no installation');
      return undefined;
    }
  };
  jobs.handle(SLACK_JOBS.question, async (job) => {
    const { workspace, files, ...asked } = questionData.parse(job.data);
    const found = await credentials(job, asked.place.team, workspace);
    if (!found) return;
    // Shared files download with the job's own workspace token, read just now.
    const documents = files ? { files: { documents: slackDocuments(files.list, found.token, deps.config.apiUrl ?? DEFAULT_SLACK_API_URL), addressed: files.addressed } } : {};
    const msg: IncomingMessage = { ...asked, bot: found.bot, ...documents };
    const plain = new webApi.WebClient(found.token, options);
    const where = { channel: msg.place.channel, ...(msg.place.thread ? { thread: msg.place.thread } : {}), after: msg.ts };
    const guard = guardFor(deps, msg.place.team, job, () => postedEarlier(plain, where, job.id));
    await converse(deps, new GuardedWebClient(found.token, options, { beforePost: guard.beforePost, jobId: job.id }), msg);
    if (guard.skipped()) deps.logger.info({ job: job.id }, 'slack answer was posted by an earlier run; not posted again');
  });
  const run = aiProcurementCommand(deps);
  jobs.handle(SLACK_JOBS.command, async (job) => {
    const { workspace, ...command } = commandData.parse(job.data);
    const found = await credentials(job, command.team_id, workspace);
    if (!found) return;
    const guard = guardFor(deps, command.team_id, job);
    await run({
      command,
      client: new GuardedWebClient(found.token, options, { beforePost: guard.beforePost, jobId: job.id }),
      respond: guardedRespond(command.response_url, guard.beforePost),
      context: { teamId: command.team_id },
    });
  });
}

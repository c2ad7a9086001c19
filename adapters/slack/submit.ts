import type { webApi } from '@slack/bolt';
import type { SlackDeps } from './deps.ts';
import { converse, type IncomingMessage } from './converse.ts';
import { afterAck } from './after-ack.ts';
import { claimFirst } from './deduper.ts';
import { ackEvent } from './queue-first.ts';
import { ackFirst } from './interaction-dedup.ts';
import { SLACK_JOBS, commandKey, queuedCommand, queuedQuestion, questionKey, workspaceOf, type QuestionJobFacts } from './jobs.ts';
import type { CommandArgs } from './listeners/commands/ai-procurement.ts';

const codeOf = (err: unknown) => (err as { code?: unknown })?.code;

/**
 * A question from an event: queued as a job before the event is acknowledged (the ack follows when the listener
 * returns), so a crash after the ack cannot lose it and any replica can answer it. A Slack retry of the same
 * event finds its job queued and is dropped. With no queue, or if it cannot be reached, the question is
 * acknowledged and answered in this process as before: an outage must not become silence.
 */
export async function submitQuestion(deps: SlackDeps, client: webApi.WebClient, body: object, eventId: string, msg: IncomingMessage, facts: QuestionJobFacts): Promise<void> {
  const team = msg.place.team;
  if (deps.jobs) {
    try {
      if (!(await deps.jobs.enqueue(SLACK_JOBS.question, questionKey(team, eventId), queuedQuestion(msg, facts), { platform: 'slack', tenant: team }))) deps.logger.info({ team }, 'slack retry of a queued event ignored');
      return;
    } catch (err) {
      deps.logger.warn({ team, code: codeOf(err) }, 'could not queue the question; answering it in this process');
    }
  }
  await ackEvent(body);
  await afterAck();
  if (!(await claimFirst(deps.deduper, team, eventId, deps.logger))) {
    deps.logger.info({ team }, 'slack retry of a handled event ignored');
    return;
  }
  await converse(deps, client, msg);
}

type AckedCommandArgs = CommandArgs & { ack: () => Promise<void>; body: unknown };

/**
 * The slash command: queued, then acknowledged (a replay with the same trigger_id finds its job and is dropped).
 * Without a queue, or when it cannot be reached, acknowledged first and run here (ackFirst).
 */
export function submitCommand(deps: SlackDeps, listener: (args: CommandArgs) => Promise<void>): (args: AckedCommandArgs) => Promise<void> {
  const inProcess = ackFirst<AckedCommandArgs>(deps, listener);
  return async (args) => {
    const team = args.context.teamId ?? args.command.team_id;
    if (deps.jobs) {
      const { command } = args;
      try {
        const queued = await deps.jobs.enqueue(SLACK_JOBS.command, commandKey(team, command.trigger_id), queuedCommand({ ...command, team_id: team, workspace: workspaceOf(args.context) }), { platform: 'slack', tenant: team });
        await args.ack();
        if (!queued) deps.logger.info({ team, kind: 'command' }, 'slack replay of a queued command ignored');
        return;
      } catch (err) {
        deps.logger.warn({ team, code: codeOf(err) }, 'could not queue the command; running it in this process');
      }
    }
    await inProcess(args);
  };
}

import type { RespondFn, SlashCommand, webApi } from '@slack/bolt';
import { userMessage } from '../../../../bot/errors.ts';
import { isTooLong, tooLongReply } from '../../../../bot/input-limits.ts';
import type { SlackDeps } from '../../deps.ts';
import { deliverInteractive, type InteractiveContext } from '../../deliver-interactive.ts';
import { createStreamer } from '../../streamer.ts';
import { commandTurn } from '../../turn.ts';
import { slackErrorCode } from '../../post.ts';
import { isAlreadyDelivered } from '../../../../bot/jobs.ts';

/** What the command reads: Bolt's listener arguments, or the same fields rebuilt from a queued job. */
export interface CommandArgs {
  command: Pick<SlashCommand, 'team_id' | 'channel_id' | 'channel_name' | 'user_id' | 'command' | 'text' | 'trigger_id' | 'response_url'>;
  client: webApi.WebClient;
  respond: RespondFn;
  context: { teamId?: string; enterpriseId?: string | undefined; isEnterpriseInstall?: boolean | undefined };
}

/**
 * `/ai-procurement [decide | checklist <vendor> | ask <question> | status | export <vendor> [format] | help]`.
 * Runs after the ack (as a queued job, or in process after ackFirst when there is no queue), lets the core decide and delivers its Reply:
 * steps as modals, answers and exports to the channel, help and errors to the user alone.
 */
export function aiProcurementCommand(deps: SlackDeps) {
  return async ({ command, client, respond, context }: CommandArgs): Promise<void> => {
    const team = context.teamId ?? command.team_id;
    if (isTooLong(command.text.length)) {
      await respond({ response_type: 'ephemeral', text: tooLongReply(command.text.length).text }).catch(() => undefined);
      return;
    }
    const ctx: InteractiveContext = {
      deps, client, team, channel: command.channel_id, user: command.user_id, triggerId: command.trigger_id, respond,
    };
    const turn = commandTurn({ team, channel: command.channel_id, user: command.user_id, isDirect: command.channel_name === 'directmessage' }, command.command, command.text);
    const args = turn.input.kind === 'command' ? turn.input.args : [];
    const isAsk = args[0]?.toLowerCase() === 'ask' && args.length > 1;
    const streamer = isAsk ? createStreamer({ client, channel: command.channel_id }, deps.streamIntervalMs, deps.logger) : undefined;
    try {
      const reply = await deps.app.bot.handle(turn, streamer ? { onPartial: (t) => streamer.partial(t) } : {});
      const streamedTs = await streamer?.finish();
      const question = isAsk ? args.slice(1).join(' ') : undefined;
      await deliverInteractive(ctx, reply, question ? { question, askedBy: command.user_id } : {}, streamedTs);
    } catch (err) {
      // A queued run that finds its answer already posted says nothing more.
      if (isAlreadyDelivered(err)) throw err;
      deps.logger.error({ err, code: slackErrorCode(err) }, 'slash command failed');
      await respond({ response_type: 'ephemeral', text: userMessage(err) }).catch(() => undefined);
    }
  };
}

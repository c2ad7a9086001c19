import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { userMessage } from '../../../../bot/errors.ts';
import { isTooLong, tooLongReply } from '../../../../bot/input-limits.ts';
import type { SlackDeps } from '../../deps.ts';
import { deliverInteractive, type InteractiveContext } from '../../deliver-interactive.ts';
import { createStreamer } from '../../streamer.ts';
import { commandTurn } from '../../turn.ts';
import { slackErrorCode } from '../../post.ts';

/**
 * `/ai-procurement [decide | checklist <vendor> | ask <question> | status | export <vendor> [format] | help]`.
 * Runs after the ack (commands/index.ts wraps it in ackFirst), lets the core decide and delivers its Reply:
 * steps as modals, answers and exports to the channel, help and errors to the user alone.
 */
export function aiProcurementCommand(deps: SlackDeps) {
  return async ({ command, client, respond, context }: AllMiddlewareArgs & SlackCommandMiddlewareArgs): Promise<void> => {
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
      deps.logger.error({ err, code: slackErrorCode(err) }, 'slash command failed');
      await respond({ response_type: 'ephemeral', text: userMessage(err) }).catch(() => undefined);
    }
  };
}

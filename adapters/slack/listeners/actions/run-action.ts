import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { userMessage } from '../../../../bot/errors.ts';
import type { SlackDeps } from '../../deps.ts';
import { deliverInteractive } from '../../deliver-interactive.ts';
import { actionPlace } from '../../place.ts';
import { slackErrorCode } from '../../post.ts';
import { escapeMrkdwn } from '../../render/escape.ts';
import { untrusted } from '../../../../workflows/inert/index.ts';
import { actionTurn } from '../../turn.ts';

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * Sends a button press to the core as an action Turn and delivers the Reply where the button was (its thread),
 * opening a modal when the Reply is a step. A pressed step button is marked as answered, by whom, so the thread
 * keeps a record of who decided what.
 */
export async function runAction(deps: SlackDeps, args: ButtonArgs, action: string, value: unknown): Promise<void> {
  const { body, client, context, respond } = args;
  const place = actionPlace(body, context.teamId);
  const user = body.user.id;
  if (!place.channel) {
    // A Home tab button has no response_url: with no conversation to act in, nothing is read or written.
    if (typeof respond === 'function') await respond({ response_type: 'ephemeral', text: 'Open this from a channel or a DM with me.' }).catch(() => undefined);
    else deps.logger.info({ action }, 'button without a conversation ignored');
    return;
  }
  const turn = actionTurn({ team: place.team, channel: place.channel, user, ...(place.thread ? { thread: place.thread } : {}) }, action, value);
  // A team answering step by step in a thread keeps going in the thread; any other button may open a modal.
  const inThreadStep = isStepMessage(args);
  try {
    const reply = await deps.app.bot.handle(turn);
    if (reply.kind !== 'error' && inThreadStep) await markAnswered(args, place.channel, user).catch((err: unknown) => deps.logger.debug({ code: slackErrorCode(err) }, 'step message not marked'));
    const ctx = { deps, client, team: place.team, channel: place.channel, user, respond, ...(place.thread ? { thread: place.thread } : {}), ...(inThreadStep ? {} : { triggerId: body.trigger_id }) };
    await deliverInteractive(ctx, reply);
  } catch (err) {
    deps.logger.error({ err, code: slackErrorCode(err) }, 'button action failed');
    await respond({ response_type: 'ephemeral', replace_original: false, text: userMessage(err) }).catch(() => undefined);
  }
}

function isStepMessage(args: ButtonArgs): boolean {
  const blocks = (args.body.message?.blocks ?? []) as { block_id?: string }[];
  return blocks.some((b) => b.block_id === 'ap.step.prompt');
}

/** Replaces the buttons of an in-thread step message with "✓ @user chose label", a record of who decided. */
async function markAnswered(args: ButtonArgs, channel: string, user: string): Promise<void> {
  const message = args.body.message;
  const blocks = (message?.blocks ?? []) as { type: string; block_id?: string }[];
  if (!message?.ts) return;
  // The label comes back in the payload: shown inert, like any text the bot did not write just now.
  const label = untrusted(args.action.text?.text ?? 'answered');
  const kept = blocks.filter((b) => b.type !== 'actions');
  await args.client.chat.update({
    channel,
    ts: message.ts,
    text: typeof message.text === 'string' ? message.text : 'Step answered',
    blocks: [...kept, { type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: `:white_check_mark: <@${user}> chose *${escapeMrkdwn(label)}*` }] }] as never,
  });
}

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { IDS } from '../../render/ids.ts';
import { actionPlace } from '../../place.ts';
import { slackErrorCode } from '../../post.ts';

/** 👍/👎 under an answer: the vote is stored (one per person and answer; a new vote replaces the old). */
export function feedback(deps: SlackDeps) {
  return async ({ action, body, client, context }: AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>): Promise<void> => {
    const place = actionPlace(body, context.teamId);
    if (!place.channel || !place.messageTs) return;
    // Our own buttons: the id says which vote. Slack's feedback_buttons: one id, the value says, and only
    // `up` or `down` counts (anything else is not a vote of ours).
    const native = action.action_id === IDS.feedbackButtons;
    if (native && action.value !== 'up' && action.value !== 'down') return;
    const vote = native ? (action.value as 'up' | 'down') : action.action_id === IDS.feedbackUp ? 'up' : 'down';
    try {
      await deps.feedback.record({ team: place.team, channel: place.channel, messageTs: place.messageTs, user: body.user.id, vote });
    } catch (err) {
      deps.logger.error({ err }, 'feedback vote not stored');
      await client.chat.postEphemeral({ channel: place.channel, user: body.user.id, text: 'I could not save your vote just now. Please try again in a minute.' }).catch(() => undefined);
      return;
    }
    await client.chat
      .postEphemeral({
        channel: place.channel,
        user: body.user.id,
        ...(place.thread ? { thread_ts: place.thread } : {}),
        text: vote === 'up' ? 'Thanks, glad that helped. Your vote is recorded.' : 'Thanks, your vote is recorded: the knowledge owners review answers marked not helpful.',
      })
      .catch((err: unknown) => deps.logger.debug({ code: slackErrorCode(err) }, 'feedback thanks not shown'));
  };
}

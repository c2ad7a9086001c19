import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.ts';
import { placeOf } from '../turn.ts';
import { sendInvokeResponse } from '../invoke-response.ts';

/**
 * Teams' built-in feedback (the 👍/👎 under a message sent with channelData.feedbackLoopEnabled) arrives as a
 * `message/submitAction` invoke naming the answer message (replyToId). The vote is stored like the card buttons'
 * were: one per user per answer, the answer id `<conversation>:<answer message id>`. The free-text comment Teams
 * collects is not stored: it may hold anything, and the knowledge owners work from the votes.
 */
const submitAction = z.looseObject({
  actionName: z.literal('feedback'),
  actionValue: z.looseObject({ reaction: z.enum(['like', 'dislike']), feedback: z.string().max(10_000).optional() }),
});

export async function handleFeedbackLoop(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = context.activity;
  const place = placeOf(activity);
  const parsed = submitAction.safeParse(activity.value);
  const answer = activity.replyToId;
  if (!place || !parsed.success || !answer || answer.length > 512) {
    await sendInvokeResponse(context, { error: 'not a feedback submission of this bot' }, 400);
    return;
  }
  const vote = parsed.data.actionValue.reaction === 'like' ? 'up' : 'down';
  const user = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
  const store = deps.app.store;
  try {
    await store.recordVote({ platform: 'teams', tenant: place.tenant }, { answerId: `${place.channel}:${answer}`, user, vote, channel: place.channel, at: new Date().toISOString() });
  } catch (err) {
    deps.logger.warn({ err }, 'teams: feedback vote not stored');
    await sendInvokeResponse(context, { error: 'feedback not stored' }, 500);
    return;
  }
  await sendInvokeResponse(context, {}, 200);
}

import type { TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../deps.ts';
import type { TeamsPlace } from '../turn.ts';
import { errorBody, messageBody, type AdaptiveCardInvokeBody } from '../invoke-response.ts';

/**
 * A thumbs up / down on an answer: one vote per user per answer (a second vote replaces the first),
 * stored through the Store so knowledge owners can see which answers miss.
 */
export async function handleFeedback(context: TurnContext, place: TeamsPlace, data: Record<string, unknown>, deps: TeamsDeps): Promise<AdaptiveCardInvokeBody> {
  const { answerId, vote } = data;
  if (typeof answerId !== 'string' || (vote !== 'up' && vote !== 'down')) {
    return errorBody(400, 'BadRequest', 'This feedback button is not one of mine.');
  }
  const user = context.activity.from?.aadObjectId ?? context.activity.from?.id ?? 'unknown';
  try {
    await deps.app.store.recordVote({ platform: 'teams', tenant: place.tenant }, { answerId, user, vote, channel: place.channel, at: new Date().toISOString() });
  } catch (err) {
    deps.logger.warn({ err }, 'teams: feedback vote not stored');
    return messageBody('I could not save your feedback just now. Please try again in a minute.');
  }
  return messageBody(vote === 'up' ? 'Thanks: glad it helped.' : 'Thanks: the knowledge owners will look at this answer.');
}

import type { TurnContext } from 'botbuilder';
import { teamsErrorText } from '../render/markdown.ts';
import type { TeamsDeps } from '../deps.ts';
import { errorBody, sendInvokeResponse } from '../invoke-response.ts';
import { handleCardAction } from './card-action.ts';
import { handleFileConsent } from './file-consent.ts';
import { handleMessage } from './message.ts';
import { handleMembersAdded } from './welcome.ts';

type Handler = (context: TurnContext, deps: TeamsDeps) => Promise<void>;

/** Activity type (and invoke name) -> the one handler for it (STYLE.md rule 2). */
const HANDLERS: Record<string, Handler> = {
  message: handleMessage,
  conversationUpdate: (context) => handleMembersAdded(context),
  'invoke:adaptiveCard/action': handleCardAction,
  'invoke:fileConsent/invoke': handleFileConsent,
};

function keyOf(context: TurnContext): string {
  const { type, name } = context.activity;
  return type === 'invoke' ? `invoke:${name ?? ''}` : (type ?? '');
}

/**
 * The turn logic CloudAdapter runs for each activity. Anything a handler throws is logged and answered
 * with a sentence (or an invoke error), never swallowed while the user waits.
 */
export function createTurnLogic(deps: TeamsDeps): (context: TurnContext) => Promise<void> {
  return async (context) => {
    const key = keyOf(context);
    const handler = HANDLERS[key];
    if (!handler) {
      // Invokes we do not serve still need an answer, or Teams shows a spinner until it times out. A 400 rather
      // than botbuilder's usual 501: the request names something this bot does not offer, nothing failed here.
      if (context.activity.type === 'invoke') await sendInvokeResponse(context, { error: 'unsupported invoke' }, 400);
      deps.logger.debug({ activity: key }, 'teams activity ignored');
      return;
    }
    try {
      await handler(context, deps);
    } catch (err) {
      deps.logger.error({ err, activity: key }, 'teams handler failed');
      if (context.activity.type === 'invoke') await sendInvokeResponse(context, errorBody(500, 'InternalError', teamsErrorText(err)));
      else await context.sendActivity(teamsErrorText(err));
    }
  };
}

import type { TurnContext } from 'botbuilder';
import type { AdaptiveCard } from './render/card-types.ts';
import { plainCardText } from './render/markdown.ts';

/** The body an `adaptiveCard/action` invoke answers with (Universal Actions response format). */
export type AdaptiveCardInvokeBody =
  | { statusCode: 200; type: 'application/vnd.microsoft.card.adaptive'; value: AdaptiveCard }
  | { statusCode: 200; type: 'application/vnd.microsoft.activity.message'; value: string }
  | { statusCode: 400 | 500; type: 'application/vnd.microsoft.error'; value: { code: string; message: string } };

export function cardBody(card: AdaptiveCard): AdaptiveCardInvokeBody {
  return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card };
}

/** A short message Teams shows next to the card instead of changing it (core text, its untrusted spans inert). */
export function messageBody(text: string): AdaptiveCardInvokeBody {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: plainCardText(text) };
}

export function errorBody(statusCode: 400 | 500, code: string, message: string): AdaptiveCardInvokeBody {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}

/** Queues the HTTP response of an invoke; CloudAdapter.process() writes it when the turn ends. */
export async function sendInvokeResponse(context: TurnContext, body?: unknown, status = 200): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status, body } });
}

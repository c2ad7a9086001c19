import type { Activity, Attachment, Entity } from 'botbuilder';
import type { Reply } from '../../../bot/turn.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, type AdaptiveCard } from './card-types.ts';
import { plainCardText, teamsPlainText, toMessageMarkdown } from './markdown.ts';
import { isAiGenerated, renderReplyCard, type ReplyCardOptions } from './reply-card.ts';

/**
 * Teams' "AI generated" label on a bot message
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bot-messages-ai-generated-content).
 */
export const AI_GENERATED_ENTITY: Entity = {
  type: 'https://schema.org/Message',
  '@type': 'Message',
  '@context': 'https://schema.org',
  additionalType: ['AIGeneratedContent'],
};

export function cardAttachment(card: AdaptiveCard): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** A Reply as a message activity: the card, the plain text as notification/fallback, and the AI label. */
export function replyActivity(reply: Reply, options: ReplyCardOptions = {}): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    // Teams shows `summary` in notifications and the chat list instead of "sent a card".
    summary: (teamsPlainText(reply.doc) || plainCardText(reply.step?.prompt ?? reply.text)).slice(0, 200),
    attachments: [cardAttachment(renderReplyCard(reply, options))],
  };
  if (isAiGenerated(reply)) activity.entities = [AI_GENERATED_ENTITY];
  return activity;
}

/** A streamed answer so far, as a plain message (the final card replaces it). */
export function partialActivity(textSoFar: string): Partial<Activity> {
  return { type: 'message', text: `${toMessageMarkdown(textSoFar)} …`, textFormat: 'markdown', entities: [AI_GENERATED_ENTITY] };
}

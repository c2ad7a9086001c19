import type { Activity, Entity } from 'botbuilder';
import type { Citation, Reply } from '../../../bot/turn.ts';
import type { SuggestedPrompt } from '../../../bot/agent-home.ts';
import { inertLabel } from '../../../workflows/inert/index.ts';
import { isHttpUrl } from '../../../workflows/http-url.ts';
import { AI_GENERATED_ENTITY, cardAttachment } from './activity.ts';
import { messageMarkdown, plainCardText } from './markdown.ts';
import { renderReplyCard } from './reply-card.ts';

/** Teams' limits on a citation's appearance (name 80, abstract 160) and on citations per message (20). */
export const CITATION_LIMITS = { name: 80, abstract: 160, count: 20 } as const;

export interface AiAnswerOptions {
  /** Personal chat: the prompts offered as suggested actions under the answer. */
  suggested?: SuggestedPrompt[];
  /** The classic answer card with our own buttons instead (TeamsDeps.aiSurfaces). */
  classic?: boolean;
}

/**
 * An answer as Teams' native AI message: the neutral document as message Markdown with its `[n]` markers, one schema.org Message entity carrying
 * the AI label and the numbered citations (title, URL, snippet) that Teams turns into pop-ups, Teams' own feedback
 * buttons (`channelData.feedbackLoopEnabled`, answered by the message/submitAction invoke), and a card only for
 * what the text cannot carry (notes, closest topics, buttons into the workflows).
 */
export function aiAnswerActivity(reply: Reply, options: AiAnswerOptions = {}): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: 'message',
    text: messageMarkdown(reply.doc),
    textFormat: 'markdown',
    entities: [aiMessageEntity(reply.citations ?? [])],
    channelData: { feedbackLoopEnabled: true },
  };
  if (reply.choices?.length || reply.notes?.length || reply.sections?.length) {
    // The card repeats neither the text nor the sources (the message and its citations show them).
    activity.attachments = [cardAttachment(renderReplyCard({ ...reply, text: '', doc: [], citations: [] }))];
  }
  const suggested = options.suggested ?? [];
  if (suggested.length) {
    activity.suggestedActions = {
      to: [],
      // Teams commands are typed bare ("decide"), so the Slack-style prefix is dropped.
      actions: suggested.map((p) => ({ type: 'imBack', title: plainCardText(p.title), value: p.message.replace(/^\/ai-procurement\s+/, '') })),
    };
  }
  return activity;
}

/** The one root Message entity Teams allows: the AI label, and the citations when there are any. */
export function aiMessageEntity(citations: Citation[]): Entity {
  if (citations.length === 0) return { ...AI_GENERATED_ENTITY };
  return { ...AI_GENERATED_ENTITY, citation: citations.slice(0, CITATION_LIMITS.count).map(claim) };
}

/** A numbered citation as Teams' Claim: the card title as name, the cited passage as abstract, the page as URL. */
function claim(c: Citation): Record<string, unknown> {
  // Card titles and passages are document text: inert, one line, within Teams' lengths.
  const name = cut(inertLabel(c.title), CITATION_LIMITS.name) || `Source ${c.n}`;
  const abstract = cut(inertLabel(c.snippet ?? c.title), CITATION_LIMITS.abstract) || name;
  return {
    '@type': 'Claim',
    position: c.n,
    appearance: { '@type': 'DigitalDocument', name, abstract, ...(c.url && isHttpUrl(c.url) ? { url: c.url } : {}) },
  };
}

function cut(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

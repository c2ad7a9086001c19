import type { Citation, Reply } from '../../../bot/turn.ts';
import { card, textBlock, Verb, type AdaptiveCard, type CardAction, type CardElement, type ExecuteAction } from './card-types.ts';
import { cardLink, cardMarkdown, plainCardText, toCardMarkdown } from './markdown.ts';
import { stepElements, stepActions } from './step-card.ts';

export interface ReplyCardOptions {
  /** Identifies the answer for feedback votes; feedback buttons appear only with one. */
  answerId?: string;
  /** Download links for the reply's files (channels), shown as buttons with a note on how long they last. */
  downloads?: { name: string; url: string }[];
  downloadNote?: string;
}

/** Numbered sources, each a link when the card has a URL. */
function citationElements(citations: Citation[]): CardElement[] {
  if (citations.length === 0) return [];
  const lines = citations.map((c) => `${c.n}. ${cardLink(c.url, c.title)}`);
  return [
    textBlock('Sources', { weight: 'Bolder', size: 'Small', spacing: 'Medium', separator: true }),
    textBlock(lines.join('\n'), { size: 'Small', spacing: 'Small' }),
  ];
}

/** The "AI generated · extractive" line under an answer, so the provenance is visible in every client. */
function provenance(reply: Reply): CardElement | undefined {
  if (reply.kind !== 'answer' && reply.kind !== 'no-answer') return undefined;
  const how = reply.mode === 'model' ? `written by a language model${reply.provider ? ` (${reply.provider})` : ''}` : 'composed from the knowledge base';
  return textBlock(`AI generated: ${how}. Check the sources.`, { isSubtle: true, size: 'Small', spacing: 'Small' });
}

function feedbackActions(reply: Reply, options: ReplyCardOptions): ExecuteAction[] {
  if (!options.answerId || (reply.kind !== 'answer' && reply.kind !== 'no-answer')) return [];
  const data = { answerId: options.answerId };
  return [
    { type: 'Action.Execute', title: '👍 Helpful', verb: Verb.Feedback, data: { ...data, vote: 'up' }, associatedInputs: 'none' },
    { type: 'Action.Execute', title: '👎 Not helpful', verb: Verb.Feedback, data: { ...data, vote: 'down' }, associatedInputs: 'none' },
  ];
}

function choiceActions(reply: Reply): ExecuteAction[] {
  return (reply.choices ?? []).map((c) => {
    const a: ExecuteAction = { type: 'Action.Execute', title: plainCardText(c.label), verb: Verb.Choice, data: { action: c.action, value: c.value }, associatedInputs: 'none' };
    if (c.style) a.style = c.style === 'primary' ? 'positive' : 'destructive';
    return a;
  });
}

/**
 * Renders a neutral Reply as an Adaptive Card 1.5: the text, its sections, numbered sources, notes,
 * a workflow step's inputs, the reply's choices and (for answers) feedback buttons.
 */
export function renderReplyCard(reply: Reply, options: ReplyCardOptions = {}): AdaptiveCard {
  const body: CardElement[] = [];
  if (reply.doc.length) body.push(textBlock(cardMarkdown(reply.doc), reply.kind === 'error' ? { color: 'Attention' } : {}));
  for (const section of reply.sections ?? []) {
    if (section.title) body.push(textBlock(toCardMarkdown(section.title), { weight: 'Bolder', spacing: 'Medium' }));
    body.push(textBlock(cardMarkdown(section.doc), { spacing: section.title ? 'Small' : 'Medium' }));
  }
  if (reply.step) body.push(...stepElements(reply.step));
  body.push(...citationElements(reply.citations ?? []));
  for (const note of reply.notes ?? []) body.push(textBlock(toCardMarkdown(note), { isSubtle: true, size: 'Small', spacing: 'Small' }));
  const label = provenance(reply);
  if (label) body.push(label);

  if (options.downloadNote) body.push(textBlock(options.downloadNote, { isSubtle: true, size: 'Small' }));

  const downloads: CardAction[] = (options.downloads ?? []).map((d) => ({ type: 'Action.OpenUrl', title: `Download ${d.name}`, url: d.url }));
  const actions: CardAction[] = [...downloads, ...(reply.step ? stepActions(reply.step) : []), ...choiceActions(reply), ...feedbackActions(reply, options)];
  return card(body, actions);
}

/** Replies the Teams AI label applies to: anything the answering pipeline wrote. */
export function isAiGenerated(reply: Reply): boolean {
  return reply.kind === 'answer' || reply.kind === 'no-answer';
}

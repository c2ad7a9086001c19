import type { types } from '@slack/bolt';
import type { Citation, Reply } from '../../../bot/turn.ts';
import { inertLabel, untrusted } from '../../../workflows/inert/index.ts';
import { isHttpUrl } from '../../../workflows/http-url.ts';
import { IDS } from './ids.ts';
import { LIMITS, cut, cutMrkdwn } from './limits.ts';
import { escapeMrkdwn } from './escape.ts';
import { slackMarkdown, slackMarkdownDoc } from './markdown.ts';
import { splitMrkdwn } from './split.ts';
import { choiceBlocks, confidenceHint, context, type RenderReplyOptions, type SlackMessage } from './reply.ts';


type Block = types.KnownBlock;

/**
 * Slack counts every markdown block of a message against one budget of 12,000 characters, so an answer longer
 * than that continues in a further message (https://docs.slack.dev/reference/block-kit/blocks/markdown-block).
 */
export const MARKDOWN_BUDGET = 12_000;

/**
 * An answer in Slack's native pieces: the neutral document, its sections, notes and numbered sources as one
 * standard-Markdown text in `markdown` blocks (split within the 12,000-character budget per message), then the confidence line, the
 * workflow buttons and Slack's own 👍/👎 (`feedback_buttons` in a `context_actions` block) under the last part.
 */
export function renderNativeAnswer(reply: Reply, options: RenderReplyOptions): SlackMessage[] {
  const parts: string[] = [slackMarkdownDoc(reply.doc)];
  for (const s of reply.sections ?? []) parts.push([s.title ? `**${slackMarkdown(s.title)}**` : '', slackMarkdownDoc(s.doc)].filter(Boolean).join('\n'));
  for (const note of reply.notes ?? []) parts.push(`_${slackMarkdown(note)}_`);
  if (reply.citations?.length) parts.push(`**Sources**\n${reply.citations.map(sourceLine).join('\n')}`);
  const pieces = splitMrkdwn(parts.join('\n\n'), MARKDOWN_BUDGET - 1);

  const tail: Block[] = [];
  if (typeof reply.confidence === 'number') tail.push(context([confidenceHint(reply)], 'ap.confidence'));
  if (reply.choices?.length) tail.push(...choiceBlocks(reply.choices));
  if (options.feedback !== false) tail.push(nativeFeedback());

  const text = wellFormed(escapeMrkdwn(cut(reply.text.replace(/\s+/g, ' ').trim() || 'ai-procurement', LIMITS.fallbackText)));
  // The question asked by slash command, above the answer as before (mrkdwn context: the mention is ours).
  const who = options.askedBy && /^[UW][A-Z0-9]+$/.test(options.askedBy) ? `<@${options.askedBy}> asked` : 'Question';
  const asked = options.question ? [context([`${who}: ${cutMrkdwn(escapeMrkdwn(untrusted(options.question)), 2900)}`])] : [];
  return pieces.map((piece, i) => {
    const blocks: Block[] = [...(i === 0 ? asked : []), { type: 'markdown', text: wellFormed(piece) } as Block];
    return { text, blocks: i === pieces.length - 1 ? [...blocks, ...tail].slice(0, LIMITS.blocksPerMessage) : blocks };
  });
}

/**
 * A cut between the halves of a surrogate pair leaves a lone half, which the Web API client cannot even encode
 * (URIError before the request is sent): such a half becomes U+FFFD.
 */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** `1. [title](url)`: the only links in the answer, built from the citation's fields (http(s) only). */
function sourceLine(c: Citation): string {
  const label = slackMarkdown(inertLabel(c.title)).replace(/[[\]]/g, (m) => `\\${m}`);
  if (!c.url || !isHttpUrl(c.url)) return `${c.n}. ${label}`;
  const url = c.url.replace(/[()\s<>]/g, (m) => encodeURIComponent(m));
  return `${c.n}. [${label}](${url})`;
}

/** Slack's own 👍/👎 for AI answers; the vote is stored against the answer message (as with our buttons before). */
export function nativeFeedback(): Block {
  return {
    type: 'context_actions',
    block_id: IDS.feedbackBlock,
    elements: [
      {
        type: 'feedback_buttons',
        action_id: IDS.feedbackButtons,
        positive_button: { text: { type: 'plain_text', text: 'Helpful' }, value: 'up', accessibility_label: 'This answer was helpful' },
        negative_button: { text: { type: 'plain_text', text: 'Not helpful' }, value: 'down', accessibility_label: 'This answer was not helpful' },
      },
    ],
  } as Block;
}

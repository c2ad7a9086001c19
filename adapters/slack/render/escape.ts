/**
 * Slack mrkdwn escaping. Every text the core hands over goes through `escapeMrkdwn` or `markdownToMrkdwn`
 * before it lands in a mrkdwn text object: `&`, `<` and `>` become entities, which turns `<!channel>`, `<!here>`,
 * `<@U123>` and `<https://evil|click>` into inert text. Spans the core marked untrusted (bot/inert) are first
 * made inert: link syntax becomes `label (target)` words and URLs are defanged, so Slack cannot auto-link them
 * either. No text ever becomes a link here: links the bot makes itself go through `mrkdwnLink`, which only
 * accepts http(s) URLs and makes its label inert.
 */
import { isHttpUrl } from '../../../workflows/http-url.ts';
import { inertLabel, inertText, mapSegments } from '../../../workflows/inert/index.ts';
import { renderBlocks, slashCommand, type Block, type BlockDialect } from '../../../bot/reply-doc.ts';

function entities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text for a mrkdwn object, shown as written: nothing in it can become a mention or a link. Escaping alone makes
 * the bot's own words inert in mrkdwn (Slack's only link syntax is `<…>`); untrusted spans are made inert too,
 * so their URLs are defanged and their link syntax reads as words.
 */
export function escapeMrkdwn(text: string): string {
  return entities(plainText(text));
}

/**
 * Text for a plain_text object (buttons, headers, modal labels, options): Slack shows it literally, so it is
 * only made inert, never escaped (an entity would show as `&amp;`).
 */
export function plainText(text: string): string {
  return mapSegments(text, { trusted: (s) => s, untrusted: inertText });
}

/** An explicit Slack link `<url|label>`; a URL that is not http(s) is shown as text, never linked. */
export function mrkdwnLink(url: string | null | undefined, label: string): string {
  // The label is document text (a card title): it must not look like a URL other than the one it links to.
  const safeLabel = entities(inertLabel(label)).replace(/\|/g, '¦');
  if (!url || !isHttpUrl(url)) return safeLabel;
  // `|` and `>` would end the URL part early; `<` would start a new token.
  const safeUrl = url.replace(/&/g, '&amp;').replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${safeLabel}>`;
}

/** The neutral document (bot/reply-doc.ts) in Slack's dialect: *bold*, • lists, commands as `/ai-procurement …`. */
const MRKDWN: BlockDialect = {
  text: (words) => markdownToMrkdwn(words),
  strong: (s) => `*${s}*`,
  cite: (n) => `[${n}]`,
  command: (m) => `\`${slashCommand(m, escapeMrkdwn)}\``,
  code: (t) => `\`${escapeMrkdwn(t)}\``,
  bullet: (i, ordered) => (ordered ? `${i + 1}. ` : '• '),
};

/** A neutral document as escaped Slack mrkdwn. */
export function mrkdwn(blocks: Block[]): string {
  return renderBlocks(blocks, MRKDWN);
}
/**
 * Turns lightweight Markdown (a model's answer, card text) into Slack mrkdwn, escaping first so nothing in the text can become a
 * mention or a link. `**bold**` becomes `*bold*`; `# Heading` lines become bold. Markdown link syntax is never
 * made a link (only links the bot builds from structured fields are live): the bot's own words show it as
 * written, an untrusted span as `label (target)` words.
 */
export function markdownToMrkdwn(text: string): string {
  let out = escapeMrkdwn(text);
  out = out.replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
  out = out.replace(/^#{1,6}\s+(.+)$/gm, '*$1*');
  return out;
}

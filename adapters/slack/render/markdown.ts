import { inertText, mapSegments, unlink } from '../../../workflows/inert/index.ts';
import { renderBlocks, slashCommand, type Block, type BlockDialect } from '../../../bot/reply-doc.ts';

/**
 * Text for Slack's standard-Markdown surfaces (the `markdown` block, streamed `markdown_text`). Untrusted spans are
 * made inert first (link syntax becomes `label (target)` words, URLs are defanged, so no autolink either), the
 * bot's own words lose any link syntax, then `&`, `<` and `>` become entities: Markdown shows them as the
 * characters, and neither HTML nor Slack's `<@U…>`, `<!here>` or `<url|label>` tokens can be planted. Emphasis,
 * lists and headings are kept.
 */
export function slackMarkdown(text: string): string {
  return mapSegments(text, { trusted: unlink, untrusted: inertText }).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The last guard: `[x](y)` and `[x]: y` need `](` and `]:` with nothing between; a space breaks both. */
function breakLinkSyntax(text: string): string {
  return text.replace(/\](?=[(:])/g, '] ');
}

/**
 * The neutral document (bot/reply-doc.ts) in the dialect of Slack's `markdown` block: **bold**, "- " and "1. "
 * lists, citation marks as [n], commands as `/ai-procurement …` code.
 */
const MARKDOWN: BlockDialect = {
  text: slackMarkdown,
  strong: (s) => `**${s}**`,
  cite: (n) => `[${n}]`,
  command: (m) => `\`${slashCommand(m, slackMarkdown).replace(/`/g, "'")}\``,
  code: (t) => `\`${slackMarkdown(t).replace(/`/g, "'")}\``,
  bullet: (i, ordered) => (ordered ? `${i + 1}. ` : '- '),
};

/** A neutral document as standard Markdown for a `markdown` block; no link in it that the renderer did not build. */
export function slackMarkdownDoc(blocks: Block[]): string {
  return breakLinkSyntax(renderBlocks(blocks, MARKDOWN));
}

import { inertText, mapSegments } from '../../../bot/inert/index.ts';

/**
 * Text for Slack's standard-Markdown surfaces (the `markdown` block, streamed `markdown_text`). Untrusted spans are
 * made inert first (link syntax becomes `label (target)` words, URLs are defanged, so no autolink either), then
 * `&`, `<` and `>` become entities: Markdown shows them as the characters, and neither HTML nor Slack's `<@U…>`,
 * `<!here>` or `<url|label>` tokens can be planted. Emphasis, lists and headings are kept.
 */
export function slackMarkdown(text: string): string {
  return mapSegments(text, { trusted: (s) => s, untrusted: inertText }).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

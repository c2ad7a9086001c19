/**
 * The core writes lightweight Markdown (Slack-style *bold*, `code`, • bullets) and names commands the
 * Slack way (`/ai-procurement checklist <vendor>`). Adaptive Card TextBlocks speak a CommonMark subset
 * (**bold**, _italic_, "- " lists, [text](url), no inline code), and in Teams commands are typed bare
 * ("checklist Acme"), so both are translated here.
 *
 * No text becomes a link: spans the core marked untrusted (bot/inert) are made inert (link syntax to words,
 * URLs defanged), the bot's own words lose any link syntax, and a last guard breaks whatever `](` or `]:` is
 * left, so a TextBlock never holds a Markdown link the renderer did not build itself (`cardLink`).
 */
import { isHttpUrl } from '../../../workflows/http-url.ts';
import { inertLabel, inertText, mapSegments, stripMarks, unlink } from '../../../bot/inert/index.ts';

/** An entity the card's Markdown would decode (`&#58;` -> `:`) shows as written instead. */
function keepEntitiesLiteral(text: string): string {
  return text.replace(/&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)/g, '&amp;');
}

/** The last guard: `[x](y)` and `[x]: y` need `](` and `]:` with nothing between; a space breaks both. */
function breakLinkSyntax(text: string): string {
  return text.replace(/\](?=[(:])/g, '] ');
}

function formatLine(line: string): string {
  return (
    line
      .replace(/`\/ai-procurement`/g, 'one of these commands')
      .replace(/\/ai-procurement\s+/g, '')
      // Slack bold (*x*) becomes CommonMark bold; existing **x** is left alone.
      .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, '$1**$2**')
      // Inline code has no card rendering: show it bold instead.
      .replace(/`([^`\n]+)`/g, '**$1**')
      // "•" bullets become list items so Teams indents them.
      .replace(/^\s*•\s+/, '- ')
  );
}

/** Core text as Adaptive Card TextBlock Markdown: formatting kept, link-making removed. */
export function toCardMarkdown(text: string): string {
  const inert = mapSegments(text, { trusted: unlink, untrusted: (s) => keepEntitiesLiteral(inertText(s)) });
  return breakLinkSyntax(inert.split('\n').map(formatLine).join('\n'));
}

/**
 * Core text for a message with textFormat markdown (a streamed preview). Teams renders some HTML in chat
 * messages, so on top of the card rules `<` and `>` are escaped.
 */
export function toMessageMarkdown(text: string): string {
  return toCardMarkdown(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Core text where Teams shows it literally (button titles, choice titles, notifications): made inert only. */
export function plainCardText(text: string): string {
  return mapSegments(text, { trusted: (s) => s, untrusted: inertText });
}

/** The value of an input (a previous answer): data the user edits and submits again, so it is not defanged. */
export function inputValue(text: string): string {
  return stripMarks(text);
}

/**
 * A link the bot makes itself, `[label](url)`: only for http(s) URLs, with characters that would end the
 * destination early percent-encoded, and a label that can neither hold link syntax nor look like another URL.
 */
export function cardLink(url: string | null | undefined, label: string): string {
  const safeLabel = inertLabel(label).replace(/[[\]]/g, '');
  if (!url || !isHttpUrl(url)) return safeLabel;
  const safeUrl = url.replace(/[()<>\s]/g, (c) => encodeURIComponent(c));
  return `[${safeLabel}](${safeUrl})`;
}

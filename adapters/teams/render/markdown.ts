/**
 * Adaptive Card TextBlocks speak a CommonMark subset (**bold**, _italic_, "- " lists, [text](url), no inline
 * code). The core's neutral document (bot/reply-doc.ts) is written in that dialect here: emphasis as **bold**,
 * lists as "- " items, commands as Teams types them (bare words: "checklist Acme", shown bold).
 *
 * No text becomes a link: spans the core marked untrusted (bot/inert) are made inert (link syntax to words,
 * URLs defanged), the bot's own words lose any link syntax, and a last guard breaks whatever `](` or `]:` is
 * left, so a TextBlock never holds a Markdown link the renderer did not build itself (`cardLink`).
 */
import { isHttpUrl } from '../../../workflows/http-url.ts';
import { inertLabel, inertText, mapSegments, stripMarks, unlink } from '../../../workflows/inert/index.ts';
import { errorReply } from '../../../bot/errors.ts';
import { renderBlocks, type Block, type BlockDialect } from '../../../bot/reply-doc.ts';

/** An entity the card's Markdown would decode (`&#58;` -> `:`) shows as written instead. */
function keepEntitiesLiteral(text: string): string {
  return text.replace(/&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};)/g, '&amp;');
}

/** The last guard: `[x](y)` and `[x]: y` need `](` and `]:` with nothing between; a space breaks both. */
function breakLinkSyntax(text: string): string {
  return text.replace(/\](?=[(:])/g, '] ');
}

/** Words for a TextBlock: formatting kept, link-making removed (before the last guard runs on the whole text). */
function cardWords(text: string): string {
  return mapSegments(text, { trusted: unlink, untrusted: (s) => keepEntitiesLiteral(inertText(s)) });
}

/** The neutral document in Adaptive Card Markdown. */
const CARD_MARKDOWN: BlockDialect = {
  text: cardWords,
  strong: (s) => `**${s}**`,
  cite: (n) => `[${n}]`,
  // In Teams a command is typed as its words ("checklist Acme"), with or without the bot's mention.
  command: (m) => `**${m.args.map(cardWords).join(' ')}**`,
  code: (t) => `**${cardWords(t)}**`,
  bullet: (i, ordered) => (ordered ? `${i + 1}. ` : '- '),
};

/** A neutral document as Adaptive Card TextBlock Markdown. */
export function cardMarkdown(blocks: Block[]): string {
  return breakLinkSyntax(renderBlocks(blocks, CARD_MARKDOWN));
}
/** One text of the core (a note, a prompt, a title) as TextBlock Markdown: formatting kept, link-making removed. */
export function toCardMarkdown(text: string): string {
  return breakLinkSyntax(cardWords(text));
}

/** The neutral document as plain words where Teams shows text literally (summaries, invoke messages). */
const TEAMS_PLAIN: BlockDialect = { ...CARD_MARKDOWN, text: plainCardText, strong: (s) => s, command: (m) => `"${m.args.map(plainCardText).join(' ')}"`, code: (t) => `"${plainCardText(t)}"`, bullet: (i, ordered) => (ordered ? `${i + 1}. ` : '• ') };

export function teamsPlainText(blocks: Block[]): string {
  return renderBlocks(blocks, TEAMS_PLAIN);
}

/** The sentence a Teams user reads for an error, commands named the Teams way. */
export function teamsErrorText(err: unknown): string {
  return teamsPlainText(errorReply(err).doc);
}

/**
 * Core text for a message with textFormat markdown (a streamed preview). Teams renders some HTML in chat
 * messages, so on top of the card rules `<` and `>` are escaped.
 */
export function toMessageMarkdown(text: string): string {
  return toCardMarkdown(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A neutral document as the Markdown of a chat message (the native AI answer): card Markdown, `<` and `>` escaped. */
export function messageMarkdown(blocks: Block[]): string {
  return cardMarkdown(blocks).replace(/</g, '&lt;').replace(/>/g, '&gt;');
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

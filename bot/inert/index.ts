/**
 * Inert text: how text from users, vendors, documents and models reaches a chat without planting a link.
 *
 * Producers in the core wrap such text with `untrusted()` where it enters a Reply (an echoed command, a vendor
 * name, a checklist note, a card sentence, a model's answer). Each renderer splits the text with `segmentsOf`
 * / `mapSegments`, passes untrusted segments through `inertText`, and then applies its own dialect's escaping
 * (Slack mrkdwn, Adaptive Card Markdown, the terminal). Only links a renderer builds itself from structured
 * fields (citations, downloads, its own buttons) are live.
 */
import { inertPlain } from '../../workflows/inert/index.ts';
import { stripMarks } from './marks.ts';

export { untrusted, stripMarks, hasMarks, segmentsOf, mapSegments, type Segment } from './marks.ts';
// The text-level rule lives below bot/ (workflows/inert/) so exported documents share it.
export { defang, looksLinkable, unlink, dropInvisible } from '../../workflows/inert/index.ts';

/**
 * Untrusted text made inert and dialect-neutral: invisible characters dropped, entities decoded, every link
 * construct rewritten as `label (target)`, and every URL, host and link scheme defanged. Emphasis, lists and
 * line breaks are kept: a model's formatting survives, its link-making does not.
 */
export function inertText(text: string): string {
  return inertPlain(stripMarks(text));
}

/**
 * A label for something the bot makes (a button, a citation, a header): inert, on one line. A label that looks
 * like a URL is defanged, so a citation or button can never pretend to lead somewhere other than where it does.
 */
export function inertLabel(text: string): string {
  return inertText(text).replace(/\s*\n\s*/g, ' ').trim();
}

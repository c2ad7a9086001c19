/**
 * Inert text: how text from users, vendors, documents and models reaches a chat or an exported document without
 * planting a link, and keeps its words. One rule, below bot/ so exported documents share it with the chats.
 *
 * Producers in the core wrap such text with `untrusted()` where it enters a Reply (an echoed command, a vendor
 * name, a checklist note, a card sentence, a model's answer). Each renderer splits the text with `segmentsOf`
 * / `mapSegments`, passes untrusted segments through `inertText`, and then applies its own dialect's escaping
 * (Slack mrkdwn, Adaptive Card Markdown, the terminal). Only links a renderer builds itself from structured
 * fields (citations, downloads, its own buttons) are live. Exported documents apply `inertPlain` to user text.
 */
import { decodeEntities, defang, unlink } from './links.ts';
import { stripMarks } from './marks.ts';

export { untrusted, stripMarks, hasMarks, segmentsOf, mapSegments, type Segment } from './marks.ts';
export { decodeEntities, defang, looksLinkable, unlink } from './links.ts';

// Characters that hide or disguise text. Zero-width and bidirectional controls make `evil.example` read as
// something else, split a URL so a filter misses it, or reorder what a reader sees; control characters can carry
// terminal escape sequences (OSC 8 hyperlinks). Untrusted text loses them all before it is shown.

/** Invisible "letters" that \p{Cf} does not cover: Hangul fillers, the braille blank, the Mongolian separator. */
const INVISIBLE_LETTERS = '\u115F\u1160\u3164\uFFA0\u2800\u180E';
/** The combining grapheme joiner is a mark, so it stands outside the class (it would combine with the bracket). */
const HIDDEN = new RegExp(`[\\p{Cf}${INVISIBLE_LETTERS}]|\u034F`, 'gu');
/** C0 and C1 controls except tab and newline (ESC starts terminal escape sequences). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ZWJ = '\u200D';
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * Removes invisible formatting and control characters; line and paragraph separators and carriage returns
 * become newlines. A zero-width joiner between two pictographs stays, because emoji sequences (👩‍💻) need it.
 */
export function dropInvisible(text: string): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(CONTROLS, '');
  return lines.replace(HIDDEN, (c, offset: number, whole: string) => {
    if (c !== ZWJ) return '';
    const before = whole.codePointAt(offset - 1) ?? 0;
    // A pictograph before may be the low half of a surrogate pair: look two code units back too.
    const prev = String.fromCodePoint(before >= 0xdc00 && before <= 0xdfff ? (whole.codePointAt(offset - 2) ?? 0) : before);
    const next = String.fromCodePoint(whole.codePointAt(offset + 1) ?? 0);
    return PICTOGRAPH.test(prev) && PICTOGRAPH.test(next) ? c : '';
  });
}

/**
 * Untrusted text made inert and dialect-neutral: invisible characters dropped, entities decoded, every link
 * construct rewritten as `label (target)`, and every URL, host and link scheme defanged. Emphasis, lists and
 * line breaks are kept: a model's formatting survives, its link-making does not.
 */
export function inertPlain(text: string): string {
  // Entities decode into characters that must be checked again (`&#8203;` is a zero-width space).
  return defang(unlink(dropInvisible(decodeEntities(dropInvisible(text)))));
}

/** `inertPlain` for text that may carry the untrusted-span marks (a renderer's untrusted segment, a label). */
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

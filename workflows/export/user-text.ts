import { inertPlain } from '../inert/index.ts';
import { isHttpUrl } from '../http-url.ts';

/**
 * Text a user typed (a vendor name, notes, a name, an answer) as documents show it, by the same rule as chats:
 * invisible and bidirectional characters dropped, link syntax rewritten as `label (target)`, and every URL, host
 * and scheme defanged (`https[:]//evil[.]example`). PDF viewers (pdf.js, Chrome, Acrobat) and Markdown renderers
 * turn URL-like text into links by themselves; defanged text matches none of them, so nothing a user typed
 * becomes a link, and a title reused in a chat needs nothing more. CSV records keep the raw value: they are data.
 */
export function userText(text: string): string {
  return inertPlain(text);
}

/**
 * An evidence URL as documents show and link it: only http(s), and in its parsed form (`URL.href`), so the words
 * shown are exactly where the link goes and a look-alike host shows as punycode. Anything else: undefined.
 */
export function evidenceHref(value: string | undefined): string | undefined {
  if (!value || !isHttpUrl(value.trim())) return undefined;
  return new URL(value.trim()).href;
}

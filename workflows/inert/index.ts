/**
 * The text-level inert rule, shared by chats (bot/inert re-exports it) and exported documents: what a user, a
 * vendor, a document or a model wrote loses every way of becoming a link, and keeps its words.
 */
import { defang } from './defang.ts';
import { dropInvisible } from './invisible.ts';
import { decodeEntities, unlink } from './unlink.ts';

export { defang, looksLinkable } from './defang.ts';
export { dropInvisible } from './invisible.ts';
export { decodeEntities, unlink } from './unlink.ts';

/**
 * Untrusted text made inert and dialect-neutral: invisible characters dropped, entities decoded, every link
 * construct rewritten as `label (target)`, and every URL, host and link scheme defanged. Emphasis, lists and
 * line breaks are kept.
 */
export function inertPlain(text: string): string {
  // Entities decode into characters that must be checked again (`&#8203;` is a zero-width space).
  return defang(unlink(dropInvisible(decodeEntities(dropInvisible(text)))));
}

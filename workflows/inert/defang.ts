/**
 * Defangs what a chat client could turn into a link by itself: `https://evil.example/x` becomes
 * `https[:]//evil[.]example/x`, `docs.vendor.com` becomes `docs[.]vendor[.]com`, `mailto:` becomes `mailto[:]`.
 * The text stays readable and copyable, and matches no autolinker: no scheme separator, no dotted host.
 *
 * Recognition deliberately casts a wider net than any client: every dotted name whose last label has two or more
 * letters counts as a host, without a list of top-level domains. A list would go stale (.ai, .zip and .mov were
 * all new once), and a false positive costs only a pair of brackets (`Node[.]js`), while a miss plants a link.
 */
import { foldLookalikes } from './invisible.ts';

/** Schemes whose links browsers and chat clients open with or without slashes (`https:evil.example` works). */
const WEB = 'https?|ftps?|wss?|file';
/** Single-colon schemes that start calls, mails or scripts. */
const ACTION = 'mailto|tel|sms|callto|sips?|skype|javascript|vbscript|data|slack|msteams|ms-[a-z-]{1,30}|zoommtg|facetime|webcal|intent';
/**
 * A scheme: any name followed by `://` (or `:\\`), a web scheme followed by anything, or an action scheme
 * followed by a non-space.
 */
const SCHEME = new RegExp(`\\b(?:([a-z][a-z0-9+.-]{0,31}):(?=[/\\\\]{2})|(${WEB}):(?=\\S)|(${ACTION}):(?=\\S))`, 'gi');
/**
 * A dotted host: labels of letters, digits and hyphens, the last one starting with a letter (or punycode). It
 * never starts inside a longer name (after a letter, or after a letter and a dot), so a run like `a.a.a.…` is
 * tried once, not once per label: the work stays linear in the length of the text.
 */
const HOST = /(?<![\p{L}\p{N}_-]|[\p{L}\p{N}_-]\.)(?:[\p{L}\p{N}](?:[\p{L}\p{N}_-]{0,62})\.)+(?:\p{L}[\p{L}\p{N}-]{1,62}|xn--[a-z0-9-]{1,59})(?![\p{L}\p{N}_-])/giu;
/** A dotted-quad IPv4 address. */
const IPV4 = /(?<![\p{N}.])(?:\d{1,3}\.){3}\d{1,3}(?![\p{N}]|\.\d)/gu;

function defangPlain(text: string): string {
  return text
    .replace(SCHEME, (m) => `${m.slice(0, -1)}[:]`)
    .replace(HOST, (m) => m.replace(/\./g, '[.]'))
    .replace(IPV4, (m) => m.replace(/\./g, '[.]'));
}

/** True when defanging would change the text: it holds something a client could link. */
export function looksLinkable(text: string): boolean {
  return defangPlain(text) !== text;
}

/**
 * Defangs every URL, host, e-mail domain and link scheme in the text. A word that only becomes a URL after
 * Unicode folding (fullwidth letters, look-alike dots and slashes) is shown folded and defanged, which reveals
 * the disguise instead of passing it on.
 */
export function defang(text: string): string {
  return text.replace(/\S+/g, (word) => {
    // eslint-disable-next-line no-control-regex -- plain ASCII words need no folding: the common case, kept cheap.
    const folded = /^[\u0000-\u007F]*$/.test(word) ? word : foldLookalikes(word);
    if (folded !== word && looksLinkable(folded)) return defangPlain(folded);
    return defangPlain(word);
  });
}

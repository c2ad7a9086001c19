/**
 * Every way text can become a link, taken away. Link syntax becomes `label (target)` words (`unlink`): Markdown
 * inline links and images, reference definitions, CommonMark autolinks, HTML anchors, Slack's `<url|label>` tokens
 * and mention tokens. The target stays visible, defanged afterwards, so a reader sees where a disguised link would
 * have gone. What a chat client or PDF viewer would link by itself is defanged (`defang`): a URL, a host, a link
 * scheme. Each pattern has bounded repetition: hostile input is at most linear work.
 */

/** Named entities a renderer would decode into URL punctuation, plus the everyday ones. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', colon: ':', period: '.', sol: '/', bsol: '\\',
  commat: '@', lsqb: '[', rsqb: ']', lpar: '(', rpar: ')', lbrack: '[', rbrack: ']', excl: '!', num: '#', percnt: '%',
  equals: '=', quest: '?', lowbar: '_', hyphen: '-', dash: '-', comma: ',', semi: ';', plus: '+', ast: '*',
};

/**
 * Decodes HTML character references once, so `https&#58;//evil&period;example` is seen (and defanged) as the URL a
 * renderer that decodes entities would show. Unknown names and invalid code points stay as they were.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const labelled = (label: string, target: string) => {
  const l = label.trim();
  const t = target.trim();
  if (!t || l === t) return l || t;
  return l ? `${l} (${t})` : t;
};

/** `<a href="x">label</a>`, any attributes, any case; the label loses its own tags. */
const HTML_ANCHOR = /<a\b([^<>]{0,1000})>([^]{0,1000}?)<\/a\s*>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
/** `<a href=…>` left open (no closing tag): still a link to a renderer that accepts HTML. */
const OPEN_ANCHOR = /<a\b([^<>]{0,1000})>/gi;
/** `<target|label>` (Slack) and `<target>` (Slack, CommonMark autolink) whose target has a scheme or is an e-mail. */
const ANGLE_LINK = /<((?:[a-zA-Z][a-zA-Z0-9+.-]{0,31}:|[^\s<>|@]{1,200}@)[^\s<>|]{0,2000})(?:\|([^<>]{0,1000}))?>/g;
/**
 * `[label](target "title")` and `![alt](target)`; the target may hold one level of parentheses (`alert(1)`,
 * Wikipedia titles); a label with nested brackets is left to the dialect's last guard.
 */
const INLINE_LINK = /!?\[([^[\]\n]{0,1000})\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]{0,200}\)){0,2000})>?(?:\s+(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|\([^()\n]{0,500}\)))?\s*\)/g;
/** `[ref]: target` reference definitions, which turn `[text][ref]` and `[ref]` elsewhere into links. */
const REFERENCE_DEFINITION = /^([ \t]{0,3})\[([^[\]\n]{1,500})\]:[ \t]*<?([^\s<>]{1,2000})>?/gm;

/**
 * Mention tokens become the words they would show: Slack `<!channel>`, `<!subteam^S1|@team>`, `<@U1|name>`,
 * `<#C1|general>` and Teams `<at>Name</at>`. In plain-text fields `<…>` is not escaped, so the token itself goes.
 */
const MENTION = /<([!@#])([^<>|\s]{1,200})(?:\|([^<>]{0,200}))?>/g;
const TEAMS_MENTION = /<at\b[^<>]{0,200}>([^<]{0,200})<\/at\s*>/gi;

function mentionWords(_m: string, sigil: string, target: string, label?: string): string {
  if (label) return sigil === '#' || label.startsWith('@') ? `${sigil === '#' ? '#' : ''}${label}` : `@${label}`;
  return sigil === '!' ? `@${target.split('^')[0]}` : `${sigil}${target}`;
}

/** Rewrites every link construct in `text` as `label (target)` words, and every mention token as words. */
export function unlink(text: string): string {
  return text
    .replace(MENTION, mentionWords)
    .replace(TEAMS_MENTION, (_m, name: string) => `@${name}`)
    .replace(HTML_ANCHOR, (_m, attrs: string, label: string) => labelled(label.replace(/<[^<>]{0,500}>/g, ''), hrefOf(attrs)))
    .replace(OPEN_ANCHOR, (_m, attrs: string) => hrefOf(attrs))
    .replace(ANGLE_LINK, (_m, target: string, label?: string) => labelled(label ?? '', target))
    .replace(INLINE_LINK, (_m, label: string, target: string) => labelled(label, target))
    .replace(REFERENCE_DEFINITION, (_m, indent: string, label: string, target: string) => `${indent}${label}: ${target}`);
}

function hrefOf(attrs: string): string {
  const m = HREF.exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : '';
}

// Defanging: `https://evil.example/x` becomes `https[:]//evil[.]example/x`, `docs.vendor.com` becomes
// `docs[.]vendor[.]com`, `mailto:` becomes `mailto[:]`. The text stays readable and copyable, and matches no
// autolinker: no scheme separator, no dotted host. Recognition deliberately casts a wider net than any client:
// every dotted name whose last label has two or more letters counts as a host, without a list of top-level
// domains. A list would go stale (.ai, .zip and .mov were all new once), and a false positive costs only a pair
// of brackets (`Node[.]js`), while a miss plants a link.

/**
 * Look-alikes of the punctuation that makes a URL (dot, slash, colon, at) that Unicode's compatibility
 * normalisation (NFKC) leaves alone. NFKC already folds the fullwidth and small forms (．／：＠ ﹒) and the one
 * dot leader (․); these are the rest from Unicode's confusables table that fonts draw as the ASCII mark.
 */
const URL_PUNCTUATION_LOOKALIKES: Record<string, string> = {
  '\u3002': '.', // ideographic full stop: IDNA treats it as a label separator
  '\u0701': '.',
  '\u0702': '.',
  '\uA60E': '.',
  '\u06D4': '.',
  '\u2044': '/', // fraction slash
  '\u2215': '/', // division slash
  '\u29F8': '/', // big solidus
  '\u2571': '/',
  '\u2236': ':', // ratio
  '\uA789': ':',
  '\u02D0': ':',
  '\u0589': ':',
  '\u05C3': ':',
  '\uFE13': ':',
};
const LOOKALIKE = new RegExp(`[${Object.keys(URL_PUNCTUATION_LOOKALIKES).join('')}]`, 'g');

/**
 * The token as a link recogniser would read it after Unicode folding: fullwidth and compatibility forms become
 * ASCII (NFKC) and look-alike URL punctuation becomes the real mark. Used to reveal a disguised URL, never to
 * rewrite ordinary text (NFKC would turn 10²⁵ into 1025).
 */
function foldLookalikes(token: string): string {
  return token.normalize('NFKC').replace(LOOKALIKE, (c) => URL_PUNCTUATION_LOOKALIKES[c] ?? c);
}

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

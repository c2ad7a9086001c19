/**
 * Link syntax in untrusted text becomes plain words: `label (target)`. Every way text can ask a renderer for a
 * link is covered: Markdown inline links and images, reference definitions, CommonMark autolinks, HTML anchors,
 * and Slack's `<url|label>` tokens. The target stays visible (it is defanged afterwards), so a reader sees where
 * a disguised link would have gone. Each pattern has bounded repetition: hostile input is at most linear work.
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

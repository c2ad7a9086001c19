/**
 * Reading what the bot sent to Slack or Teams the way a client would, to prove that text from users, vendors,
 * documents and models stays inert. Written independently of bot/inert: it finds link syntax with its own
 * patterns, decodes what a client decodes, folds look-alike characters (NFKC) and drops invisible ones before
 * looking for the hostile hosts, so a disguise the implementation missed still fails here.
 */
import { fileURLToPath } from 'node:url';
import { loadCards } from '../../../knowledge/load-cards.ts';

/** The hosts every hostile input points at (the target, and the look-alike label). */
export const HOSTILE_HOSTS = /evil\.example|docs\.vendor\.com/i;

/**
 * One-line hostile inputs (vendor names at most 100 characters): Markdown links and images with look-alike
 * labels, HTML anchors, Slack link and mention tokens, bare URLs and hosts, zero-width characters, fullwidth
 * and look-alike punctuation, HTML entities, script and mail schemes.
 */
export const HOSTILE_LINES = [
  '[https://docs.vendor.com/dpa](https://evil.example/dpa)',
  '<a href="https://evil.example/a">https://docs.vendor.com</a>',
  '![pixel](https://evil.example/p.png) www.evil.example',
  'Acme https://evil\u200B.example/zw ht\u200Btps://docs.vendor.com/zw',
  'ｈｔｔｐｓ://evil．example/fw https://docs\u2024vendor\u2024com/la',
  'https&#58;//evil&#46;example/ent <!channel> <@U0EVIL> <#C0EVIL|general>',
  '<https://evil.example/angle|https://docs.vendor.com/dpa>',
  '[docs](javascript:alert(1)) mailto:ceo@evil.example evil.example',
];

/** Multi-line hostile text (notes, model output): reference links, HTML, a list of links, an autolink. */
export const HOSTILE_BLOCK = [
  'See [the DPA][dpa] and <https://evil.example/auto>.',
  '- **Retention**: [https://docs.vendor.com/retention](https://evil.example/r)',
  '- <a href=\'https://evil.example/b\'>vendor docs</a>',
  '',
  '[dpa]: https://evil.example/ref',
].join('\n');

/**
 * Fields that carry data back to the bot and are never shown: a button's value, a form's metadata, ids, and an
 * activity's addressing (botbuilder copies the user's `from` into `recipient`, name and all).
 */
const DATA_KEYS = new Set([
  'private_metadata', 'data', 'action_id', 'block_id', 'callback_id', 'trigger_id', 'external_id', 'hash', 'id',
  'replyToId', 'from', 'recipient', 'conversation', 'serviceUrl', 'channelData', 'relatesTo',
]);

/**
 * Every displayed string in a payload, with strings that hold JSON (form-encoded blocks) opened as well. `value`
 * is data (a button's value, an option's value, an input's current value) except in an invoke response, where
 * it is what Teams shows.
 */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    const t = value.trim();
    if ((t.startsWith('[') || t.startsWith('{')) && t.length > 1) {
      try {
        return [value, ...stringsIn(JSON.parse(t))];
      } catch {
        // not JSON: an ordinary string
      }
    }
    return [value];
  }
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return Object.entries(o)
      .filter(([k]) => !DATA_KEYS.has(k) && (k !== 'value' || 'statusCode' in o))
      .flatMap(([, v]) => stringsIn(v));
  }
  return [];
}

/** What a reader sees once a client has decoded the text: look-alikes folded, invisible characters gone. */
function seen(text: string, decode: (t: string) => string): string {
  return decode(text).normalize('NFKC').replace(/[\p{Cf}\u115F\u1160\u3164\uFFA0]/gu, '');
}

const slackDecode = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** CommonMark decodes character references once. */
const markdownDecode = (t: string) =>
  t.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|quot|colon|period|sol);/g, (_m, r: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', colon: ':', period: '.', sol: '/' };
    if (r[0] !== '#') return named[r] ?? _m;
    return String.fromCodePoint(r[1] === 'x' || r[1] === 'X' ? parseInt(r.slice(2), 16) : parseInt(r.slice(1), 10));
  });

/** A displayed string that still names a hostile host, or a script/mail scheme, in a form a client could link. */
function linkableHostile(text: string, decode: (t: string) => string): string | undefined {
  const shown = seen(text, decode);
  const m = HOSTILE_HOSTS.exec(shown) ?? /\b(?:javascript|mailto):\S/i.exec(shown);
  return m ? shown.slice(Math.max(0, m.index - 40), m.index + 60) : undefined;
}

export interface InertReport {
  /** Link targets a client would make live, that are not in the allowed set. */
  foreignLinks: string[];
  /** Excerpts where a hostile host or scheme is still linkable. */
  linkable: string[];
  /** Every live link target found (allowed or not), to assert citations are still links. */
  links: string[];
}

/**
 * Slack: `<target|label>` and `<target>` tokens are links (or mentions, `<@U…>`, `<!channel>`, `<#C…>`); any
 * string may be mrkdwn. Mentions are allowed only for `allowedMentions` (the person who asked).
 */
export function slackReport(payloads: unknown[], allowedUrls: Set<string>, allowedMentions: string[] = []): InertReport {
  const report: InertReport = { foreignLinks: [], linkable: [], links: [] };
  for (const text of payloads.flatMap(stringsIn)) {
    for (const m of text.matchAll(/<([^<>|]*)(?:\|[^<>]*)?>/g)) {
      const target = (m[1] ?? '').replace(/&amp;/g, '&');
      report.links.push(target);
      const ok = allowedUrls.has(target) || allowedMentions.includes(target);
      if (!ok) report.foreignLinks.push(target);
    }
    const hostile = linkableHostile(text, slackDecode);
    if (hostile) report.linkable.push(hostile);
  }
  return report;
}

/**
 * Teams: Markdown links `[label](target)`, autolinks `<https://…>`, HTML anchors, and Action.OpenUrl buttons.
 * Any string may be Markdown (TextBlocks, message text, summaries).
 */
export function teamsReport(payloads: unknown[], allowedUrls: Set<string>, allowedPrefixes: string[] = []): InertReport {
  const report: InertReport = { foreignLinks: [], linkable: [], links: [] };
  const allowed = (url: string) => allowedUrls.has(url) || allowedPrefixes.some((p) => url.startsWith(p));
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    if (o.type === 'Action.OpenUrl' && typeof o.url === 'string') {
      report.links.push(o.url);
      if (!allowed(o.url)) report.foreignLinks.push(o.url);
    }
    Object.values(o).forEach(visit);
  };
  payloads.forEach(visit);
  for (const text of payloads.flatMap(stringsIn)) {
    const targets = [
      ...[...text.matchAll(/\]\(\s*<?([^)\s>]*)/g)].map((m) => m[1] ?? ''),
      ...[...text.matchAll(/<((?:https?|mailto|javascript):[^<>\s]*)>/gi)].map((m) => m[1] ?? ''),
      ...[...text.matchAll(/<a\s[^>]*href\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1] ?? ''),
    ];
    for (const t of targets) {
      const url = markdownDecode(t);
      report.links.push(url);
      if (!allowed(url)) report.foreignLinks.push(url);
    }
    const hostile = linkableHostile(text, markdownDecode);
    if (hostile) report.linkable.push(hostile);
  }
  return report;
}

/** The source URLs of a cards directory: the links a citation may make. */
export async function citationUrls(dir?: string): Promise<Set<string>> {
  const { cards } = await loadCards(dir);
  return new Set(cards.flatMap((c) => c.sources.map((s) => s.url)));
}

/** The hostile text is still shown, defanged (proves it was made inert, not dropped). */
export const DEFANGED = /evil\[\.\]example/;

/** The fixture knowledge base whose card carries disguised links (both platforms' answer tests use it). */
export const HOSTILE_CARDS = fileURLToPath(new URL('./hostile-cards/', import.meta.url));

/** A hostile model behind the fake Ollama server: the environment both platforms' answer tests start with. */
export function hostileModelEnv(ollamaUrl: string): Record<string, string> {
  return { MODEL_PROVIDER: 'ollama', MODEL_BASE_URL: ollamaUrl, MODEL_NAME: 'llama3.1:8b', MODEL_TIMEOUT_MS: '1500' };
}

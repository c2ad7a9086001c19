/**
 * Slack mrkdwn escaping. Everything a user (or a knowledge card) wrote goes through `escapeMrkdwn` before it
 * lands in a mrkdwn text object: `&`, `<` and `>` become entities, which turns `<!channel>`, `<!here>`,
 * `<@U123>` and `<https://evil|click>` into inert text. Links we build ourselves go through `mrkdwnLink`,
 * which only accepts http(s) URLs and escapes the label.
 */
import { isHttpUrl } from '../../../workflows/http-url.ts';

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An explicit Slack link `<url|label>`; a URL that is not http(s) is shown as text, never linked. */
export function mrkdwnLink(url: string | null | undefined, label: string): string {
  const safeLabel = escapeMrkdwn(label).replace(/\|/g, '¦');
  if (!url || !isHttpUrl(url)) return safeLabel;
  // `|` and `>` would end the URL part early; `<` would start a new token.
  const safeUrl = url.replace(/&/g, '&amp;').replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
  return `<${safeUrl}|${safeLabel}>`;
}


/**
 * Turns the core's lightweight Markdown into Slack mrkdwn, escaping first so nothing in the text can become a
 * mention or a link. `**bold**` becomes `*bold*`; `[label](https://…)` becomes a real link; `# Heading` lines bold.
 */
export function markdownToMrkdwn(text: string): string {
  let out = escapeMrkdwn(text);
  out = out.replace(/\*\*([^*\n]+)\*\*/g, '*$1*');
  out = out.replace(/^#{1,6}\s+(.+)$/gm, '*$1*');
  // After escaping, a Markdown link reads [label](url) with the url's & already as &amp;.
  out = out.replace(/\[([^\]\n]{1,200})\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) => {
    const raw = url.replace(/&amp;/g, '&');
    if (!isHttpUrl(raw)) return `${label} (${url})`;
    return `<${url.replace(/\|/g, '%7C')}|${label.replace(/\|/g, '¦')}>`;
  });
  return out;
}

/**
 * Slack's message text format -> plain text for the core. Slack escapes `&`, `<` and `>` and wraps mentions
 * and links in `<…>`; the core should see what the user meant ("@here", "label (url)"), and the renderer
 * escapes everything again on the way out.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_m, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@')) return label ? `@${label.replace(/^@/, '')}` : target;
      if (target.startsWith('#')) return label ? `#${label}` : target;
      if (target.startsWith('!subteam^')) return label ?? '@team';
      if (target.startsWith('!')) return `@${target.slice(1).split('^')[0]}`;
      if (target.startsWith('mailto:')) return label ?? target.slice(7);
      return label && label !== target ? `${label} (${target})` : target;
    })
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Removes the bot's own mention (`<@UBOT>` or `<@UBOT|name>`) so "@AI Procurement what is X?" asks "what is X?". */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.replace(/^\s*<@[A-Z0-9]+(\|[^>]*)?>[\s:,]*/, '');
  return text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>[\\s:,]*`, 'g'), ' ').trim();
}

/** True when the text mentions the given user id. */
export function mentions(text: string, userId: string | undefined): boolean {
  return Boolean(userId) && text.includes(`<@${userId}`);
}

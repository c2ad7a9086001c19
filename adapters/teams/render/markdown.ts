/**
 * The core writes lightweight Markdown (Slack-style *bold*, `code`, • bullets) and names commands the
 * Slack way (`/ai-procurement checklist <vendor>`). Adaptive Card TextBlocks speak a CommonMark subset
 * (**bold**, _italic_, "- " lists, [text](url), no inline code), and in Teams commands are typed bare
 * ("checklist Acme"), so both are translated here.
 */
export function toCardMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/`\/ai-procurement`/g, 'one of these commands')
        .replace(/\/ai-procurement\s+/g, '')
        // Slack bold (*x*) becomes CommonMark bold; existing **x** is left alone.
        .replace(/(^|[^*\w])\*(?!\s)([^*\n]+?)\*(?![*\w])/g, '$1**$2**')
        // Inline code has no card rendering: show it bold instead.
        .replace(/`([^`\n]+)`/g, '**$1**')
        // "•" bullets become list items so Teams indents them.
        .replace(/^\s*•\s+/, '- '),
    )
    .join('\n');
}

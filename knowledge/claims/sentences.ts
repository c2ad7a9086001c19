/**
 * Splits a card section's Markdown into plain sentences an answer can quote. Figures stay intact ("$1.75",
 * "89.6%", "v1.1", "Art. 48"), list items are sentences of their own, and inline Markdown is reduced to text.
 */

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'art', 'arts', 'no', 'nos', 'approx', 'inc', 'ltd', 'co', 'st', 'dr', 'mr', 'ms', 'mrs', 'u.s', 'u.k', 'e.u', 'fig', 'cf', 'para', 'sec', 'ch', 'v']);

/** Inline Markdown to plain text: links keep their text, emphasis and code marks go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits one paragraph of plain text into sentences. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  // A sentence ends at . ! or ? (optionally followed by a closing quote or bracket), then space, then a capital,
  // digit, quote, bracket or currency sign.
  // Source markers ("[^key]") after the full stop belong to the sentence they close.
  const boundary = /([.!?])(["'”’)\]]*)((?:\[\^[a-z0-9-]+\])*)\s+(?=[A-Z0-9"“‘'([£$€])/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[1] === '.') {
      const before = text.slice(start, m.index);
      // The whole token before the full stop ("A100s", "e.g", "Art"), without an opening quote or bracket.
      const lastWord = (/(\S+)$/.exec(before)?.[1] ?? '').replace(/^["'“‘([]+/, '').toLowerCase();
      // "e.g. Meta", "Art. 48", initials like "J. Smith": not a boundary.
      if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord)) continue;
    }
    const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0) + (m[3]?.length ?? 0);
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = boundary.lastIndex;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/** Paragraphs of a Markdown section as plain text: list items are paragraphs, table rows "cell; cell" lines. */
export function markdownParagraphs(markdown: string): { text: string; table: boolean }[] {
  const out: { text: string; table: boolean }[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push({ text: plainText(paragraph.join(' ')), table: false });
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed || /^(```|~~~|#{1,6}\s)/.test(trimmed)) {
      flush();
      continue;
    }
    if (/^\|.*\|$/.test(trimmed)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(trimmed)) continue; // header separator row
      const cells = trimmed.slice(1, -1).split('|').map((c) => plainText(c)).filter(Boolean);
      if (cells.length) out.push({ text: cells.join('; '), table: true });
      continue;
    }
    const item = /^([-*+]|\d+[.)])\s+(.*)$/.exec(trimmed);
    if (item) {
      flush();
      paragraph = [item[2] ?? ''];
      continue;
    }
    // A continuation line of a list item or paragraph.
    paragraph.push(trimmed);
  }
  flush();
  return out;
}

/** Sentences of a Markdown section: paragraphs and list items are split, table rows become "cell; cell" lines. */
export function markdownSentences(markdown: string): string[] {
  return markdownParagraphs(markdown)
    .flatMap((p) => (p.table ? [p.text] : splitSentences(p.text)))
    .filter((s) => /[A-Za-z0-9]/.test(s));
}

/**
 * Splits the text after `/ai-procurement` into words, once, for every platform. A span in double quotes
 * (straight or the curly ones phones and Slack's composer type) is one word and keeps its quotes, so the
 * grammar (bot/workflows/command-grammar.ts) can tell `checklist "Acme AI" exit` (vendor, then a question id)
 * from `checklist Great Exit` (one vendor of two words). An unclosed quote runs to the end of the line.
 */
const OPEN_QUOTES = '"“„';
const CLOSE_QUOTES = '"”“';

export function splitCommandLine(text: string): string[] {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) break;
    if (OPEN_QUOTES.includes(text[i]!)) {
      let end = i + 1;
      while (end < text.length && !CLOSE_QUOTES.includes(text[end]!)) end++;
      words.push(`"${text.slice(i + 1, end)}"`);
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    words.push(text.slice(i, end));
    i = end;
  }
  return words;
}

/** True for a word that was typed in quotes. */
export function isQuoted(word: string | undefined): boolean {
  return word !== undefined && word.length >= 2 && word.startsWith('"') && word.endsWith('"');
}

/** The word without its quotes, whitespace inside collapsed (a name typed across two spaces is one name). */
export function unquote(word: string): string {
  return (isQuoted(word) ? word.slice(1, -1) : word).replace(/\s+/g, ' ').trim();
}

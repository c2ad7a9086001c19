import { headingPath, squash, type Passage, type ReadDocument } from './passage.ts';
import { tablePassages, type TableRows } from './tables.ts';

/** Markdown inline syntax that is not part of the words: emphasis marks, link targets, code ticks. */
function inline(text: string): string {
  return text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(\*\*|__|`)/g, '');
}

function plain(text: string): string {
  return squash(inline(text).replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^>\s?/, ''));
}

function isTableRow(line: string): boolean {
  return /^\s*\|.*\|\s*$/.test(line);
}

/** Markdown (and plain text, which has no headings): paragraphs, list items and tables with their heading path. */
export function readMarkdown(source: string, name: string, kind: 'markdown' | 'text' = 'markdown'): ReadDocument {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const passages: Passage[] = [];
  const headings: string[] = [];
  let block: string[] = [];
  let startLine = 0;
  let tables = 0;
  const where = (line: number) => (headings.some(Boolean) ? `${name}, ${headingPath(headings)}` : `${name}, line ${line}`);
  const flush = () => {
    const text = plain(block.join(' '));
    if (/\p{L}{2}/u.test(text)) passages.push({ text, location: where(startLine) });
    block = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    const heading = kind === 'markdown' ? /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line) : null;
    if (heading) {
      flush();
      const level = heading[1]?.length ?? 1;
      headings.length = level;
      headings[level - 1] = plain(heading[2] ?? '');
      continue;
    }
    if (kind === 'markdown' && isTableRow(line)) {
      flush();
      const rows: TableRows = [];
      tables += 1;
      for (; i < lines.length && isTableRow(lines[i] ?? ''); i += 1) {
        const cells = (lines[i] ?? '').trim().replace(/^\||\|$/g, '').split('|');
        if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c))) continue;
        rows.push(cells.map((c, n) => ({ text: plain(c), ref: `table ${tables}, row ${rows.length + 1}, column ${n + 1}` })));
      }
      i -= 1;
      passages.push(...tablePassages(rows, headings.some(Boolean) ? `${name}, ${headingPath(headings)}` : name));
      continue;
    }
    if (!line.trim()) {
      flush();
      continue;
    }
    // A list item starts a passage of its own.
    if (/^\s*(?:[-*+]|\d+[.)])\s+/.test(line)) flush();
    if (!block.length) startLine = i + 1;
    block.push(line);
  }
  flush();
    // Quotes are the words as a reader sees them: checked against the source without its inline markup.
  return { name, kind, passages, text: kind === 'markdown' ? lines.map(inline).join('\n') : source };
}

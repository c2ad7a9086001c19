import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { headingPath, squash, type Passage } from './passage.ts';
import { tablePassages, type TableRows } from './tables.ts';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer', 'button', 'form']);
const BLOCKS = new Set(['p', 'li', 'blockquote', 'pre', 'dd', 'dt', 'figcaption', 'summary', 'caption', 'address']);

function tableRows(table: HTMLElement, n: number): TableRows {
  return table.querySelectorAll('tr').map((tr, r) =>
    tr.childNodes.filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && /^(td|th)$/i.test((c as HTMLElement).tagName))
      .map((cell, c) => ({ text: squash(cell.text), ref: `table ${n}, row ${r + 1}, column ${c + 1}` })));
}

/** Text directly inside an element, not inside its child blocks (a list item holding a nested list). */
function ownText(el: HTMLElement): string {
  return squash(el.childNodes.map((c) => (c.nodeType === NodeType.TEXT_NODE ? c.text : isInline(c) ? c.text : ' ')).join(''));
}

function isInline(node: Node): boolean {
  if (node.nodeType !== NodeType.ELEMENT_NODE) return false;
  return /^(a|abbr|b|strong|i|em|u|s|span|code|sub|sup|small|mark|q|cite|time|br|font)$/i.test((node as HTMLElement).tagName);
}

/**
 * Passages from HTML (a trust-centre page, or DOCX through mammoth): each paragraph, list item and table cell with
 * the heading path above it. `label` names a passage without a heading ("paragraph 3").
 */
export function htmlPassages(html: string, file: string): { passages: Passage[]; text: string } {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, pre: true } });
  const passages: Passage[] = [];
  const headings: string[] = [];
  let tables = 0;
  let paragraphs = 0;
  const where = () => (headings.some(Boolean) ? `${file}, ${headingPath(headings)}` : `${file}, paragraph ${paragraphs}`);
  const walk = (el: HTMLElement): void => {
    for (const child of el.childNodes) {
      if (child.nodeType === NodeType.TEXT_NODE) continue;
      if (child.nodeType !== NodeType.ELEMENT_NODE) continue;
      const node = child as HTMLElement;
      const tag = node.tagName?.toLowerCase() ?? '';
      if (SKIP.has(tag)) continue;
      const level = /^h([1-6])$/.exec(tag)?.[1];
      if (level) {
        headings.length = Number(level);
        headings[Number(level) - 1] = squash(node.text);
        continue;
      }
      if (tag === 'table') {
        tables += 1;
        passages.push(...tablePassages(tableRows(node, tables), file));
        continue;
      }
      if (BLOCKS.has(tag)) {
        const text = tag === 'li' ? ownText(node) : squash(node.text);
        paragraphs += 1;
        if (/\p{L}/u.test(text)) passages.push({ text, location: where() });
        if (tag === 'li') walk(node);
        continue;
      }
      // A div or section with loose text of its own counts as a paragraph.
      const loose = squash(node.childNodes.filter((c) => c.nodeType === NodeType.TEXT_NODE || isInline(c)).map((c) => c.text).join(''));
      if (loose && /\p{L}{3}/u.test(loose) && !isInline(node)) {
        paragraphs += 1;
        passages.push({ text: loose, location: where() });
      }
      if (!isInline(node)) walk(node);
    }
  };
  walk(root);
  return { passages, text: root.structuredText };
}

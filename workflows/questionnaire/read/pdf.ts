import { PDFParse } from 'pdf-parse';
import { MIN_PDF_CHARS_PER_PAGE } from '../limits.ts';
import { squash, type Passage, type ReadDocument } from './passage.ts';
import { DocumentRejected } from './rejected.ts';

/** "sub-\nprocessors" wrapped at a hyphen reads "sub-processors": the hyphen is the word's, the break the layout's. */
function dehyphenate(text: string): string {
  return text.replace(/(\p{L})-\s*\n\s*(\p{L})/gu, '$1-$2');
}

/**
 * A text layer has lines, not paragraphs: a paragraph ends at a blank line, after a line ending a sentence, or
 * at a short unpunctuated line followed by a capital (a heading, which stands alone).
 */
function paragraphs(pageText: string): string[] {
  const lines = dehyphenate(pageText).split('\n').map((l) => l.trim());
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join(' '));
    current = [];
  };
  lines.forEach((line, i) => {
    if (!line) return flush();
    const next = lines[i + 1] ?? '';
    const heading = line.length < 60 && !/[.,;:!?]$/.test(line) && /^[A-Z0-9]/.test(next) && !current.length;
    current.push(line);
    if (heading || /[.!?]["”)]?$/.test(line)) flush();
  });
  flush();
  return out;
}

/**
 * A PDF's text layer page by page; paragraphs are the blocks between blank lines, or the page's lines joined
 * when the layout has none. An encrypted PDF, or one with images and no text, is refused.
 */
export async function readPdf(data: Buffer, name: string): Promise<ReadDocument> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  let pages: { num: number; text: string }[];
  try {
    pages = (await parser.getText()).pages;
  } catch (err) {
    const kind = (err as Error)?.name ?? '';
    throw new DocumentRejected(/Password/i.test(kind) ? 'encrypted-pdf' : 'unreadable', name, { cause: err });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
  const letters = pages.reduce((n, p) => n + (p.text.match(/\p{L}/gu)?.length ?? 0), 0);
  if (!pages.length || letters / pages.length < MIN_PDF_CHARS_PER_PAGE) throw new DocumentRejected('image-only-pdf', name);
  const passages: Passage[] = [];
  for (const page of pages) {
    for (const block of paragraphs(page.text)) {
      const text = squash(block);
      if (/\p{L}{2}/u.test(text)) passages.push({ text, location: `${name}, page ${page.num}` });
    }
  }
  return { name, kind: 'pdf', passages, text: pages.map((p) => dehyphenate(p.text)).join('\n') };
}

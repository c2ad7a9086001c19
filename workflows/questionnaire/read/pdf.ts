import { PDFParse } from 'pdf-parse';
import { MIN_PDF_CHARS_PER_PAGE } from '../limits.ts';
import { squash, type Passage, type ReadDocument } from './passage.ts';
import { DocumentRejected } from './rejected.ts';

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
    for (const block of page.text.split(/\n\s*\n/)) {
      const text = squash(block);
      if (/\p{L}{2}/u.test(text)) passages.push({ text, location: `${name}, page ${page.num}` });
    }
  }
  return { name, kind: 'pdf', passages, text: pages.map((p) => p.text).join('\n') };
}

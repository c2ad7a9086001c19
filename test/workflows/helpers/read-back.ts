import JSZip from 'jszip';
import { PDFParse } from 'pdf-parse';

/**
 * A strict RFC 4180 parser (quoted fields, doubled quotes, CRLF), so tests read CSV the way a spreadsheet does.
 * Our exports start with a UTF-8 byte-order mark (for Excel); it is required here, then skipped.
 */
export function parseCsv(raw: string): string[][] {
  if (!raw.startsWith('\uFEFF')) throw new Error('CSV export has no UTF-8 byte-order mark');
  const text = raw.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`stray quote at ${i}`);
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += ch;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

/** The DOCX's main part as XML and as paragraph text (one line per w:p). */
export async function readDocx(data: Buffer): Promise<{ xml: string; text: string; files: string[] }> {
  const zip = await JSZip.loadAsync(data);
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('no word/document.xml');
  const xml = await part.async('string');
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
    .join('\n');
  return { xml, text, files: Object.keys(zip.files) };
}

/**
 * The PDF's text as a reader's tool extracts it (pdf.js through pdf-parse, one line per text line), per page too,
 * and every link annotation with the text it covers.
 */
export async function readPdf(data: Buffer): Promise<{ text: string; pages: number; pageTexts: string[]; links: { page: number; url: string; text: string }[] }> {
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    const result = await parser.getText();
    const info = await parser.getInfo({ parsePageInfo: true });
    const links = info.pages.flatMap((p) => p.links.map((l) => ({ page: p.pageNumber, url: l.url, text: l.text })));
    return { text: result.text, pages: result.total, pageTexts: result.pages.map((p) => p.text), links };
  } finally {
    await parser.destroy();
  }
}

/** Every part of the DOCX package as text (footers, relationships), by path. */
export async function readDocxParts(data: Buffer): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) if (!file.dir && /\.(xml|rels)$/.test(path)) parts.set(path, await file.async('string'));
  return parts;
}

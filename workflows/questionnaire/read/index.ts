import { extname } from 'node:path';
import { MAX_DOCUMENT_BYTES } from '../limits.ts';
import type { ReadDocument } from './passage.ts';
import { DocumentRejected } from './rejected.ts';
import { guardZip } from './zip-guard.ts';

export { DocumentRejected, isDocumentRejected, type RejectCode } from './rejected.ts';
export { squash, type Passage, type ReadDocument } from './passage.ts';

const MACRO_EXT = /\.(xlsm|xltm|xlam|docm|dotm|pptm)$/i;
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

function looksLikeText(data: Buffer): boolean {
  const head = data.subarray(0, 8192);
  if (head.includes(0)) return false;
  return !new TextDecoder('utf-8', { fatal: false }).decode(head).includes('\uFFFD');
}

/** Office files inside a zip: which one, refusing macro-enabled content whatever the file is called. */
async function readOffice(data: Buffer, name: string): Promise<ReadDocument> {
  const zip = await guardZip(data, name);
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (/macroEnabled/i.test(types) || zip.file(/vbaProject\.bin$/i).length) throw new DocumentRejected('macro-enabled', name);
  if (zip.file('word/document.xml')) return (await import('./docx.ts')).readDocx(data, name);
  if (zip.file('xl/workbook.xml')) return (await import('./xlsx.ts')).readXlsx(data, name);
  throw new DocumentRejected('unsupported-type', name);
}

async function sniff(data: Buffer, name: string): Promise<ReadDocument> {
  const ext = extname(name).toLowerCase();
  if (MACRO_EXT.test(name)) throw new DocumentRejected('macro-enabled', name);
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return (await import('./pdf.ts')).readPdf(data, name);
  if (data.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') return readOffice(data, name);
  if (data.subarray(0, 8).equals(OLE_MAGIC)) {
    // An encrypted .xlsx/.docx is an OLE container holding "EncryptedPackage"; otherwise a legacy .xls/.doc.
    const encrypted = data.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new DocumentRejected(encrypted || /\.(xls|doc)$/.test(ext) ? 'password-protected' : 'unsupported-type', name);
  }
  if (!looksLikeText(data)) throw new DocumentRejected('unsupported-type', name);
  const text = data.toString('utf8').replace(/^\uFEFF/, '');
  const { readMarkdown } = await import('./markdown.ts');
  if (ext === '.html' || ext === '.htm' || /^\s*(<!doctype html|<html|<head|<body)/i.test(text)) {
    const { htmlPassages } = await import('./html.ts');
    const { passages, text: all } = htmlPassages(text, name);
    return { name, kind: 'html', passages, text: all };
  }
  if (ext === '.md' || ext === '.markdown') return readMarkdown(text, name);
  if (ext === '.txt' || ext === '.text' || ext === '') return readMarkdown(text, name, 'text');
  throw new DocumentRejected('unsupported-type', name);
}

/**
 * Reads one vendor document held in memory (nothing is written to disk) into passages with locations. Refuses,
 * with a DocumentRejected naming the reason, anything over the size limit, encrypted, macro-enabled, image-only,
 * a zip bomb, or of a type we do not read.
 */
export async function readDocument(data: Buffer, name: string): Promise<ReadDocument> {
  if (data.length > MAX_DOCUMENT_BYTES) throw new DocumentRejected('too-large', name);
  if (!data.length) throw new DocumentRejected('empty', name);
  let doc: ReadDocument;
  try {
    doc = await sniff(data, name);
  } catch (err) {
    if (err instanceof DocumentRejected) throw err;
    throw new DocumentRejected('unreadable', name, { cause: err });
  }
  if (!doc.passages.length) throw new DocumentRejected('empty', name);
  return doc;
}

import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { MAX_DOCUMENT_BYTES, readDocument, type RejectCode } from '../../../workflows/questionnaire/index.ts';
import { runCli } from '../../helpers/cli.ts';

function pdf(write: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  write(doc);
  doc.end();
  return done;
}

async function xlsx(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Answers').addRow(['Question', 'Answer']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function rejection(data: Buffer, name: string): Promise<RejectCode | 'accepted'> {
  try {
    await readDocument(data, name);
    return 'accepted';
  } catch (err) {
    return (err as { code?: RejectCode }).code ?? ('accepted' as const);
  }
}

describe('bad vendor documents get a clear refusal', () => {
  it('refuses an encrypted PDF and one with no text layer', async () => {
    expect(await rejection(await pdf((d) => d.text('We do not train on your data.'), { userPassword: 'fake-pass' }), 'dpa.pdf')).toBe('encrypted-pdf');
    expect(await rejection(await pdf((d) => { d.rect(50, 50, 200, 200).fill('#333'); d.addPage().circle(100, 100, 50).fill(); }), 'scan.pdf')).toBe('image-only-pdf');
  });

  it('refuses a file over the size limit before reading it', async () => {
    expect(await rejection(Buffer.alloc(MAX_DOCUMENT_BYTES + 1, 0x20), 'big.txt')).toBe('too-large');
  });

  it('refuses macro-enabled workbooks by name and by content, and password-protected Office files', async () => {
    expect(await rejection(await xlsx(), 'answers.xlsm')).toBe('macro-enabled');
    const zip = await JSZip.loadAsync(await xlsx());
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('spreadsheetml.sheet.main+xml', 'ms-excel.sheet.macroEnabled.main+xml'));
    expect(await rejection(await zip.generateAsync({ type: 'nodebuffer' }), 'answers.xlsx')).toBe('macro-enabled');
    // An encrypted OOXML file is an OLE compound file holding an "EncryptedPackage" stream.
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(512)]);
    expect(await rejection(ole, 'answers.xlsx')).toBe('password-protected');
  });

  it('refuses zip bombs disguised as DOCX: too many parts, or a part that inflates too far', async () => {
    const many = new JSZip();
    many.file('word/document.xml', '<w:document/>');
    for (let i = 0; i < 2100; i += 1) many.file(`word/media/p${i}.xml`, 'x');
    expect(await rejection(await many.generateAsync({ type: 'nodebuffer' }), 'many.docx')).toBe('zip-bomb');
    const deep = new JSZip();
    deep.file('word/document.xml', Buffer.alloc(8 * 1024 * 1024, 0x41));
    expect(await rejection(await deep.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } }), 'deep.docx')).toBe('zip-bomb');
  });

  it('refuses types it does not read, and damaged files', async () => {
    expect(await rejection(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), 'logo.png')).toBe('unsupported-type');
    expect(await rejection(Buffer.from('{"a": 1}'), 'answers.json')).toBe('unsupported-type');
    expect(await rejection(Buffer.from('PK\u0003\u0004 not really a zip'), 'broken.docx')).toBe('unreadable');
    expect(await rejection(Buffer.from('%PDF-1.7 garbage'), 'broken.pdf')).toBe('unreadable');
  });

  it('the CLI names the file and the reason, exits 2 and prints no assessment', async () => {
    const r = await runCli(['checklist', 'assess', '--vendor', 'Acme', '--file', 'package.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package\.json is not a type I read.*Nothing was assessed or stored/s);
    expect(r.stdout).toBe('');
    const missing = await runCli(['checklist', 'assess', '--vendor', 'Acme', '--file', 'no-such-file.pdf']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read no-such-file\.pdf: no such file/);
  });
});

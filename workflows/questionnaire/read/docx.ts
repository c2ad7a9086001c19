import mammoth from 'mammoth';
import { htmlPassages } from './html.ts';
import type { ReadDocument } from './passage.ts';

/** DOCX through mammoth: headings keep their structure, tables stay tables. The zip guard has already run. */
export async function readDocx(data: Buffer, name: string): Promise<ReadDocument> {
  const [{ value: html }, { value: raw }] = await Promise.all([mammoth.convertToHtml({ buffer: data }), mammoth.extractRawText({ buffer: data })]);
  const { passages } = htmlPassages(html, name);
  return { name, kind: 'docx', passages, text: raw };
}

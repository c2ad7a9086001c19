import ExcelJS from 'exceljs';
import type { ReadDocument } from './passage.ts';
import { tablePassages, type TableRows } from './tables.ts';
import { isoDate } from '../../format.ts';

/** A cell's shown text: rich text, hyperlinks and formula results read as words. */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (v instanceof Date) return isoDate(v);
  return String(v);
}

/** Every sheet as a table; a questionnaire sheet gives its answer cells with their rows' questions. */
export async function readXlsx(data: Buffer, name: string): Promise<ReadDocument> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(data as unknown as ArrayBuffer);
  const passages = [];
  const all: string[] = [];
  for (const sheet of book.worksheets) {
    const rows: TableRows = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells = [];
      for (let c = 1; c <= row.cellCount; c += 1) {
        const cell = row.getCell(c);
        const text = cellText(cell).trim();
        cells.push({ text, ref: `sheet ${sheet.name}, cell ${cell.address}` });
        if (text) all.push(text);
      }
      rows.push(cells);
    });
    passages.push(...tablePassages(rows, name));
  }
  return { name, kind: 'xlsx', passages, text: all.join('\n') };
}

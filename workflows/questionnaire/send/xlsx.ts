import ExcelJS from 'exceljs';
import { QUESTIONNAIRE_COLUMNS, xmlSafe, type QuestionnaireRow } from './rows.ts';

const WIDTHS = [22, 48, 70, 60, 36];
/** Excel's own limit on a sheet name's length. */
const SHEET_NAME = 'Questionnaire';

/**
 * The questionnaire as an Excel workbook: a bold header row frozen in place, wrapped text, and answer and evidence
 * cells left free of data validation and unlocked so the vendor can type anything. exceljs writes plain OOXML that
 * Excel and LibreOffice open without a repair prompt (the test reads it back with exceljs and jszip).
 */
export async function questionnaireXlsx(vendor: string, rows: QuestionnaireRow[], now: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'ai-procurement';
  book.created = now;
  book.modified = now;
  book.title = xmlSafe(`AI vendor questionnaire: ${vendor}`);
  const sheet = book.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'D2' }] });
  sheet.columns = QUESTIONNAIRE_COLUMNS.map((header, i) => ({ header, key: `c${i}`, width: WIDTHS[i] }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  for (const r of rows) sheet.addRow([r.id, xmlSafe(r.question), xmlSafe(r.goodAnswer), xmlSafe(r.answer ?? ''), '']);
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  // Answer and evidence cells: no validation rule, and explicitly writable.
  for (let n = 2; n <= rows.length + 1; n += 1) {
    for (const col of [4, 5]) sheet.getCell(n, col).protection = { locked: false };
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: QUESTIONNAIRE_COLUMNS.length } };
  return Buffer.from(await book.xlsx.writeBuffer());
}

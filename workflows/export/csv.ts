import type { Exporter } from './exporter.ts';

/**
 * A spreadsheet opens a cell starting with = + - @ (or a tab / carriage return) as a formula, so text a
 * vendor or a colleague typed could run as one (CSV injection, OWASP). Such cells get a leading quote.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote fields containing a comma, a quote or a line break, doubling inner quotes. */
export function csvField(value: string): string {
  const cell = neutraliseFormula(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Rows joined with CRLF, as RFC 4180 specifies, ending with a line break. */
export function toCsv(columns: string[], rows: string[][]): string {
  return [columns, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const csvExporter: Exporter = {
  format: 'csv',
  mimeType: 'text/csv; charset=utf-8',
  ext: 'csv',
  async render(doc) {
    // A UTF-8 byte-order mark: without it Excel reads the file as a legacy code page and garbles "£" and "€".
    return Buffer.from(`\uFEFF${toCsv(doc.records.columns, doc.records.rows)}`, 'utf8');
  },
};

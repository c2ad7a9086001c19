import type { DocCell, DocTable } from './document.ts';

/** Width of a text in points at a font size, bold or not (text-metrics.ts measures with the font's own metrics). */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface TableLayoutOptions {
  /** The width the table may take, in points. */
  available: number;
  /** Left plus right cell padding, in points. */
  padding: number;
  /** Font sizes to try, largest first: a wide comparison steps down until its columns fit. */
  sizes: readonly number[];
  measure: Measure;
}

export interface TableLayout {
  /** The font size the table is set in. */
  size: number;
  /** One width per column in points, padding included; they add up to `available`. */
  widths: number[];
  /** False when even the smallest size cannot give every column its longest word (words will break). */
  fits: boolean;
}

/** A single word wider than this share of the table (a long URL in a note) may break: no column is held hostage. */
const MAX_WORD_SHARE = 0.3;
/** Rounding between a measure and a renderer's line breaker must never push a word to the next line. */
const SLACK = 1.5;

const isBold = (c: DocCell, header: boolean) => header || c.tone === 'red-flag';

interface Needs {
  /** The narrowest the column can be without breaking a word (or a no-wrap cell). */
  min: number;
  /** The width that sets every cell on one line. */
  max: number;
}

function needsOf(cells: { cell: DocCell; header: boolean }[], o: TableLayoutOptions, size: number): Needs {
  let min = 0;
  let max = 0;
  for (const { cell, header } of cells) {
    const bold = isBold(cell, header);
    const lines = cell.text.split('\n');
    for (const line of lines) max = Math.max(max, o.measure(line, size, bold));
    const units = cell.nowrap ? lines : cell.text.split(/\s+/);
    for (const unit of units) {
      const w = o.measure(unit, size, bold);
      min = Math.max(min, cell.nowrap ? w : Math.min(w, o.available * MAX_WORD_SHARE));
    }
  }
  return { min: min + SLACK, max: Math.max(max, min) + SLACK };
}

/**
 * Column widths from the content, as browsers size an automatic table: every column at least as wide as its
 * longest word (so "Satisfactory" or "Not applicable" never splits), and the rest of the width shared in
 * proportion to how much more each column would need to set its text on one line (so long notes get the room
 * and wrap at word boundaries). Tries each font size in turn until the longest words fit.
 */
export function layoutTable(table: DocTable, o: TableLayoutOptions): TableLayout {
  const columns = table.columns.map((header, i) => [
    { cell: { text: header }, header: true },
    ...table.rows.map((r) => ({ cell: r[i] ?? { text: '' }, header: false })),
  ]);
  let last: TableLayout | undefined;
  for (const size of o.sizes) {
    const needs = columns.map((cells) => needsOf(cells, o, size));
    last = { size, widths: distribute(needs, o.available, o.padding), fits: needs.reduce((s, n) => s + n.min + o.padding, 0) <= o.available };
    if (last.fits) return last;
  }
  if (!last) throw new Error('layoutTable needs at least one font size');
  return last;
}

function distribute(needs: Needs[], available: number, padding: number): number[] {
  const mins = needs.map((n) => n.min + padding);
  const maxs = needs.map((n) => n.max + padding);
  const sumMin = mins.reduce((a, b) => a + b, 0);
  const sumMax = maxs.reduce((a, b) => a + b, 0);
  if (sumMin >= available) return mins.map((m) => (m * available) / sumMin);
  if (sumMax <= available) return maxs.map((m) => m + ((available - sumMax) * m) / sumMax);
  const spread = maxs.reduce((s, m, i) => s + (m - mins[i]!), 0);
  return mins.map((m, i) => m + ((available - sumMin) * (maxs[i]! - m)) / spread);
}

/** How a table goes onto pages: the orientation, and the parts it is split into when no page is wide enough. */
export interface TablePlan {
  landscape: boolean;
  parts: { table: DocTable; layout: TableLayout }[];
}

/** The table's columns `from`..`to` (exclusive) after its key columns, with the key columns in front. */
function columnsPart(table: DocTable, from: number, to: number): DocTable {
  const key = table.keyColumns ?? 0;
  const pick = <T>(xs: T[]) => [...xs.slice(0, key), ...xs.slice(key + from, key + to)];
  return { columns: pick(table.columns), rows: table.rows.map(pick), keyColumns: key };
}

/**
 * Portrait when the longest words fit at the first two sizes; else landscape; else (a comparison of many vendors)
 * the non-key columns split into as few equal parts as fit a landscape page, each part repeating the key columns.
 */
export function planTable(table: DocTable, o: Omit<TableLayoutOptions, 'available'> & { portrait: number; landscape: number }): TablePlan {
  // Portrait may step down one size; a table that needs smaller type reads better turned to landscape.
  const portrait = layoutTable(table, { ...o, sizes: o.sizes.slice(0, 2), available: o.portrait });
  if (portrait.fits) return { landscape: false, parts: [{ table, layout: portrait }] };
  // Landscape may step down two sizes; past that, two parts in readable type beat one part in tiny type.
  const wide = layoutTable(table, { ...o, sizes: o.sizes.slice(0, 3), available: o.landscape });
  const key = table.keyColumns ?? 0;
  const rest = table.columns.length - key;
  if (wide.fits || !key || rest < 2) return { landscape: true, parts: [{ table, layout: wide }] };
  for (let count = 2; ; count++) {
    const per = Math.ceil(rest / count);
    const parts = Array.from({ length: Math.ceil(rest / per) }, (_, i) => columnsPart(table, i * per, Math.min(rest, (i + 1) * per)))
      .map((part) => ({ table: part, layout: layoutTable(part, { ...o, available: o.landscape }) }));
    if (per === 1 || parts.every((p) => p.layout.fits)) return { landscape: true, parts };
  }
}

import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { compareVendors } from '../../workflows/checklist/summary.ts';
import { loadQuestions } from '../../workflows/checklist/questions.ts';
import { comparisonDocument } from '../../workflows/export/comparison-doc.ts';
import { exportDocument } from '../../workflows/export/index.ts';
import { readDocx, readDocxParts } from './helpers/read-back.ts';
import { EXAMPLE, exportFile, NOW, STRESS, vendorLists } from './helpers/export-fixtures.ts';

/** Helvetica's metrics, which Arial (the DOCX font) and LibreOffice's Liberation Sans share. */
const probe = new PDFDocument({ autoFirstPage: false });
const twipsOf = (text: string, halfPoints: number, bold: boolean) => probe.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(halfPoints / 2).widthOfString(text) * 20;
/** Left plus right cell margin the tables declare (w:tblCellMar), checked below. */
const CELL_MARGINS = 200;

interface Cell { width: number; text: string; bold: boolean; size: number }
interface ParsedTable { xml: string; grid: number[]; rows: { header: boolean; cells: Cell[] }[] }

function tables(xml: string): ParsedTable[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([t]) => ({
    xml: t,
    grid: [...t.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])),
    rows: [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map(([r]) => ({
      header: r.includes('<w:tblHeader/>'),
      cells: [...r.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([c]) => ({
        width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(c)?.[1] ?? 0),
        text: [...c.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
        bold: c.includes('<w:b/>'),
        size: Number(/<w:sz w:val="(\d+)"\/>/.exec(c)?.[1] ?? 20),
      })),
    })),
  }));
}

/** Every word of every cell fits its cell (a word wider than 30% of the page may break, by design). */
function wordsThatBreak(t: ParsedTable, page: number): string[] {
  return t.rows.flatMap((r) => r.cells.flatMap((c) => {
    const words = c.text.includes('\u00A0') ? [c.text] : c.text.split(/\s+/);
    return words.filter((w) => {
      const need = twipsOf(w, c.size, c.bold || r.header);
      return need <= 0.3 * page && need + CELL_MARGINS > c.width;
    }).map((w) => `"${w}" needs ${Math.ceil(twipsOf(w, c.size, c.bold || r.header) + CELL_MARGINS)} in ${c.width}`);
  }));
}

describe('DOCX export read back as XML (jszip)', () => {
  it('the summary table has explicit widths from its content, a fixed layout and a repeating header row', async () => {
    const { xml } = await readDocx(await exportFile(STRESS, 'docx'));
    const data = tables(xml).filter((t) => t.rows.some((r) => r.header));
    expect(data).toHaveLength(1);
    const [t] = data as [ParsedTable];
    expect(t.xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(t.xml).toMatch(/<w:tblCellMar><w:top w:type="dxa" w:w="40"\/><w:left w:type="dxa" w:w="100"\/><w:bottom w:type="dxa" w:w="40"\/><w:right w:type="dxa" w:w="100"\/>/);
    expect(t.grid.reduce((a, b) => a + b, 0)).toBe(9026);
    expect(t.rows[0]!.header).toBe(true);
    expect(t.rows.slice(1).every((r) => !r.header)).toBe(true);
    for (const r of t.rows) expect(r.cells.map((c) => c.width)).toEqual(t.grid);
    expect(wordsThatBreak(t, 9026)).toEqual([]);
    const status = t.rows[0]!.cells.findIndex((c) => c.text === 'Status');
    expect(t.grid[status]).toBeGreaterThanOrEqual(twipsOf('Not applicable', t.rows[1]!.cells[0]!.size, false) + CELL_MARGINS);
    // The notes column takes the room the long notes need, and they wrap at words.
    const notes = t.rows[0]!.cells.findIndex((c) => c.text === 'Notes');
    expect(Math.max(...t.grid)).toBe(t.grid[notes]);
  });

  it('every page has a footer with the vendor and a PAGE / NUMPAGES field', async () => {
    const parts = await readDocxParts(await exportFile(EXAMPLE, 'docx'));
    const footers = [...parts].filter(([p]) => /^word\/footer\d+\.xml$/.test(p)).map(([, x]) => x);
    expect(footers.length).toBeGreaterThanOrEqual(1);
    for (const f of footers) {
      expect(f).toContain('>Acme AI<');
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(f).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    }
    expect(parts.get('word/document.xml')).toMatch(/<w:footerReference w:type="default" r:id="rId\d+"\/>/);
  });

  it('page one, before the first page break, holds the bar, the red flag with its notes and evidence, and what is unanswered', async () => {
    const { xml, text } = await readDocx(await exportFile(STRESS, 'docx'));
    const one = xml.slice(0, xml.indexOf('<w:br w:type="page"/>'));
    const pageOne = text.slice(0, text.indexOf('Summary (red flags first)'));
    expect(pageOne).toMatch(/RED FLAG\s+Q6\. How will you tell us about incidents\?\nNotes: Their DPA/);
    expect(pageOne).toContain('Evidence: https://acme.example/dpa?v=3&annex=b');
    expect(pageOne).toMatch(/Still unanswered \(1\)\n• Q5\. /);
    const [bar] = tables(one);
    expect(bar?.rows[0]?.cells.map((c) => c.text)).toEqual(['1', '4', '1', '5', '1']);
    for (const fill of ['C62828', 'F2A900', 'E0E0E0', '2E7D32', '90A4AE']) expect(bar?.xml).toContain(`w:fill="${fill}"`);
    // Segment widths follow the counts: the five satisfactory answers get five times the red flag's width.
    const [red, , , ok] = bar!.rows[0]!.cells.map((c) => c.width);
    expect(ok! / red!).toBeCloseTo(5, 0);
  });

  it('a ten-vendor comparison gets a landscape section whose table holds every label whole', async () => {
    const { questions } = await loadQuestions();
    const names = ['Acme AI', 'Globex Intelligence Holdings International', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell', 'Cyberdyne', 'Soylent'];
    const doc = comparisonDocument(compareVendors(vendorLists(questions, names), questions), NOW);
    const { xml } = await readDocx((await exportDocument(doc, 'docx')).data);
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const [t] = tables(xml).filter((x) => x.rows.some((r) => r.header));
    expect(t!.grid.reduce((a, b) => a + b, 0)).toBe(13958);
    expect(t!.rows[0]!.cells.map((c) => c.text).slice(2)).toEqual(compareVendors(vendorLists(questions, names), questions).vendors);
    expect(wordsThatBreak(t!, 13958)).toEqual([]);
  });

  it('the only hyperlinks are http(s) evidence URLs shown as themselves; the vendor name is inert text', async () => {
    const parts = await readDocxParts(await exportFile(STRESS, 'docx'));
    const rels = parts.get('word/_rels/document.xml.rels')!;
    const targets = [...rels.matchAll(/Target="([^"]+)" TargetMode="External"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(new Set(targets)).toEqual(new Set(['https://acme.example/dpa?v=3&annex=b', 'https://acme.example/trust/data-use']));
    const xml = parts.get('word/document.xml')!;
    for (const [, inner] of xml.matchAll(/<w:hyperlink [^>]*>([\s\S]*?)<\/w:hyperlink>/g)) {
      const shown = [...inner!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&');
      expect(targets).toContain(shown);
    }
    const all = [...parts.values()].join('\n');
    expect(all).not.toMatch(/evil\.example|https?:\/\/evil|\u202E/);
    expect(all).toContain('www[.]evil[.]example');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutTable, planTable, type Measure } from '../../workflows/export/table-layout.ts';
import type { DocTable } from '../../workflows/export/document.ts';
import { evidenceHref, userText } from '../../workflows/export/user-text.ts';
import { excerpt } from '../../workflows/export/checklist-summary.ts';

/** A monospaced stand-in: every character half the font size wide (bold a tenth wider). */
const mono: Measure = (text, size, bold) => text.length * size * 0.5 * (bold ? 1.1 : 1);
const base = { padding: 8, sizes: [9, 8, 7, 6], measure: mono } as const;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const checklistLike: DocTable = {
  columns: ['#', 'Question', 'Status', 'Notes'],
  rows: [
    [{ text: '1' }, { text: 'Do you train on our data?' }, { text: 'Not applicable', nowrap: true }, { text: 'word '.repeat(120) }],
    [{ text: '12' }, { text: 'How do we exit?' }, { text: 'Satisfactory', nowrap: true }, { text: 'short' }],
  ],
};

describe('column widths from the content', () => {
  it('gives every column its longest word (a no-wrap label whole) and the spare room to the longest text', () => {
    const { widths, size, fits } = layoutTable(checklistLike, { ...base, available: 495 });
    expect(fits).toBe(true);
    expect(size).toBe(9);
    expect(sum(widths)).toBeCloseTo(495, 6);
    expect(widths[2]).toBeGreaterThanOrEqual(mono('Not applicable', 9, false) + 8);
    expect(widths[1]).toBeGreaterThanOrEqual(mono('Question', 9, true) + 8);
    expect(Math.max(...widths)).toBe(widths[3]);
  });

  it('fills the width in proportion when everything fits on one line', () => {
    const { widths } = layoutTable({ columns: ['a', 'bb'], rows: [[{ text: 'x' }, { text: 'yyyy' }]] }, { ...base, available: 200 });
    expect(sum(widths)).toBeCloseTo(200, 6);
    expect(widths[1]! / widths[0]!).toBeGreaterThan(1.5);
  });

  it('steps the font down until the longest words fit, and says when nothing does', () => {
    const wide: DocTable = { columns: Array.from({ length: 8 }, (_, i) => `Vendor${i}`), rows: [Array.from({ length: 8 }, () => ({ text: 'Not applicable', nowrap: true }))] };
    const fitted = layoutTable(wide, { ...base, available: 495 });
    expect(fitted.size).toBeLessThan(9);
    expect(fitted.fits).toBe(true);
    expect(layoutTable(wide, { ...base, available: 200 }).fits).toBe(false);
  });

  it('does not let one giant word (a pasted URL) hold the table hostage', () => {
    const t: DocTable = { columns: ['Status', 'Notes'], rows: [[{ text: 'Concern', nowrap: true }, { text: `see ${'x'.repeat(400)}` }]] };
    const { widths, fits } = layoutTable(t, { ...base, available: 495 });
    expect(fits).toBe(true);
    expect(widths[0]).toBeGreaterThanOrEqual(mono('Concern', 9, false) + 8);
  });

  it('plans portrait, then landscape, then parts that repeat the key columns', () => {
    const vendors = (n: number): DocTable => ({
      columns: ['#', 'Question', ...Array.from({ length: n }, (_, i) => `V${i}`)],
      keyColumns: 2,
      rows: [[{ text: '1' }, { text: 'Question text' }, ...Array.from({ length: n }, () => ({ text: 'Not applicable', nowrap: true }))]],
    });
    const sizes = { ...base, portrait: 495, landscape: 742 };
    expect(planTable(vendors(3), sizes).landscape).toBe(false);
    const ten = planTable(vendors(10), sizes);
    expect(ten).toMatchObject({ landscape: true });
    expect(ten.parts).toHaveLength(1);
    const thirty = planTable(vendors(30), sizes);
    expect(thirty.parts.length).toBeGreaterThan(1);
    for (const p of thirty.parts) {
      expect(p.layout.fits).toBe(true);
      expect(p.table.columns.slice(0, 2)).toEqual(['#', 'Question']);
    }
    expect(sum(thirty.parts.map((p) => p.table.columns.length - 2))).toBe(30);
  });
});

describe('user text in documents', () => {
  it('defangs hosts and schemes and drops bidi controls; only http(s) evidence is a link, shown as its parsed URL', () => {
    expect(userText('www.evil.example \u202Egnp.exe https://evil.example/x')).toBe('www[.]evil[.]example gnp[.]exe https[:]//evil[.]example/x');
    // Link syntax becomes words first, so a title reused in a chat carries no half-defanged link for it to render.
    expect(userText('[https://docs.vendor.com/dpa](https://evil.example/dpa)')).toBe('https[:]//docs[.]vendor[.]com/dpa (https[:]//evil[.]example/dpa)');
    expect(evidenceHref('https://acme.example/terms?a=1&b=2')).toBe('https://acme.example/terms?a=1&b=2');
    // A look-alike (Cyrillic а) host shows as punycode: what a reader sees is where the link goes.
    expect(evidenceHref('https://аcme.example/')).toMatch(/^https:\/\/xn--[a-z0-9-]+\.example\/$/);
    for (const bad of ['javascript:alert(1)', 'ftp://x.example', 'acme.example', '']) expect(evidenceHref(bad)).toBeUndefined();
  });

  it('cuts page-one notes at a word, never inside one', () => {
    expect(excerpt('alpha beta gamma delta', 12)).toBe('alpha beta …');
    expect(excerpt('short', 12)).toBe('short');
  });
});

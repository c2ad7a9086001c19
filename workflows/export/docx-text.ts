import { ExternalHyperlink, Paragraph, TextRun, type IParagraphOptions, type IRunOptions } from 'docx';
import type { DocField } from './document.ts';
import { TONE_INK } from './palette.ts';
import { evidenceHref } from './user-text.ts';

/** Word rejects control characters in w:t; strip them rather than produce a document that needs repair. */
export function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing XML-illegal control characters is the point
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** Runs for a text that may hold line breaks: Word shows "\n" inside w:t as a space, so each line is a break. */
export function runs(text: string, options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return clean(text).split(/\r?\n/).map((line, i) => new TextRun({ ...options, text: line, ...(i ? { break: 1 } : {}) }));
}

/**
 * "Label: value" as a paragraph. Only an evidence field whose value is an http(s) URL becomes a hyperlink, and
 * its visible text is the URL itself; every other value is plain text.
 */
export function fieldParagraph(f: DocField, options: Omit<IParagraphOptions, 'children'> = {}, size?: number): Paragraph {
  const label = new TextRun({ text: f.label ? `${clean(f.label)}: ` : '', bold: true, size });
  const href = f.link ? evidenceHref(f.value) : undefined;
  if (href) {
    return new Paragraph({ ...options, children: [label, new ExternalHyperlink({ link: href, children: [new TextRun({ text: clean(href), style: 'Hyperlink', size })] })] });
  }
  return new Paragraph({ ...options, children: [label, ...runs(f.value, { bold: f.tone === 'red-flag', color: f.tone ? TONE_INK[f.tone] : undefined, size })] });
}

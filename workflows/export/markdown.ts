import type { DocCell, ExportDocument } from './document.ts';
import type { Exporter } from './exporter.ts';

/** Table cells and inline text: escape the characters that would break a Markdown table or start markup. */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function cell(c: DocCell): string {
  const t = inline(c.text);
  return c.tone === 'red-flag' ? `**${t}**` : t;
}

export function renderMarkdown(doc: ExportDocument): string {
  const out: string[] = [`# ${inline(doc.title)}`, '', `_${inline(doc.subtitle)}_`, ''];
  for (const m of doc.meta) out.push(`- **${inline(m.label)}:** ${inline(m.value)}`);
  out.push('', `## ${inline(doc.summaryTitle)}`, '');
  out.push(`| ${doc.summary.columns.map(inline).join(' | ')} |`, `|${doc.summary.columns.map(() => ' --- ').join('|')}|`);
  for (const row of doc.summary.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  out.push('', `## ${inline(doc.sectionsTitle)}`, '');
  for (const s of doc.sections) {
    out.push(`### ${inline(s.heading)}${s.badge ? ` — **${s.badge}**` : ''}`, '');
    for (const b of s.blocks) out.push(b.label ? `**${inline(b.label)}:** ${inline(b.text)}` : inline(b.text), '');
    for (const f of s.fields) {
      const value = f.link ? `<${f.value.replace(/[<>\s]/g, encodeURIComponent)}>` : inline(f.value);
      out.push(`- **${inline(f.label)}:** ${f.tone === 'red-flag' ? `**${value}**` : value}`);
    }
    out.push('');
  }
  if (doc.sources.length) {
    out.push('## Sources', '');
    for (const s of doc.sources) out.push(`${s.n}. ${inline(s.title)}${s.url ? ` <${s.url}>` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

export const markdownExporter: Exporter = {
  format: 'md',
  mimeType: 'text/markdown; charset=utf-8',
  ext: 'md',
  async render(doc) {
    return Buffer.from(renderMarkdown(doc), 'utf8');
  },
};

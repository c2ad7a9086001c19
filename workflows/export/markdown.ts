import type { DocCell, DocField, ExportDocument, Finding } from './document.ts';
import type { Exporter } from './exporter.ts';
import { evidenceHref } from './user-text.ts';

/** Table cells and inline text: escape the characters that would break a Markdown table or start markup. */
function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function cell(c: DocCell): string {
  const t = inline(c.text);
  return c.tone === 'red-flag' ? `**${t}**` : t;
}

/** A field's value: an evidence URL as an autolink (the URL shown is the target), anything else escaped text. */
function value(f: DocField): string {
  const href = f.link ? evidenceHref(f.value) : undefined;
  const v = href ? `<${href.replace(/[<>\s]/g, encodeURIComponent)}>` : inline(f.value);
  return f.tone === 'red-flag' ? `**${v}**` : v;
}

function finding(f: Finding): string[] {
  const title = inline(f.subject ? `${f.subject} - ${f.title}` : f.title);
  return [`- **${f.badge}** ${title}`, ...f.fields.map((x) => `  - ${inline(x.label)}: ${value(x)}`)];
}

/**
 * Markdown keeps its plain shape: the page-one content as headed lists (counts as "Label: n", no drawing), then
 * the summary table, the sections and the sources, as before.
 */
export function renderMarkdown(doc: ExportDocument): string {
  const e = doc.executive;
  const out: string[] = [`# ${inline(doc.title)}`, '', `_${inline(doc.subtitle)}_`, ''];
  for (const m of doc.meta) out.push(`- **${inline(m.label)}:** ${inline(m.value)}`);
  for (const b of e.lead) out.push('', b.label ? `**${inline(b.label)}:** ${inline(b.text)}` : inline(b.text));
  out.push('', `## ${inline(e.barsTitle)}`, '');
  for (const bar of e.bars) {
    const counts = bar.segments.map((s) => `${inline(s.label)}: ${s.count}`).join(', ');
    out.push(bar.label ? `- **${inline(bar.label)}:** ${counts}` : `- ${counts}`);
  }
  out.push('', `## ${inline(e.findingsTitle)}`, '');
  out.push(...(e.findings.length ? e.findings.flatMap(finding) : [inline(e.noFindings)]));
  out.push('', `## ${inline(e.openTitle)}`, '');
  out.push(...(e.open.length ? e.open.map((o) => `- ${inline(o)}`) : [inline(e.noOpen)]));
  out.push('', `## ${inline(doc.summaryTitle)}`, '');
  out.push(`| ${doc.summary.columns.map(inline).join(' | ')} |`, `|${doc.summary.columns.map(() => ' --- ').join('|')}|`);
  for (const row of doc.summary.rows) out.push(`| ${row.map(cell).join(' | ')} |`);
  out.push('', `## ${inline(doc.sectionsTitle)}`, '');
  for (const s of doc.sections) {
    out.push(`### ${inline(s.heading)}${s.badge ? ` — **${s.badge}**` : ''}`, '');
    for (const b of s.blocks) out.push(b.label ? `**${inline(b.label)}:** ${inline(b.text)}` : inline(b.text), '');
    for (const f of s.fields) out.push(`- **${inline(f.label)}:** ${value(f)}`);
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

import type { VendorComparison } from '../checklist/summary.ts';
import { STATUS_LABELS } from '../checklist/statuses.ts';
import type { ExportDocument } from './document.ts';
import { statusTone } from './checklist-doc.ts';
import { formatTimestamp } from '../format.ts';

/** Several vendors side by side: one column per vendor, best first (fewest red flags). */
export function comparisonDocument(cmp: VendorComparison, now: Date = new Date()): ExportDocument {
  return {
    kind: 'comparison',
    title: 'Vendor comparison',
    subtitle: `${cmp.vendors.join(', ')}: the twelve AI vendor questions side by side`,
    meta: [
      { label: 'Vendors', value: String(cmp.vendors.length) },
      { label: 'Generated', value: formatTimestamp(now) },
    ],
    summaryTitle: 'Side by side (fewest red flags first)',
    summary: {
      columns: ['#', 'Question', ...cmp.vendors],
      rows: cmp.rows.map((r) => [
        { text: String(r.question.order) },
        { text: r.question.question },
        ...r.statuses.map((s) => ({ text: STATUS_LABELS[s], tone: statusTone(s) })),
      ]),
    },
    sectionsTitle: 'Per vendor',
    sections: cmp.vendors.map((vendor, i) => {
      const p = cmp.progress[i];
      const flagged = cmp.rows.filter((r) => r.statuses[i] === 'red-flag').map((r) => `Q${r.question.order} ${r.question.question}`);
      return {
        heading: vendor,
        tone: flagged.length ? 'red-flag' : undefined,
        badge: flagged.length ? `${flagged.length} RED FLAG${flagged.length > 1 ? 'S' : ''}` : undefined,
        blocks: flagged.length ? [{ label: 'Red flags', text: flagged.join('; ') }] : [],
        fields: [
          { label: 'Answered', value: `${p?.answered ?? 0} of ${p?.total ?? 0}` },
          { label: 'Red flags', value: String(p?.counts['red-flag'] ?? 0), tone: flagged.length ? 'red-flag' : undefined },
          { label: 'Concerns', value: String(p?.counts.concern ?? 0) },
          { label: 'Satisfactory', value: String(p?.counts.satisfactory ?? 0) },
        ],
      };
    }),
    sources: [],
    records: {
      columns: ['order', 'question_id', 'question', ...cmp.vendors],
      rows: cmp.rows.map((r) => [String(r.question.order), r.question.id, r.question.question, ...r.statuses]),
    },
    fileBase: 'vendor-comparison',
  };
}

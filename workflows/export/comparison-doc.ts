import type { VendorComparison } from '../checklist/summary.ts';
import { STATUS_LABELS } from '../checklist/statuses.ts';
import { utcMinute, type ExportDocument } from './document.ts';
import { answerersText, findingsOf, STATUS_ORDER, statusSegments, statusTone } from './checklist-summary.ts';
import { userText } from './user-text.ts';

/**
 * Several vendors side by side, best first (fewest red flags): page one draws one status bar per vendor and lists
 * each vendor's red flags and concerns; then the side-by-side table and a section per vendor.
 */
export function comparisonDocument(cmp: VendorComparison, now: Date = new Date()): ExportDocument {
  const vendors = cmp.vendors.map(userText);
  const summaries = cmp.summaries;
  // Every vendor's red flags before anyone's concerns: the worst news leads page one.
  const all = summaries.flatMap((s, i) => findingsOf(s.rows, vendors[i]));
  const findings = [...all.filter((f) => f.tone === 'red-flag'), ...all.filter((f) => f.tone !== 'red-flag')];
  const open = summaries.flatMap((s, i) => {
    const missing = s.inOrder.filter((r) => r.status === 'unanswered').map((r) => `Q${r.question.order}`);
    return missing.length ? [`${vendors[i]}: ${missing.join(', ')}`] : [];
  });
  return {
    kind: 'comparison',
    title: 'Vendor comparison',
    subtitle: `${vendors.join(', ')}: the twelve AI vendor questions side by side`,
    meta: [
      { label: 'Vendors', value: `${vendors.length} (${vendors.join(', ')})` },
      { label: 'Generated', value: utcMinute(now) },
      { label: 'Answered by', value: answerersText(summaries.flatMap((s) => s.inOrder.map((r) => r.answer))) },
      { label: 'Progress', value: vendors.map((v, i) => `${v} ${cmp.progress[i]?.answered ?? 0} of ${cmp.progress[i]?.total ?? 0}`).join('; ') },
    ],
    executive: {
      lead: [],
      barsTitle: 'Answers by status, per vendor (fewest red flags first)',
      bars: summaries.map((s, i) => ({ label: `${vendors[i]}: ${s.progress.answered} of ${s.progress.total} answered`, segments: statusSegments(s.progress.counts) })),
      legend: STATUS_ORDER.map((s) => ({ label: STATUS_LABELS[s], swatch: s })),
      findingsTitle: `Red flags and concerns (${findings.length})`,
      findings,
      noFindings: 'No vendor has a red flag or concern recorded.',
      openTitle: `Still unanswered (${summaries.reduce((n, s) => n + s.progress.counts.unanswered, 0)})`,
      open,
      noOpen: 'Every vendor has answered every question.',
    },
    summaryTitle: 'Side by side (fewest red flags first)',
    summary: {
      columns: ['#', 'Question', ...vendors],
      keyColumns: 2,
      rows: cmp.rows.map((r) => [
        { text: String(r.question.order) },
        { text: r.question.question },
        ...r.statuses.map((s) => ({ text: STATUS_LABELS[s], tone: statusTone(s), nowrap: true })),
      ]),
    },
    sectionsTitle: 'Per vendor',
    sections: vendors.map((vendor, i) => {
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
    footer: `Vendor comparison: ${vendors.join(', ')}`,
    fileBase: 'vendor-comparison',
  };
}

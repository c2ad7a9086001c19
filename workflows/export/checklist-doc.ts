import type { ChecklistStatus } from '../store.ts';
import type { ChecklistSummary } from '../checklist/summary.ts';
import { STATUS_LABELS } from '../checklist/statuses.ts';
import { slug, TONE_BADGE, type ExportDocument, type Tone } from './document.ts';
import { formatTimestamp } from '../format.ts';

export function statusTone(s: ChecklistStatus): Tone {
  return s === 'red-flag' ? 'red-flag' : s === 'concern' ? 'concern' : s === 'satisfactory' ? 'ok' : 'neutral';
}

const who = (a?: { id: string; name?: string }) => (a ? (a.name ?? a.id) : '');

/** A vendor checklist as a document: title page, summary (red flags first), one section per question. */
export function checklistDocument(summary: ChecklistSummary, now: Date = new Date()): ExportDocument {
  const { progress } = summary;
  const cards = summary.inOrder.map((r) => r.question);
  return {
    kind: 'checklist',
    title: `Vendor checklist: ${summary.vendor}`,
    subtitle: 'The twelve AI vendor questions, with guidance from the ai-procurement knowledge base',
    meta: [
      { label: 'Vendor', value: summary.vendor },
      { label: 'Generated', value: formatTimestamp(now) },
      { label: 'Progress', value: `${progress.answered} of ${progress.total} questions answered` },
      { label: 'Red flags', value: String(progress.counts['red-flag']), tone: progress.counts['red-flag'] ? 'red-flag' : undefined },
      { label: 'Concerns', value: String(progress.counts.concern) },
    ],
    summaryTitle: 'Summary (red flags first)',
    summary: {
      columns: ['#', 'Question', 'Status', 'Notes', 'Answered by'],
      rows: summary.rows.map((r) => {
        const tone = statusTone(r.status);
        return [
          { text: String(r.question.order) },
          { text: r.question.question, tone: tone === 'red-flag' ? tone : undefined },
          { text: STATUS_LABELS[r.status], tone },
          { text: r.answer?.notes ?? '' },
          { text: who(r.answer?.answeredBy) },
        ];
      }),
    },
    sectionsTitle: 'The twelve questions',
    sections: summary.inOrder.map((r) => {
      const tone = statusTone(r.status);
      const a = r.answer;
      return {
        heading: `Q${r.question.order}. ${r.question.question}`,
        tone,
        badge: TONE_BADGE[tone],
        blocks: [
          { label: 'Why it matters', text: r.question.guidance.why },
          { label: 'What a good answer looks like', text: r.question.guidance.goodAnswer },
          { label: 'Red flags', text: r.question.guidance.redFlags },
        ].filter((b) => b.text),
        fields: [
          { label: 'Status', value: STATUS_LABELS[r.status], tone },
          { label: 'Notes', value: a?.notes ?? '(none)' },
          a?.evidence ? { label: 'Evidence', value: a.evidence, link: true } : { label: 'Evidence', value: '(none)' },
          ...(a ? [{ label: 'Answered by', value: `${who(a.answeredBy)}, ${a.answeredAt.slice(0, 16).replace('T', ' ')} UTC` }] : []),
        ],
      };
    }),
    sources: cards.map((q, i) => ({ n: i + 1, title: q.cardTitle, url: q.sources[0]?.url ?? null })),
    records: {
      columns: ['vendor', 'order', 'question_id', 'question', 'status', 'notes', 'evidence', 'answered_by', 'answered_at'],
      rows: summary.inOrder.map((r) => [
        summary.vendor, String(r.question.order), r.question.id, r.question.question, r.status,
        r.answer?.notes ?? '', r.answer?.evidence ?? '', who(r.answer?.answeredBy), r.answer?.answeredAt ?? '',
      ]),
    },
    fileBase: `${slug(summary.vendor)}-vendor-checklist`,
  };
}

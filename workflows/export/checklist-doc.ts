import type { ChecklistSummary } from '../checklist/summary.ts';
import { STATUS_LABELS } from '../checklist/statuses.ts';
import { slug, TONE_BADGE, utcMinute, type ExportDocument } from './document.ts';
import {
  answerersText, evidenceField, findingsOf, progressText, questionTitle, quoteFields, reviewFields, reviewText, statusSegments, statusTone, whoAnswered,
} from './checklist-summary.ts';
import { userText } from './user-text.ts';

export { statusTone } from './checklist-summary.ts';

/**
 * A vendor checklist as a document: page one the executive summary (status bar, red flags and concerns with
 * their notes and evidence, what is unanswered), then the summary table (red flags first), then one section per
 * question with its guidance.
 */
export function checklistDocument(summary: ChecklistSummary, now: Date = new Date()): ExportDocument {
  const { progress } = summary;
  const vendor = userText(summary.vendor);
  const segments = statusSegments(progress.counts);
  const findings = findingsOf(summary.rows);
  const open = summary.inOrder.filter((r) => r.status === 'unanswered').map(questionTitle);
  return {
    kind: 'checklist',
    title: `Vendor checklist: ${vendor}`,
    subtitle: 'The twelve AI vendor questions, with guidance from the ai-procurement knowledge base',
    meta: [
      { label: 'Vendor', value: vendor },
      { label: 'Generated', value: utcMinute(now) },
      { label: 'Answered by', value: answerersText(summary.inOrder.map((r) => r.answer)) },
      { label: 'Progress', value: progressText(progress) },
    ],
    executive: {
      lead: [],
      barsTitle: 'Answers by status',
      bars: [{ label: '', segments }],
      legend: segments,
      findingsTitle: `Red flags and concerns (${findings.length})`,
      findings,
      noFindings: 'No red flags or concerns recorded.',
      openTitle: `Still unanswered (${open.length})`,
      open,
      noOpen: 'Every question has an answer.',
    },
    summaryTitle: 'Summary (red flags first)',
    summary: {
      columns: ['#', 'Question', 'Status', 'Notes', 'Answered by'],
      rows: summary.rows.map((r) => {
        const tone = statusTone(r.status);
        return [
          { text: String(r.question.order) },
          { text: r.question.question, tone: tone === 'red-flag' ? tone : undefined },
          { text: STATUS_LABELS[r.status], tone, nowrap: true },
          { text: r.answer?.notes ? userText(r.answer.notes) : '' },
          { text: whoAnswered(r.answer) },
        ];
      }),
    },
    sectionsTitle: 'The twelve questions',
    sections: summary.inOrder.map((r) => {
      const tone = statusTone(r.status);
      const a = r.answer;
      return {
        heading: questionTitle(r),
        tone,
        badge: TONE_BADGE[tone],
        blocks: [
          { label: 'Why it matters', text: r.question.guidance.why },
          { label: 'What a good answer looks like', text: r.question.guidance.goodAnswer },
          { label: 'Red flags', text: r.question.guidance.redFlags },
        ].filter((b) => b.text),
        fields: [
          { label: 'Status', value: STATUS_LABELS[r.status], tone },
          { label: 'Notes', value: a?.notes ? userText(a.notes) : '(none)' },
          evidenceField(a?.evidence),
          ...(a ? [{ label: 'Answered by', value: `${whoAnswered(a)}, ${utcMinute(a.answeredAt)}` }] : []),
          ...quoteFields(a),
          ...reviewFields(a),
        ],
      };
    }),
    sources: summary.inOrder.map((r, i) => ({ n: i + 1, title: r.question.cardTitle, url: r.question.sources[0]?.url ?? null })),
    records: {
      // The last three columns are the reviewer trail: quotes as `"quote" (location)` lines, what was proposed.
      columns: ['vendor', 'order', 'question_id', 'question', 'status', 'notes', 'evidence', 'answered_by', 'answered_at', 'evidence_quotes', 'proposed_status', 'review'],
      rows: summary.inOrder.map((r) => [
        summary.vendor, String(r.question.order), r.question.id, r.question.question, r.status,
        r.answer?.notes ?? '', r.answer?.evidence ?? '', r.answer ? (r.answer.answeredBy.name ?? r.answer.answeredBy.id) : '', r.answer?.answeredAt ?? '',
        (r.answer?.quotes ?? []).map((q) => `"${q.quote}" (${q.location})`).join('\n'), r.answer?.review?.proposedStatus ?? '', reviewText(r.answer, (t) => t),
      ]),
    },
    footer: vendor,
    fileBase: `${slug(summary.vendor)}-vendor-checklist`,
  };
}

import type { ChecklistAnswer, ChecklistStatus } from '../store.ts';
import type { ChecklistProgress, ChecklistRow } from '../checklist/summary.ts';
import { STATUS_LABELS, STATUS_RANK } from '../checklist/statuses.ts';
import { TONE_BADGE, utcMinute, type BarSegment, type DocField, type Finding, type Tone } from './document.ts';
import { evidenceHref, userText } from './user-text.ts';

/** Page one quotes notes up to this length (cut at a word); the question's own section has them in full. */
export const PAGE_ONE_NOTES_MAX = 300;
/** Page one names this many people who answered, then "and N more". */
const NAMES_MAX = 6;

export function statusTone(s: ChecklistStatus): Tone {
  return s === 'red-flag' ? 'red-flag' : s === 'concern' ? 'concern' : s === 'satisfactory' ? 'ok' : 'neutral';
}

/** Statuses in the order summaries use: what needs attention first. */
export const STATUS_ORDER = (Object.keys(STATUS_RANK) as ChecklistStatus[]).sort((a, b) => STATUS_RANK[a] - STATUS_RANK[b]);

/** One bar segment per status, zero counts included (the renderers draw only the non-empty ones). */
export function statusSegments(counts: Record<ChecklistStatus, number>): BarSegment[] {
  return STATUS_ORDER.map((s) => ({ label: STATUS_LABELS[s], count: counts[s], swatch: s }));
}

export function progressText(p: ChecklistProgress): string {
  return `${p.answered} of ${p.total} questions answered`;
}

export const whoAnswered = (a?: ChecklistAnswer): string => (a ? userText(a.answeredBy.name ?? a.answeredBy.id) : '');

/** Everyone who answered, in order of first answer, inert. */
export function answerersText(answers: (ChecklistAnswer | undefined)[]): string {
  const first = [...answers].filter((a): a is ChecklistAnswer => !!a).sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
  const names = [...new Set(first.map((a) => whoAnswered(a)))];
  if (!names.length) return 'nobody yet';
  return names.length > NAMES_MAX ? `${names.slice(0, NAMES_MAX).join(', ')} and ${names.length - NAMES_MAX} more` : names.join(', ');
}

/** Text cut at a word boundary with an ellipsis, never mid-word. */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1).replace(/\s+\S*$/, '');
  return `${(cut || text.slice(0, max)).trimEnd()} …`;
}

/** The evidence of an answer: a link field for an http(s) URL, else "(none)". */
export function evidenceField(value: string | undefined): DocField {
  const href = evidenceHref(value);
  return href ? { label: 'Evidence', value: href, link: true } : { label: 'Evidence', value: '(none)' };
}

/** The vendor's own words an answer rests on, one field per quote, labelled with where it stands. */
export function quoteFields(a?: ChecklistAnswer): DocField[] {
  return (a?.quotes ?? []).map((q) => ({ label: `Quote (${userText(q.location)})`, value: `"${userText(q.quote)}"` }));
}

/**
 * The reviewer trail of an answer that began as a proposal: what was proposed, how, from which files and who sent
 * them; then whether the reviewer (who answered, and when) accepted it or changed it. Empty for a typed answer.
 * Documents show user text inert (`userText`); CSV records pass the raw text, as they do for every field.
 */
export function reviewText(a?: ChecklistAnswer, shown: (text: string) => string = userText): string {
  const r = a?.review;
  if (!a || !r) return '';
  const how = r.judgedBy === 'model' ? 'by the rules with a model\'s help' : 'by the rules';
  const sent = `${r.documents.map(shown).join(', ')}, shared by ${shown(r.sharedBy.name ?? r.sharedBy.id)} (${utcMinute(r.proposedAt)})`;
  const verdict = r.proposedStatus === a.status ? 'accepted as proposed' : `changed to ${STATUS_LABELS[a.status]}`;
  return `Proposed ${STATUS_LABELS[r.proposedStatus]} ${how} from ${sent}; ${verdict} by ${shown(a.answeredBy.name ?? a.answeredBy.id)}, ${utcMinute(a.answeredAt)}.`;
}

/** The trail as a document field, when there is one. */
export function reviewFields(a?: ChecklistAnswer): DocField[] {
  const text = reviewText(a);
  return text ? [{ label: 'Review', value: text }] : [];
}

export const questionTitle = (r: ChecklistRow) => `Q${r.question.order}. ${r.question.question}`;

/** The red flags, then the concerns (question order within each), as page-one findings. */
export function findingsOf(rows: ChecklistRow[], subject?: string): Finding[] {
  return rows
    .filter((r) => r.status === 'red-flag' || r.status === 'concern')
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.question.order - b.question.order)
    .map((r) => {
      const tone = statusTone(r.status);
      const a = r.answer;
      return {
        tone,
        badge: TONE_BADGE[tone] ?? '',
        ...(subject ? { subject } : {}),
        title: questionTitle(r),
        fields: [
          { label: 'Notes', value: a?.notes ? excerpt(userText(a.notes), PAGE_ONE_NOTES_MAX) : '(none)' },
          evidenceField(a?.evidence),
          ...(a ? [{ label: 'Answered by', value: `${whoAnswered(a)}, ${utcMinute(a.answeredAt)}` }] : []),
          ...quoteFields(a).slice(0, 1),
        ],
      };
    });
}

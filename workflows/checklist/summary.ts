import type { ChecklistAnswer, ChecklistStatus, VendorChecklist } from '../store.ts';
import type { ChecklistQuestion } from './questions.ts';
import { CHECKLIST_STATUSES, STATUS_RANK } from './statuses.ts';

/** One question with its answer (status "unanswered" when nobody has answered yet). */
export interface ChecklistRow {
  question: ChecklistQuestion;
  status: ChecklistStatus;
  answer?: ChecklistAnswer;
}

export interface ChecklistProgress {
  answered: number;
  total: number;
  counts: Record<ChecklistStatus, number>;
}

export interface ChecklistSummary {
  vendor: string;
  progress: ChecklistProgress;
  /** Red flags first, then concerns, unanswered, satisfactory, n/a; question order within each. */
  rows: ChecklistRow[];
  /** In question order, for documents that walk the questions. */
  inOrder: ChecklistRow[];
}

export function checklistRows(questions: ChecklistQuestion[], answers: ChecklistAnswer[]): ChecklistRow[] {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return questions.map((question) => {
    const answer = byId.get(question.id);
    return answer ? { question, status: answer.status, answer } : { question, status: 'unanswered' };
  });
}

export function progressOf(rows: ChecklistRow[]): ChecklistProgress {
  const counts = Object.fromEntries(CHECKLIST_STATUSES.map((s) => [s, 0])) as Record<ChecklistStatus, number>;
  for (const r of rows) counts[r.status] += 1;
  return { answered: rows.length - counts.unanswered, total: rows.length, counts };
}

export function summarise(vendor: string, questions: ChecklistQuestion[], answers: ChecklistAnswer[]): ChecklistSummary {
  const inOrder = checklistRows(questions, answers);
  const rows = [...inOrder].sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.question.order - b.question.order);
  return { vendor, progress: progressOf(inOrder), rows, inOrder };
}

export function summariseChecklist(list: VendorChecklist, questions: ChecklistQuestion[]): ChecklistSummary {
  return summarise(list.vendor, questions, list.answers);
}

export interface VendorComparison {
  vendors: string[];
  /** One row per question; one status per vendor, in `vendors` order. */
  rows: { question: ChecklistQuestion; statuses: ChecklistStatus[] }[];
  progress: ChecklistProgress[];
  /** Each vendor's full summary (answers, notes, evidence), in `vendors` order, for documents. */
  summaries: ChecklistSummary[];
}

/** Side-by-side: vendors ordered by fewest red flags, then fewest concerns, then most answered. */
export function compareVendors(lists: VendorChecklist[], questions: ChecklistQuestion[]): VendorComparison {
  const summaries = lists.map((l) => summariseChecklist(l, questions));
  summaries.sort(
    (a, b) =>
      a.progress.counts['red-flag'] - b.progress.counts['red-flag'] ||
      a.progress.counts.concern - b.progress.counts.concern ||
      b.progress.answered - a.progress.answered ||
      a.vendor.localeCompare(b.vendor),
  );
  return {
    vendors: summaries.map((s) => s.vendor),
    rows: questions.map((question, i) => ({ question, statuses: summaries.map((s) => s.inOrder[i]?.status ?? 'unanswered') })),
    progress: summaries.map((s) => s.progress),
    summaries,
  };
}

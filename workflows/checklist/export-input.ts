import { z } from 'zod';
import type { Author, ChecklistAnswer } from '../store.ts';
import { CHECKLIST_STATUSES } from './statuses.ts';
import { isHttpUrl } from '../http-url.ts';
import type { ChecklistQuestion } from './questions.ts';

/** `checklist export --input FILE`: {"vendor": string, "answers": {"<id>": {"status", "notes"?, "evidence"?}}}. */
export const checklistFileSchema = z
  .object({
    vendor: z.string().trim().min(1),
    answers: z.record(z.string(), z.object({ status: z.string(), notes: z.string().optional(), evidence: z.string().optional() }).strict()),
  })
  .strict();

export type ChecklistFile = z.infer<typeof checklistFileSchema>;

/** Unknown question ids, unknown statuses and bad evidence URLs, each named. */
export function checklistFileProblems(file: ChecklistFile, questions: ChecklistQuestion[]): string[] {
  const ids = new Set(questions.map((q) => q.id));
  const problems: string[] = [];
  for (const [id, a] of Object.entries(file.answers)) {
    if (!ids.has(id)) problems.push(`answers.${id}: unknown question id "${id}" (known: ${[...ids].join(', ')})`);
    if (!(CHECKLIST_STATUSES as readonly string[]).includes(a.status)) {
      problems.push(`answers.${id}.status: unknown status "${a.status}" (use ${CHECKLIST_STATUSES.join(', ')})`);
    }
    if (a.evidence && !isHttpUrl(a.evidence)) problems.push(`answers.${id}.evidence: must be an http(s) URL, got "${a.evidence.slice(0, 60)}"`);
  }
  return problems;
}

/** The file's answers as store-shaped answers (author: the file itself). */
export function fileAnswers(file: ChecklistFile, by: Author, at: string): ChecklistAnswer[] {
  return Object.entries(file.answers).map(([questionId, a]) => ({
    questionId,
    status: a.status as ChecklistAnswer['status'],
    ...(a.notes ? { notes: a.notes } : {}),
    ...(a.evidence ? { evidence: a.evidence } : {}),
    answeredBy: by,
    answeredAt: at,
  }));
}

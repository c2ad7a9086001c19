import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** The kinds of question the sets are written across; off-topic and injection items carry their own kind. */
export const ANSWER_KINDS = ['definition', 'yes-no', 'should-we', 'number', 'comparison', 'list', 'red-flags', 'vendor', 'follow-up', 'scenario'] as const;
export const EVAL_KINDS = [...ANSWER_KINDS, 'offtopic', 'injection'] as const;
/** Why an unanswerable question must not get a confident answer. */
export const UNANSWERABLE_CATEGORIES = ['offtopic', 'injection', 'near-miss'] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];
export type UnanswerableCategory = (typeof UNANSWERABLE_CATEGORIES)[number];

/**
 * One evaluation question. Answerable items carry `must` (regexes, matched case-insensitively, that a correct answer
 * carries) and `cards` (the card ids holding the facts); unanswerable ones carry a `category`, and near misses the
 * `unknown` things the answer should say are not covered. The dev set's older `{id, q, must}` lines still parse.
 */
export const evalQuestionSchema = z
  .object({
    id: z.string().min(1),
    q: z.string().min(1),
    /** The asker's message just before, in the same thread: a follow-up ("4 of them?") is asked with it as history. */
    after: z.string().min(1).optional(),
    kind: z.enum(EVAL_KINDS).optional(),
    style: z.enum(['plain', 'slack']).optional(),
    /** Absent means true (the dev set predates the field). */
    answerable: z.boolean().optional(),
    must: z.array(z.string().min(1)).min(1).optional(),
    cards: z.array(z.string().min(1)).min(1).optional(),
    category: z.enum(UNANSWERABLE_CATEGORIES).optional(),
    unknown: z.array(z.string().min(1)).min(1).optional(),
    /**
     * Figures a right answer must give that no card states whole (a bill, GPU-hours, a fine at the asker's turnover):
     * each names one of `must` and the sum from the cards' or `prices.json`'s figures that gives it.
     */
    sums: z.array(z.object({ must: z.string().min(1), working: z.string().min(1) }).strict()).min(1).optional(),
  })
  .strict()
  .superRefine((x, ctx) => {
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message });
    const answerable = x.answerable !== false;
    if (answerable && !x.must) problem('an answerable question needs "must"');
    if (answerable && (x.category || x.unknown)) problem('an answerable question takes no "category" or "unknown"');
    if (!answerable && !x.category) problem('an unanswerable question needs a "category"');
    if (!answerable && x.must) problem('an unanswerable question takes no "must"');
    if (x.category === 'near-miss' && !x.unknown) problem('a near miss needs "unknown": the things the answer should say are not covered');
    if (x.unknown && x.category !== 'near-miss') problem('"unknown" belongs to near misses only');
    for (const sum of x.sums ?? []) if (!x.must?.includes(sum.must)) problem(`a sum's "must" (${sum.must}) is one of the question's "must"`);
  });
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;
/** An answerable question: one with facts to check. */
export type AnswerableQuestion = EvalQuestion & { must: string[] };
export const isAnswerable = (q: EvalQuestion): q is AnswerableQuestion => q.answerable !== false && Boolean(q.must?.length);

/**
 * Reads a JSON-lines question file.
 * @throws Error naming the line and the problem, when a line is not a valid question or a regex does not compile.
 */
export async function loadEvalQuestions(path: string): Promise<EvalQuestion[]> {
  const text = await readFile(path, 'utf8');
  const out: EvalQuestion[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const parsed = evalQuestionSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.') || 'line'}: ${x.message}`).join('; ')}`);
    for (const m of parsed.data.must ?? []) {
      try {
        new RegExp(m, 'i');
      } catch (err) {
        throw new Error(`${path}:${i + 1}: invalid regex ${JSON.stringify(m)} (${(err as Error).message})`);
      }
    }
    out.push(parsed.data);
  });
  return out;
}

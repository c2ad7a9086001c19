import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { threadOf, type AskFn } from './answer-eval.ts';
import { gradeAnswer } from './grade.ts';
import { isAnswerable, type EvalQuestion } from './questions.ts';
import { repoPath } from '../repo-path.ts';

/**
 * Context invariance: the issue's promise that "a question and the same question wrapped in two lines of context
 * get the same answer", measured. Every answerable question the engine answers right on its own is asked again
 * inside each context template ("our dpo is asking… {q}", "{q} need it for the board pack"), and the wrapped
 * answers are graded against the same labels. The templates are split once: rules were tuned on `tune`, `check` is
 * figures only.
 */
export const CONTEXT_HALVES = ['tune', 'check'] as const;
export type ContextHalf = (typeof CONTEXT_HALVES)[number];

const templatesSchema = z.object({
  about: z.string(),
  tune: z.array(z.string().includes('{q}')).min(1),
  check: z.array(z.string().includes('{q}')).min(1),
});
export type ContextTemplates = Record<ContextHalf, string[]>;

/** The templates file in the sets directory. */
export const CONTEXTS_FILE = repoPath('knowledge', 'eval', 'sets', 'contexts.json');

export async function loadContextTemplates(file: URL | string = CONTEXTS_FILE): Promise<ContextTemplates> {
  const { tune, check } = templatesSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  return { tune, check };
}

/** A question inside a template. */
export const wrapQuestion = (template: string, question: string): string => template.replace('{q}', () => question);

export interface ContextHalfReport {
  half: ContextHalf;
  templates: number;
  /** Wrapped questions asked (right-on-their-own questions x templates). */
  asked: number;
  right: number;
  refused: number;
  wrongFacts: number;
  /** `question id @ template number` for each wrapped question not answered right; kept only when failures are shown. */
  failures?: string[];
}

export interface ContextReport {
  set?: string;
  /** Answerable questions in the set, and those answered right on their own (the ones wrapped). */
  answerable: number;
  rightAlone: number;
  halves: ContextHalfReport[];
}

/**
 * Asks each answerable question alone, then inside every template of both halves.
 * @param showFailures list the failed ids for the tune templates (never for the check templates).
 */
export async function runContextInvariance(questions: EvalQuestion[], ask: AskFn, templates: ContextTemplates, options: { set?: string; showFailures?: boolean } = {}): Promise<ContextReport> {
  const answerable = questions.filter(isAnswerable);
  const rightAlone: EvalQuestion[] = [];
  for (const q of answerable) if (gradeAnswer(q, await ask(q.q, threadOf(q))).outcome === 'right') rightAlone.push(q);
  const halves: ContextHalfReport[] = [];
  for (const half of CONTEXT_HALVES) {
    const row: ContextHalfReport = { half, templates: templates[half].length, asked: 0, right: 0, refused: 0, wrongFacts: 0 };
    const failures: string[] = [];
    for (const q of rightAlone) {
      for (const [i, template] of templates[half].entries()) {
        const { outcome } = gradeAnswer(q, await ask(wrapQuestion(template, q.q), threadOf(q)));
        row.asked += 1;
        if (outcome === 'right') row.right += 1;
        else {
          if (outcome === 'refused') row.refused += 1;
          else row.wrongFacts += 1;
          failures.push(`${q.id}@${i + 1}`);
        }
      }
    }
    halves.push(options.showFailures && half === 'tune' ? { ...row, failures } : row);
  }
  return { ...(options.set ? { set: options.set } : {}), answerable: answerable.length, rightAlone: rightAlone.length, halves };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

/** The human table `kb eval --context` prints under a set's report. */
export function formatContextReport(report: ContextReport): string {
  const lines = [
    `Context invariance: ${report.rightAlone} of ${report.answerable} answerable questions right on their own, each asked again inside every context template`,
    'templates       n  wrapped asked    still right        refused    wrong facts',
    ...report.halves.map((h) => `${h.half.padEnd(9)} ${String(h.templates).padStart(5)}  ${String(h.asked).padStart(13)}  ${`${h.right} (${pct(h.right, h.asked)})`.padStart(13)}  ${`${h.refused} (${pct(h.refused, h.asked)})`.padStart(13)}  ${`${h.wrongFacts} (${pct(h.wrongFacts, h.asked)})`.padStart(13)}`),
  ];
  for (const h of report.halves) if (h.failures?.length) lines.push(`changed by ${h.half} templates (${h.failures.length}): ${h.failures.join(', ')}`);
  return lines.join('\n');
}

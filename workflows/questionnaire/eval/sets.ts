import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { repoPath } from '../../../knowledge/repo-path.ts';

/** The labelled vendor documents are split once: rules are tuned on `tune` only, `check` reports honestly. */
export const ASSESS_EVAL_SETS = ['tune', 'check'] as const;
export type AssessEvalSet = (typeof ASSESS_EVAL_SETS)[number];
export const DOCUMENTS_DIR = repoPath('workflows', 'questionnaire', 'eval', 'documents');
export const SOURCES_DIR = repoPath('workflows', 'questionnaire', 'eval', 'sources');

const STATUS = z.enum(['satisfactory', 'concern', 'red-flag', 'unanswered']);

export const labelSchema = z.object({
  file: z.string(),
  vendor: z.string(),
  set: z.enum(ASSESS_EVAL_SETS),
  /** The text the binary file was generated from (sources/), for checking quotes independently of our readers. */
  source: z.string().optional(),
  /** Every one of the twelve ids: the status a careful reviewer gives from this document alone. */
  expected: z.record(z.string(), STATUS),
});
export type EvalLabel = z.infer<typeof labelSchema>;

export async function loadLabels(): Promise<EvalLabel[]> {
  const raw = JSON.parse(await readFile(repoPath('workflows', 'questionnaire', 'eval', 'labels.json'), 'utf8')) as unknown;
  return z.array(labelSchema).parse(raw);
}

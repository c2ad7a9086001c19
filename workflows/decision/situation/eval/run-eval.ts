/**
 * Scores the situation reader on the labelled sets beside this file: for each input, how often the reading
 * matches the label (a value where the text states one, nothing where it does not), and how often the
 * recommendation (closed / self-hosted / hybrid, "missing" when too thin, "none" when no situation) matches.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { decisionInputSchema, type DecisionField } from '../../input.ts';
import { recommendFromText } from '../recommend.ts';

import { SITUATION_SETS, type SituationSet } from './sets.ts';
import { repoPath } from '../../../../knowledge/repo-path.ts';

export { SITUATION_SETS, type SituationSet };

export const situationSetPath = (set: SituationSet) => repoPath('workflows', 'decision', 'situation', 'eval', `situations-${set}.jsonl`);

const labelled = z.object({
  id: z.string(),
  text: z.string().min(1),
  expected: z.object({
    recommendation: z.enum(['closed', 'self-hosted', 'hybrid', 'missing', 'none']),
    inputs: decisionInputSchema.partial(),
  }),
});
export type LabelledSituation = z.infer<typeof labelled>;

export function loadSituations(set: SituationSet): LabelledSituation[] {
  return readFileSync(situationSetPath(set), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = labelled.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`situations-${set}.jsonl line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return parsed.data;
    });
}

export interface FieldScore {
  field: DecisionField;
  correct: number;
  total: number;
  /** Of the situations that state this input, how many were read right. */
  statedCorrect: number;
  stated: number;
}

export interface SituationMiss {
  id: string;
  text: string;
  field: DecisionField | 'recommendation';
  expected: unknown;
  got: unknown;
}

export interface SituationEvalReport {
  set: SituationSet;
  situations: number;
  recommendation: { correct: number; total: number };
  fields: FieldScore[];
  misses: SituationMiss[];
}

const FIELDS = Object.keys(decisionInputSchema.shape) as DecisionField[];

/** A spend within 1% (or £1) of the label is right: rounding of a converted figure is not a misreading. */
function same(field: DecisionField, a: unknown, b: unknown): boolean {
  if (field === 'monthlySpendGBP' && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= Math.max(1, b * 0.01);
  return a === b;
}

export function evaluateSituations(set: SituationSet, items: LabelledSituation[] = loadSituations(set)): SituationEvalReport {
  const fields = new Map(FIELDS.map((f) => [f, { field: f, correct: 0, total: 0, statedCorrect: 0, stated: 0 }]));
  const misses: SituationMiss[] = [];
  let right = 0;
  for (const item of items) {
    const outcome = recommendFromText(item.text);
    const got = !outcome ? 'none' : outcome.kind === 'missing' ? 'missing' : outcome.mode;
    if (got === item.expected.recommendation) right++;
    else misses.push({ id: item.id, text: item.text, field: 'recommendation', expected: item.expected.recommendation, got });
    if (item.expected.recommendation === 'none') continue;
    const readings = outcome?.readings ?? {};
    for (const f of FIELDS) {
      const score = fields.get(f)!;
      const want = item.expected.inputs[f];
      const have = readings[f]?.value;
      const ok = want === undefined ? have === undefined : same(f, have, want);
      score.total++;
      if (ok) score.correct++;
      if (want !== undefined) {
        score.stated++;
        if (ok) score.statedCorrect++;
      }
      if (!ok) misses.push({ id: item.id, text: item.text, field: f, expected: want ?? '(not stated)', got: have === undefined ? '(not read)' : `${String(have)} ← "${readings[f]?.words ?? ''}"` });
    }
  }
  return { set, situations: items.length, recommendation: { correct: right, total: items.length }, fields: [...fields.values()], misses };
}

import { FIELD_LABELS } from '../assumptions.ts';
import type { SituationEvalReport } from './run-eval.ts';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** The report as a table per set: recommendation accuracy, then each input's extraction accuracy. */
export function formatSituationEval(reports: SituationEvalReport[], showMisses = false): string {
  return reports
    .map((r) => {
      const lines = [
        `situations-${r.set}: ${r.situations} situations`,
        `  recommendation accuracy  ${pct(r.recommendation.correct, r.recommendation.total)} (${r.recommendation.correct}/${r.recommendation.total})`,
        '  input                                        accuracy          stated read right',
        ...r.fields.map((f) => `  ${FIELD_LABELS[f.field].padEnd(44)} ${`${pct(f.correct, f.total)} (${f.correct}/${f.total})`.padEnd(17)} ${pct(f.statedCorrect, f.stated)} (${f.statedCorrect}/${f.stated})`),
      ];
      if (showMisses) lines.push(...r.misses.map((m) => `  miss ${m.id} ${m.field}: expected ${String(m.expected)}, got ${String(m.got)}`));
      return lines.join('\n');
    })
    .join('\n\n');
}

export function formatSituationEvalJson(reports: SituationEvalReport[]): string {
  return JSON.stringify(reports.map((r) => ({ ...r, recommendation: { ...r.recommendation, accuracy: r.recommendation.total ? r.recommendation.correct / r.recommendation.total : 0 } })), null, 2);
}

import type { EvalReport } from './run-eval.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The retrieval table `kb eval` prints; `showFailures: false` leaves out the ids of missed questions. */
export function formatEvalReport(report: EvalReport, options: { showFailures?: boolean } = {}): string {
  const lines = [
    `Evaluation${report.questionsFile ? ` of ${report.questionsFile}` : ''} (${report.modes[0]?.questions ?? 0} answerable questions; regexes matched case-insensitively)`,
    '',
    'mode    answer accuracy  recall@1  recall@3   (strict-case accuracy)',
  ];
  for (const m of report.modes) {
    lines.push(`${m.mode.padEnd(8)}${pct(m.accuracy).padStart(15)}${pct(m.recallAt1).padStart(10)}${pct(m.recallAt3).padStart(10)}   (${pct(m.strictAccuracy)})`);
  }
  lines.push('');
  for (const m of options.showFailures === false ? [] : report.modes) {
    if (m.failed.answer.length) lines.push(`${m.mode}: answer missed ${m.failed.answer.join(', ')}`);
  }
  lines.push(report.fusedBest ? 'fused beats BM25 alone and dense alone.' : 'fused does NOT beat both single signals on this set.');
  return lines.join('\n');
}

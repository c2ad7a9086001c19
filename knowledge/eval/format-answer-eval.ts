import type { AnswerEvalReport, KindRow } from './answer-eval.ts';
import type { Outcome } from './grade.ts';

const pct = (n: number, d: number) => (d ? `${((n / d) * 100).toFixed(1)}%` : '-');
const cell = (n: number, d: number, w: number) => `${n} (${pct(n, d)})`.padStart(w);
const conf = (x: number | null) => (x === null ? '-' : x.toFixed(2));

function kindLine(r: KindRow): string {
  return `${r.kind.padEnd(12)}${String(r.questions).padStart(5)}${cell(r.rightFacts, r.questions, 15)}${cell(r.refused, r.questions, 14)}${cell(r.wrongFacts, r.questions, 14)}${r.withCards ? cell(r.citedCard, r.withCards, 14) : '-'.padStart(14)}${r.claimsChecked ? cell(r.claimsSupported, r.claimsChecked, 18) : '-'.padStart(18)}`;
}

const FAILURES: [Outcome, string][] = [
  ['refused', 'answerable but refused'],
  ['wrong-facts', 'answered with facts missing'],
  ['answered-confidently', 'answered when it should not be'],
];

/**
 * The human report for one set: answerable questions by kind, the ones that must not be answered confidently by
 * category, mean confidence of right and wrong answers, the refusal threshold and a sweep of cut-offs, and (unless
 * the set hides them) the ids that failed.
 */
export function formatAnswerEval(report: AnswerEvalReport): string {
  const a = report.answerable;
  const u = report.unanswerable;
  const lines = [
    `Answers${report.set ? `, set "${report.set}"` : ''}: ${report.questions} questions (${a.questions} answerable, ${u.questions} that must not be answered confidently)`,
    '',
    `${'kind'.padEnd(12)}${'n'.padStart(5)}${'right facts'.padStart(15)}${'refused'.padStart(14)}${'wrong facts'.padStart(14)}${'cites a card'.padStart(14)}${'cites its page'.padStart(18)}`,
    ...a.byKind.map(kindLine),
    kindLine(a),
  ];
  if (u.questions) {
    lines.push('', `${'must not answer'.padEnd(16)}${'n'.padStart(5)}${'declined'.padStart(14)}${'named as gap'.padStart(14)}${'answered confidently'.padStart(22)}`);
    for (const r of u.byCategory) {
      lines.push(`${r.category.padEnd(16)}${String(r.questions).padStart(5)}${cell(r.declined, r.questions, 14)}${cell(r.namedUnknown, r.questions, 14)}${cell(r.answeredConfidently, r.questions, 22)}`);
    }
  }
  lines.push('', `mean confidence: right answers ${conf(report.confidence.right)}, wrong answers ${conf(report.confidence.wrong)}`);
  const { current, sweep } = report.threshold;
  const letThrough = u.answeredConfidently;
  lines.push(`as answered: ${a.refused} of ${a.questions} answerable refused (${pct(a.refused, a.questions)}), ${letThrough} of ${u.questions} unanswerable answered confidently (${pct(letThrough, u.questions)})${current === undefined ? '' : `; engine cut-off ${current}`}`);
  if (sweep.length) {
    lines.push('', 'threshold sweep (answered when confidence >= t):', `${'t'.padStart(6)}${'answerable refused'.padStart(20)}${'unanswerable let through'.padStart(26)}${'right kept'.padStart(12)}${'wrong kept'.padStart(12)}`);
    for (const r of sweep) {
      const mark = r.threshold === current ? ' <- engine' : '';
      lines.push(`${r.threshold.toFixed(2).padStart(6)}${cell(r.answerableRefused, a.questions, 20)}${cell(r.unanswerableLetThrough, u.questions, 26)}${String(r.rightKept).padStart(12)}${String(r.wrongKept).padStart(12)}${mark}`);
    }
  }
  if (report.graded) {
    const failed = FAILURES.map(([o, label]) => [label, report.graded!.filter((g) => g.outcome === o).map((g) => g.id)] as const).filter(([, ids]) => ids.length);
    if (failed.length) lines.push('', ...failed.map(([label, ids]) => `${label} (${ids.length}): ${ids.join(', ')}`));
  } else {
    lines.push('', 'question ids are not shown for this set: it is never used for tuning.');
  }
  return lines.join('\n');
}

/**
 * Decision-from-text benchmark: recommendFromText() latency over the labelled situations (median, p95), and the
 * worst case over hostile messages at the 4,000-character limit (repeated cue words, figures, negators).
 * Targets (issue 13): p95 < 10 ms on real messages; every hostile message < 300 ms.
 */
import { recommendFromText } from '../workflows/decision/situation/recommend.ts';
import { loadSituations, SITUATION_SETS } from '../workflows/decision/situation/eval/run-eval.ts';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] ?? NaN;
};
const timeOf = (text: string) => {
  const t = performance.now();
  recommendFromText(text);
  return performance.now() - t;
};

const texts = SITUATION_SETS.flatMap((s) => loadSituations(s).map((x) => x.text));
for (const t of texts) recommendFromText(t); // warm the regular expressions and the price file
const real = texts.flatMap((t) => Array.from({ length: 5 }, () => timeOf(t)));
const hostile: Record<string, string> = {
  figures: '£1 '.repeat(2000),
  ranges: '2k-3k '.repeat(700),
  negators: 'no nobody not '.repeat(300),
  cues: 'no personal data, must stay in the uk, £3k a month, two ml engineers, '.repeat(60),
  'one word': 'a'.repeat(4000),
  hyphens: 'fine-tune-'.repeat(400),
};
const worst = Object.entries(hostile).map(([name, text]) => [name, timeOf(text)] as const);

const p95 = quantile(real, 0.95);
console.log(`recommendFromText on ${texts.length} labelled situations: median ${quantile(real, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (target < 10 ms)`);
for (const [name, ms] of worst) console.log(`  hostile "${name}": ${ms.toFixed(1)} ms (target < 300 ms)`);
const ok = p95 < 10 && worst.every(([, ms]) => ms < 300);
console.log(ok ? 'targets met' : 'TARGET MISSED');
process.exitCode = ok ? 0 : 1;

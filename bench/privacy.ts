/**
 * Personal-data detection benchmark: recall and precision per kind on the labelled corpus (bot/privacy/eval), for
 * the tuning half and the check half, and detection time per message, including hostile 40,000-character inputs
 * (Slack's own message limit). Targets (issue 10): recall >= 95% and precision >= 95% on both halves.
 */
import { detectPersonalData } from '../bot/privacy/index.ts';
import { CORPUS_PARTS, loadCorpus } from '../bot/privacy/eval/corpus.ts';
import { percent, scoreCorpus, totals, type CorpusScore } from '../bot/privacy/eval/score.ts';

const TARGET = 0.95;
const scores = new Map<string, CorpusScore>(CORPUS_PARTS.map((part) => [part, scoreCorpus(loadCorpus(part))]));
const tune = scores.get('tune')!;
const check = scores.get('check')!;

const rows: string[][] = [['kind', 'tune recall', 'tune precision', 'check recall', 'check precision']];
for (const [i, k] of tune.perKind.entries()) {
  const c = check.perKind[i]!;
  if (k.labelled + k.predicted + c.labelled + c.predicted === 0) continue;
  rows.push([
    k.type,
    `${percent(k.found, k.labelled)} (${k.found}/${k.labelled})`,
    `${percent(k.correct, k.predicted)} (${k.correct}/${k.predicted})`,
    `${percent(c.found, c.labelled)} (${c.found}/${c.labelled})`,
    `${percent(c.correct, c.predicted)} (${c.correct}/${c.predicted})`,
  ]);
}
const t = totals(tune);
const c = totals(check);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
rows.push(['all kinds (micro)', pct(t.recall), pct(t.precision), pct(c.recall), pct(c.precision)]);
rows.push([
  'redacted, any kind',
  percent(tune.redacted.covered, tune.redacted.labelled),
  percent(tune.overall.correct, tune.overall.predicted),
  percent(check.redacted.covered, check.redacted.labelled),
  percent(check.overall.correct, check.overall.predicted),
]);
rows.push(['negatives flagged', `${tune.negativesFlagged}/${tune.negatives}`, '', `${check.negativesFlagged}/${check.negatives}`, '']);
printTable(rows);

const met = (x: number) => (x >= TARGET ? 'met' : 'MISSED');
process.stdout.write(`\ntarget recall >= 95%: tune ${met(t.recall)}, check ${met(c.recall)}; precision >= 95%: tune ${met(t.precision)}, check ${met(c.precision)}\n`);
const misses = check.misses.map((m) => `${m.id} ${m.type}`).join(', ');
const falsePositives = check.falsePositives.map((m) => `${m.id} ${m.type}`).join(', ');
process.stdout.write(`check half misses: ${misses || 'none'}\ncheck half false positives: ${falsePositives || 'none'}\n\n`);

// Speed: every message and every model-bound turn passes the detectors, so they must stay cheap and linear.
const messages = CORPUS_PARTS.flatMap((part) => loadCorpus(part)).map((m) => m.text);
for (const m of messages) detectPersonalData(m);
const perMessage: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const m of messages) {
    const start = performance.now();
    detectPersonalData(m);
    perMessage.push(performance.now() - start);
  }
}
perMessage.sort((a, b) => a - b);
const q = (p: number) => perMessage[Math.min(perMessage.length - 1, Math.ceil(p * perMessage.length) - 1)]!;
const timing: string[][] = [['input', 'time', ''], ['corpus message, median', `${(q(0.5) * 1000).toFixed(0)} µs`, `${perMessage.length} runs`], ['corpus message, p99', `${(q(0.99) * 1000).toFixed(0)} µs`, '']];
const LIMIT = 40_000;
const hostile: [string, string][] = [
  ['digits and spaces', '1 2 '.repeat(LIMIT / 4)],
  ['one long number', '7'.repeat(LIMIT)],
  ['dotted digits', '1.'.repeat(LIMIT / 2)],
  ['letters and at-signs', 'a@'.repeat(LIMIT / 2)],
  ['words and " at "', 'jane at '.repeat(LIMIT / 8)],
  ['hex and colons', 'a:'.repeat(LIMIT / 2)],
  ['capitalised words after "I\'m"', "I'm Jane ".repeat(LIMIT / 9)],
  ['house numbers and words', '12 High '.repeat(LIMIT / 8)],
  ['a realistic message, repeated', messages.slice(0, 40).join(' ').repeat(3).slice(0, LIMIT)],
];
for (const [label, text] of hostile) {
  const start = performance.now();
  const found = detectPersonalData(text).length;
  timing.push([`40,000 chars: ${label}`, `${(performance.now() - start).toFixed(1)} ms`, `${found} findings`]);
}
printTable(timing);

function printTable(table: string[][]): void {
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  for (const r of table) process.stdout.write(`${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')}\n`);
}

import { describe, expect, it } from 'vitest';
import { formatContextReport, loadContextTemplates, runContextInvariance, wrapQuestion } from '../../../knowledge/eval/context-invariance.ts';
import type { EvalQuestion } from '../../../knowledge/eval/questions.ts';

const questions: EvalQuestion[] = [
  { id: 'a', q: 'how much is gpt-5.2?', must: ['\\$1\\.75'] },
  { id: 'b', q: 'when was olmo 2 released?', must: ['November 2024'] },
  { id: 'c', q: 'what is the weather?', answerable: false, category: 'offtopic' },
];
const templates = { tune: ['our dpo is asking. {q}', '{q} thanks!'], check: ['quick one - {q}'] };

// An engine that knows one fact, and loses it when the question comes after a full stop.
const ask = async (message: string) => {
  const knows = /gpt-5\.2/.test(message) && !/\.\s/.test(message);
  return { answered: knows, answer: knows ? 'GPT-5.2 costs $1.75 per million input tokens.' : 'No answer.', citations: [], confidence: knows ? 0.9 : 0.1 };
};

describe('context invariance', () => {
  it('wraps only the questions answered right on their own and grades each wrapped answer against the same labels', async () => {
    const report = await runContextInvariance(questions, ask, templates, { set: 'x', showFailures: true });
    expect(report).toMatchObject({ set: 'x', answerable: 2, rightAlone: 1 });
    expect(report.halves).toEqual([
      { half: 'tune', templates: 2, asked: 2, right: 1, refused: 1, wrongFacts: 0, failures: ['a@1'] },
      { half: 'check', templates: 1, asked: 1, right: 1, refused: 0, wrongFacts: 0 },
    ]);
    expect(formatContextReport(report)).toMatch(/tune\s+2\s+2\s+1 \(50\.0%\)\s+1 \(50\.0%\)/);
  });

  it('never lists failures for the check templates, nor for a set that hides its failures', async () => {
    const hidden = await runContextInvariance(questions, async () => ({ answered: false, answer: '', citations: [], confidence: 0 }), templates, { showFailures: false });
    expect(hidden.halves.every((h) => h.failures === undefined)).toBe(true);
  });

  it('reads the repo templates: two halves, every template holding the question once', async () => {
    const t = await loadContextTemplates();
    expect(t.tune.length).toBeGreaterThanOrEqual(10);
    expect(t.check.length).toBeGreaterThanOrEqual(10);
    expect(new Set([...t.tune, ...t.check]).size).toBe(t.tune.length + t.check.length);
    for (const template of [...t.tune, ...t.check]) expect(template.split('{q}')).toHaveLength(2);
    expect(wrapQuestion('x {q} y', 'costs $& and $1?')).toBe('x costs $& and $1? y');
  });
});

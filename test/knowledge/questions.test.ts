import { afterAll, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadEvalQuestions } from '../../knowledge/eval/questions.ts';
import { formatEvalReport } from '../../knowledge/eval/format-eval.ts';
import { runEval } from '../../knowledge/eval/run-eval.ts';
import { scratch } from './helpers.ts';

describe('eval questions and scoring', async () => {
  const { dir, cleanup } = await scratch('eval-test-');
  afterAll(cleanup);

  it('reads a JSON-lines file and names the bad line', async () => {
    const good = join(dir, 'good.jsonl');
    await writeFile(good, '{"id":"a","q":"Price?","must":["1\\\\.75"]}\n\n{"id":"b","q":"When?","must":["2024","Aug"]}\n');
    expect(await loadEvalQuestions(good)).toEqual([
      { id: 'a', q: 'Price?', must: ['1\\.75'] },
      { id: 'b', q: 'When?', must: ['2024', 'Aug'] },
    ]);
    const bad = join(dir, 'bad.jsonl');
    await writeFile(bad, '{"id":"a","q":"x","must":["ok"]}\n{"id":"b","q":"y","must":[]}\n');
    await expect(loadEvalQuestions(bad)).rejects.toThrow(/bad\.jsonl:2: must/);
    await writeFile(bad, '{"id":"a","q":"x","must":["(unclosed"]}\n');
    await expect(loadEvalQuestions(bad)).rejects.toThrow(/:1: invalid regex/);
  });

  it('scores answers and top chunks per mode, all regexes required', async () => {
    const questions = [
      { id: 'a', q: 'price', must: ['1\\.75', 'input'] },
      { id: 'b', q: 'date', must: ['2024'] },
    ];
    const report = await runEval(questions, {
      answer: async (q, mode) => (mode === 'bm25' && q === 'price' ? 'It is $1.75 per million input tokens.' : 'In force since 2024.'),
      topTexts: async (q, mode) => (mode === 'dense' ? ['nothing', 'costs $1.75 input', 'in 2024'] : ['costs $1.75 input; 2024']),
    }, ['bm25', 'dense']);
    const [bm25, dense] = report.modes;
    expect(bm25).toMatchObject({ accuracy: 1, recallAt1: 1, recallAt3: 1 });
    expect(dense).toMatchObject({ accuracy: 0.5, recallAt1: 0, recallAt3: 1, failed: { answer: ['a'], recallAt1: ['a', 'b'], recallAt3: [] } });
    expect(report.fusedBest).toBe(false);
    expect(formatEvalReport(report)).toMatch(/bm25\s+100\.0%\s+100\.0%\s+100\.0%/);
  });
});

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

  it('reads the labelled format and refuses a label that does not fit the answerability', async () => {
    const file = join(dir, 'labelled.jsonl');
    const line = (o: object) => JSON.stringify({ kind: 'number', style: 'slack', ...o });
    await writeFile(file, [
      line({ id: 'a', q: 'gpt-5.2 price?', answerable: true, must: ['1\\.75'], cards: ['openai-api-prices'] }),
      line({ id: 'b', q: 'sonnet 4.6 price?', answerable: false, category: 'near-miss', unknown: ['Sonnet 4.6'] }),
    ].join('\n'));
    expect((await loadEvalQuestions(file)).map((q) => [q.id, q.answerable, q.category])).toEqual([['a', true, undefined], ['b', false, 'near-miss']]);
    const cases: [object, RegExp][] = [
      [{ id: 'c', q: 'x', answerable: false }, /needs a "category"/],
      [{ id: 'c', q: 'x', answerable: false, category: 'near-miss' }, /near miss needs "unknown"/],
      [{ id: 'c', q: 'x', answerable: false, category: 'offtopic', must: ['y'] }, /takes no "must"/],
      [{ id: 'c', q: 'x', must: ['y'], unknown: ['z'] }, /takes no "category" or "unknown"/],
      [{ id: 'c', q: 'x', must: ['y'], kind: 'riddle' }, /kind/],
      [{ id: 'c', q: 'x', must: ['y'], answer: 'leaked' }, /answer/],
    ];
    for (const [o, why] of cases) {
      await writeFile(file, line(o));
      await expect(loadEvalQuestions(file), JSON.stringify(o)).rejects.toThrow(why);
    }
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

  it('leaves questions with no facts to find out of the retrieval table', async () => {
    const report = await runEval(
      [
        { id: 'a', q: 'price', must: ['1\\.75'] },
        { id: 'off', q: 'weather', answerable: false, category: 'offtopic' },
      ],
      { answer: async () => '$1.75', topTexts: async () => ['$1.75'] },
      ['bm25'],
    );
    expect(report.modes[0]).toMatchObject({ questions: 1, accuracy: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { gradeAnswer, namesTerm, type EvalAnswer } from '../../knowledge/eval/grade.ts';
import { runAnswerEval } from '../../knowledge/eval/answer-eval.ts';
import { formatAnswerEval } from '../../knowledge/eval/format-answer-eval.ts';
import { sweepThresholds } from '../../knowledge/eval/threshold-sweep.ts';
import type { EvalQuestion } from '../../knowledge/eval/questions.ts';

const price: EvalQuestion = { id: 'num-1', kind: 'number', style: 'slack', q: 'gpt-5.2 price?', answerable: true, must: ['1\\.75', '\\b14\\b'], cards: ['openai-api-prices'] };
const sonnet: EvalQuestion = { id: 'nm-1', kind: 'number', style: 'plain', q: 'Claude Sonnet 4.6 price?', answerable: false, category: 'near-miss', unknown: ['Sonnet 4.6'] };
const weather: EvalQuestion = { id: 'off-1', kind: 'offtopic', style: 'slack', q: 'rain tomorrow?', answerable: false, category: 'offtopic' };
const said = (answer: string, extra: Partial<EvalAnswer> = {}): EvalAnswer => ({ answered: true, answer, citations: [{ id: 'openai-api-prices' }], confidence: 0.8, ...extra });
const refused = (confidence: number): EvalAnswer => ({ answered: false, answer: "I don't have a grounded answer to that.", citations: [], confidence });

describe('grading one answer', () => {
  it('needs every fact, in any case, and notes whether a labelled card is cited', () => {
    expect(gradeAnswer(price, said('GPT-5.2 costs $1.75 in and $14 out [1]'))).toMatchObject({ outcome: 'right', missing: [], citedCard: true });
    expect(gradeAnswer(price, said('GPT-5.2 costs $1.75 per million input tokens', { citations: [{ id: 'capability-gap' }] }))).toMatchObject({
      outcome: 'wrong-facts',
      missing: ['\\b14\\b'],
      citedCard: false,
    });
    expect(gradeAnswer(price, refused(0.3))).toMatchObject({ outcome: 'refused', confidence: 0.3 });
  });

  it('lets a near miss through only when `unknown` names what is missing', () => {
    const closest = 'Claude Sonnet 4 and 4.5 cost $3 and $15.';
    expect(gradeAnswer(sonnet, said(closest)).outcome).toBe('answered-confidently');
    expect(gradeAnswer(sonnet, said(closest, { unknown: ['Claude Sonnet 4.5'] })).outcome).toBe('answered-confidently');
    expect(gradeAnswer(sonnet, said(closest, { unknown: ['claude sonnet 4.6'] })).outcome).toBe('named-unknown');
    expect(gradeAnswer(sonnet, refused(0.2)).outcome).toBe('declined');
    // Off-topic text is never fine to answer, whatever `unknown` says.
    expect(gradeAnswer(weather, said('It will rain.', { unknown: ['rain'] })).outcome).toBe('answered-confidently');
  });

  it('matches names by their words and numbers, not by loose overlap', () => {
    expect(namesTerm(['GPT 4o'], 'GPT-4o')).toBe(true);
    expect(namesTerm(['Microsoft Phi-4 licence'], 'Phi-4')).toBe(true);
    expect(namesTerm(['Phi-2'], 'Phi-4')).toBe(false);
    expect(namesTerm(['Gemini 2.5 Pro'], 'Gemini 1.5 Pro')).toBe(false);
    expect(namesTerm(['Claude'], 'Sonnet 4.6')).toBe(false);
    expect(namesTerm([], 'Groq')).toBe(false);
  });
});

describe('the answers report', () => {
  const answers = new Map<string, EvalAnswer>([
    ['gpt-5.2 price?', said('$1.75 and $14 [1]', { confidence: 0.9 })],
    ['Claude Sonnet 4.6 price?', said('Sonnet 4.5 costs $3.', { confidence: 0.6 })],
    ['rain tomorrow?', refused(0.1)],
    ['opus price?', refused(0.4)],
  ]);
  const opus: EvalQuestion = { id: 'num-2', kind: 'number', style: 'plain', q: 'opus price?', answerable: true, must: ['\\$5'], cards: ['anthropic-api-prices'] };
  const ask = async (q: string) => answers.get(q)!;

  it('counts by kind and category, averages confidence, and sweeps the cut-off', async () => {
    const report = await runAnswerEval([price, opus, sonnet, weather], ask, { set: 'tune', currentThreshold: 0.45, thresholds: [0.3, 0.5, 0.7] });
    expect(report.answerable).toMatchObject({ questions: 2, rightFacts: 1, refused: 1, wrongFacts: 0, citedCard: 1 });
    expect(report.unanswerable.byCategory).toEqual([
      { category: 'offtopic', questions: 1, declined: 1, namedUnknown: 0, answeredConfidently: 0 },
      { category: 'near-miss', questions: 1, declined: 0, namedUnknown: 0, answeredConfidently: 1 },
    ]);
    expect(report.confidence).toEqual({ right: 0.9, wrong: 0.6 });
    expect(report.threshold.sweep.map((r) => [r.threshold, r.answerableRefused, r.unanswerableLetThrough])).toEqual([
      [0.3, 0, 1],
      [0.45, 1, 1],
      [0.5, 1, 1],
      [0.7, 1, 0],
    ]);
    const text = formatAnswerEval(report);
    expect(text).toMatch(/number\s+2\s+1 \(50\.0%\)\s+1 \(50\.0%\)/);
    expect(text).toMatch(/0\.45\s+1 \(50\.0%\)\s+1 \(50\.0%\).*<- engine/);
    expect(text).toContain('answerable but refused (1): num-2');
  });

  it('keeps no question ids when a set hides its failures', async () => {
    const report = await runAnswerEval([price, opus], ask, { keepGraded: false });
    expect(report.graded).toBeUndefined();
    expect(formatAnswerEval(report)).not.toContain('num-2');
  });

  it('never lets a refusal with confidence 0 (an injection) through at any cut-off', () => {
    const graded = [gradeAnswer(weather, refused(0))];
    expect(sweepThresholds(graded, [0, 0.2]).map((r) => r.unanswerableLetThrough)).toEqual([0, 0]);
  });
});

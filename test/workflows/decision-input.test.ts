import { describe, expect, it } from 'vitest';
import { runDecision } from '../../workflows/api.ts';

const valid = {
  monthlySpendGBP: 1200, spendPredictable: true, dataClassification: 'internal', residencyRequired: false,
  gpuCapability: 'none', fineTuning: 'none', stage: 'prototype', frontierReasoning: false, sovereigntyProcurement: false,
};

describe('runDecision (decide --input FILE --json)', () => {
  it('returns recommendation, factors {factor, verdict, reason}, costs, citations and next steps', async () => {
    const out = await runDecision(valid);
    if (!out.ok) throw new Error(out.problems.join('; '));
    expect(out.result.recommendation).toBe('closed');
    expect(out.result.factors).toHaveLength(6);
    for (const f of out.result.factors) expect(Object.keys(f)).toEqual(expect.arrayContaining(['factor', 'verdict', 'reason']));
    expect(out.result.costs.monthlyApiSpend).toBe(1200);
    expect(out.result.citations.length).toBeGreaterThan(3);
    expect(out.result.nextSteps.length).toBeGreaterThan(1);
    expect(JSON.parse(JSON.stringify(out.result))).toEqual(out.result);
  });

  it('names every problem at once: wrong types, bad enum values, negatives, missing and unknown fields', async () => {
    const out = await runDecision({ monthlySpendGBP: -5, spendPredictable: 'yes', dataClassification: 'secret', gpuCapability: 'lots', fineTuning: 'api', stage: 'production', frontierReasoning: false, sovereigntyProcurement: false, colour: 'blue' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.problems).toEqual([
      'monthlySpendGBP: must be >= 0, got -5',
      'spendPredictable: must be true or false, got "yes"',
      'dataClassification: must be one of "public", "internal", "personal", "special-category", got "secret"',
      'residencyRequired: is required (true or false)',
      'gpuCapability: must be one of "none", "some", "dedicated", got "lots"',
      'colour: unknown field',
    ]);
  });

  it('rejects a non-object and a string amount with a clear message', async () => {
    expect(await runDecision([])).toEqual({ ok: false, problems: ['(input): must be an object, got an array'] });
    const out = await runDecision({ ...valid, monthlySpendGBP: '1200' });
    expect(out).toEqual({ ok: false, problems: ['monthlySpendGBP: must be a number, got "1200"'] });
  });
});

import { describe, expect, it } from 'vitest';
import { decide, DECISION_RULES, selfHostingDrivers } from '../../workflows/decision/rules.ts';
import { assessFactors } from '../../workflows/decision/factors.ts';
import { compareCosts } from '../../workflows/decision/costs.ts';
import { nextSteps } from '../../workflows/decision/next-steps.ts';
import { DECISION_CARDS as C } from '../../workflows/decision/cards.ts';
import type { DecisionInput } from '../../workflows/decision/input.ts';

/** A small team prototyping on internal data: the article's "default to closed" profile. */
const base: DecisionInput = {
  monthlySpendGBP: 800, spendPredictable: false, dataClassification: 'internal', residencyRequired: false,
  gpuCapability: 'none', fineTuning: 'none', stage: 'prototype', frontierReasoning: false, sovereigntyProcurement: false,
};
const production: DecisionInput = { ...base, stage: 'production', gpuCapability: 'some' };

describe('decision rules, each implementing one card', () => {
  it(`default-closed implements ${C.closed}: no self-hosting driver -> closed`, () => {
    const { rule } = decide(base);
    expect(rule).toMatchObject({ id: 'default-closed', card: C.closed, recommendation: 'closed' });
    expect(rule.why(base, [])).toMatch(/prototyping.*no GPU capability.*under £1,500.*not regulated/);
    // Inside the crossover band with nothing else pushing, closed stays the default.
    expect(decide({ ...production, monthlySpendGBP: 2000, spendPredictable: true }).rule.id).toBe('default-closed');
    // Above the crossover but unpredictable: not yet a driver.
    expect(decide({ ...production, monthlySpendGBP: 9000, spendPredictable: false }).rule.id).toBe('default-closed');
  });

  it(`self-host implements ${C.selfHost}: each of its four triggers alone, in production with GPU skills`, () => {
    const cases: [Partial<DecisionInput>, string][] = [
      [{ residencyRequired: true }, 'residency'],
      [{ monthlySpendGBP: 3000, spendPredictable: true }, 'steady-high-spend'],
      [{ fineTuning: 'weights' }, 'weight-fine-tuning'],
      [{ sovereigntyProcurement: true }, 'sovereignty-procurement'],
      [{ dataClassification: 'special-category' }, 'special-category-data'],
    ];
    for (const [change, driver] of cases) {
      const input = { ...production, ...change };
      expect(selfHostingDrivers(input).map((d) => d.id)).toEqual([driver]);
      expect(decide(input).rule).toMatchObject({ id: 'self-host', card: C.selfHost, recommendation: 'self-hosted' });
    }
  });

  it(`hybrid-frontier-reasoning implements ${C.hybrid}: a self-hosting driver plus frontier reasoning -> hybrid`, () => {
    const input = { ...production, residencyRequired: true, frontierReasoning: true, gpuCapability: 'dedicated' as const };
    const { rule, drivers } = decide(input);
    expect(rule).toMatchObject({ id: 'hybrid-frontier-reasoning', card: C.hybrid, recommendation: 'hybrid' });
    expect(rule.why(input, drivers)).toMatch(/frontier reasoning.*closed/);
    // Frontier reasoning alone does not force a hybrid.
    expect(decide({ ...production, frontierReasoning: true }).rule.id).toBe('default-closed');
  });

  it(`hybrid-staged implements ${C.caseStudy}: the 35-person firm (£2,500 projected, prototyping) -> closed now, open weights later`, () => {
    const firm = { ...base, monthlySpendGBP: 3000, spendPredictable: true, dataClassification: 'personal' as const, gpuCapability: 'some' as const };
    expect(decide(firm).rule).toMatchObject({ id: 'hybrid-staged', card: C.caseStudy, recommendation: 'hybrid' });
    // No GPU capability yet, in production, residency required: the same staged hybrid.
    expect(decide({ ...production, gpuCapability: 'none', residencyRequired: true }).rule.id).toBe('hybrid-staged');
  });

  it('every rule names a card, and the rules cover every input (the last applies whenever the first does not)', () => {
    expect(DECISION_RULES.map((r) => r.card)).toEqual([C.closed, C.hybrid, C.caseStudy, C.selfHost]);
    expect(DECISION_RULES.at(-1)?.applies(production, [{ id: 'residency', text: 'x' }])).toBe(true);
  });
});

describe(`factor verdicts (${C.fiveFactors})`, () => {
  const byId = (i: DecisionInput) => Object.fromEntries(assessFactors(i).map((f) => [f.id, f.verdict]));

  it('gives a verdict and reason for each of the five factors and for spend, in order', () => {
    const factors = assessFactors(base);
    expect(factors.map((f) => f.factor)).toEqual(['Data sovereignty', 'Customisation depth', 'Cost predictability', 'Support burden', 'Regulatory positioning', 'Monthly spend']);
    for (const f of factors) expect(f.reason.length).toBeGreaterThan(30);
  });

  it('the closed profile favours closed on sovereignty, cost, support, regulation and spend', () => {
    expect(byId(base)).toEqual({
      'data-sovereignty': 'favours-closed', 'customisation-depth': 'neutral', 'cost-predictability': 'favours-closed',
      'support-burden': 'favours-closed', 'regulatory-positioning': 'favours-closed', spend: 'favours-closed',
    });
  });

  it('the sovereign, fine-tuning, high-volume profile favours self-hosting on every factor', () => {
    const heavy: DecisionInput = { ...production, monthlySpendGBP: 6000, spendPredictable: true, dataClassification: 'special-category', residencyRequired: true, gpuCapability: 'dedicated', fineTuning: 'weights', sovereigntyProcurement: true };
    expect(new Set(Object.values(byId(heavy)))).toEqual(new Set(['favours-self-hosted']));
  });

  it(`spend follows ${C.crossover}: below £1,500 closed, £1,500-£2,500 neutral, above £2,500 self-hosted only when predictable`, () => {
    const spend = (monthlySpendGBP: number, spendPredictable = true) => byId({ ...base, monthlySpendGBP, spendPredictable }).spend;
    expect([spend(1499), spend(1500), spend(2500), spend(2501), spend(2501, false)]).toEqual(['favours-closed', 'neutral', 'neutral', 'favours-self-hosted', 'neutral']);
  });

  it(`customisation follows ${C.fineTuning}: weights -> self-hosted, api -> closed`, () => {
    expect(byId({ ...base, fineTuning: 'weights' })['customisation-depth']).toBe('favours-self-hosted');
    expect(byId({ ...base, fineTuning: 'api' })['customisation-depth']).toBe('favours-closed');
  });
});

describe(`cost comparison (${C.crossover}, ${C.entryCost}, ${C.tokenPrices})`, () => {
  it('prices self-hosting at £1,500 + £1,000 and places the spend against the £1,500-£2,500 crossover', () => {
    const c = compareCosts({ ...base, monthlySpendGBP: 4000, spendPredictable: true });
    expect(c.selfHosting).toMatchObject({ infrastructure: 1500, devops: 1000, total: 2500, timeToProductionWeeks: [8, 10] });
    expect(c.crossover).toEqual({ low: 1500, high: 2500 });
    expect(c).toMatchObject({ position: 'above-crossover', monthlyDifference: 1500, annualDifference: 18000, cheaperAtYourVolume: 'self-hosted' });
    expect(compareCosts({ ...base, monthlySpendGBP: 1000 })).toMatchObject({ position: 'below-crossover', monthlyDifference: -1500, cheaperAtYourVolume: 'closed-api' });
    expect(compareCosts({ ...base, monthlySpendGBP: 2000 }).position).toBe('within-crossover');
  });

  it('derives the 29-41x token price ratio from the dated price data', () => {
    const c = compareCosts(base);
    expect(c.tokenPriceRatio).toEqual({ closedModel: 'Claude Opus 4.6', openModel: 'Llama 4 Maverick', input: 29.4, output: 41.7, range: '29-41x' });
    expect(c.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(c.summary).toContain(`Prices as of ${c.asOf}`);
    expect(c.sources.every((s) => /^https:\/\//.test(s.url))).toBe(true);
  });
});

describe('next steps', () => {
  it('always end with the vendor checklist and the quarterly review; self-hosting adds budget, safety and licence steps', () => {
    const closed = nextSteps(base, 'closed').map((s) => s.card);
    expect(closed.slice(-2)).toEqual([C.vendorQuestions, C.quarterly]);
    expect(closed).toContain(C.abstraction);
    expect(nextSteps(production, 'self-hosted').map((s) => s.card)).toEqual(expect.arrayContaining([C.entryCost, C.safety, C.licence]));
    expect(nextSteps({ ...base, dataClassification: 'personal' }, 'closed').map((s) => s.card)).toEqual(expect.arrayContaining([C.ico, C.transfers]));
  });
});

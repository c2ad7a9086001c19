import { describe, expect, it } from 'vitest';
import { loadCards } from '../../knowledge/load-cards.ts';
import { DECISION_CARDS } from '../../workflows/decision/cards.ts';
import { DECISION_STEPS } from '../../workflows/decision/steps.ts';
import { DECISION_RULES } from '../../workflows/decision/rules.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { runDecision } from '../../workflows/api.ts';

const { cards } = await loadCards();
const ids = new Set(cards.map((c) => c.id));

describe('every card the workflows cite exists in knowledge/cards', () => {
  it('the decision card table', () => {
    expect(Object.values(DECISION_CARDS).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('the rules, the wizard steps and the price data', () => {
    const prices = loadPrices();
    const cited = [...DECISION_RULES.map((r) => r.card), ...DECISION_STEPS.map((s) => s.card), prices.crossover.card, prices.self_hosting_entry.card, prices.token_price_ratio.card];
    expect(cited.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('a decision result cites real cards, numbered 1..n, with titles and URLs from the cards', async () => {
    const out = await runDecision({ monthlySpendGBP: 3200, spendPredictable: true, dataClassification: 'personal', residencyRequired: true, gpuCapability: 'some', fineTuning: 'api', stage: 'production', frontierReasoning: true, sovereigntyProcurement: true });
    if (!out.ok) throw new Error(out.problems.join('; '));
    const { citations } = out.result;
    expect(citations.map((c) => c.n)).toEqual(citations.map((_, i) => i + 1));
    for (const c of citations) {
      const card = cards.find((x) => x.id === c.id);
      expect(card, c.id).toBeDefined();
      expect(c.title).toBe(card?.title);
      expect(c.url).toBe(card?.sources[0]?.url);
    }
  });
});

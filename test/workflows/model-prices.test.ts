import { describe, expect, it } from 'vitest';
import { hasModelPrice, isPriceProvider, modelQuote, modelQuotes, rankedQuotes } from '../../workflows/decision/model-prices.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { formatMoney } from '../../workflows/format.ts';

/** Quotes over the real knowledge/data/prices.json. */
describe('model prices', () => {
  it('keeps the wizard\'s three token prices and adds every card\'s list prices beside them', () => {
    const prices = loadPrices();
    expect(prices.token_prices_usd_per_million.map((t) => t.model)).toEqual(['Claude Opus 4.6', 'GPT-5.2', 'Llama 4 Maverick']);
    expect(prices.model_prices_usd_per_million.length).toBeGreaterThanOrEqual(40);
    expect(hasModelPrice('Claude Haiku 4.5')).toBe(true);
    expect(hasModelPrice('Haiku 4.5')).toBe(false); // exact catalogue names only
    expect(isPriceProvider('DeepInfra')).toBe(true);
  });

  it('merges the entries of one model at one provider across cards, a range where sources disagree', () => {
    expect(modelQuotes('Llama 4 Maverick').map((q) => [q.provider, q.input, q.output])).toEqual([
      ['DeepInfra', { low: 0.15, high: 0.17 }, { low: 0.6, high: 0.6 }],
      ['Cerebras', { low: 0.2, high: 0.2 }, { low: 0.6, high: 0.6 }],
      ['Together AI', { low: 0.27, high: 0.27 }, { low: 0.85, high: 0.85 }],
      ['SambaNova', { low: 0.63, high: 0.63 }, { low: 1.8, high: 1.8 }],
    ]);
    // The model's own price card comes first, and is the one cited.
    expect(modelQuote('GPT-5.2')).toMatchObject({ card: 'openai-api-prices', providers: 1, input: { low: 1.75, high: 1.75 } });
  });

  it('quotes the long-prompt tier only when asked and held, and never cached input', () => {
    expect(modelQuote('Gemini 2.5 Pro')).toMatchObject({ context: 'prompts up to 200,000 tokens', input: { low: 1.25, high: 1.25 } });
    expect(modelQuote('Gemini 2.5 Pro', { tier: 'long' })).toMatchObject({ context: 'prompts over 200,000 tokens', input: { low: 2.5, high: 2.5 } });
    // GPT-5.2 is priced flat: its one price holds for long prompts.
    expect(modelQuote('GPT-5.2', { tier: 'long' })?.output).toEqual({ low: 14, high: 14 });
    expect(modelQuote('GPT-5')?.input).toEqual({ low: 1.25, high: 1.25 });
  });

  it('ranks a disputed price at its dearest for "cheapest" and its cheapest for "dearest"', () => {
    const quotes = ['Mistral Medium 3', 'Mistral Large 3', 'Mistral Large 2'].flatMap((m) => modelQuotes(m));
    expect(rankedQuotes(quotes, 'both').map((q) => q.model)).toEqual(['Mistral Medium 3', 'Mistral Large 3', 'Mistral Large 2']);
    expect(rankedQuotes(quotes, 'output', true).map((q) => q.model)).toEqual(['Mistral Large 2', 'Mistral Medium 3', 'Mistral Large 3']);
    expect(modelQuote('Llama 4 Maverick', { provider: 'SambaNova' })?.provider).toBe('SambaNova');
    expect(modelQuote('Llama 4 Maverick', { provider: 'OpenAI' })?.provider).toBe('DeepInfra');
  });

  it('writes unit prices as price lists do', () => {
    expect([5, 0.5, 1.75, 0.125, 2.5, 120].map((n) => formatMoney(n, 'USD', { unitPrice: true }))).toEqual(['$5', '$0.50', '$1.75', '$0.125', '$2.50', '$120']);
    expect(formatMoney(1800.5)).toBe('£1,801');
  });
});

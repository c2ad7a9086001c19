import { describe, expect, it } from 'vitest';
import { retiredVerdict } from '../../../bot/answer/retired-verdict.ts';

/** Plans to build on a model its maker no longer sells, over the real knowledge/data/prices.json. */
describe('retiredVerdict', () => {
  it('says no to a plan to build on a deprecated or shut-down model, cited to the page stating its status', () => {
    const v = retiredVerdict("since gpt-5 nano is openai's cheap option we'll build the whole pipeline on that, sound ok?", 'yes-no', ['GPT-5 nano', 'OpenAI']);
    expect(v?.text).toBe('No: OpenAI has deprecated GPT-5 nano, which cost $0.05 input and $0.40 output per million tokens, so plan on a model it still sells.');
    expect(v).toMatchObject({ cardId: 'openai-api-prices', url: expect.stringMatching(/gpt-5-nano/) });
    expect(retiredVerdict('should we keep running gemini 3 pro preview for the summaries?', 'should', ['Gemini 3 Pro Preview'])?.text).toBe('No: Google has shut down Gemini 3 Pro Preview, which cost $2 input and $12 output per million tokens for prompts up to 200,000 tokens, so plan on a model it still sells.');
  });

  it('says nothing of a model still sold, with no plan to use it, beside another model, or asked for no call', () => {
    expect(retiredVerdict('should we build on gpt-5 mini?', 'should', ['GPT-5 mini'])).toBeUndefined();
    expect(retiredVerdict('is gpt-5 nano cheaper than gemini flash-lite?', 'yes-no', ['GPT-5 nano', 'Gemini 2.5 Flash-Lite'])).toBeUndefined();
    expect(retiredVerdict('what did gpt-5 nano cost per mtok?', 'price', ['GPT-5 nano'])).toBeUndefined();
    expect(retiredVerdict('should we switch from gpt-5 mini to gpt-5 nano?', 'should', ['GPT-5 mini', 'GPT-5 nano'])).toBeUndefined();
  });
});

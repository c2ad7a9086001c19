import { describe, expect, it } from 'vitest';
import { markdownSentences, plainText, splitSentences } from '../../../knowledge/claims/sentences.ts';

describe('sentence splitting', () => {
  it('keeps figures and abbreviations inside their sentence', () => {
    expect(splitSentences('GPT-5.2 costs $1.75 per million tokens. It needs an MLAT, e.g. a treaty. Art. 48 applies. Version v1.1 is current.')).toEqual([
      'GPT-5.2 costs $1.75 per million tokens.',
      'It needs an MLAT, e.g. a treaty.',
      'Art. 48 applies.',
      'Version v1.1 is current.',
    ]);
  });

  it('ends a sentence after a word with digits, but not after a single initial', () => {
    expect(splitSentences('It reached 957 on four A100s. Llama 3.1 70B reached 419. See J. Smith for details.')).toEqual([
      'It reached 957 on four A100s.',
      'Llama 3.1 70B reached 419.',
      'See J. Smith for details.',
    ]);
  });

  it('splits before a figure or a quote, not inside 89.6% or 10^25', () => {
    expect(splitSentences('Open models reach 89.6% at launch. 13 weeks later they catch up. "Built with Llama" is required.')).toEqual([
      'Open models reach 89.6% at launch.',
      '13 weeks later they catch up.',
      '"Built with Llama" is required.',
    ]);
  });

  it('turns list items into sentences and strips inline Markdown', () => {
    const md = 'Intro line.\n\n- **Bold** item with a [link](https://x.example)\n- second item\n  continued here\n\n| Model | Price |\n|---|---|\n| GPT-5.2 | $1.75 |\n';
    expect(markdownSentences(md)).toEqual(['Intro line.', 'Bold item with a link', 'second item continued here', 'Model; Price', 'GPT-5.2; $1.75']);
    expect(plainText('use `kb build` *now*')).toBe('use kb build now');
  });
});

import { describe, expect, it } from 'vitest';
import { capacityVerdict, throughputVerdict, readRate } from '../../../bot/answer/capacity-verdict.ts';

/** GPUs for a target throughput, over the real knowledge/data/prices.json (`vllm_throughput`). */
describe('capacityVerdict', () => {
  it('sizes each GPU asked about on its own runs ("A100s or H100s?"), saying when none of one reaches the rate', () => {
    const v = capacityVerdict('We need about 1,000 output tokens per second from Llama 3.1 70B. How many A100s or H100s would that take?');
    expect(v?.text).toBe("For about 1,000 output tokens a second on Llama 3.1 70B, Lambda's vLLM benchmark gives: no A100 setup it measured reaches it (the most was four A100s at 957), so plan for more A100s and measure; two H100s (1,728 tokens a second with vLLM 0.5.4). These are aggregate figures across many concurrent requests.");
  });

  it('reads a target rate as people type it', () => {
    expect(readRate('roughly 2k tokens/sec')).toBe(2000);
    expect(readRate('1,500 tok/s')).toBe(1500);
    expect(readRate('3000 tokens per second')).toBe(3000);
    expect(readRate('about 500 tokens a second')).toBe(500);
    expect(readRate('2k tokens a day')).toBeUndefined();
  });

  it('names the smallest measured setup that reaches the target, and the one short of it', () => {
    const v = capacityVerdict('we want roughly 2k tokens/sec out of llama 3.1 70b on h100s. how many cards are we talking?');
    expect(v?.text).toBe("For about 2,000 output tokens a second on Llama 3.1 70B, the smallest setup Lambda's vLLM benchmark measured that reaches it is four H100s (2,243 tokens a second with vLLM 0.5.4, 3,543 tokens a second with vLLM 0.6.0); two H100s gave 1,728. These are aggregate figures across many concurrent requests.");
    expect(v?.cardId).toBe('vllm-throughput');
  });

  it('says when no measured setup reaches the target, keeping to the GPU asked about', () => {
    const v = capacityVerdict('how many a100s for 1500 tok/s on llama 3.1 70b?');
    expect(v?.text).toMatch(/^For about 1,500 output tokens a second on Llama 3\.1 70B, no setup .* reaches it: the most was four A100s at 957 tokens a second/);
  });

  it('sizes a load asked as whether a number of GPUs is enough', () => {
    expect(capacityVerdict('~2,000 tok/s on llama 3.1 70b. are 2 h100s enough or do we need 4?')?.text).toMatch(/^For about 2,000 output tokens a second on Llama 3\.1 70B, the smallest setup .* is four H100s .*; two H100s gave 1,728\./);
  });

  it('sizes only models the benchmark measured, and only when asked how many', () => {
    expect(capacityVerdict('how many h100s to serve 500 tokens a second on llama 4 maverick?')).toBeUndefined();
    expect(capacityVerdict('llama 3.1 70b did 2,243 tokens/sec on four h100s, is that aggregate?')).toBeUndefined();
  });

  it('gives what a counted setup of two or more GPUs ran at, each count side by side, and says when a count was not measured', () => {
    expect(throughputVerdict('what throughput does llama 3.1 70b get on 4x h100 with vllm?')?.text).toBe("In Lambda's vLLM benchmark, Llama 3.1 70B on four H100s reached 2,243 tokens a second with vLLM 0.5.4 and 3,543 with vLLM 0.6.0. These are aggregate figures across many concurrent requests.");
    expect(throughputVerdict('llama 3.1 70b on 1 vs 4 h100s, how much more throughput?')?.text).toMatch(/^In Lambda's vLLM benchmark, Llama 3\.1 70B reached 419 tokens a second with vLLM 0\.5\.4 on one H100, against 2,243 tokens a second with vLLM 0\.5\.4 and 3,543 with vLLM 0\.6\.0 on four H100s\./);
    expect(throughputVerdict('llama 3.1 70b on 8 h100s, throughput?')?.text).toMatch(/^Lambda's vLLM benchmark has no figure for Llama 3\.1 70B on eight H100s: it measured one, two and four, the most four H100s at 3,543/);
    // One GPU is the card's own summary; a target rate is the capacity verdict's; a model it did not measure is the cards'.
    expect(throughputVerdict('llama 3.1 70b on one h100, tok/s?')).toBeUndefined();
    expect(throughputVerdict('are 4 h100s enough for 2k tok/s on llama 3.1 70b?')).toBeUndefined();
    expect(throughputVerdict('mistral large 3 on 4 h100s, throughput?')).toBeUndefined();
  });

  it('weighs counted setups set against each other for the target rate, the verdict first', () => {
    expect(capacityVerdict('do we go with 2 h100s or 4 a100s for llama 3.1 70b at ~1,500 tok/s?')?.text).toBe(
      "Two H100s reach it, four A100s do not: for about 1,500 output tokens a second on Llama 3.1 70B, Lambda's vLLM benchmark gave two H100s 1,728 (vLLM 0.5.4) and four A100s 957 (vLLM 0.5.4) tokens a second at best. These are aggregate figures across many concurrent requests.",
    );
    expect(capacityVerdict('1 h100 or 4 a100s for llama 3.1 70b at 400 tok/s?')?.text).toMatch(/^Both reach it: .* one H100 419 \(vLLM 0\.5\.4\) and four A100s 957/);
  });
});

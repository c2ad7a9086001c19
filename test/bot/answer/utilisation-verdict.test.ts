import { describe, expect, it } from 'vitest';
import { readLoad, utilisationVerdict } from '../../../bot/answer/utilisation-verdict.ts';

describe('readLoad', () => {
  it('reads a share of the day beside a load word, as a percentage or a fraction', () => {
    expect(readLoad('traffic only keeps it busy ~25% of the day')).toBe(0.25);
    expect(readLoad('at a quarter load')).toBe(0.25);
    expect(readLoad('our gpus are used 40 percent of the time')).toBe(0.4);
    expect(readLoad('utilisation around half')).toBe(0.5);
  });

  it('reads a GPU busy all the time as full load, and a share beside a load word before "24/7" renting', () => {
    for (const t of ['if it is busy the whole time', 'running flat out', 'fully utilised', 'kept busy round the clock']) expect(readLoad(t), t).toBe(1);
    expect(readLoad("we'd rent it 24/7 but it's busy maybe a quarter of the time")).toBe(0.25);
    expect(readLoad('we rent it 24/7')).toBeUndefined();
  });

  it('reads a share of the day a GPU sits idle as the rest of the day busy', () => {
    expect(readLoad('our gpu box sits idle 70% of the time')).toBeCloseTo(0.3);
    expect(readLoad('unused about three quarters of the day')).toBeCloseTo(0.25);
    // A busy word beside the share says the share is the load.
    expect(readLoad('busy 40% of the day, idle the rest')).toBe(0.4);
  });

  it('reads the hours of the day a GPU is busy as a share of the day, and hours it is only rented as none', () => {
    expect(readLoad('we would only keep a rented H100 busy about six hours a day')).toBe(0.25);
    expect(readLoad('h100 rented 24/7 but only in use 8 hrs/day')).toBeCloseTo(1 / 3);
    expect(readLoad('we would rent it 6 hours a day')).toBeUndefined();
  });

  it('reads nothing from a share that is not about load', () => {
    expect(readLoad('25% of our staff use chatgpt')).toBeUndefined();
    expect(readLoad('fines up to 7% of turnover')).toBeUndefined();
  });
});

/** Over the real knowledge/data/prices.json (H100, $2.69 an hour, 3,400 tokens a second). */
describe('utilisationVerdict', () => {
  it('divides the hourly price by the tokens produced at the asker\'s load', () => {
    const v = utilisationVerdict("h100 busy ~25% of the day, what's our cost per million output tokens?");
    expect(v?.text).toBe('At 25% load, an H100 at $2.69 an hour producing 3,400 output tokens a second (Llama 3.1 8B) works out at about $0.88 per million output tokens, against about $0.22 at full load, before engineering time.');
    expect(v?.cardId).toBe('self-hosted-cost-per-token');
  });

  it('gives the full-load cost alone when the GPU is busy all the time', () => {
    expect(utilisationVerdict('cost per million tokens on a rented h100 running flat out?')?.text).toBe('At full load, an H100 at $2.69 an hour producing 3,400 output tokens a second (Llama 3.1 8B) works out at about $0.22 per million output tokens, before engineering time.');
  });

  it('uses an hourly price the asker quotes', () => {
    expect(utilisationVerdict('we pay $4 an hour for an h100, busy half the day. cost per million tokens?')?.text).toMatch(/at \$4 an hour .* about \$0\.65 per million output tokens, against about \$0\.33 at full load/);
  });

  it('reads "$/mtok" as a question about cost per token', () => {
    expect(utilisationVerdict("h100 on runpod, busy a quarter of the time. effective $/mtok?")?.text).toMatch(/^At 25% load, .* about \$0\.88 per million output tokens/);
  });

  it('gives nothing without a load or without a question about cost per token', () => {
    expect(utilisationVerdict('what is the cost per million tokens on an h100?')).toBeUndefined();
    expect(utilisationVerdict('our h100 is busy 25% of the day, is that normal?')).toBeUndefined();
  });
});

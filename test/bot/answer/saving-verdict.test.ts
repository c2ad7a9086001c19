import { beforeAll, describe, expect, it } from 'vitest';
import { savingVerdict } from '../../../bot/answer/saving-verdict.ts';
import type { Catalogue } from '../../../knowledge/entities/catalogue.ts';
import type { Card } from '../../../knowledge/load-cards.ts';
import { readBill } from '../../../workflows/decision/situation/spend.ts';
import { prepare } from '../../../workflows/decision/situation/text.ts';
import { realCatalogue } from '../../knowledge/helpers.ts';

describe('readBill', () => {
  it('reads the AI bill in the asker\'s own currency and period, unconverted', () => {
    expect(readBill(prepare('monthly anthropic bill is ~$6k, mostly sonnet 4.5'))).toEqual({ value: 6000, currency: 'USD', period: 'month' });
    expect(readBill(prepare('we pay €40k a year for opus'))).toEqual({ value: 40000, currency: 'EUR', period: 'year' });
    expect(readBill(prepare('we spend £2k a month on openai and £500 on claude'))).toEqual({ value: 2500, currency: 'GBP', period: 'month' });
  });

  it('reads nothing when there is no bill, or its parts are in different currencies', () => {
    expect(readBill(prepare('we have 200 tickets a day'))).toBeUndefined();
    expect(readBill(prepare('we spend £2k a month on openai and $500 on claude'))).toBeUndefined();
  });
});

/** Savings over the real knowledge/data/prices.json and the real cards' catalogue. */
describe('savingVerdict', () => {
  let catalogue: Catalogue;
  let cards: Map<string, Card>;
  beforeAll(async () => {
    ({ cards, catalogue } = await realCatalogue());
  });
  const verdict = (q: string) => {
    const v = savingVerdict(q, (text) => catalogue.names(text));
    if (v) expect(cards.get(v.cardId)?.title).toBe(v.title);
    return v;
  };

  it('prices the same work on another model when asked what it would cost there, output prices alone for an output-heavy bill', () => {
    expect(verdict('our sonnet 4.5 bill is $8k/month. what would the same work cost on haiku 4.5?')?.text).toMatch(/^The same \$8,000-a-month bill on Claude Sonnet 4\.5 would cost about \$2,700 a month on Claude Haiku 4\.5 at list prices\. Claude Haiku 4\.5 costs \$1 input and \$5 output/);
    expect(verdict('about £20k a month goes on gpt-5.2, mostly output. what would that cost with gpt-5 mini instead?')?.text).toMatch(/^The same £20,000-a-month bill on GPT-5\.2 would cost about £2,900 a month on GPT-5 mini at list prices, counting output tokens only\. GPT-5 mini costs \$2 per million output tokens against \$14 for GPT-5\.2/);
    // No bill, or no second priced model: nothing to price.
    expect(verdict('what would the same work cost on haiku 4.5?')).toBeUndefined();
    expect(verdict('our sonnet 4.5 bill is $8k/month. what would that cost on our own gpus?')).toBeUndefined();
  });

  it('saves the moved share of the bill at the two models\' list prices, a family name standing for the sibling of the same version', () => {
    const v = verdict('monthly anthropic bill is ~$6k, mostly sonnet 4.5, and roughly half the calls are dead simple classification. how much could we save moving those to haiku?');
    expect(v?.text).toMatch(/^Moving half of a \$6,000-a-month bill from Claude Sonnet 4\.5 to Claude Haiku 4\.5 would save about \$2,000 a month at list prices, if that work is about half of the bill\. /);
    expect(v?.text).toMatch(/Claude Haiku 4\.5 costs \$1 input and \$5 output per million tokens against \$3 and \$15 for Claude Sonnet 4\.5: about 3 times cheaper on both\.$/);
    expect(v?.cardId).toBe('anthropic-api-prices');
    expect(verdict('we pay €40k a year for opus 4.6; 30% of the requests are simple. what would we save if we routed them to sonnet 4.5?')?.text).toMatch(/^Moving 30% of a €40,000-a-year bill from Claude Opus 4\.6 to Claude Sonnet 4\.5 would save about €4,800 a year/);
  });

  it('moves the whole bill when no share is given, and gives a range when the input and output ratios differ', () => {
    expect(verdict('we spend £3k a month on gpt-5.2. how much would we save switching to gpt-5 mini?')?.text).toMatch(/^Moving the whole £3,000-a-month bill from GPT-5\.2 to GPT-5 mini would save about £2,600 a month at list prices: about £860 of every £1,000 moved\./);
    expect(verdict('our gemini 3.1 pro bill is €5,000/month, could we cut it by moving half the traffic to gemini 2.5 flash?')?.text).toMatch(/between about €2,000 and €2,100 a month at list prices, depending on your mix of input and output tokens/);
  });

  it('says nothing without a bill, a move to a cheaper priced model, or a question about saving', () => {
    expect(verdict('how much could we save moving half our calls from sonnet 4.5 to haiku?')).toBeUndefined();
    expect(verdict('we spend $2k a month on haiku 4.5, how much would we save moving to opus 4.6?')).toBeUndefined();
    expect(verdict('we spend $2k a month on sonnet 4.5. should we move to haiku?')).toBeUndefined();
    expect(verdict('we spend $2k a month on sonnet 4.5, could we save by moving to llama 4 on our own gpus?')).toBeUndefined();
  });
});

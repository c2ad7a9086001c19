import { beforeAll, describe, expect, it } from 'vitest';
import { batchVerdict, billVerdict, cacheVerdict, readVolumes } from '../../../bot/answer/bill-verdict.ts';
import type { Catalogue } from '../../../knowledge/entities/catalogue.ts';
import type { Card } from '../../../knowledge/load-cards.ts';
import { realCatalogue } from '../../knowledge/helpers.ts';

describe('readVolumes', () => {
  it('reads input and output token volumes as people type them', () => {
    expect(readVolumes('10m input tokens and 2m output tokens')).toEqual({ input: 10e6, output: 2e6 });
    expect(readVolumes('about 500k tokens in and 100k out per day')).toEqual({ input: 500e3, output: 100e3 });
    expect(readVolumes('1.5 million tokens of output')).toEqual({ output: 1.5e6 });
    expect(readVolumes('2,000,000 prompt tokens')).toEqual({ input: 2e6 });
  });

  it('reads nothing from money, headcounts or tokens with no side', () => {
    expect(readVolumes('we spend $10k a month, 20 people, 20m tokens a month')).toBeUndefined();
    // A version number before "output" is a model's name, not a volume.
    expect(readVolumes('sonnet 4.5 vs gpt-5.2 output price?')).toBeUndefined();
    expect(readVolumes('claude 3 output quality')).toBeUndefined();
    // The unit a price is quoted in is not a volume.
    expect(readVolumes('gpt-5 mini pricing per 1m in/out? we spend roughly $6k/month on openai')).toBeUndefined();
    expect(readVolumes('cost per 1 million output tokens, and for each 1k input tokens')).toBeUndefined();
  });

  it('reads volumes stated per item: so many items a period, the tokens each holds and what comes back for each', () => {
    const each = readVolumes('~400k-token case bundles, around 3,000 bundles a month, outputs short (~2k tokens each)');
    expect(each).toEqual({ input: 1.2e9, output: 6e6, items: { count: 3000, noun: 'bundles', period: 'month', input: 400e3, output: 2e3 } });
    expect(readVolumes('about 20k emails a month, emails of about 800 tokens, replies ~300 tokens')).toMatchObject({ input: 16e6, output: 6e6 });
    // A count with no size of the same items is no volume; nor is a size with no count.
    expect(readVolumes('3,000 bundles a month, each one long')).toBeUndefined();
    expect(readVolumes('a 400k-token bundle, outputs 2k tokens')).toBeUndefined();
    expect(readVolumes('500 tickets a week, a 2k-token contract')).toBeUndefined();
    // Written for this test: the items' own size typed with no side beside an output stated for each goes in.
    expect(readVolumes('~1,200 contracts a month of ~90k tokens each into the model, ~1k tokens out each')).toMatchObject({ input: 108e6, output: 1.2e6 });
    expect(readVolumes('800 reports a week, 3k tokens out each')).toMatchObject({ output: 2.4e6 });
    expect(readVolumes('800 reports a week, 3k tokens out each')?.input).toBeUndefined();
    // Written for this test: items counted for no period are one go; a count typed after the sized items, its word
    // left out, counts them.
    expect(readVolumes('60 contracts of about 120k tokens each, 1k tokens out each')).toMatchObject({ input: 7.2e6, output: 60e3, items: { count: 60, noun: 'contracts', input: 120e3 } });
    expect(readVolumes('60 contracts of about 120k tokens each')?.items?.period).toBeUndefined();
    expect(readVolumes('we send contracts of about 120k tokens each, 60 a week, ~1k tokens out each')).toMatchObject({ input: 7.2e6, output: 60e3, items: { count: 60, period: 'week' } });
    // A spend a period is no count of the sized items.
    expect(readVolumes('we spend £60 a week; contracts of about 120k tokens')?.items).toBeUndefined();
  });

  it('reads input and output stated for one item, with so many of those items a period, as the totals they make', () => {
    expect(readVolumes('each support ticket is about 3k input tokens and 500 output, we get 20k tickets a day')).toEqual({ input: 60e6, output: 10e6, items: { count: 20e3, noun: 'tickets', period: 'day', input: 3e3, output: 500 } });
    expect(readVolumes('a request is 2,000 input and 300 output tokens, and we do 50k requests a month')).toMatchObject({ input: 100e6, output: 15e6 });
    // Volumes stated for a period are totals already; a count of other things multiplies nothing.
    expect(readVolumes('10m input tokens a month across 20k requests a month, each one short')).toEqual({ input: 10e6 });
    expect(readVolumes('20k requests a month, 10m input tokens in total')).toEqual({ input: 10e6 });
    // The sides as people join them: "each around 1,500 tokens in and 400 out", "~800 input + 200 output tokens";
    // a period after a slash ("300 chats/day"); a size with no side, each ("~1k tokens each"), is what goes in.
    expect(readVolumes("we run about 5,000 requests a day through claude, each around 1,500 tokens in and 400 out")).toMatchObject({ input: 7.5e6, output: 2e6 });
    expect(readVolumes('each call is ~800 input + 200 output tokens, 12k calls per day')).toMatchObject({ input: 9.6e6, output: 2.4e6 });
    expect(readVolumes('support bot: 300 chats/day, avg 3k tokens in, 600 tokens out per chat')).toMatchObject({ input: 900e3, output: 180e3, items: { period: 'day' } });
    // A size typed before the side is one item's ("250k-token prompts", "500 token outputs"), counted by the items a
    // period; with no count of items it is no volume ("gpt-5 mini with 2k-token prompts, price per mtok?").
    expect(readVolumes('250k-token prompts, 1,000 calls a month, ~2k output tokens each')).toMatchObject({ input: 250e6, output: 2e6 });
    expect(readVolumes('3,000 calls a month with 4k-token prompts and 500 token outputs')).toMatchObject({ input: 12e6, output: 1.5e6 });
    expect(readVolumes('gpt-5 mini with 2k-token prompts, price per mtok?')).toBeUndefined();
    expect(readVolumes("we'd process 2 million docs a month, ~1k tokens each")).toMatchObject({ input: 2e9 });
    // "2 thousand per month" counts no item called "thousand".
    expect(readVolumes('contracts of ~300k tokens each, around 2 thousand per month')?.items).toBeUndefined();
    // The size said to be each one's, after the count: "1,000 convos a day, … 2,000 input and 500 output tokens each".
    expect(readVolumes('1,000 convos a day, about 2,000 input and 500 output tokens each')).toEqual({ input: 2e6, output: 500e3, items: { count: 1000, noun: 'convos', period: 'day', input: 2000, output: 500 } });
  });

  it('reads a size limit as a limit: "over 200k prompt" asks for the long-prompt tier, not the cost of 200k tokens', () => {
    expect(readVolumes('gemini 2.5 pro price per mtok? over 200k prompt?')).toBeUndefined();
    expect(readVolumes('price for prompts above 200,000 tokens of input')).toBeUndefined();
    expect(readVolumes('more than 128k input tokens')).toBeUndefined();
    expect(readVolumes('300k input tokens over a day')).toEqual({ input: 300e3 });
  });
});

/** The bill over the real knowledge/data/prices.json and the real cards' catalogue. */
describe('billVerdict', () => {
  let catalogue: Catalogue;
  let cards: Map<string, Card>;
  beforeAll(async () => {
    ({ cards, catalogue } = await realCatalogue());
  });
  const verdict = (q: string) => {
    const v = billVerdict(q, catalogue.names(q));
    if (v) expect(cards.get(v.cardId)?.title).toBe(v.title);
    return v;
  };

  it('costs items counted for no period as one go, and items counted after their size a period', () => {
    // Written for this test: 30 × 300,000 = 9 million input at $4 and 30 × 2,000 = 60,000 output at $18 (the Gemini 3.1
    // Pro tier for prompts over 200,000 tokens): $36 + $1.08 = $37.08.
    expect(verdict('gemini 3.1 pro: 30 prompts of 300k tokens each, 2k output each. cost?')?.text).toMatch(/^At list prices, 30 prompts of 300,000 input and 2,000 output tokens each \(9 million input and 60,000 output tokens in all\) cost \$37\.08 on Gemini 3\.1 Pro/);
    expect(verdict('we send prompts of about 300k tokens each to gemini 3.1 pro, 30 a day, ~2k tokens out each. daily bill?')?.text).toMatch(/^At list prices, 30 prompts a day of 300,000 input and 2,000 output tokens each \(9 million input and 60,000 output tokens a day\) cost \$37\.08/);
  });

  it('gives the same tokens on the maker\'s cheapest listed model when a cheaper one is asked for', () => {
    const q = 'plan is ~150m input + 25m output tokens a month on claude opus 4.6. monthly $ at list? and is there a cheaper claude we should test first?';
    expect(verdict(q)?.text).toBe(
      'At list prices, 150 million input and 25 million output tokens a month cost $1,375 on Claude Opus 4.6 ($5 input and $25 output per million tokens), before any discount. Anthropic\'s cheapest listed model, Claude Haiku 4.5 ($1 input and $5 output per million tokens), would cost $275 for the same tokens.',
    );
    expect(verdict('10m input and 2m output tokens on gpt-5.2, bill? which gpt is cheapest?')?.text).toMatch(/OpenAI's cheapest listed model, GPT-5 mini \(\$0\.25 input and \$2 output per million tokens\), would cost \$6\.50 for the same tokens\.$/);
    // Not asked, or asked of something else ("is self-hosting cheaper?"), nothing is added.
    expect(verdict('150m input + 25m output tokens a month on claude opus 4.6, monthly $?')?.text).not.toMatch(/cheapest/);
    expect(verdict('150m input + 25m output tokens a month on claude opus 4.6, monthly $? is self-hosting cheaper?')?.text).not.toMatch(/cheapest/);
  });

  it('gives what is paid again at an exchange rate the asker states, after a batch discount', () => {
    // $110 at list, $55 batched; $55 × 1.55 = A$85.25.
    expect(verdict('aussie finance team here, 60M input + 10M output tokens a month on claude haiku 4.5 thru batch. usd cost? and A$ at 1.55')?.text).toBe(
      "At list prices, 60 million input and 10 million output tokens a month cost $110 on Claude Haiku 4.5 ($1 input and $5 output per million tokens), or $55 with Anthropic's 50% batch discount. At your rate of 1.55 AUD to the dollar, that is about AUD 85.25.",
    );
    expect(verdict('10m input and 2m output tokens a day on gpt-5.2, monthly cost?')?.text).not.toMatch(/your rate/);
  });

  it('takes the period the volumes are typed with, not a count of other things, and asks the bill in the last period named', () => {
    // "2,000 chats per day" counts chats; the tokens are a month's, and the bill is asked by the month.
    expect(verdict('our support bot: 2,000 chats per day, 30m input tokens a month in total, 6m output. monthly cost on gpt-5 mini?')?.text).toBe(
      'At list prices, 30 million input and 6 million output tokens a month cost $19.50 on GPT-5 mini ($0.25 input and $2 output per million tokens), before any discount.',
    );
    expect(verdict('50m input tokens/mo and 10m output/mo on gpt-5.2, bill per year?')?.text).toMatch(/tokens a month cost \$227\.50 .* That is \$2,730 a year\.$/);
    expect(verdict('10m output tokens a day on gpt-5.2, what is that a month?')?.text).toMatch(/tokens a day cost \$140 .* That is \$4,200 a month \(30 days\)\.$/);
    // "for a 30 day month" asks the month as the bill counts one.
    expect(verdict('10m output tokens a day on gpt-5.2. cost for a 30 day month?')?.text).toMatch(/That is \$4,200 a month \(30 days\)\.$/);
  });

  it('costs one item\'s volumes times the items counted, and gives a cost under a cent as such, never "$0"', () => {
    expect(verdict('each support ticket is about 3k input tokens and 500 output, we get 20k tickets a day. monthly cost on gpt-5 mini?')?.text).toBe(
      'At list prices, 20,000 tickets a day of 3,000 input and 500 output tokens each (60 million input and 10 million output tokens a day) cost $35 on GPT-5 mini ($0.25 input and $2 output per million tokens), before any discount. That is $1,050 a month (30 days).',
    );
    expect(verdict('what does one request of 2,000 input and 300 output tokens cost on claude haiku 4.5?')?.text).toMatch(/cost \$0\.0035 on Claude Haiku 4\.5/);
  });

  it("costs one model on each host the message names, not on the cheapest host alone", () => {
    // 500 × $0.20 + 100 × $0.60 on Cerebras; 500 × $0.27 + 100 × $0.85 on Together AI.
    expect(verdict("llama 4 maverick host for 500m input + 100m output tokens a month. cerebras or together, and what's each $ total?")?.text).toMatch(/cost \$160 on Llama 4 Maverick on Cerebras .* and \$220 on Llama 4 Maverick on Together AI/);
    // With no host named, the cheapest host's bill as before.
    expect(verdict('500m input + 100m output tokens a month on llama 4 maverick, cost?')?.text).toMatch(/on Llama 4 Maverick on DeepInfra/);
  });

  it('gives the bill in pounds or euros when asked, at the stored exchange rate, in the period asked', () => {
    // $325 × 0.78704 GBP per USD (prices.json) is £255.79.
    expect(verdict("100m input and 20m output tokens a month on gpt-5.1, what's the monthly bill in gbp?")?.text).toMatch(/cost \$325 on GPT-5\.1 .*, before any discount\. In pounds that is about £256 at the stored exchange rate\.$/);
    expect(verdict("20m input tokens a day on claude sonnet 4.5, what's that a month in euros?")?.text).toMatch(/That is \$1,800 a month \(30 days\)\. In euros that is about €\d[\d,]* a month at the stored exchange rate\.$/);
    // "in" before anything else asks no currency.
    expect(verdict('what do 10m input tokens on gpt-5.2 cost in production?')?.text).not.toMatch(/In (pounds|euros)/);
  });

  it('costs items of so many tokens each, at the prompt tier their size puts them in, naming the items and the totals', () => {
    // Written for this test: long legal bundles on a model priced by prompt length.
    expect(verdict('we push ~300k-token tender packs through gemini 2.5 pro, about 1,000 packs a month, answers ~1k tokens each. monthly cost?')?.text).toBe(
      'At list prices, 1,000 packs a month of 300,000 input and 1,000 output tokens each (300 million input and 1 million output tokens a month) cost $765 on Gemini 2.5 Pro ($2.50 input and $15 output per million tokens for prompts over 200,000 tokens), before any discount.',
    );
  });

  it('costs the asker\'s volumes at each named model\'s list prices, and cites the price card', () => {
    const v = verdict("nightly job: 10m input tokens and 2m output tokens on gpt-5.2, what's the bill?");
    expect(v?.text).toBe('At list prices, 10 million input and 2 million output tokens cost $45.50 on GPT-5.2 ($1.75 input and $14 output per million tokens), before any discount.');
    expect(v?.cardId).toBe('openai-api-prices');
    expect(verdict('500k tokens in and 100k out a day on claude haiku 4.5 vs opus 4.6, what does that cost?')?.text).toMatch(/cost \$1 on Claude Haiku 4\.5 .* and \$5 on Claude Opus 4\.6/);
  });

  it('hears a ballpark asked in a currency or by the month as a question about cost', () => {
    expect(verdict("we'll push ~40m output tokens a month through gpt-5.2. ballpark monthly $?")?.text).toMatch(/40 million output tokens a month cost \$560 on GPT-5\.2/);
    expect(verdict('monthly we do ~300m input and 50m output tokens on sonnet 4.5. in $?')?.text).toMatch(/cost \$1,650 on Claude Sonnet 4\.5/);
    expect(verdict('we do ~300m input tokens on sonnet 4.5. is that a lot?')).toBeUndefined();
  });

  it('gives the bill again in the period asked, a family named by its one priced model, and what the cheaper saves', () => {
    expect(verdict("we'd send about 10m output tokens a day through opus 4.6. what's that a month, and how much would haiku save us?")?.text).toBe(
      'At list prices, 10 million output tokens a day cost $250 on Claude Opus 4.6 ($25 per million output tokens) and $50 on Claude Haiku 4.5 ($5 per million output tokens), before any discount. That is $7,500 on Claude Opus 4.6 and $1,500 on Claude Haiku 4.5 a month (30 days). Claude Haiku 4.5 would cost $6,000 less a month than Claude Opus 4.6.',
    );
    expect(verdict('2m input tokens a month on gpt-5.2, what is that a year?')?.text).toMatch(/2 million input tokens a month cost \$3\.50 .* That is \$42 a year\.$/);
    // One period only: no second bill.
    expect(verdict("we'll push ~40m output tokens a month through gpt-5.2. ballpark monthly $?")?.text).not.toMatch(/That is/);
  });

  it('gives a batch job the total at the provider\'s batch discount, where its card states one', () => {
    expect(verdict('nightly batch job: 10m input tokens and 2m output tokens on gpt-5.2, what is the bill?')?.text)
      .toBe("At list prices, 10 million input and 2 million output tokens cost $45.50 on GPT-5.2 ($1.75 input and $14 output per million tokens), or $22.75 with OpenAI's 50% batch discount.");
    // Asked whether batching would help, the same.
    expect(verdict('5m input and 1m output tokens a month on gpt-5.2, what is the bill and is batching worth it?')?.text).toMatch(/, or \$\d[\d.,]* with OpenAI's 50% batch discount\./);
    // A provider with no stated batch discount is priced at list.
    expect(verdict('batch of 1m input tokens on gemini 3.1 pro, cost?')?.text).toBe('At list prices, 1 million input tokens cost $2 on Gemini 3.1 Pro ($2 per million input tokens for prompts up to 200,000 tokens), before any discount.');
  });

  it('gives the batch price per million tokens when no volume is stated, only for a provider whose card states a discount', () => {
    expect(batchVerdict('claude haiku 4.5 per mtok? and if we batch it?', ['Claude Haiku 4.5'])?.text).toBe(
      "Claude Haiku 4.5 costs $1 input and $5 output per million tokens at list, or $0.50 and $2.50 with Anthropic's 50% batch discount.",
    );
    expect(batchVerdict('does gemini 3.1 pro have a batch discount?', ['Gemini 3.1 Pro'])).toBeUndefined();
    expect(batchVerdict('claude haiku 4.5 per mtok?', ['Claude Haiku 4.5'])).toBeUndefined();
    // With volumes, the bill answers instead.
    expect(batchVerdict('batch job: 10m input tokens on gpt-5.2, cost?', ['GPT-5.2'])).toBeUndefined();
    // Work that can wait, in a message asking to cut or cost it, is what the discount is for; said of anything else, not.
    expect(batchVerdict('most of our haiku 4.5 spend is overnight reports nobody reads till morning, how do we cut it?', ['Claude Haiku 4.5'])?.text).toMatch(/^Claude Haiku 4\.5 costs .* with Anthropic's 50% batch discount\.$/);
    expect(batchVerdict('claude haiku 4.5 went down overnight, does the sla cover it?', ['Claude Haiku 4.5'])).toBeUndefined();
    // Work that can wait, said other ways: "every night", "none of it urgent", "no rush".
    expect(batchVerdict('we run gpt-5 over ~20k support tickets every night, none of it urgent. bill was $9,800 last month. quick win on price without changing model?', ['GPT-5'])?.text).toMatch(/\. GPT-5 costs .* with OpenAI's 50% batch discount\.$/);
    expect(batchVerdict('no rush on these reports, can we pay less for gpt-5.2?', ['GPT-5.2'])?.text).toMatch(/50% batch discount/);
    expect(batchVerdict('gpt-5 every night for the digest: is it still the latest model?', ['GPT-5'])).toBeUndefined();
  });

  it("opens with what the batch discount takes off the asker's own bill, in its currency, for the share said to wait", () => {
    const text = (q: string, named: string[]) => batchVerdict(q, named)?.text;
    expect(text('sonnet 4.5 costs us ~€4k/mo and about half of it is nightly reports that can wait. how much would batch save?', ['Claude Sonnet 4.5'])).toMatch(
      /^Moving half of a €4,000-a-month bill to Anthropic's batch API at 50% off would save about €1,000 a month, if that work is about half of the bill\. Claude Sonnet 4\.5 costs/,
    );
    expect(text('£1,200 a month on gpt-5.2, 25% is async summarising. batch saving?', ['GPT-5.2'])).toMatch(/^Moving 25% of a £1,200-a-month bill to OpenAI's batch API at 50% off would save about £150 a month/);
    // "most of it" is not all of it: the whole bill's saving is the most it could be.
    expect(text('$6k a month on haiku 4.5, most of it overnight jobs. could batch cut that?', ['Claude Haiku 4.5'])).toMatch(/^Moving most of a \$6,000-a-month bill .* would save up to about \$3,000 a month\./);
    // No bill, no saving to state; models discounted by different providers share no one saving.
    expect(text('claude haiku 4.5 per mtok? and if we batch it?', ['Claude Haiku 4.5'])).toMatch(/^Claude Haiku 4\.5 costs/);
    expect(text('we spend $5k a month across haiku 4.5 and gpt-5.2, all overnight. batch saving?', ['Claude Haiku 4.5', 'GPT-5.2'])).not.toMatch(/^Moving/);
  });

  it('uses the long-prompt tier when the prompts are over 200k', () => {
    expect(verdict('1m input tokens on gemini 3.1 pro with prompts over 200k, cost?')?.text).toMatch(/\$4 on Gemini 3\.1 Pro/);
  });

  it('gives no bill without a volume, without a priced model, or without a question about cost', () => {
    expect(verdict('how much does gpt-5.2 cost per million tokens?')).toBeUndefined();
    expect(verdict('10m input tokens on phi-4, cost?')).toBeUndefined();
    expect(verdict('we send 10m input tokens to gpt-5.2 every night. is the data kept in the eu?')).toBeUndefined();
  });
});

describe('cacheVerdict', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    ({ catalogue } = await realCatalogue());
  });
  const verdict = (q: string) => cacheVerdict(q, catalogue.names(q))?.text;

  it('costs tokens typed as cache reads at the multiple the card states, against the full input price', () => {
    expect(verdict('~80M cache-read tokens a month on opus 4.6. what do those cost vs paying the full input price?')).toBe(
      'At list prices, 80 million cache-read tokens a month cost $40 on Claude Opus 4.6, where Anthropic bills cache reads at 0.1 times the $5 input price ($0.50 per million tokens), against $400 at the full input price.',
    );
  });

  it('costs the share of the input read from the cache, and the rest at the full price', () => {
    expect(verdict('support bot on sonnet 4.5, ~100m input tokens a month and 80% of that is the same cached system prompt. input cost with cache reads vs without?')).toBe(
      'At list prices, 100 million input tokens a month with 80 million of them read from the cache cost $84 on Claude Sonnet 4.5: $24 for the cache reads, which Anthropic bills at 0.1 times the $3 input price ($0.30 per million tokens), and $60 for the rest. Without caching the same input costs $300.',
    );
    expect(verdict("haiku 4.5: 20m input tokens/day, cache hit rate around 60%. what's the input bill?")).toMatch(/^At list prices, 20 million input tokens a day with 12 million of them read from the cache cost \$9\.20 on Claude Haiku 4\.5:/);
  });

  it('gives nothing without a cached share, for a provider with no stated multiple, or for several models', () => {
    expect(verdict('sonnet 4.5, 100m input tokens a month, we use caching. cost?')).toBeUndefined();
    expect(verdict('gpt-5.2 with 50m cached input tokens a month, cost?')).toBeUndefined();
    expect(verdict('80m cache-read tokens a month on opus 4.6 or sonnet 4.5, cost?')).toBeUndefined();
  });
});

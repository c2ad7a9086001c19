import { beforeAll, describe, expect, it } from 'vitest';
import { askedText, asksPrice, claimedPrices, priceVerdict, promptTier } from '../../../bot/answer/price-verdict.ts';
import { analyseQuestion } from '../../../bot/answer/question.ts';
import type { Verdict } from '../../../bot/answer/verdict.ts';
import type { Catalogue } from '../../../knowledge/entities/catalogue.ts';
import type { Card } from '../../../knowledge/load-cards.ts';
import { realCatalogue } from '../../knowledge/helpers.ts';

/**
 * The price-comparison verdict over the real knowledge/data/prices.json and the real cards' catalogue: `named` is
 * built as the doc comment tells the caller to, from the catalogue mentions in the question's qualifiers and core.
 */
describe('priceVerdict', () => {
  let catalogue: Catalogue;
  let cards: Map<string, Card>;
  beforeAll(async () => {
    ({ cards, catalogue } = await realCatalogue());
  });

  const verdict = (question: string): Verdict | undefined => {
    const analysis = analyseQuestion(question);
    const named = catalogue.names(askedText(analysis));
    const v = priceVerdict(question, analysis, named);
    // Every verdict cites its card, by title, and a page that card cites.
    if (v) {
      const card = cards.get(v.cardId);
      expect(card?.title, question).toBe(v.title);
      expect(card?.sources.map((s) => s.url), question).toContain(v.url);
    }
    return v;
  };
  const text = (question: string) => verdict(question)?.text;
  /** Each question's verdict sentence, word for word. */
  const expectVerdicts = (cases: Record<string, string>) => {
    for (const [question, sentence] of Object.entries(cases)) expect(text(question), question).toBe(sentence);
  };

  const HAIKU_VS_OPUS = 'Claude Haiku 4.5 costs $1 input and $5 output per million tokens against $5 and $25 for Claude Opus 4.6: about 5 times cheaper on both.';

  it('answers "how much cheaper" however it is phrased, citing the first model\'s card and source', () => {
    for (const q of [
      'how much cheaper is haiku 4.5 than opus 4.6 per token?',
      'Haiku 4.5 vs Opus 4.6 price',
      'which is cheaper, haiku 4.5 or opus 4.6?',
      'how much cheeper is haiku 4.5 than opus 4.6',
      'haiku 4.5 or opus 4.6, which costs less?',
      'our cfo is asking for the board pack. how much cheaper is haiku 4.5 than opus 4.6?',
    ]) expect(text(q), q).toBe(HAIKU_VS_OPUS);
    // Asked yes or no, the same sentence after the call.
    expect(text('is claude haiku 4.5 cheaper than claude opus 4.6?')).toBe(`Yes: ${HAIKU_VS_OPUS}`);
    expect(verdict('haiku 4.5 vs opus 4.6 price')).toMatchObject({ cardId: 'anthropic-api-prices', url: 'https://docs.rs/crate/tokr/latest/source/data/pricing.toml' });
  });

  it('takes the models in the order asked, and says "dearer" when the first costs more', () => {
    expect(verdict('how much cheaper is opus 4.6 than haiku 4.5?')).toEqual({
      text: 'Claude Opus 4.6 costs $5 input and $25 output per million tokens against $1 and $5 for Claude Haiku 4.5: about 5 times dearer on both.',
      cardId: 'anthropic-api-prices',
      title: 'Anthropic API token prices (Claude models)',
      url: 'https://platform.claude.com/docs/en/models/opus-4-6/overview',
    });
  });

  it('weighs one side when the question names input or output only', () => {
    expectVerdicts({
      // "which is cheaper, X or Y" names the cheaper first.
      'sonnet 4.5 or gpt-5.2 cheaper on input':
        'GPT-5.2 costs $1.75 per million input tokens against $3 for Claude Sonnet 4.5: about 42% cheaper.',
      'gpt-5.2 vs llama 4 maverick output price':
        'GPT-5.2 costs $14 per million output tokens against $0.60 for Llama 4 Maverick on DeepInfra: about 23 times dearer.',
      'is gemini 2.5 flash-lite cheaper than gpt-5 nano on output?':
        'No: Gemini 2.5 Flash-Lite costs $0.40 per million output tokens, the same price as GPT-5 nano (deprecated).',
    });
  });

  it('says "the same price" when it is, and splits input from output when they differ', () => {
    expectVerdicts({
      'opus 4.6 vs opus 4.5 pricing':
        'Claude Opus 4.6 costs $5 input and $25 output per million tokens, the same price as Claude Opus 4.5.',
      'gpt-5.2 vs gemini 3.1 pro price':
        'GPT-5.2 costs $1.75 input and $14 output per million tokens against $2 and $12 for Gemini 3.1 Pro (prompts up to 200,000 tokens): about 13% cheaper on input but about 17% dearer on output.',
      'is gpt-5 nano cheaper than flash-lite':
        'Only on input: GPT-5 nano (deprecated) costs $0.05 input and $0.40 output per million tokens against $0.10 and $0.40 for Gemini 2.5 Flash-Lite: about 2 times cheaper on input but the same on output.',
    });
  });

  it('gives a range where sources disagree, names the host of an open-weight model, and prices the long-prompt tier when asked', () => {
    expectVerdicts({
      'how much cheaper is llama 4 maverick than claude opus 4.6?':
        'Llama 4 Maverick on DeepInfra costs $0.15 to $0.17 input and $0.60 output per million tokens against $5 and $25 for Claude Opus 4.6: about 29 to 33 times cheaper on input and about 42 times cheaper on output, depending on the source.',
      'mistral large 3 vs mistral large 2 price':
        'Mistral Large 3 costs $0.50 to $2 input and $1.50 to $6 output per million tokens against $2 and $6 for Mistral Large 2: up to about 4 times cheaper on both, depending on the source.',
      'is maverick cheaper on cerebras or together?':
        'Llama 4 Maverick on Cerebras costs $0.20 input and $0.60 output per million tokens against $0.27 and $0.85 for Llama 4 Maverick on Together AI: about 26% cheaper on input and about 29% cheaper on output.',
      'gemini 2.5 pro vs gpt-5.2 price above 200k tokens':
        'Gemini 2.5 Pro costs $2.50 input and $15 output per million tokens for prompts over 200,000 tokens against $1.75 and $14 for GPT-5.2: about 43% dearer on input and about 7% dearer on output.',
      // Prompts said to be long, with their size given in passing, ask for the long-prompt tier.
      'gemini 2.5 pro vs 3.1 pro pricing when prompts are long (like 300k tokens)?':
        'Gemini 2.5 Pro costs $2.50 input and $15 output per million tokens for prompts over 200,000 tokens against $4 and $18 for Gemini 3.1 Pro: about 38% cheaper on input and about 17% cheaper on output.',
      // A volume of tokens a month is no prompt size.
      'gemini 2.5 pro vs 3.1 pro: our prompts total 300k tokens a month, which is cheaper?':
        'Gemini 2.5 Pro costs $1.25 input and $10 output per million tokens for prompts up to 200,000 tokens against $2 and $12 for Gemini 3.1 Pro: about 38% cheaper on input and about 17% cheaper on output.',
      // "under 200,000" names the threshold but asks for the standard tier.
      'How does the price of Gemini 3.1 Pro compare with Gemini 2.5 Pro for prompts under 200,000 tokens?':
        'Gemini 3.1 Pro costs $2 input and $12 output per million tokens for prompts up to 200,000 tokens against $1.25 and $10 for Gemini 2.5 Pro: about 60% dearer on input and about 20% dearer on output.',
    });
  });

  it('picks the cheapest or dearest among a family, a provider, a model\'s hosts, or the models named', () => {
    expectVerdicts({
      'cheapest place to run maverick: deepinfra vs together vs sambanova?':
        'Of DeepInfra, Together AI and SambaNova, Llama 4 Maverick is cheapest on DeepInfra, at $0.15 to $0.17 input and $0.60 output per million tokens, depending on the source.',
      'cheapest gemini option?':
        'Gemini 2.5 Flash-Lite is the cheapest Gemini model priced here, at $0.10 input and $0.40 output per million tokens.',
      'cheapest claude model right now?':
        'Claude Haiku 4.5 is the cheapest Claude model priced here, at $1 input and $5 output per million tokens.',
      'most expensive openai model':
        'GPT-5 Pro is the most expensive OpenAI model priced here, at $15 input and $120 output per million tokens.',
      'cheapest host for llama 4 maverick api':
        'Of the 4 providers priced here, Llama 4 Maverick is cheapest on DeepInfra, at $0.15 to $0.17 input and $0.60 output per million tokens, depending on the source.',
      'haiku 4.5 vs sonnet 4.5 vs opus 4.6 - which is cheapest?':
        'Claude Haiku 4.5 is cheaper than Claude Sonnet 4.5 and Claude Opus 4.6, at $1 input and $5 output per million tokens.',
      'cheapest mistral model':
        'Mistral Medium 3 is the cheapest Mistral AI model priced here, at $0.40 input and $2 output per million tokens, though sources disagree on Mistral Large 3, which may be cheaper.',
    });
  });

  it('gives no verdict when one model has no price, or the question does not compare prices', () => {
    for (const q of [
      'is llama 3.1 8b cheaper than gpt-5.2?', // Llama 3.1 8B has no token price
      'how much cheaper is claude sonnet 4.6 than opus 4.6?', // Sonnet 4.6 is not in the knowledge base
      'claude or gpt-5.2 cheaper?', // a family is not a price
      'is gpt-5.2 better than opus 4.6?',
      'gpt-5.2 vs opus 4.6 licence terms',
      'what is gpt-5.2?',
      'gpt-5 cached input vs gpt-5.2', // discounts are not compared
      'is opus 4.6 on together cheaper than gpt-5.2', // Together sells neither
      'how much cheaper are the free-to-download models vs paid ones like claude?', // one family against a class
      'is gemini cheaper than running open models ourselves?',
    ]) expect(verdict(q), q).toBeUndefined();
  });

  it("gives one model's long-prompt price against its standard one when the prompts are over 200,000 tokens", () => {
    // The model is named in the context, which the caller passes when the question points back at it.
    const q = 'we stuff ~300k-token contract bundles into gemini 3.1 pro on every call. budget sheet assumes $2 in / $12 out. are we under-costing this?';
    expect(priceVerdict(q, analyseQuestion(q), catalogue.names(q))?.text)
      .toBe('Gemini 3.1 Pro costs $4 input and $18 output per million tokens for prompts over 200,000 tokens, against $2 and $12 for prompts up to 200,000 tokens.');
    expect(verdict('gemini 2.5 pro price for prompts of 250,000 tokens?')?.text).toMatch(/^Gemini 2\.5 Pro costs \$2\.50 input and \$15 output/);
    // "Rate" asks the price, but not a rate limit or an error rate.
    expect(verdict('which input rate applies to gemini 3.1 pro for 300k-token prompts?')?.text).toMatch(/^Gemini 3\.1 Pro costs \$4 input and \$18 output/);
    expect(asksPrice('what rate limits apply to gpt-5.2 on tier 1?')).toBe(false);
    expect(asksPrice("what's the error rate of llama 4 on our evals?")).toBe(false);
    // A size given per document or each is a prompt's size; a monthly volume is not.
    expect(verdict('we will send contracts of ~300k tokens each to gemini 3.1 pro. which price per million applies?')?.text).toMatch(/^Gemini 3\.1 Pro costs \$4 input and \$18 output/);
    expect(verdict('gemini 2.5 pro price at 250k tokens per document?')?.text).toMatch(/^Gemini 2\.5 Pro costs \$2\.50 input/);
    expect(verdict('gemini 3.1 pro price if we send 300k tokens a month?')?.text).not.toMatch(/\$4 input/);
    // The size after "each" ("each one ~250k tokens", "each about 300k tokens") is a prompt's too.
    expect(verdict('~10k contracts a month thru gemini 3.1 pro, each one ~250k tokens. what price per million applies?')?.text).toMatch(/^Gemini 3\.1 Pro costs \$4 input and \$18 output/);
    expect(promptTier('gemini 3.1 pro, each doc about 150k tokens')).toBe('standard');
    expect(promptTier('gemini 3.1 pro, each doc about 350k tokens')).toBe('long');
    // A message naming no size is priced at the size the asker gave earlier in the thread; one naming its own is not.
    expect(promptTier('what does gemini 2.5 pro charge per mtok at that size?', 'costing a contract tool, prompts come in around 350k tokens each')).toBe('long');
    expect(promptTier('and for prompts under 200k?', 'costing a contract tool, prompts come in around 350k tokens each')).toBe('standard');
    expect(promptTier('what about 120k-token prompts?', 'costing a contract tool, prompts come in around 350k tokens each')).toBe('standard');
    expect(promptTier('what does gemini 2.5 pro charge per mtok?', 'we summarise short memos')).toBe('standard');
    // A model priced flat gives no long-prompt verdict.
    expect(verdict('claude opus 4.6 price for long prompts over 200k?')).toBeUndefined();
    // Prompts under the tier get the standard price.
    expect(verdict('100k-token prompts into gemini 3.1 pro, what does it cost per million?')?.text).toBe('Gemini 3.1 Pro costs $2 input and $12 output per million tokens for prompts up to 200,000 tokens.');
  });

  it('sets two families side by side by their newest priced members, and leaves a family beside a model to the cards', () => {
    expect(verdict('how much cheaper is haiku than opus per token?')?.text).toBe('Claude Haiku 4.5 costs $1 input and $5 output per million tokens against $5 and $25 for Claude Opus 4.6: about 5 times cheaper on both.');
    expect(verdict('route simple tickets from opus down to haiku, how much does it save per token')?.text).toMatch(/^Claude Opus 4\.6 costs \$5 input and \$25 output per million tokens against \$1 and \$5 for Claude Haiku 4\.5/);
    expect(verdict("is the '40x cheaper' open-weight claim measured against gpt-5.2 or against claude?")?.text ?? '').not.toMatch(/against \$5 and \$25 for Claude Opus 4\.6/);
  });

  it('gives both prompt-length tiers when both are asked for, and the one price of a model priced flat', () => {
    expect(verdict('gemini 3.1 pro price, both tiers')?.text).toBe('Gemini 3.1 Pro costs $4 input and $18 output per million tokens for prompts over 200,000 tokens, against $2 and $12 for prompts up to 200,000 tokens.');
    expect(verdict('gemini 2.5 pro tiered pricing?')?.text).toMatch(/^Gemini 2\.5 Pro costs \$2\.50 input and \$15 output[^.]*against \$1\.25 and \$10/);
    expect(verdict('gpt-5.2 price, both tiers')?.text).toBe('GPT-5.2 costs $1.75 input and $14 output per million tokens.');
  });

  it("gives one model's own price when that is all the question asks, at the host named or the cheapest", () => {
    expect(verdict('what does gpt-5.2 cost per million tokens?')?.text).toBe('GPT-5.2 costs $1.75 input and $14 output per million tokens.');
    expect(verdict('gpt-5 pro output price')?.text).toBe('GPT-5 Pro costs $120 per million output tokens.');
    expect(verdict('llama 4 maverick price on together?')?.text).toMatch(/^Llama 4 Maverick on Together AI costs \$0\.27 input and \$0\.85 output/);
    expect(verdict('mistral large 3 pricing')?.text).toMatch(/depending on the source\.$/);
    // Asked at two hosts, with no word of comparison, even run on after the question mark: priced at both.
    for (const q of ['llama 4 scout price on together and on cerebras?', 'llama 4 scout price on together? and on cerebras']) {
      expect(verdict(q)?.text, q).toMatch(/^Llama 4 Scout on Together AI costs \$0\.18 input and \$0\.59 output per million tokens against \$0\.65 and \$0\.85 for Llama 4 Scout on Cerebras/);
    }
  });

  it('checks a price put forward as a claim, yes or no first, and leaves the asker\'s own bill alone', () => {
    expect(verdict('gpt-5.2 output price per mtok? someone put $10 in the budget deck')?.text).toBe('No: GPT-5.2 costs $14 per million output tokens, not $10.');
    expect(verdict('my colleague says claude opus 4.6 is $15 input per mtok, right?')?.text).toBe('No: Claude Opus 4.6 costs $5 per million input tokens, not $15.');
    expect(verdict('is opus 4.6 $5/$25?')?.text).toBe('Yes: Claude Opus 4.6 costs $5 input and $25 output per million tokens.');
    // Asked as a yes or no whatever the kind read, or as a price known before ("still"), with the pair typed "$a/$b".
    expect(verdict('opus 4.6 still $15/$75 per mtok?')?.text).toBe('No: Claude Opus 4.6 costs $5 input and $25 output per million tokens, not $15 and $75.');
    expect(verdict('is claude haiku 4.5 $1/$5 per mtok?')?.text).toBe('Yes: Claude Haiku 4.5 costs $1 input and $5 output per million tokens.');
    // One figure with no side named holds when either side is that price.
    expect(verdict('vendor rep said gpt-5.2 is $14 per mtok, true?')?.text).toMatch(/^Yes: GPT-5\.2 costs \$1\.75 input and \$14 output/);
    // A bill or a budget is not a price claimed per token, and a figure with no word of claiming is the asker's own.
    expect(claimedPrices('the rep says we would pay $900/mo, or $10k a year, on opus 4.6. price per mtok?', { kind: 'number' })).toEqual([]);
    // "The same as" asked of two prices is answered yes or no first.
    expect(verdict('the sales rep says sonnet 4.5 costs the same as opus 4.6. is that right?')?.text).toBe('No: Claude Sonnet 4.5 costs $3 input and $15 output per million tokens against $5 and $25 for Claude Opus 4.6: about 40% cheaper on both.');
    expect(verdict('is opus 4.6 as expensive as opus 4.5?')?.text).toBe('Yes: Claude Opus 4.6 costs $5 input and $25 output per million tokens, the same price as Claude Opus 4.5.');
    expect(verdict('opus 4.6 vs opus 4.5 price?')?.text).toBe('Claude Opus 4.6 costs $5 input and $25 output per million tokens, the same price as Claude Opus 4.5.');
    // "Is A cheaper (dearer) than B?" is answered yes, no, or on the one side where it holds.
    expect(text('is haiku 4.5 cheaper than sonnet 4.5?')).toMatch(/^Yes: Claude Haiku 4\.5 costs \$1 input/);
    expect(text('is opus 4.6 pricier than opus 4.5?')).toMatch(/^No: Claude Opus 4\.6 costs [^.]*the same price as Claude Opus 4\.5\.$/);
    expect(text('is gpt-5.2 more expensive than opus 4.6?')).toMatch(/^No: GPT-5\.2 costs/);
    expect(text('colleague says gemini 3.1 pro is cheaper than gpt-5.2. true?')).toMatch(/^Only on output: Gemini 3\.1 Pro costs/);
    // How much cheaper asks a figure, and a claimed size of the gap is more than a direction: no call on either.
    expect(text('how much cheaper is haiku 4.5 than opus 4.6?')).toMatch(/^Claude Haiku 4\.5 costs/);
    expect(text("board deck says llama 4 maverick on deepinfra is '29-41x cheaper than gpt-5.2'. true?") ?? '').not.toMatch(/^(?:Yes|No)\b/);
    expect(verdict('opus 4.6 price per mtok? we budgeted $20')?.text).toBe('Claude Opus 4.6 costs $5 input and $25 output per million tokens.');
  });

  it("gives the cheapest model asked with batch jobs in mind at its provider's batch price too, and compares no cached price", () => {
    expectVerdicts({
      'cheapest claude model per mtok? and w/ batch?': "Claude Haiku 4.5 is the cheapest Claude model priced here, at $1 input and $5 output per million tokens at list, or $0.50 and $2.50 with Anthropic's 50% batch discount.",
      'cheapest openai model for batch jobs?': "GPT-5 mini is the cheapest OpenAI model priced here, at $0.25 input and $2 output per million tokens at list, or $0.13 and $1 with OpenAI's 50% batch discount.",
    });
    // A provider with no batch discount on its card is picked at list alone; a cached price is left to the cards.
    expect(text('cheapest gemini model with batch?')).toBe('Gemini 2.5 Flash-Lite is the cheapest Gemini model priced here, at $0.10 input and $0.40 output per million tokens.');
    expect(text('cheapest claude model with cached input?')).toBeUndefined();
  });
});

describe('priceVerdict: a price list', () => {
  let catalogue: Catalogue;
  beforeAll(async () => {
    ({ catalogue } = await realCatalogue());
  });
  const listed = (question: string) => {
    const analysis = analyseQuestion(question);
    return priceVerdict(question, analysis, catalogue.names(askedText(analysis)))?.text;
  };

  it("lists a vendor's or a family's current prices, standard prompts, in data order", () => {
    expect(listed('claude prices, opus / sonnet / haiku?')).toBe('Per million tokens, input and output: Claude Opus 4.6 $5 and $25, Claude Opus 4.5 $5 and $25, Claude Opus 4.1 $15 and $75, Claude Opus 4 $15 and $75, Claude Sonnet 4.5 $3 and $15, Claude Sonnet 4 $3 and $15 and Claude Haiku 4.5 $1 and $5.');
    // A withdrawn or deprecated model is not listed.
    expect(listed('openai model prices?')).not.toMatch(/nano/);
  });

  it("lists them too for a family or a vendor's API asked about plainly, but not for another kind of price", () => {
    expect(listed('how much does claude cost?')).toMatch(/^Per million tokens, input and output: Claude Opus 4\.6 \$5 and \$25,.* and Claude Haiku 4\.5 \$1 and \$5\.$/);
    expect(listed('claude api cost per token?')).toMatch(/Claude Sonnet 4\.5 \$3 and \$15/);
    expect(listed('what does the openai api cost?')).toMatch(/GPT-5\.2 \$1\.75 and \$14/);
    for (const q of ['claude team plan price per seat?', 'how much is gemini for prompts over 200k tokens?', 'is claude more expensive than gemini?']) {
      expect(listed(q) ?? '', q).not.toMatch(/^Per million tokens/);
    }
  });

  it('lists the models under a top price per token, on the side asked, or says none is and names the cheapest', () => {
    expect(listed('which gemini models cost under $1 per mtok input?')).toBe(
      'Of the Gemini models priced here, Gemini 2.5 Flash-Lite ($0.10 input and $0.40 output), Gemini 2.5 Flash ($0.30 input and $2.50 output) and Gemini 3 Flash ($0.50 input and $3 output) cost under $1 per million input tokens.',
    );
    expect(listed('which openai models cost under 50c per mtok?')).toMatch(/^Of the OpenAI models priced here, GPT-5 mini \(\$0\.25 input and \$2 output\) costs under \$0\.50 per million input tokens\.$/);
    expect(listed('which claude models are below $1 per million output tokens?')).toBe('None of the Claude models priced here costs under $1 per million output tokens; the cheapest is Claude Haiku 4.5 ($1 input and $5 output).');
    // "at or under", "or less", "at most" take in a model at the top price itself; "less than" sets no comparison.
    expect(listed('claude models at or under $15/mtok output?')).toBe(
      'Of the Claude models priced here, Claude Haiku 4.5 ($1 input and $5 output), Claude Sonnet 4.5 ($3 input and $15 output) and Claude Sonnet 4 ($3 input and $15 output) cost at or under $15 per million output tokens.',
    );
    expect(listed('claude models costing $5 per mtok output or less?')).toMatch(/Claude Haiku 4\.5 \(\$1 input and \$5 output\) costs at or under \$5 per million output tokens\.$/);
    expect(listed('claude models costing less than $5 per mtok output')).toMatch(/^None of the Claude models priced here costs under \$5 per million output tokens;/);
    // A price the sources disagree on, under the top on one source's figure only, is named as such, not left out.
    expect(listed('mistral api models under $1/mtok on input?')).toBe(
      "Of the Mistral AI models priced here, Mistral Medium 3 ($0.40 input and $2 output) costs under $1 per million input tokens; Mistral Large 3 ($0.50 to $2 input and $1.50 to $6 output) does on one source's price and not on another's.",
    );
    expect(listed('mistral models under $0.45 per mtok input?')).not.toMatch(/Large 3/);
  });

  it("lists the maker's cheaper models when a cheaper option than one model is asked for", () => {
    expect(listed('is there a cheaper claude model than opus 4.6?')).toBe(
      'Yes: Anthropic lists cheaper models than Claude Opus 4.6 ($5 input and $25 output per million tokens): Claude Haiku 4.5 at $1 and $5, Claude Sonnet 4.5 at $3 and $15 and Claude Sonnet 4 at $3 and $15.',
    );
    expect(listed('cheaper alternative to claude haiku 4.5?')).toMatch(/^No: of the Anthropic models priced here, none costs less than Claude Haiku 4\.5/);
    // Two models set side by side, or a multiple asked against a class, are not this.
    expect(listed('is haiku 4.5 cheaper than opus 4.6?') ?? '').not.toMatch(/lists cheaper models/);
    expect(listed('how much cheaper are open models vs claude opus 4.6?') ?? '').not.toMatch(/lists cheaper models/);
  });

  it('orders the list when asked, and leaves a plain superlative to name one pick', () => {
    expect(listed('gemini models + prices, cheapest first?')).toMatch(/^Per million tokens, input and output: Gemini 2\.5 Flash-Lite \$0\.10 and \$0\.40, Gemini 2\.5 Flash \$0\.30 and \$2\.50,/);
    expect(listed("what's the cheapest gemini model?") ?? '').not.toMatch(/^Per million tokens/);
  });

  it('names as many after the pick as a superlative asks for ("top 3 cheapest…"), in order', () => {
    expect(listed('3 cheapest claude models?')).toBe(
      'Claude Haiku 4.5 is the cheapest Claude model priced here, at $1 input and $5 output per million tokens; next come Claude Sonnet 4.5 at $3 input and $15 output per million tokens and Claude Sonnet 4 at $3 input and $15 output per million tokens.',
    );
    // Ties count towards the number asked: two hosts share the lowest price, so one more is named.
    expect(listed('top 3 cheapest maverick hosts by output price?')).toMatch(/cheapest on DeepInfra and Cerebras, at \$0\.60 per million output tokens; next comes Llama 4 Maverick on Together AI at \$0\.85 per million output tokens\.$/);
    // A plain superlative still names the pick alone.
    expect(listed('cheapest claude model?')).not.toMatch(/next come/);
  });

});

import { describe, expect, it } from 'vitest';
import { readHostingQuote, readSpend } from '../../../workflows/decision/situation/spend.ts';
import { prepare } from '../../../workflows/decision/situation/text.ts';
import { loadPrices } from '../../../workflows/decision/prices.ts';

const spend = (text: string) => readSpend(prepare(text));
const usd = loadPrices().exchange_rates.to_gbp.find((r) => r.currency === 'USD')!;
const eur = loadPrices().exchange_rates.to_gbp.find((r) => r.currency === 'EUR')!;

describe('monthly spend from free text', () => {
  it('reads pounds in the ways people type them, per month', () => {
    const cases: [string, number][] = [
      ['we spend about £600 a month on the api', 600],
      ['bill is ~£2,500/month', 2500],
      ['2.5k a month on openai', 2500],
      ['we pay 750 quid monthly for gpt', 750],
      ['roughly 4 grand a month', 4000],
      ['a couple of grand a month on claude', 2000],
      ['budget of fifteen hundred quid a month', 1500],
      ['£500pm', 500],
      ['costs 3k pcm', 3000],
    ];
    for (const [text, gbp] of cases) expect(spend(text)?.value, text).toBe(gbp);
  });

  it('reads a pound figure in brackets after a bill in another currency as that bill, for its period', () => {
    expect(spend('zurich, 8 of us, ~CHF 900/month on claude (≈£800). run our own?')).toMatchObject({ value: 800 });
    expect(spend('zurich, 8 of us, ~CHF 900/month on claude (≈£800). run our own?')?.note ?? '').not.toMatch(/no period/);
    expect(spend('SEK 90,000 a year on the api (about £6,600), worth self-hosting?')).toMatchObject({ value: 550 });
    // A price per token or per hour is no bill.
    for (const t of ['our budget is $2 per million tokens max. closed api or self host?', 'we need something under 30c/mtok', 'h100 at $2.69 an hour, worth it?']) expect(spend(t), t).toBeUndefined();
    // "last month" gives the period too.
    expect(spend('api bill was ~£900 in spring, £2,100 last month, still climbing')?.note ?? '').not.toMatch(/no period/);
  });

  it('puts other periods per month and says so', () => {
    expect(spend('£30k a year on AI')).toMatchObject({ value: 2500, note: expect.stringMatching(/£30,000 a year is £2,500 a month/) });
    expect(spend('annual budget of £24,000 for the api')?.value).toBe(2000);
    expect(spend('£250 a week on claude')?.value).toBe(1083);
    expect(spend('$15k per quarter on tokens')?.value).toBe(Math.round((15000 / 3) * usd.gbp_per_unit));
    expect(spend('£20 a day on tokens')?.value).toBe(608);
    expect(spend('£1.2m a year on inference')?.value).toBe(100000);
     // "this year" is a year too.
    expect(spend('whole company ai budget this year is about £24k (10 ppl, no devops)')?.value).toBe(2000);
  });

  it('reads a quote for an API as the bill, and a price for hosting a model as what it is weighed against', () => {
    const text = 'claude quote is ~£2.5k/mo, and a hosting firm quoted ~£1.5k/mo for a llama box. self hosting looks like a no-brainer, no?';
    expect(spend(text)?.value).toBe(2500);
    expect(readHostingQuote(prepare(text))?.value).toBe(1500);
    // Nor is a budget for GPUs or hosting: "the gpu budget is $5k/month tops" prices the box, not the API.
    expect(spend('sizing a pilot. the gpu budget is $5k/month tops. could we run llama 3.1 70b on 4x h100?')).toBeUndefined();
    expect(spend('our hosting budget is £3k a month, api bill £900 a month')?.value).toBe(900);
    // A GPU price is never the AI bill, in the plural too.
    const gpus = 'our openai bill is £1,200 a month; two h100s would cost £4k/mo';
    expect(spend(gpus)?.value).toBe(1200);
    expect(readHostingQuote(prepare(gpus))?.value).toBe(4000);
    // A quote for GPUs alone is no bill; a bill alone has no hosting price.
    expect(spend('we got a quote of £4k/mo for two h100s')).toBeUndefined();
    expect(readHostingQuote(prepare('we spend £2k a month on openai'))).toBeUndefined();
  });

  it('reads a count described by a word or two as a count, not money', () => {
    expect(spend('maybe 2m short tickets a day, haiku or flash?')).toBeUndefined();
    // What a firm holds to train on is counted too: "~200k labelled claims", "40k annotated examples".
    expect(spend("we've got ~200k labelled claims. fine tune gpt via openai's api?")).toBeUndefined();
    expect(spend('40k annotated examples, and we spend 3k a month on the api')?.value).toBe(3000);
    expect(spend('we pay 3k a month for the api')?.value).toBe(3000);
    expect(spend('about 3k monthly api tokens bill')?.value).toBe(3000);
    // The people or places a product reaches are counted, however many: "~200k consumers", "40 clinics".
    for (const t of ['we ship an offline writing assistant to ~200k consumers, built on gemma 3. worth switching to gemma 4?', 'rolling it out to 40 clinics and 12k subscribers, self host?']) expect(spend(t), t).toBeUndefined();
    expect(spend('~200k consumers and we spend £3k a month on the api')?.value).toBe(3000);
  });

  it('reads a figure after a counted noun as a count, not money, unless it carries a currency', () => {
    expect(spend('gemini 2.5 pro w/ prompts over 200k, still cheaper than gpt-5.2 per mtok?')).toBeUndefined();
    expect(spend('a context of 128k on the api, what does that cost?')).toBeUndefined();
    expect(spend('we have users above 100k a month on the ai app')).toBeUndefined();
    expect(spend('our tokens cost £3k a month')?.value).toBe(3000);
  });

  it("reads a figure in a model's name as its version, not money", () => {
    expect(spend('how much would it cost us to run llama 4 maverick on runpod per month')).toBeUndefined();
    expect(spend('gpt-5 usage each month, is it worth self hosting?')).toBeUndefined();
    expect(spend('we spend 2500 a month on gpt 5')?.value).toBe(2500);
  });

  it('converts dollars and euros with the dated rate in prices.json, and names it', () => {
    const d = spend('we spend $4k/mo on openai');
    expect(d?.value).toBe(Math.round(4000 * usd.gbp_per_unit));
    expect(d?.note).toContain(`£${usd.gbp_per_unit} per $1`);
    expect(d?.note).toContain(usd.as_of);
    expect(spend('€3,000 a month on mistral')?.value).toBe(Math.round(3000 * eur.gbp_per_unit));
    expect(spend('about 800 euros a month')?.value).toBe(Math.round(800 * eur.gbp_per_unit));
    expect(spend('3,000 usd per month')?.value).toBe(Math.round(3000 * usd.gbp_per_unit));
  });

  it('reads no spend in a currency the stored exchange rates do not hold, never as pounds', () => {
    expect(spend('about chf 4k/month on the api')).toBeUndefined();
    expect(spend('we spend 3000 chf a month on claude')).toBeUndefined();
    expect(spend('a$3,000 a month on openai')).toBeUndefined();
    expect(spend('chf 5k a year on licences, and £2k a month on the api')?.value).toBe(2000);
    expect(spend('we try to keep it at 3k a month')?.value).toBe(3000);
  });

  it('takes the middle of a range, and knows which figure a scale belongs to', () => {
    expect(spend('2-3k/month')?.value).toBe(2500);
    expect(spend('between 2 and 3k a month')?.value).toBe(2500);
    expect(spend('anywhere from £500 to £5k a month')?.value).toBe(2750);
    expect(spend('£1,500 to £2,000 per month')?.value).toBe(1750);
    // A trajectory is not a range: the bill is now the second figure.
    expect(spend('our spend went from £1k to £6k a month this year')?.value).toBe(6000);
  });

  it('quotes the words it read', () => {
    expect(spend('our bill is about £2k a month')?.words).toBe('£2k a month');
  });

  it('ignores counts, revenue, salaries and quotes for GPUs', () => {
    expect(spend('we are a 12 person agency with 3k users')).toBeUndefined();
    expect(spend('we process 2 million tokens a day')).toBeUndefined();
    expect(spend('£5m revenue, 40 staff')).toBeUndefined();
    expect(spend('an ML engineer salary is £80k a year')).toBeUndefined();
    expect(spend('we spend £900 a month; the self-hosting quote was £2,500 a month')?.value).toBe(900);
    expect(spend('the contract is worth £50k a month to us')).toBeUndefined();
  });

  it('reads the bill in a clause asking whether something is "worth it", which values no contract', () => {
    expect(spend('is self hosting worth it if we spend £3,000 a month on the api?')?.value).toBe(3000);
    expect(spend('worth the switch when we pay £4k/mo for gpt-5?')?.value).toBe(4000);
  });

  it('a correction wins, and a projection beats the current bill', () => {
    expect(spend('our bill was £500 a month. actually, make that £2,000')?.value).toBe(2000);
    expect(spend('we spend £800 a month now but expect £4k a month next year')?.value).toBe(4000);
  });

  it('reads nothing from text without money in it', () => {
    expect(spend('should we self-host llama?')).toBeUndefined();
    expect(spend('gpt-5 or claude opus 4.6?')).toBeUndefined();
  });
});

describe('a bare figure with a period', () => {
  it('is money when it is more than a handful, and never a count', () => {
    expect(readSpend(prepare("we're at 2500/month and steady"))?.value).toBe(2500);
    expect(readSpend(prepare('200 tickets a day'))).toBeUndefined();
    expect(readSpend(prepare('2 releases a month'))).toBeUndefined();
  });
});

describe('several bills', () => {
  it('adds bills named together, never a before-and-after', () => {
    expect(readSpend(prepare('we spend £2k a month on openai and £500 on anthropic'))).toMatchObject({ value: 2500, note: expect.stringMatching(/2 bills added up/) });
    expect(readSpend(prepare('£800 now, expect £4k a month next year'))?.value).toBe(4000);
  });
});

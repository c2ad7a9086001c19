import { describe, expect, it } from 'vitest';
import { crossoverVerdict } from '../../../bot/answer/crossover-verdict.ts';
import { analyseQuestion } from '../../../bot/answer/question.ts';
import { readSelfHostParts } from '../../../workflows/decision/situation/spend.ts';
import { prepare } from '../../../workflows/decision/situation/text.ts';

const verdict = (q: string) => crossoverVerdict(q, analyseQuestion(q));

/** The asker's API bill against the crossover, over the real knowledge/data/prices.json. */
describe('crossoverVerdict', () => {
  it('sets the API bill and a self-hosting estimate side by side when the difference is asked', () => {
    // $3,000 × 0.78704 = £2,361 a month; £1,500 + £1,000 = £2,500; £139 a month more, £1,668 a year.
    expect(verdict('api costs us $3,000 a month; self-hosting would be £1,500 infra + £1,000 staff. difference over a year?')?.text).toMatch(
      /Side by side, self-hosting at about £2,500 a month \(£1,500 plus £1,000 of people's time\) would cost about £139 a month more than the API at £2,361, about £1,668 a year\.$/,
    );
    // An estimate leaving people out gets the DevOps time the crossover's source counts, said as such.
    expect(verdict('we spend £4k/month on openai. a hosting firm quoted £1.5k/mo for a llama box. how much would we save a year by self-hosting?')?.text).toMatch(
      /Side by side, self-hosting at about £2,500 a month \(£1,500 plus about £1,000 of DevOps time the estimate leaves out\) would save about £1,500 a month against the API at £4,000, about £18,000 a year\.$/,
    );
    // Not asked the difference, the hosting quote is put in context as before.
    expect(verdict('we spend £4k/month on openai. a hosting firm quoted £1.5k/mo for a llama box. worth self-hosting?')?.text).not.toMatch(/Side by side/);
    // Written for this test: the entry-level setup named with no figure is costed at the entry figures, once each.
    expect(verdict('we pay about £1,800 a month for openai. if we self-hosted on one managed a10g, how much more or less would we spend each month?')?.text).toMatch(
      /Side by side, self-hosting at about £2,500 a month \(about £1,500 for one A10G GPU on a managed host plus about £1,000 of DevOps time\) would cost about £700 a month more than the API at £1,800, about £8,400 a year\.$/,
    );
  });

  it('leads with the no when asked whether to self-host or move below the crossover, and only then', () => {
    expect(verdict('we spend about £900 a month on the openai api. our cfo says self hosting will obviously save money, should we move?')?.text).toBe(
      'No, not on cost: at £900 a month you are below the £1,500 crossover, where a closed API is almost always cheaper once DevOps time is counted. Self-hosting at entry level costs about £1,500 a month for one A10G on a managed host plus about £1,000 of DevOps time, so it starts to pay only above about £2,500 a month of steady spend.',
    );
    expect(verdict('15 person agency spending ~£900/mo on openai. self host yet?')?.text).toMatch(/^No, not on cost: /);
    // Two courses, a move onto an API, or no yes or no asked: the figure leads as before.
    for (const q of ['we spend £900 a month, self host or stay on the api?', '£900/month on llama hosting, should we move to the claude api?', 'we spend £900 a month on openai. what would self hosting cost us?']) {
      expect(verdict(q)?.text ?? '', q).not.toMatch(/^No, not on cost/);
    }
  });

  it('says what the crossover counts for the people who run GPUs when a steady spend above it pays and nobody can', () => {
    const steadyNoSkills = verdict("spending 3 grand a month on llm apis, volume's been flat since spring. 25 ppl, two backend devs, nobody doing ml ops. is it self-host time?")?.text ?? '';
    expect(steadyNoSkills).toMatch(/^Self-hosting is likely to pay: .* though you would need people or a managed host to run the GPUs\. Self-hosting at entry level costs about £1,500 a month for one A10G on a managed host plus about £1,000 of DevOps time/);
    // Said to swing, the verdict stands alone: it is not yet.
    expect(verdict('about £3,000 a month on openai but it swings wildly, and nobody here runs gpus. self host?')?.text ?? '').not.toMatch(/entry level/);
  });

  it('places the spend when any question of the message asks about the crossover, whichever clause is read as the ask', () => {
    // $2,800 × 0.78704 = £2,204 a month, inside the £1,500-£2,500 band.
    expect(verdict("our api bill is about $2,800 a month and pretty steady. in £ where does that land vs the self-hosting crossover, and if it's in the grey middle what decides it?")?.text).toMatch(
      /^At £2,204 a month \(\$2,800 converted at .*\) you sit inside the £1,500-£2,500 crossover band: cost alone does not decide, so skills, data rules and growth do\.$/,
    );
  });

  it('weighs a yes or no asked first when a what or how follows it', () => {
    expect(verdict('40-person uk legal tech, £2k/month on claude. does hosting our own model pay off yet, and how long would it take to get live?')?.text).toMatch(
      /^At £2,000 a month you sit inside the £1,500-£2,500 crossover band/,
    );
  });

  it('takes no price paid for each person or seat for the team\'s bill', () => {
    expect(verdict("should we put the whole team on personal chatgpt accounts? it's like £20 each vs the business plan")).toBeUndefined();
    expect(verdict('should we self-host? chatgpt seats are $30 a head and we have 40 people')).toBeUndefined();
    // A period after "each" is still the bill.
    expect(verdict('we pay £900 each month for the openai api. self host yet?')?.text).toMatch(/£900 a month/);
  });

  it('reads the parts of a self-hosting estimate, an amount added on to one included', () => {
    const parts = readSelfHostParts(prepare('api costs us $3,000 a month; self-hosting would be £1,500 infra + £1,000 staff'));
    expect(parts.map((x) => [Math.round(x.gbp), x.people])).toEqual([[1500, false], [1000, true]]);
    expect(readSelfHostParts(prepare('we spend $3,000 a month on the api'))).toEqual([]);
  });
});

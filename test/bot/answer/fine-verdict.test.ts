import { describe, expect, it } from 'vitest';
import { fineVerdict } from '../../../bot/answer/fine-verdict.ts';

/** The fine cap at the asker's turnover, over the real knowledge/data/prices.json. */
describe('fineVerdict', () => {
  it('works out the cap of the tier asked about: the larger of the fixed amount and the share of turnover', () => {
    const v = fineVerdict("we're a group with roughly €2bn turnover. if our hr screening ai breaks the rules that apply to deployers, how big could the fine get?");
    expect(v?.text).toMatch(/^With worldwide annual turnover of €2 billion, the EU AI Act cap for breaches of most other duties .* is €60 million: 3% of turnover is €60 million against the €15 million fixed amount, and larger companies face whichever is higher\.$/);
    // "billion" written out is the same turnover.
    expect(fineVerdict('Is there a fine for giving wrong information to AI Act regulators? How much could it be for a large company with €2 billion turnover?')?.text).toMatch(/^With worldwide annual turnover of €2 billion, the EU AI Act cap for incorrect, incomplete or misleading information to authorities is €20 million/);
    expect(v?.cardId).toBe('eu-ai-act-fines');
    expect(v?.url).toMatch(/article-99/);
  });

  it('takes the lower of the two for an SME, and converts pounds and dollars at the stored rates', () => {
    const v = fineVerdict('20 person startup, turnover about £3m. max ai act fine if we used a prohibited practice?');
    expect(v?.text).toMatch(/^For an SME or start-up with worldwide annual turnover of €3\.\d+ million \(£3 million is about €3\.\d+ million at the stored exchange rates\), the EU AI Act cap for prohibited AI practices \(Article 5\) is €2\d\d,\d{3}: 7% of turnover/);
    expect(v?.text).toMatch(/SMEs and start-ups face whichever is lower\.$/);
  });

  it('reads a company of more than 250 staff as larger ("1,100 staff"), and gives the share of a turnover the rates do not hold in its own currency', () => {
    const v = fineVerdict("swiss pharma, 1,100 staff, turnover around CHF 900m. if our ai hiring tool breached a deployer duty under the eu ai act, what's our max fine?");
    expect(v?.text).toMatch(/^The knowledge base holds no CHF exchange rate, so it cannot give the cap in euros: for breaches of most other duties .*, 3% of CHF 900 million is CHF 27 million, against the €15 million fixed amount, and larger companies face whichever is higher\.$/);
  });

  it('reads misleading information about an AI system as the AI Act\'s information tier, the law unnamed', () => {
    const v = fineVerdict('€40m-turnover scaleup in lisbon, 180 staff. worst-case fine if someone fed the regulator misleading info about our ai system? and does our size change it?');
    expect(v?.text).toMatch(/^For an SME or start-up with worldwide annual turnover of €40 million, the EU AI Act cap for incorrect, incomplete or misleading information to authorities is €400,000: 1% of turnover/);
    // An AI system alone, with no tier only the AI Act fines, is no AI Act question.
    expect(fineVerdict('worst-case fine if our ai system leaks customer data? turnover €40m')).toBeUndefined();
  });

  it('reads banned practices as the prohibited tier', () => {
    const v = fineVerdict("we're at about €40m turnover, ~180 staff. if we ended up doing one of the banned ai practices, what's the biggest fine?");
    expect(v?.text).toMatch(/^For an SME or start-up with worldwide annual turnover of €40 million, the EU AI Act cap for prohibited AI practices \(Article 5\) is €2\.8 million/);
  });

  it('gives every tier when the message names none', () => {
    const v = fineVerdict("uk plc, revenue $500m, what's our worst case ai act exposure?");
    expect(v?.text).toMatch(/the EU AI Act caps are €35 million \(the fixed amount\) for prohibited AI practices \(Article 5\), €15 million \(the fixed amount\) for breaches .* and €7\.5 million \(the fixed amount\) for incorrect, incomplete or misleading information to authorities/);
    // Each cap says which side set it: above the fixed amounts, the share of turnover.
    expect(fineVerdict('group turnover €3bn. worst case ai act fine?')?.text).toMatch(/€210 million \(7% of turnover\) for prohibited AI practices/);
  });

  it('gives a small company with no turnover the lower-of rule on the tier asked, and leaves "do smes get lower fines?" to the card', () => {
    expect(fineVerdict("whats the max ai act fine for prohibited practices? what about if we're under 50 people")?.text).toBe(
      'For an SME or start-up, the EU AI Act cap for prohibited AI practices (Article 5) is whichever is lower of €35 million and 7% of worldwide annual turnover; larger companies face whichever is higher.',
    );
    expect(fineVerdict('how big can an ai act fine get for a 20 person startup?')?.text).toMatch(/^For an SME or start-up, each EU AI Act fine cap is whichever is lower .*: €35 million or 7% for prohibited AI practices \(Article 5\); €15 million or 3% for breaches .*; and €7\.5 million or 1% for incorrect, incomplete or misleading information to authorities\.$/);
    expect(fineVerdict("do smes get lower ai act fines? we're 30 staff")).toBeUndefined();
  });

  it('stays out of questions with no turnover, about another law, or not about a fine', () => {
    expect(fineVerdict('what are the max fines under the ai act?')).toBeUndefined();
    expect(fineVerdict('gdpr fine for a company with €1bn turnover?')).toBeUndefined();
    expect(fineVerdict('our turnover is €40m; do the ai act deployer duties apply to us?')).toBeUndefined();
    expect(fineVerdict('ai act fines for a firm spending €2k a month on the api?')).toBeUndefined();
  });

  it('reads "the prohibited ways" as the prohibited tier, and a size denied ("so not an SME") as a larger company', () => {
    expect(fineVerdict('about €60m annual turnover, so not an SME. if we used ai in one of the prohibited ways, what would the maximum fine be?')?.text).toBe(
      'With worldwide annual turnover of €60 million, the EU AI Act cap for prohibited AI practices (Article 5) is €35 million: 7% of turnover is €4.2 million against the €35 million fixed amount, and larger companies face whichever is higher.',
    );
    expect(fineVerdict("we're a start-up with €5m turnover, max fine for prohibited practices under the ai act?")?.text).toMatch(/^For an SME or start-up .* is €350,000/);
  });

  it('gives each tier the message names, and reads a breach of a named tier as that tier\'s verb', () => {
    // 7% and 3% of €800m: both caps asked, both given.
    expect(fineVerdict('cfo, 900 staff, €800m turnover. for the board deck: max ai act fine for a banned practice vs for breaching our deployer obligations? both numbers pls')?.text).toMatch(
      /^With worldwide annual turnover of €800 million, the EU AI Act caps are €56 million \(7% of turnover\) for prohibited AI practices \(Article 5\) and €24 million \(3% of turnover\) for breaches of most other duties/,
    );
    // "might breach the article 5 prohibited practices" asks the prohibited tier alone.
    expect(fineVerdict("2,000 employee retailer, turnover ~€600m. our vendor's chatbot might breach the article 5 prohibited practices. max fine exposure?")?.text).toMatch(/the EU AI Act cap for prohibited AI practices \(Article 5\) is €42 million/);
  });

  it('reads "40 ppl" as a small company', () => {
    expect(fineVerdict('founder here, 40 ppl, about €6m turnover. is it true an ai act fine for breaking deployer duties could be €15m for a company our size??')?.text).toMatch(/^For an SME or start-up with worldwide annual turnover of €6 million, .* is €180,000: .* SMEs and start-ups face whichever is lower\.$/);
  });
});

import { describe, expect, it } from 'vitest';
import { leadWithRedFlagVerdict as judgedWith } from '../../../bot/answer/red-flag-verdict.ts';
import { analyseQuestion } from '../../../bot/answer/question.ts';
import type { Citation } from '../../../bot/turn.ts';

/** The citations an answer's markers point at, one per number. */
const cited = (answer: string): Citation[] => [...new Set([...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))].map((n) => ({ n, id: `card-${n}`, title: `Card ${n}`, url: `https://example.test/${n}`, snippet: '' }));
/** Judged as the answerer does, with the message's quoted phrases as the question analysis reads them. */
const judged = (message: string, answer: string, citations: Citation[]) => judgedWith(message, analyseQuestion(message).quoted, answer, citations);
const leadWithRedFlagVerdict = (message: string, answer: string) => judged(message, answer, cited(answer)).answer;

describe('a red flag the message describes, asked about, opens with the verdict', () => {
  const answer = 'A red flag is a vendor that charges heavy fees for data export. [1] A red flag is a contract with no deletion commitment at termination. [1]';

  it('moves a red flag the message describes up from further down the answer, and hears "fine? what instead?"', () => {
    const later = 'Exit matters because a vendor can fail. [1] A red flag is a vendor that charges heavy fees for data export. [2]';
    expect(leadWithRedFlagVerdict('vendor wants big fees to export our data when we leave. fine? what should we ask for instead?', later)).toBe(
      'No, that is a red flag: a vendor that charges heavy fees for data export. [1] Exit matters because a vendor can fail. [2]',
    );
    // A red flag the message does not describe stays where it was.
    expect(leadWithRedFlagVerdict('they keep logs for a week. fine?', later)).toBe(later);
  });

  it('gives no verdict to a message asking which answers would worry it, unless it quotes the vendor', () => {
    const sla = 'A red flag is no SLA at all. [1] A good answer states a written availability SLA. [1]';
    expect(leadWithRedFlagVerdict('downtime is real money for us. what answers on uptime from the vendor should worry us?', sla)).toBe(sla);
    expect(leadWithRedFlagVerdict("what should worry us? they say there's no SLA at all, 'best we can do'", sla)).toMatch(/^Yes, that is a red flag: no SLA at all\./);
  });

  it('names the items of a listed lead ("Red flags are …, and …") that the message describes, and keeps the rest', () => {
    const listed = 'Red flags are training that you can only opt out of, and consumer terms in place of business terms. [1] A good answer keeps training off by default. [1]';
    expect(leadWithRedFlagVerdict("their terms: 'you can opt out of training on your data in settings'. only opt out of training. ok to sign as is?", listed)).toBe(
      'No, that is a red flag: training that you can only opt out of. [1] A good answer keeps training off by default. [1]',
    );
    // Asked for the red flags, the list is the answer; describing none of them, nothing changes.
    expect(leadWithRedFlagVerdict('training red flags?', listed)).toBe(listed);
    expect(leadWithRedFlagVerdict('they keep logs for a week. fine?', listed)).toBe(listed);
  });

  it("counts the cards' words for the message's everyday ones (its bridges) as the message's", () => {
    const flag = 'A red flag is a vendor that will not name the upstream model it builds on. [1]';
    const message = "supplier won't name the model underneath. dealbreaker?";
    // In its own words the message uses two of the flag's five ("name", "model"): too few to be the flag it describes.
    expect(judgedWith(message, [], flag, cited(flag)).answer).toBe(flag);
    // With "supplier" read as a vendor and "the model underneath" as the upstream model, it describes it.
    expect(judgedWith(message, [], flag, cited(flag), ['vendor', 'upstream model']).answer).toMatch(/^Yes, that is a red flag: a vendor that will not name the upstream model/);
  });

  it('says yes, then the red flag in the card\'s own words and citation', () => {
    expect(leadWithRedFlagVerdict('vendor wants big fees to export our data when we leave. red flag?', answer)).toBe(
      'Yes, that is a red flag: a vendor that charges heavy fees for data export. [1]',
    );
    expect(leadWithRedFlagVerdict('they charge export fees on our data, deal breaker?', answer)).toMatch(/^Yes, that is a red flag: a vendor that charges/);
    expect(leadWithRedFlagVerdict('the service is fully automated, no review step and no way to override it. is that a problem?', 'A red flag, for any decision that affects people, is a fully automated service with no review or override point. [2]')).toBe(
      'Yes, that is a red flag, for any decision that affects people: a fully automated service with no review or override point. [1]',
    );
  });

  it('says no when asked whether it is fine, and gives the call when asked one or the other', () => {
    expect(leadWithRedFlagVerdict('the vendor charges big fees to export our data when we leave. fine?', answer)).toMatch(/^No, that is a red flag: a vendor that charges/);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit, acceptable? 😬', answer)).toMatch(/^No, that is a red flag: /);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit. fine or push back?', answer)).toMatch(/^Push back: that is a red flag: /);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit. normal or a concern?', answer)).toMatch(/^That is a red flag: /);
    // "ok to sign as is?", "can we accept that as-is?" ask whether it is fine to agree to.
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit. ok to sign as is?', answer)).toMatch(/^No, that is a red flag: /);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit. can we accept that as-is?', answer)).toMatch(/^No, that is a red flag: /);
    // "bad sign?" asks whether it is bad, not whether to sign.
    expect(leadWithRedFlagVerdict('vendor charges heavy fees to export our data when we leave. bad sign?', answer)).toMatch(/^Yes, that is a red flag: /);
  });

  it('leaves the answer as it was when the message asks for red flags, or describes something else', () => {
    expect(leadWithRedFlagVerdict('red flags in a vendor exit clause?', answer)).toBe(answer);
    expect(leadWithRedFlagVerdict('what should we look for on exit?', answer)).toBe(answer);
    // Asked of an independent certificate, the lead red flag (self-attestation) is not what the message describes.
    const selfAttested = 'A red flag is a vendor that offers only self-attestation, with no independent certificate or audit report. [1]';
    expect(leadWithRedFlagVerdict('vendor says they are soc 2 type 2 certified, red flag?', selfAttested)).toBe(selfAttested);
    expect(leadWithRedFlagVerdict('vendor wants big fees to export our data. red flag?', 'A good answer offers a way to export your data. [1]')).toBe('A good answer offers a way to export your data. [1]');
  });

  it('hears "should that bother us?" and a quote of the wording the red flag names', () => {
    const retention = 'A red flag is vague retention wording such as "as long as necessary" without a stated period. [1]';
    expect(leadWithRedFlagVerdict("their data terms say they keep our prompts 'as long as necessary'. should that bother us?", retention)).toMatch(/^Yes, that is a red flag: vague retention wording/);
    // An apostrophe before the quote ("they'll") opens no quote.
    const effort = 'A red flag is a vendor that offers only "best efforts" incident notification, with no time limit. [1]';
    expect(leadWithRedFlagVerdict("supplier says they'll use 'best efforts' to let us know if something goes wrong. good enough?", effort)).toMatch(/^No, that is a red flag: a vendor that offers only "best efforts"/);
    // A quote of one word is no quote of the red flag's wording.
    expect(leadWithRedFlagVerdict("their terms say 'necessary'. should that bother us?", retention)).toBe(retention);
  });

  it('keeps what bears on the red flag it judges and leaves out red flags the message does not describe, citations renumbered', () => {
    const text = 'A red flag is a vendor that charges heavy fees for data export. [1] A red flag is a service offered only under consumer terms. [2] A good answer lets you export your data in standard formats. [3]';
    const r = judged('vendor wants big fees to export our data when we leave. red flag?', text, cited(text));
    expect(r.answer).toBe('Yes, that is a red flag: a vendor that charges heavy fees for data export. [1] A good answer lets you export your data in standard formats. [2]');
    expect(r.citations.map((c) => [c.n, c.id])).toEqual([[1, 'card-1'], [2, 'card-3']]);
    // Not judged (a list of red flags asked for), the answer and its citations stay as they were.
    expect(judged('red flags in a vendor exit clause?', text, cited(text))).toEqual({ answer: text, citations: cited(text) });
  });
});

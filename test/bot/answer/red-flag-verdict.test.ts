import { describe, expect, it } from 'vitest';
import { leadWithRedFlagVerdict } from '../../../bot/answer/red-flag-verdict.ts';

describe('a red flag the message describes, asked about, opens with the verdict', () => {
  const answer = 'A red flag is a vendor that charges heavy fees for data export. [1] A red flag is a contract with no deletion commitment at termination. [1]';

  it('says yes, then the red flag in the card\'s own words and citation', () => {
    expect(leadWithRedFlagVerdict('vendor wants big fees to export our data when we leave. red flag?', answer)).toBe(
      'Yes, that is a red flag: a vendor that charges heavy fees for data export. [1] A red flag is a contract with no deletion commitment at termination. [1]',
    );
    expect(leadWithRedFlagVerdict('they charge export fees on our data, deal breaker?', answer)).toMatch(/^Yes, that is a red flag: a vendor that charges/);
    expect(leadWithRedFlagVerdict('the service is fully automated, no review step and no way to override it. is that a problem?', 'A red flag, for any decision that affects people, is a fully automated service with no review or override point. [2]')).toBe(
      'Yes, that is a red flag, for any decision that affects people: a fully automated service with no review or override point. [2]',
    );
  });

  it('says no when asked whether it is fine, and gives the call when asked one or the other', () => {
    expect(leadWithRedFlagVerdict('the vendor charges big fees to export our data when we leave. fine?', answer)).toMatch(/^No, that is a red flag: a vendor that charges/);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit, acceptable? 😬', answer)).toMatch(/^No, that is a red flag: /);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit. fine or push back?', answer)).toMatch(/^Push back: that is a red flag: /);
    expect(leadWithRedFlagVerdict('vendor charges big fees to export our data at exit. normal or a concern?', answer)).toMatch(/^That is a red flag: /);
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
});

import { describe, expect, it } from 'vitest';
import { asksPractice, plainExample } from '../../../bot/answer/plain-example.ts';

const TWO = "Good answers look like Acme's API, which has not trained on customer data since 1 May 2024 and keeps abuse logs for up to 14 days, and Zeta's API, which deletes data within 7 days.";

describe('a good answer stated as the vendor practice it gives', () => {
  it('drops the frame and keeps only the example the question names', () => {
    expect(plainExample(TWO, ['acme'])).toBe("Acme's API has not trained on customer data since 1 May 2024 and keeps abuse logs for up to 14 days.");
    expect(plainExample(TWO, ['zeta api'])).toBe("Zeta's API deletes data within 7 days.");
    expect(plainExample(TWO, ['acme', 'zeta'])).toBe("Acme's API has not trained on customer data since 1 May 2024 and keeps abuse logs for up to 14 days, and Zeta's API deletes data within 7 days.");
    expect(plainExample('A good answer can be measured against Nimbus Cloud, which offers a 99.5% availability SLA.', ['nimbus cloud'])).toBe('Nimbus Cloud offers a 99.5% availability SLA.');
    expect(plainExample('A good answer offers dated snapshots: for example, Orca 2.1 was released on 1 June 2025 and will be retired no sooner than 1 June 2026.', ['orca 2.1'])).toBe('Orca 2.1 was released on 1 June 2025 and will be retired no sooner than 1 June 2026.');
  });

  it('leaves the sentence as written when the example is about something else or names a thing, not a practice', () => {
    expect(plainExample(TWO, ['gemini'])).toBe(TWO);
    const thing = 'A good answer looks like the Acme Copyright Pledge, an output indemnity announced in 2023.';
    expect(plainExample(thing, ['acme'])).toBe(thing);
    expect(plainExample('A red flag is a vendor that trains on your data by default.', ['acme'])).toBe('A red flag is a vendor that trains on your data by default.');
  });

  it('knows a question about the frame itself', () => {
    expect(asksPractice('does acme train on our api data?')).toBe(true);
    expect(asksPractice('what does a good answer on data use look like?')).toBe(false);
    expect(asksPractice('red flags in their retention terms?')).toBe(false);
    expect(asksPractice('need a real world example of a vendor doing model retirement properly')).toBe(false);
  });
});

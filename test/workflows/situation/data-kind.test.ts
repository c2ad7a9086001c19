import { describe, expect, it } from 'vitest';
import { readDataKind } from '../../../workflows/decision/situation/data-kind.ts';
import { prepare } from '../../../workflows/decision/situation/text.ts';

const kind = (text: string) => readDataKind(prepare(text))?.value;

describe('data classification from free text', () => {
  it('reads each kind', () => {
    expect(kind('we summarise patient notes')).toBe('special-category');
    expect(kind('face matching is biometric data')).toBe('special-category');
    expect(kind('tenant files include criminal convictions')).toBe('special-category');
    expect(kind('genetic sequencing results')).toBe('special-category');
    expect(kind('customer names and emails')).toBe('personal');
    expect(kind('we parse CVs')).toBe('personal');
    expect(kind('HR data about staff')).toBe('personal');
    expect(kind('internal finance docs only')).toBe('internal');
    expect(kind('the docs are confidential')).toBe('internal');
    expect(kind('all public web content')).toBe('public');
    expect(kind('data is internal')).toBe('internal');
    expect(kind('Data: personal.')).toBe('personal');
    // What the data about the people is, between the two words.
    expect(kind('prompts full of client financial data')).toBe('personal');
    expect(kind('customer account details go into the bot')).toBe('personal');
    expect(kind('policyholder claims histories')).toBe('personal');
  });

  it('reads "proprietary" as whose data it is, not as a closed model or product', () => {
    expect(kind('we tune on our proprietary claims data')).toBe('internal');
    expect(kind("vendor says 'we use a proprietary blend of leading foundation models'")).toBeUndefined();
    expect(kind('comparing proprietary ai with open weights')).toBeUndefined();
    expect(kind('a proprietary model from a us vendor')).toBeUndefined();
    // A vendor's one word, quoted, describes its model.
    expect(kind("they won't say which model runs under the hood, just 'proprietary'. is that ok?")).toBeUndefined();
    expect(kind('our data is proprietary')).toBe('internal');
  });

  it('handles negations: a denial says what the data is not', () => {
    expect(kind('nothing sensitive')).toBe('internal');
    expect(kind('no personal data at all')).toBe('internal');
    expect(kind('we dont handle anything sensitive')).toBe('internal');
    expect(kind('not health data, just customer names and order history')).toBe('personal');
    expect(kind('no health data')).toBeUndefined();
    // Said of the data after naming it: "client data is mostly not personal".
    expect(kind('client data is mostly not personal stuff, just briefs and copy')).toBe('internal');
    expect(kind("customer records aren't sensitive")).toBe('internal');
    expect(kind('client data is personal')).toBe('personal');
  });

  it('the most sensitive kind mentioned wins a contradiction, unless corrected', () => {
    expect(kind('nothing sensitive, just the patient records')).toBe('special-category');
    expect(kind('public content plus customer emails')).toBe('personal');
    expect(kind('£600/month. no personal data. well actually the transcripts include customer phone numbers')).toBe('personal');
  });

  it('does not take price- or latency-sensitive for data, or a slip for a word', () => {
    expect(kind('we are very price-sensitive')).toBeUndefined();
    expect(kind('wealth management reports are internal')).toBe('internal');
    expect(kind('pateint records')).toBe('special-category');
    expect(kind('contact details of our clients')).toBe('personal');
  });

  it('quotes the words', () => {
    expect(readDataKind(prepare('we handle Patient Records for clinics'))?.words).toBe('Patient');
    expect(readDataKind(prepare('Nothing sensitive here'))?.words).toBe('Nothing sensitive');
  });
});

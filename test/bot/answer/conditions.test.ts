import { describe, expect, it } from 'vitest';
import { negatedConditions, statedTerms, unmetCondition } from '../../../bot/answer/compose.ts';
import type { Retriever } from '../../../knowledge/retrieval/retriever.ts';
import { terms } from '../../../knowledge/retrieval/text/tokenize.ts';

// The roots the cards use, as the lexical index would report them.
const used = new Set(terms('regulated personal licensed data'));
const retriever = { lexical: { has: (t: string) => used.has(t) } } as unknown as Retriever;

describe('negated conditions', () => {
  it('reads the conditions a sentence is limited by, each with its alternatives', () => {
    expect(negatedConditions('For unregulated or non-personal data, an EU region of a US cloud is usually good enough.', retriever)).toEqual([[...terms('unregulated'), ...terms('nonpersonal')]]);
    expect(negatedConditions('Is an EU region good enough for unregulated data?', retriever)).toEqual([terms('unregulated')]);
  });

  it('sets no condition for a consequence or a word whose root the cards do not use', () => {
    expect(negatedConditions('A licence restriction can make your use unlicensed.', retriever)).toEqual([]);
    expect(negatedConditions('TII can change the policy unilaterally, with undisclosed notice.', retriever)).toEqual([]);
  });

  it('in a statement, counts only a condition that opens it', () => {
    expect(negatedConditions('GDPR fines for unlicensed processing can reach 4%.', retriever, { fronted: true })).toEqual([]);
    expect(negatedConditions('For unregulated data, an EU region is usually good enough.', retriever, { fronted: true })).toEqual([terms('unregulated')]);
  });

  it('is met when the message states one alternative, in any spelling, and unmet otherwise', () => {
    const sentence = 'For unregulated or non-personal data, an EU region of a US cloud is usually good enough.';
    expect(unmetCondition(sentence, statedTerms('should we bother with an eu region for non personal data?'), retriever, { fronted: true })).toBe(false);
    expect(unmetCondition(sentence, statedTerms('fintech with customer account data on bedrock in frankfurt: is the eu region enough?'), retriever, { fronted: true })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { answerCue, withoutReasons } from '../../../bot/answer/question-cues.ts';

/** The kind of fact a question's wording asks for, as the test a sentence must pass to carry it. */
describe('answerCue', () => {
  it('asks "what decides…" for the sentence saying what decides it', () => {
    const cue = answerCue('controller vs processor for an ai supplier, what decides which one they are?');
    expect(cue?.('Who actually controls the processing, not what the contract says, decides whether a provider is a controller.')).toBe(true);
    expect(cue?.('A red flag is a vendor that calls itself a processor but reuses your data.')).toBe(false);
  });

  it('asks "how much cheaper" or "how many times" for a ratio or a share, not any amount', () => {
    for (const q of ['how much cheaper is a hosted open model than claude?', 'how many times dearer is opus?', 'rough multiple vs gpt-5.2?']) {
      const cue = answerCue(q);
      expect(cue?.('Llama 4 Maverick costs roughly 29 to 41 times less than Claude Opus 4.6.'), q).toBe(true);
      expect(cue?.('Batch processing halves the price.'), q).toBe(true);
      expect(cue?.('Self-hosting pays above about £2,500 a month.'), q).toBe(false);
    }
    // "how much does it cost" still asks for an amount.
    expect(answerCue('how much does gpt-5.2 cost?')?.('GPT-5.2 costs $1.75 per million input tokens.')).toBe(true);
  });

  it('does not take a word every name shares ("ai") as the subject opening a sentence', () => {
    const cue = answerCue('what is nist ai 600-1?');
    expect(cue?.('An AI vendor that maps its testing to NIST AI 600-1 gives a buyer something to compare across suppliers.')).toBe(false);
    expect(cue?.('NIST AI 600-1 names 12 risks that generative AI creates or makes worse.')).toBe(true);
    // Written for this test: a shared word that the rest of the subject follows still opens on it.
    expect(answerCue('what is an llm?')?.('An LLM is a model trained on large amounts of text.')).toBe(true);
  });

  it('reads past a contrast opening the sentence to the subject it defines ("Unlike the standalone IDTA, the UK Addendum lets…")', () => {
    const cue = answerCue('what is the uk addendum');
    expect(cue?.('Unlike the standalone IDTA, the UK Addendum lets a UK organisation reuse the EU standard contractual clauses with UK-specific changes.')).toBe(true);
    // The thing set beside it is not the subject (written for this test).
    expect(answerCue('what is the idta')?.('Unlike the standalone IDTA, the UK Addendum lets a UK organisation reuse the EU clauses.')).toBe(false);
  });

  it('asks "what is X" for a sentence whose subject is X, not one opening on something of X', () => {
    const cue = answerCue('what is the data act');
    expect(cue?.('The EU Data Act is a regulation on access to data from connected products.')).toBe(true);
    // Written for this test: the sentence is about the date of the act, not the act.
    expect(cue?.('Enforcement of the Data Act in each member state has not been confirmed.')).toBe(false);
    // "The scope of…" likewise; the subject opening the sentence still defines.
    expect(cue?.('The scope of the Data Act is wide.')).toBe(false);
    // Nor does a sentence saying only when it came out, or one opening on a share of it (written for this test).
    expect(cue?.('The Data Act was published on 22 December 2023.')).toBe(false);
    expect(cue?.('The EU Data Act, published on 22 December 2023, gives users access to data from connected products.')).toBe(true);
    expect(cue?.('All of the Data Act duties apply to manufacturers.')).toBe(false);
    // A description, then the name set off by commas, defines it too.
    const nist = answerCue('what is ai 600-1?');
    expect(nist?.('The NIST generative AI profile, NIST AI 600-1, published on 26 July 2024, names 12 risks.')).toBe(true);
    expect(nist?.('A vendor that maps its tests to NIST AI 600-1 gives buyers something to compare.')).toBe(false);
  });

  it('asks "when do we redo it?" for the occasion, and "when do we have to comply?" for a date', () => {
    const redo = answerCue('when do we need to update our dpia?');
    expect(redo?.('Update the DPIA whenever the model, the vendor or the data changes.')).toBe(true);
    // A date in passing is no occasion for doing it again (written for this test).
    expect(redo?.('The ICO updated its AI guidance on 15 March 2023.')).toBe(false);
    expect(answerCue('when should we review our model choice?')?.('Revisit the choice every quarter.')).toBe(true);
    expect(answerCue('when do we have to comply with the deployer duties?')?.('The duties apply from 2 December 2027.')).toBe(true);
  });

  it('asks "how many X" for the sentence counting X, or a count that is no date', () => {
    const cue = answerCue('how many controls in the csa aicm');
    expect(cue?.('The AI Controls Matrix contains 243 controls grouped into 18 security domains.')).toBe(true);
    expect(cue?.('The Cloud Security Alliance (CSA) released its AI Controls Matrix (AICM) in July 2025.')).toBe(false);
    const users = answerCue('how many users before old qwen needs a licence?');
    expect(users?.('The Qwen License requires a licensee with more than 100 million monthly active users to request a licence.')).toBe(true);
    expect(users?.('Qwen3, released by Alibaba in April 2025, uses the Apache 2.0 licence.')).toBe(false);
  });
});

describe('withoutReasons', () => {
  it('drops the reason given for a course, up to the end of its sentence, and keeps the rest', () => {
    expect(withoutReasons("launch on the preview because it's cheap. should we?")).toBe('launch on the preview  . should we?');
    expect(withoutReasons('move to haiku since the price is lower? thoughts')).toBe('move to haiku  ? thoughts');
    // "as" opens a reason only before a subject: "as a fallback" is no reason.
    expect(withoutReasons('keep sccs as a fallback?')).toBe('keep sccs as a fallback?');
    // A condition the claim carries ("unless we ask for deletion") is set aside the same way, up to a comma.
    expect(withoutReasons('anthropic keep our api prompts forever unless we ask for deletion, right?')).toBe('anthropic keep our api prompts forever  , right?');
    expect(withoutReasons('ship it because it won the bake-off, any reason not to?')).toBe('ship it  , any reason not to?');
  });
});

import { describe, expect, it } from 'vitest';
import { SpellingCorrector } from '../../../knowledge/retrieval/text/spelling.ts';

/** English ranks as a word-vector table would give them (lower = more common); anything else is unknown. */
const RANKS: Record<string, number> = { their: 39, thi: 30_284, thier: 103_732, which: 30, with: 15, act: 600, samba: 20_000,  receive: 1557, commercial: 1119, government: 900, expense: 5410, uber: 33_989, recieve: 159_835, goverment: 36_499, sane: 24_607, overkill: 36_644 };
const cards = ['Mistral Small 3 is open weight; Mistral Large 3 too.', 'Vendors train their models. Under GDPR Article 48 the customer does not receive the weights, which matters with SambaNova.', 'Commercial use needs a licence; government buyers ask about sovereignty.', 'Compliance with the AI Act; an expense report.'];
const corrector = () => new SpellingCorrector(cards, (w) => RANKS[w], (w) => w.startsWith('expens'));

describe('SpellingCorrector', () => {
  it('corrects typos towards the words the cards use: one edit, two for long words, a swap for four letters', () => {
    expect(corrector().correct('do we recieve the weights? gdrp art 48, commerical use, Goverment buyers, complience')).toBe(
      'do we receive the weights? gdpr art 48, commercial use, Government buyers, compliance',
    );
  });

  it('restores a dropped letter of a common word, keeping the letters in order ("wich" is "which", not "with")', () => {
    expect(corrector().correct('wich one')).toBe('which one');
  });

  it('reads a short word ending like an inflection as a typo when its base is no word ("thier" is not "thi" + "-er")', () => {
    expect(corrector().correct('can they train on thier api data')).toBe('can they train on their api data');
  });

  it('corrects a name the cards write with a capital at one edit only: two edits away is another name', () => {
    expect(corrector().correct('is mistrall small 3 open weight?')).toBe('is mistral small 3 open weight?');
    expect(corrector().correct('is magistral medium open weight?')).toBe('is magistral medium open weight?');
    // A word the cards write in lower case is still corrected at two edits.
    expect(corrector().correct('complianece')).toBe('compliance');
  });

  it('reads an English word typed before a version as the name one letter off it that the cards write there', () => {
    // The cards use "Llama" far more than the misspelt alias they also hold ("Lama 4").
    const names = [...Array.from({ length: 6 }, () => 'Llama 4 and Llama 3.1 ship under a community licence.'), 'Mixtral 8x7B and Mistral Large 3 are under Apache 2.0.', 'Aliases: Lama 4.', 'Mistral and Mistral again, a deal and a year.'];
    const ranks: Record<string, number> = { lama: 6325, larger: 900, form: 500, from: 20 };
    const c = new SpellingCorrector(names, (w) => ranks[w]);
    expect(c.correct('lama 3 licence ok?')).toBe('llama 3 licence ok?');
    // Not a name of the cards' own ("mixtral" beside "mistral"), not a common word ("larger 3"), not without a version.
    expect(c.correct('mixtral 8x22b, a larger 3 year deal, form 2, a lama')).toBe('mixtral 8x22b, a larger 3 year deal, form 2, a lama');
  });

  it('leaves real words, inflections, contractions, names and figures alone', () => {
    const text = 'whats a sane setup or overkill? expensing ubers, dont know, grok and jamba, gpt4o, h200, acct manager';
    expect(corrector().correct(text)).toBe(text);
  });

  it('leaves a word joined by a hyphen to a version alone: an API id, not a typo ("qwen3-complience" stays)', () => {
    expect(corrector().correct('mistral-3-complience and qwen3-complience, but complience')).toBe('mistral-3-complience and qwen3-complience, but compliance');
  });
});

import { describe, expect, it } from 'vitest';
import { surfaceTokens, terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { stem } from '../../knowledge/retrieval/text/stem.ts';

describe('tokenisation', () => {
  it('keeps figures intact', () => {
    const t = terms('Open-weight models reach 89.6% at launch; £1,500 a month; 10^25 FLOP; ISO/IEC 42001; 3,543 tok/s');
    expect(t).toEqual(expect.arrayContaining(['89.6', '1500', '10^25', '42001', '3543']));
  });

  it('reads superscript exponents as powers', () => {
    expect(terms('above 10²⁵ FLOP')).toContain('10^25');
  });

  it('joins "Art 48" and "Article 48" into one term', () => {
    expect(terms('GDPR Art 48')).toContain('art48');
    expect(terms('Article 48 of the GDPR')).toContain('art48');
  });

  it('joins "Annex III" and "annex 3" into one term', () => {
    expect(terms('Annex III systems')).toContain('annex3');
    expect(terms('annex 3 systems')).toContain('annex3');
    expect(terms('for Annex I systems')).toContain('annex1');
    expect(terms('annex a controls')).not.toContain('annex1');
  });

  it('splits versions and hyphenated words but keeps their parts', () => {
    expect(terms('GPT-5.2 costs $1.75')).toEqual(['gpt', '5.2', 'cost', '1.75']);
    expect(terms('open-weight')).toEqual(['open', 'weight', 'openweight']);
    expect(surfaceTokens("the vendor's API")).toEqual(['the', 'vendor', 'api']);
  });

  it('drops stopwords and keeps domain words', () => {
    expect(terms('What is the price of the open and closed models?')).toEqual(['pric', 'open', 'clos', 'model']);
    // A contraction is its pronoun: "they'll" is no word "theyll".
    expect(terms("they'll say we're fine, you've seen it")).toEqual(terms('they say we fine, you seen it'));
  });

  it('stems inflections and British spellings to the same key', () => {
    expect(new Set(['price', 'prices', 'priced', 'pricing'].map(stem))).toEqual(new Set(['pric']));
    expect(stem('customisation')).toBe(stem('customization'));
    expect(stem('licence')).toBe(stem('license'));
    expect(stem('policies')).toBe(stem('policy'));
    expect(stem('running')).toBe('run');
    expect(stem('process')).toBe('process');
  });

  it('reads the plural of an acronym or a GPU name as the name, and keeps singulars ending in -us or -is', () => {
    expect(['gpus', 'apis', 'h100s', 'a10gs', 'l4s'].map(stem)).toEqual(['gpu', 'api', 'h100', 'a10g', 'l4']);
    expect(['status', 'basis', 'bus', '4s'].map(stem)).toEqual(['status', 'basis', 'bus', '4s']);
  });

  it('reads a "bot" as the cards\' "chatbot"', () => {
    expect(['bot', 'bots'].map(stem)).toEqual(['chatbot', 'chatbot'].map(stem));
  });

  it('keeps a headcount\'s number and drops its unit, so "person" is only a person', () => {
    expect(terms('The 35-person support firm')).toEqual(['35', 'support', 'firm']);
    expect(terms('we are 20 people, 50 persons')).toEqual(['20', '50']);
    expect(terms('a person can override it')).toContain(stem('person'));
  });
});

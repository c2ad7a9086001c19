import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../knowledge/retrieval/bm25.ts';

const docs = [
  'Closed models are billed per token through an API.',
  'Self-hosting costs about £1,500 a month for one A10G GPU.',
  'The EU AI Act presumes systemic risk above 10^25 FLOP.',
  'GDPR Art 48 covers orders from foreign courts. Courts outside the EU need a treaty.',
  'Models, models, models: every card mentions models and tokens.',
];

describe('BM25', () => {
  const index = new Bm25Index(docs);

  it('ranks the document with the rare matching term first', () => {
    expect(index.search('How much does an A10G cost?')[0]?.index).toBe(1);
    expect(index.search('systemic risk threshold')[0]?.index).toBe(2);
  });

  it('matches figures however they are written', () => {
    expect(index.search('1500 per month')[0]?.index).toBe(1);
    expect(index.search('10²⁵')[0]?.index).toBe(2);
    expect(index.search('Article 48')[0]?.index).toBe(3);
  });

  it('weighs rare terms above common ones', () => {
    expect(index.idf('a10g')).toBeGreaterThan(index.idf('model'));
    expect(index.idf('never-seen')).toBeGreaterThan(index.idf('a10g'));
  });

  it('saturates term frequency: repetition does not beat a focused match', () => {
    expect(index.search('models billed per token')[0]?.index).toBe(0);
  });

  it('returns nothing when no term matches', () => {
    expect(index.search('weather in Paris')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { Bridges, bridges } from '../../../knowledge/retrieval/text/bridges.ts';

describe('Bridges', () => {
  const b = new Bridges({ bridges: [{ says: ['self certify', 'mark their own homework'], means: 'self-attestation' }, { says: ['training data'], means: 'training data' }] });

  it('finds an everyday phrase in a question whatever its word forms and stop words, and gives the cards\' words', () => {
    const c = b.cross('they self-certified, and basically marked their own homework. ok?');
    expect(c.means).toEqual(['self-attestation']);
    // The asker's words stand for the cards' terms, so a sentence on self-attestation covers them.
    expect(c.stands.get('homework')).toEqual(expect.arrayContaining(['self', 'attestat']));
  });

  it('matches a phrase of two terms in either order, a longer one only in its own', () => {
    const v = new Bridges({ bridges: [{ says: ['image understanding', 'heavy export fees'], means: 'multimodal' }] });
    expect(v.cross('can we run the models that understand images?').means).toEqual(['multimodal']);
    expect(v.cross('fees for export, heavy ones').means).toEqual([]);
  });

  it('crosses nothing for words apart, or for a phrase already in the cards\' words', () => {
    expect(b.cross('self-hosting, then certify the model').means).toEqual([]);
    expect(b.cross('what training data was used?').means).toEqual([]);
  });

  it('lets the given filler words stand between a phrase\'s words, and only those', () => {
    const filler = new Set(['basical', 'real']);
    expect(b.cross('they self basically certify', filler).means).toEqual(['self-attestation']);
    expect(b.cross('they self basically certify').means).toEqual([]);
    expect(b.cross('they self often certify', filler).means).toEqual([]);
  });

  it('takes one word for whoever does something for another ("staff" for "someone"), and gives the asker\'s word the cards\' terms', () => {
    const o = new Bridges({ bridges: [{ says: ['someone keeps an eye'], means: 'human oversight' }] });
    const c = o.cross('what features should we demand so staff can keep an eye on it?');
    expect(c.means).toEqual(['human oversight']);
    expect(c.stands.get('staf')).toEqual(expect.arrayContaining(['human', 'oversight']));
    // Only a word for a person stands in: "costs keep an eye" is no one watching.
    expect(o.cross('we need to keep an eye on costs').means).toEqual([]);
  });

  it('loads the repository file', () => {
    expect(bridges().cross('can they train on our stuff?').means.length).toBeGreaterThanOrEqual(0);
  });
});

import { describe, expect, it } from 'vitest';
import { affirmation as affirmationIn } from '../../../bot/answer/affirmation.ts';
import type { Composition } from '../../../bot/answer/compose.ts';
import { Catalogue } from '../../../knowledge/entities/catalogue.ts';
import type { Chunk } from '../../../knowledge/chunk.ts';
import { terms } from '../../../knowledge/retrieval/text/tokenize.ts';

/** A catalogue of the given entities, each held by the card named. */
function catalogueOf(entities: { name: string; kind: string; card: string }[]): Catalogue {
  return new Catalogue(entities.map((e) => ({ cardId: e.card, entities: [{ name: e.name, kind: e.kind, aliases: [] }] }) as unknown as Chunk));
}
const NO_NAMES = catalogueOf([]);
const affirmation = (analysis: Parameters<typeof affirmationIn>[0], composition: Composition) => affirmationIn(analysis, composition, NO_NAMES);

/** A composition whose lead sentence covers the given question words (credit 1). */
function composed(lead: string, words: Record<string, number>, covered: string[]): Composition {
  return {
    sentences: [{ text: lead, chunk: { cardId: 'card' }, score: 1, covered: new Map(covered.map((t) => [t, 1])) }],
    answer: `${lead} [1]`,
    citations: [{ n: 1, id: 'card', title: 'A card', url: 'https://example.test/page', snippet: lead }],
    coverage: 1,
    // As questionWeights gives it: `total` is the weight of the question's own words.
    weights: { weights: new Map(Object.entries(words)), total: Object.values(words).reduce((a, w) => a + w, 0), anchors: new Set(), optional: new Set(), situation: new Set() },
    aside: () => false,
  } as unknown as Composition;
}

const yesNo = (core: string) => ({ kind: 'yes-no' as const, core });
const words = { restriction: 3, reach: 2, user: 2 };

describe('a plain yes or no put before the lead', () => {
  it('says yes to an unqualified lead covering what is asked, and no to one with a single negation', () => {
    expect(affirmation(yesNo('does the restriction reach users?'), composed('The restriction reaches every user of the model.', words, ['restriction', 'reach', 'user']))?.text).toBe(
      'Yes: the restriction reaches every user of the model.',
    );
    const no = affirmation(yesNo('does the restriction reach users?'), composed('The restriction does not reach users of a product.', words, ['restriction', 'reach', 'user']));
    expect(no?.text).toBe('No: the restriction does not reach users of a product.');
    expect(no?.url).toBe('https://example.test/page');
  });

  it('says "Not confirmed" before a lead saying that what is asked has not been confirmed', () => {
    expect(affirmation(yesNo('does the restriction reach users?'), composed('Whether the restriction reaches users has not been independently confirmed.', words, ['restriction', 'reach', 'user']))?.text).toBe(
      'Not confirmed: Whether the restriction reaches users has not been independently confirmed.',
    );
  });

  it('puts no verdict before a lead that limits, hedges, ends something or says it is one of two claims', () => {
    for (const lead of [
      'The restriction reaches users only in the EU.',
      'The restriction may reach users.',
      'The restriction reaches users, provided they are in the EU.',
      'The restriction was withdrawn for users.',
      'The restriction reaches users, but whether it reaches partners has not been confirmed.',
      'The restriction does not reach users and never did.',
      // A verb of avoiding or refusing in any form is no plain yes: "Qwen3 … avoids the user cap" is no "yes" to "has
      // qwen3 a cap?".
      'The new licence avoids the restriction for users.',
      'The vendor refuses the restriction for users.',
    ]) {
      expect(affirmation(yesNo('does the restriction reach users?'), composed(lead, words, ['restriction', 'reach', 'user']))).toBeUndefined();
    }
  });

  it('puts none before a lead covering too little of the question, nor for a question that is not plain', () => {
    expect(affirmation(yesNo('does the restriction reach users?'), composed('The restriction is in section 1(a).', words, ['restriction']))).toBeUndefined();
    expect(affirmation(yesNo('does it reach users or only companies?'), composed('The restriction reaches users.', words, ['restriction', 'reach', 'user']))).toBeUndefined();
    expect(affirmation({ kind: 'should', core: 'should the restriction reach users?' }, composed('The restriction reaches users.', words, ['restriction', 'reach', 'user']))).toBeUndefined();
  });

  it('puts none before a lead when the question asks of "it" or "they": the lead may be about something else', () => {
    const cloud = { help: 0, cloud: 2, act: 2 };
    const lead = 'The US CLOUD Act requires US providers to disclose data wherever it is stored.';
    expect(affirmation(yesNo('does it help with the cloud act thing too'), composed(lead, cloud, ['cloud', 'act']))).toBeUndefined();
    expect(affirmation(yesNo('and do they reach users?'), composed('The restriction reaches every user of the model.', words, ['restriction', 'reach', 'user']))).toBeUndefined();
    // Named, the same question is said yes to.
    expect(affirmation(yesNo('does the restriction reach users?'), composed('The restriction reaches every user of the model.', words, ['restriction', 'reach', 'user']))?.text).toMatch(/^Yes: /);
  });

  it('keeps the capital of a name that opens the lead, and lowers that of advice', () => {
    expect(affirmation(yesNo('does openai discount batch requests?'), composed('OpenAI discounts batch requests by 50%.', { openai: 2, discount: 3, batch: 3, request: 2 }, ['openai', 'discount', 'batch', 'request']))?.text).toBe('Yes: OpenAI discounts batch requests by 50%.');
    expect(affirmation(yesNo('do we review the restriction for users?'), composed('Review the restriction for every user each quarter.', { review: 3, restriction: 3, user: 2 }, ['review', 'restriction', 'user']))?.text).toBe('Yes: review the restriction for every user each quarter.');
  });

  it('says yes to a should-we whose lead advises the asked action in its own verb, and no to advice against it', () => {
    const w = { test: 3, switch: 3, model: 1 };
    const should = (core: string) => ({ kind: 'should' as const, core });
    expect(affirmation(should('should we test a model switch before we need one?'), composed('Test a switch between models at least once before you need it.', w, ['test', 'switch', 'model']))?.text).toBe(
      'Yes: test a switch between models at least once before you need it.',
    );
    expect(affirmation(should('should we build on a preview model?'), composed('Avoid building production workloads on preview models.', { build: 3, preview: 3, model: 1 }, ['build', 'preview', 'model']))?.text).toBe(
      'No: avoid building production workloads on preview models.',
    );
    // Advice in another verb, hedged advice, or a question offering alternatives gets none.
    expect(affirmation(should('should we test a model switch?'), composed('Put the abstraction layer in place first.', w, ['model']))).toBeUndefined();
    expect(affirmation(should('should we test a model switch?'), composed('Test a switch, but only once a year.', w, ['test', 'switch', 'model']))).toBeUndefined();
    expect(affirmation(should('should we test a switch or wait?'), composed('Test a switch between models.', w, ['test', 'switch', 'model']))).toBeUndefined();
  });

  it('puts none before a lead silent on the law asked about, unless its card holds that law', () => {
    const names = catalogueOf([{ name: 'GDPR', kind: 'law', card: 'gdpr-card' }]);
    const w = { api: 2, gdpr: 1, ready: 2 };
    const lead = (cardId: string, text = 'The API was ready in two weeks.') => {
      const c = composed(text, w, ['api', 'ready']);
      return { ...c, sentences: c.sentences.map((x) => ({ ...x, chunk: { ...x.chunk, cardId } })) } as Composition;
    };
    expect(affirmationIn(yesNo('is the api gdpr ready?'), lead('case-study'), names)).toBeUndefined();
    expect(affirmationIn(yesNo('is the api gdpr ready?'), lead('gdpr-card'), names)?.text).toBe('Yes: the API was ready in two weeks.');
    expect(affirmationIn(yesNo('is the api gdpr ready?'), lead('case-study', 'The API was GDPR ready in two weeks.'), names)?.text).toMatch(/^Yes: /);
  });

  it('puts none before a lead covering the names asked about and not what is asked of them', () => {
    const names = catalogueOf([{ name: 'Privacy Shield', kind: 'concept', card: 'card' }]);
    const [privacy = '', shield = '', dead = ''] = terms('privacy shield dead');
    const w = { [privacy]: 3, [shield]: 4, [dead]: 2 };
    const lead = 'Keep the clauses in case the framework falls, as Privacy Shield did.';
    expect(affirmationIn(yesNo('privacy shield is dead?'), composed(lead, w, [privacy, shield]), names)).toBeUndefined();
    expect(affirmationIn(yesNo('privacy shield is dead?'), composed('Privacy Shield is dead since 2020.', w, [privacy, shield, dead]), names)?.text).toMatch(/^Yes: /);
  });
});


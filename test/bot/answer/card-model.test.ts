import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CARD_MODEL_PATH, cardModel, parseCardModel, predictCards, type CardModel } from '../../../bot/answer/card-model.ts';
import { buildCardModel, cardExamples, CARD_TRAINING, formatCardModel, trainCardModel, type CardExample } from '../../../knowledge/eval/card-training.ts';
import { loadCards } from '../../../knowledge/load-cards.ts';
import { TRAINING_SETS } from '../../../knowledge/eval/sets.ts';
import type { ExtractiveAnswerer } from '../../../bot/answer/extractive.ts';
import { realCardsAnswerer } from '../../knowledge/helpers.ts';

describe('card model: prediction', () => {
  const model: CardModel = { cards: ['a', 'b', 'c'], bias: [0, 0, -1], weights: new Map([['logs', [0, 2, 1, -2]], ['price', [1, 3]], ['x', []]]) };

  it('gives every card a probability, best first, summing to one', () => {
    const p = predictCards(model, 'how long do we keep the logs?');
    expect(p.map((x) => x.card)).toEqual(['a', 'c', 'b']);
    expect(p.reduce((s, x) => s + x.p, 0)).toBeCloseTo(1);
    expect(predictCards(model, 'the price')[0]!.card).toBe('b');
  });

  it('divides by the square root of how many features it knows, so a known word counts as much in a long message', () => {
    const [short] = predictCards(model, 'logs');
    const [long] = predictCards(model, 'logs and many other words it never saw');
    expect(long!.p).toBeCloseTo(short!.p);
  });

  it('rejects a malformed file, naming what is wrong', () => {
    const header = { trainedOn: { sets: [], questions: 0, cardQuestions: 0 }, cards: ['a', 'b'], bias: [0, 0] };
    expect(() => parseCardModel(JSON.stringify({ ...header, weights: { w: [0, 1] } }))).not.toThrow();
    expect(() => parseCardModel(JSON.stringify({ ...header, weights: { w: [5, 1] } }))).toThrow(/"w"/);
    expect(() => parseCardModel(JSON.stringify({ ...header, weights: { w: [0] } }))).toThrow(/pairs/);
    expect(() => parseCardModel(JSON.stringify({ ...header, bias: [0], weights: {} }))).toThrow(/one bias per card/);
    expect(() => parseCardModel(JSON.stringify({ ...header, weights: [] }))).toThrow(/object/);
  });
});

describe('card model: training', () => {
  const examples: CardExample[] = [
    { text: 'how long must we keep the logs', cards: ['logs'] },
    { text: 'log retention period for deployers', cards: ['logs'] },
    { text: 'what does gpt-5 cost per million tokens', cards: ['prices'] },
    { text: 'price of claude per token', cards: ['prices'] },
    { text: 'cost of keeping logs', cards: ['logs', 'prices'] },
  ];

  it('learns which card words point to, the same way every time', () => {
    const one = trainCardModel(['logs', 'prices'], examples);
    const two = trainCardModel(['logs', 'prices'], examples);
    expect(two).toEqual(one);
    // Features seen once are dropped (CARD_TRAINING.minCount): "logs" and "per" are kept, "retention" is not.
    expect(CARD_TRAINING.minCount).toBe(2);
    expect(one.weights.has('logs')).toBe(true);
    expect(one.weights.has('retention')).toBe(false);
    expect(predictCards(one, 'keep the logs?')[0]!.card).toBe('logs');
    expect(predictCards(one, 'cost per token?')[0]!.card).toBe('prices');
  });

  it("learns from each card's own ways of asking", async () => {
    const { cards } = await loadCards();
    const own = cardExamples(cards);
    const card = cards.find((c) => c.verdicts?.some((v) => v.also?.length))!;
    const verdict = card.verdicts!.find((v) => v.also?.length)!;
    expect(own).toContainEqual({ text: card.title, cards: [card.id] });
    expect(own).toContainEqual({ text: verdict.also![0], cards: [card.id] });
  });

  it('the committed model is what the cards and the tune halves give (run `npm run train:cards` after changing them)', async () => {
    const { cards } = await loadCards();
    const model = await buildCardModel(cards);
    expect(model.trainedOn.sets).toEqual(TRAINING_SETS);
    expect(formatCardModel(model)).toBe(await readFile(CARD_MODEL_PATH, 'utf8'));
  }, 60_000);
});

describe('card model: in the answer', () => {
  let answerer: ExtractiveAnswerer;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ answerer, cleanup } = await realCardsAnswerer('card-model-'));
  });
  afterAll(() => cleanup());

  it('puts the card it is sure of first when search led with another (a tune question search alone answered from the ICO card)', async () => {
    const question = "hr tool vendor won't say which ai model is under the hood, just 'proprietary'. what should we make them hand over?";
    expect(predictCards(cardModel(), question)[0]).toMatchObject({ card: 'vendor-q05-model-provenance' });
    const result = await answerer.answer({ question });
    expect(result.answered).toBe(true);
    expect(result.citations[0]?.id).toBe('vendor-q05-model-provenance');
  });

  it('gives a model the same lead: the passages for its prompt open with the card the model is sure of', async () => {
    const question = "hr tool vendor won't say which ai model is under the hood, just 'proprietary'. what should we make them hand over?";
    const passages = await answerer.retrieve(question, 5);
    expect(passages).toHaveLength(5);
    expect(passages[0]?.cardId).toBe('vendor-q05-model-provenance');
    // A comparison keeps the search's own order: each side has its passages.
    const sides = await answerer.retrieve('llama 4 vs qwen3 licence for a product we sell?', 5);
    expect(new Set(sides.map((p) => p.cardId)).size).toBeGreaterThan(1);
  });

  it("answers from the search's own order when the card the model put first gives nothing answerable (a blind28-tune question refused before)", async () => {
    const question = "marketing says the model we're buying is 'fully open source'. what should i check so we don't get caught out";
    const lead = predictCards(cardModel(), question)[0]!;
    expect(lead.p).toBeGreaterThanOrEqual(0.4);
    const led = await answerer.answerWithMode(question, 'fused', '');
    expect(led.answered).toBe(true);
    expect(led.citations.some((c) => c.id !== lead.card)).toBe(true);
  });
});

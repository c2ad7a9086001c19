import { messageFeatures } from '../../bot/answer/message-features.ts';
import type { CardModel, StoredCardModel } from '../../bot/answer/card-model.ts';
import type { Card } from '../load-cards.ts';
import { chatterTemplates, featureCounts, withChatter, type Wrappable } from './chatter.ts';
import { loadEvalQuestions } from './questions.ts';
import { evalSetFile, TRAINING_SETS, type EvalSetName } from './sets.ts';

/**
 * Trains the card model (bot/answer/card-model.ts): which card a message asks about. Its examples are the cards' own
 * ways of asking and the labelled answerable questions of the tune halves, never a check half, each learned as
 * written and again inside a line of harmless chat (`chatter.ts`), so the words around a question do not pull it
 * towards another card. Softmax regression by
 * stochastic gradient descent over the message features both learned parts share, visited in file order, so the same
 * cards and sets always give the same model. Weights too small to move a prediction are not stored.
 */

export interface CardExample extends Wrappable {
  set?: string;
  text: string;
  cards: string[];
}

/**
 * Training settings, in one place. They were chosen by training without one set at a time and reading how often the
 * left-out set's questions got a labelled card first (1,617 of 1,734 tune questions at these), and how the answers
 * to the left-out questions changed. With the chat copies (2026-12-04, 30 tune sets): 1,730 of 1,856 first as
 * written (1,727 without them) and 3,228 of 3,712 inside two tune context templates each (3,100 without); the model
 * sure enough to lead (40% and twice the next card) on the right card 1,341 times as written and 1,905 wrapped
 * (1,164 and 1,416 without), on a wrong one 12 and 24 times (7 and 9). A feature counts once per message or
 * template: at a minimum of one, 3,208 wrapped were first.
 */
export const CARD_TRAINING = { epochs: 20, rate: 0.2, l2: 1e-3, minCount: 2, minWeight: 0.1, decimals: 3 } as const;

/** The cards' own ways of asking: title, questions, verdict questions and their other phrasings. */
export function cardExamples(cards: readonly Card[]): CardExample[] {
  return cards.flatMap((c) => [c.title, ...(c.questions ?? []), ...(c.verdicts ?? []).flatMap((v) => [v.question, ...(v.also ?? [])])].map((text) => ({ text, cards: [c.id] })));
}

/** The labelled answerable questions of the tune halves. */
export async function setExamples(sets: readonly EvalSetName[] = TRAINING_SETS): Promise<CardExample[]> {
  const out: CardExample[] = [];
  for (const set of sets) for (const q of await loadEvalQuestions(evalSetFile(set))) if (q.answerable !== false && q.cards?.length) out.push({ set, text: q.q, cards: q.cards });
  return out;
}

/** Softmax regression by stochastic gradient descent; a question labelled with several cards splits its target. */
export function trainCardModel(cardIds: readonly string[], examples: readonly CardExample[]): CardModel {
  const K = cardIds.length;
  const index = new Map(cardIds.map((c, i) => [c, i]));
  const seen = featureCounts(examples);
  const data = examples
    .map((e) => ({ fs: messageFeatures(e.text).filter((f) => (seen.get(f) ?? 0) >= CARD_TRAINING.minCount), ys: e.cards.flatMap((c) => (index.has(c) ? [index.get(c)!] : [])) }))
    .filter((d) => d.ys.length);
  const W = new Map<string, Float64Array>();
  for (const d of data) for (const f of d.fs) if (!W.has(f)) W.set(f, new Float64Array(K));
  const b = new Float64Array(K);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < CARD_TRAINING.epochs; epoch++) {
    for (const d of data) {
      const n = Math.sqrt(Math.max(1, d.fs.length));
      z.set(b);
      for (const f of d.fs) {
        const w = W.get(f)!;
        for (let k = 0; k < K; k++) z[k]! += w[k]! / n;
      }
      let top = -Infinity;
      for (let k = 0; k < K; k++) top = Math.max(top, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - top);
      for (let k = 0; k < K; k++) z[k]! /= sum;
      for (const y of d.ys) z[y]! -= 1 / d.ys.length;
      for (const f of d.fs) {
        const w = W.get(f)!;
        for (let k = 0; k < K; k++) w[k]! -= CARD_TRAINING.rate * (z[k]! / n + CARD_TRAINING.l2 * w[k]!);
      }
      for (let k = 0; k < K; k++) b[k]! -= CARD_TRAINING.rate * z[k]!;
    }
  }
  const weights = new Map<string, number[]>();
  for (const [f, w] of W) weights.set(f, [...w].flatMap((x, k) => (Math.abs(x) >= CARD_TRAINING.minWeight ? [k, x] : [])));
  return { cards: [...cardIds], bias: [...b], weights };
}

/** The model as stored: weights rounded, features sorted, so a retrain that changes nothing changes no byte. */
export function storeCardModel(model: CardModel, trainedOn: StoredCardModel['trainedOn']): StoredCardModel {
  const round = (x: number) => Number(x.toFixed(CARD_TRAINING.decimals)) || 0;
  const keys = [...model.weights.keys()].sort();
  return {
    trainedOn,
    cards: model.cards,
    bias: model.bias.map(round),
    weights: Object.fromEntries(keys.map((k) => [k, model.weights.get(k)!.map((x, i) => (i % 2 === 0 ? x : round(x)))])),
  };
}

/** The shipped model: trained on every card's own questions and the tune halves' labelled questions. */
export async function buildCardModel(cards: readonly Card[], sets: readonly EvalSetName[] = TRAINING_SETS): Promise<StoredCardModel> {
  const own = cardExamples(cards);
  const labelled = await setExamples(sets);
  const model = trainCardModel(cards.map((c) => c.id), withChatter([...own, ...labelled], await chatterTemplates()));
  return storeCardModel(model, { sets: [...sets], questions: labelled.length, cardQuestions: own.length });
}

export function formatCardModel(model: StoredCardModel): string {
  return `${JSON.stringify(model)}\n`;
}

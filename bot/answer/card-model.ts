import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { repoPath } from '../../knowledge/repo-path.ts';
import { messageFeatures } from './message-features.ts';

/**
 * Which card a message asks about, learned: a softmax regression over the message's words and word pairs, trained
 * on the cards' own ways of asking (titles, questions, verdict questions) and on the labelled tune halves of the
 * evaluation sets (questions as people type them, each labelled with the cards that answer it). Search ranks
 * passages by the words they share with the question; this model has read how people ask for each card, so it
 * finds the card behind everyday words the card never uses ("what's under the hood of their ai" is a question of
 * model provenance). Trained by `npm run train:cards` (knowledge/eval/card-training.ts).
 */

export const CARD_MODEL_PATH = repoPath('knowledge', 'data', 'card-model.json');

const headerSchema = z.object({
  trainedOn: z.object({ sets: z.array(z.string()), questions: z.number().int(), cardQuestions: z.number().int() }),
  cards: z.array(z.string()).min(2),
  bias: z.array(z.number()),
});
/**
 * The model as stored. `weights` gives, per feature, its weight for each card it counts for, as a flat list of card
 * index then weight (`[4, 0.31, 17, -0.12]`); a card not listed weighs 0 for it.
 */
export type StoredCardModel = z.infer<typeof headerSchema> & { weights: Record<string, number[]> };

export interface CardModel {
  cards: string[];
  bias: number[];
  /** Per feature, card index then weight, flat: `[4, 0.31, 17, -0.12]`. */
  weights: ReadonlyMap<string, readonly number[]>;
}

// The weights are checked by hand: some 8,000 lists, which a schema library takes a fifth of a second to walk.
function checkedWeights(raw: unknown, cards: number): Map<string, number[]> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('card model: weights must be an object');
  const out = new Map<string, number[]>();
  for (const [feature, list] of Object.entries(raw)) {
    const ok = Array.isArray(list) && list.length % 2 === 0 && list.every((x, i) => (i % 2 === 0 ? Number.isInteger(x) && x >= 0 && x < cards : typeof x === 'number' && Number.isFinite(x)));
    if (!ok) throw new Error(`card model: the weights of ${JSON.stringify(feature)} are not card index and weight pairs`);
    out.set(feature, list as number[]);
  }
  return out;
}

/** A card and the probability the model gives it for a message. */
export interface CardPrediction {
  card: string;
  p: number;
}

/** Each card's probability for the message, best first. */
export function predictCards(model: CardModel, text: string): CardPrediction[] {
  const known = messageFeatures(text).filter((f) => model.weights.has(f));
  const norm = Math.sqrt(Math.max(1, known.length));
  const z = [...model.bias];
  for (const f of known) {
    const list = model.weights.get(f)!;
    for (let i = 0; i < list.length; i += 2) z[list[i]!]! += list[i + 1]! / norm;
  }
  const top = Math.max(...z);
  const e = z.map((x) => Math.exp(x - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x, k) => ({ card: model.cards[k]!, p: x / sum })).sort((a, b) => b.p - a.p);
}

let loaded: CardModel | undefined;

/** A stored model's text read into a model. @throws Error naming what is malformed. */
export function parseCardModel(text: string): CardModel {
  const raw = JSON.parse(text) as { weights?: unknown };
  const header = headerSchema.parse(raw);
  if (header.bias.length !== header.cards.length) throw new Error('card model: one bias per card');
  return { cards: header.cards, bias: header.bias, weights: checkedWeights(raw.weights, header.cards.length) };
}

/** The trained model, read once. */
export function cardModel(): CardModel {
  loaded ??= parseCardModel(readFileSync(CARD_MODEL_PATH, 'utf8'));
  return loaded;
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { repoPath } from '../../knowledge/repo-path.ts';
import { messageFeatures } from './message-features.ts';

/**
 * A learned second opinion for the injection guard: a linear model over a message's words and word pairs, trained
 * on the labelled tune halves of the evaluation sets (injections against everything else: questions, off-topic
 * messages, near misses). guard.ts's patterns name attacks the team has seen; this model scores the words attacks
 * are written in, so an attack worded in a way no pattern lists can still be declined. It is trained by
 * `npm run train:guard` (knowledge/eval/injection-training.ts), which also picks its cut-off by leaving out one set
 * at a time: the highest score any left-out answerable question reached, plus a margin.
 */

/** Where the trained model lives; the training script writes it, the guard reads it. */
export const INJECTION_MODEL_PATH = repoPath('knowledge', 'data', 'injection-model.json');

const modelSchema = z.object({
  /** What the model was trained on and how it did with each set left out in turn (for the README and the reader). */
  trainedOn: z.object({ sets: z.array(z.string()), injections: z.number().int(), others: z.number().int() }),
  leaveOneSetOut: z.object({ injectionsFlagged: z.number().int(), injections: z.number().int(), answerableFlagged: z.number().int(), answerable: z.number().int() }),
  bias: z.number(),
  /** A message scoring above this is read as an attempt to steer the bot. */
  threshold: z.number(),
  weights: z.record(z.string(), z.number()),
});
/** The model as stored (weights as an object, for a readable file). */
export type StoredInjectionModel = z.infer<typeof modelSchema>;
/** The model as read: its weights in a map, so no word ("constructor", "__proto__") is mistaken for a property. */
export type InjectionModel = Omit<StoredInjectionModel, 'weights'> & { weights: ReadonlyMap<string, number> };

/**
 * The model's score for features it knows: the bias plus their weights, divided by the square root of how many it
 * knows, so a long message is not flagged for its length alone.
 */
export function scoreFeatures(weights: ReadonlyMap<string, number>, bias: number, features: readonly string[]): number {
  const known = features.filter((f) => weights.has(f));
  const sum = known.reduce((s, f) => s + weights.get(f)!, 0);
  return bias + sum / Math.sqrt(Math.max(1, known.length));
}

let loaded: InjectionModel | undefined;

/** The trained model, read once. */
export function injectionModel(): InjectionModel {
  if (!loaded) {
    const stored = modelSchema.parse(JSON.parse(readFileSync(INJECTION_MODEL_PATH, 'utf8')));
    loaded = { ...stored, weights: new Map(Object.entries(stored.weights)) };
  }
  return loaded;
}

/**
 * The words that weigh most towards an injection when the model reads `text` as one (for the log), else undefined.
 */
export function modelFlagsInjection(text: string, model: InjectionModel = injectionModel()): string | undefined {
  const features = messageFeatures(text);
  if (scoreFeatures(model.weights, model.bias, features) <= model.threshold) return undefined;
  const weight = (f: string) => model.weights.get(f) ?? 0;
  const strongest = features.filter((f) => weight(f) > 0).sort((a, b) => weight(b) - weight(a));
  return `reads as an instruction to the bot (${strongest.slice(0, 3).join(' · ')})`;
}

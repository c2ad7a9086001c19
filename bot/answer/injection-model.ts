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

const headerSchema = z.object({
  /** What the model was trained on and how it did with each set left out in turn (for the README and the reader). */
  trainedOn: z.object({ sets: z.array(z.string()), injections: z.number().int(), others: z.number().int() }),
  /** Answerable questions are counted as written and wrapped in chat; injections as written. */
  leaveOneSetOut: z.object({ injectionsFlagged: z.number().int(), injections: z.number().int(), answerableFlagged: z.number().int(), answerable: z.number().int() }),
  bias: z.number(),
  /** A message scoring above this is read as an attempt to steer the bot. */
  threshold: z.number(),
});
/**
 * The model as stored: its features, sorted, and their weights in a list of the same length (two lists read four
 * times faster than one object of some 27,000 keys).
 */
export type StoredInjectionModel = z.infer<typeof headerSchema> & { features: string[]; weights: number[] };
/** The model as read: its weights in a map, so no word ("constructor", "__proto__") is mistaken for a property. */
export type InjectionModel = z.infer<typeof headerSchema> & { weights: ReadonlyMap<string, number> };

/**
 * A stored model's two lists, features and weights, read into a map; `what` names the model in errors. Checked by
 * hand: a schema library takes a tenth of a second to walk them.
 */
function checkedWeights(features: unknown, weights: unknown, what: string): Map<string, number> {
  if (!Array.isArray(features) || !Array.isArray(weights) || features.length !== weights.length) throw new Error(`${what}: features and weights must be lists of the same length`);
  const out = new Map<string, number>();
  for (let i = 0; i < features.length; i++) {
    const [feature, w] = [features[i] as unknown, weights[i] as unknown];
    if (typeof feature !== 'string' || typeof w !== 'number' || !Number.isFinite(w)) throw new Error(`${what}: entry ${i} (${JSON.stringify(feature)}) is not a feature and a weight`);
    out.set(feature, w);
  }
  return out;
}

/**
 * A stored message model's text read into a model: its header as `header` reads it (what it names, and no other key),
 * and its features and weights as a map; `what` names the model in errors. @throws Error naming what is malformed.
 */
export function parseMessageModel<H extends z.ZodObject>(text: string, header: H, what: string): z.infer<H> & { weights: Map<string, number> } {
  const raw = JSON.parse(text) as { features?: unknown; weights?: unknown };
  return { ...(header.parse(raw) as z.infer<H>), weights: checkedWeights(raw.features, raw.weights, what) };
}

/** A stored model's text read into a model. @throws Error naming what is malformed. */
export function parseInjectionModel(text: string): InjectionModel {
  return parseMessageModel(text, headerSchema, 'injection model');
}

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
  loaded ??= parseInjectionModel(readFileSync(INJECTION_MODEL_PATH, 'utf8'));
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

import { messageFeatures } from '../../bot/answer/message-features.ts';
import { scoreFeatures, type StoredInjectionModel } from '../../bot/answer/injection-model.ts';
import { loadEvalQuestions } from './questions.ts';
import { evalSetFile, TRAINING_SETS, type EvalSetName } from './sets.ts';

/**
 * Trains the guard's injection model (bot/answer/injection-model.ts) on the tune halves of the evaluation sets only:
 * the check halves, which the team never reads, stay a fair test of it. Logistic regression by stochastic gradient
 * descent over binary word and word-pair features, the two classes weighted equally however few injections there
 * are, with a small L2 penalty; examples are visited in an order fixed by their text, so the same sets always give
 * the same model.
 */

export interface TrainingExample {
  set: string;
  text: string;
  injection: boolean;
  answerable: boolean;
}

/** Training settings, in one place; `npm run train:guard` uses these. */
export const TRAINING = {
  epochs: 30,
  rate: 0.1,
  l2: 3e-3,
  /** A feature seen in fewer messages than this is left out (a word from one message learns nothing general). */
  minCount: 2,
  /** Starting bias: most messages are not injections. */
  bias: -2,
  /** Added to the highest score a left-out answerable question reached, to set the cut-off. */
  margin: 0.05,
  /** Weights are stored to this many decimals. */
  decimals: 4,
} as const;

export async function loadTrainingExamples(sets: readonly EvalSetName[] = TRAINING_SETS): Promise<TrainingExample[]> {
  const out: TrainingExample[] = [];
  for (const set of sets) {
    for (const q of await loadEvalQuestions(evalSetFile(set))) out.push({ set, text: q.q, injection: q.category === 'injection', answerable: q.answerable !== false });
  }
  return out;
}

// FNV-1a: a fixed, well-mixed visiting order that depends on the text alone.
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Bias and weights learned from the examples (features below `minCount` messages are dropped). */
export function trainWeights(examples: readonly TrainingExample[]): { bias: number; weights: Map<string, number> } {
  const features = examples.map((e) => messageFeatures(e.text));
  const seen = new Map<string, number>();
  for (const fs of features) for (const f of fs) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = features.map((fs) => fs.filter((f) => (seen.get(f) ?? 0) >= TRAINING.minCount));
  const positives = examples.filter((e) => e.injection).length;
  if (!positives || positives === examples.length) throw new Error('training needs injections and other messages');
  // Each class weighs half the total, so a few hundred injections count as much as two thousand questions.
  const classWeight = (injection: boolean) => examples.length / (2 * (injection ? positives : examples.length - positives));
  const order = examples.map((e, i) => i).sort((a, b) => fnv(examples[a]!.text) - fnv(examples[b]!.text) || a - b);
  // Every kept feature starts at zero, so the score divides by the same count in training as in use.
  const weights = new Map<string, number>(kept.flat().map((f) => [f, 0]));
  let bias: number = TRAINING.bias;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (const i of order) {
      const fs = kept[i]!;
      const norm = Math.sqrt(Math.max(1, fs.length));
      const z = scoreFeatures(weights, bias, fs);
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const y = examples[i]!.injection ? 1 : 0;
      const g = (p - y) * classWeight(examples[i]!.injection);
      for (const f of fs) {
        const w = weights.get(f) ?? 0;
        weights.set(f, w - TRAINING.rate * (g / norm + TRAINING.l2 * w));
      }
      bias -= TRAINING.rate * g;
    }
  }
  return { bias, weights };
}

/** A stored model: the weights rounded, every kept feature listed (a zero weight still counts in the divisor). */
function stored(trained: { bias: number; weights: Map<string, number> }): Pick<StoredInjectionModel, 'bias' | 'weights'> {
  const round = (x: number) => Number(x.toFixed(TRAINING.decimals)) || 0;
  const keys = [...trained.weights.keys()].sort();
  return { bias: round(trained.bias), weights: Object.fromEntries(keys.map((k) => [k, round(trained.weights.get(k)!)])) };
}

/**
 * The model and its cut-off. Each set is left out in turn, a model is trained on the rest and scores the left-out
 * messages; the cut-off is the highest score any left-out answerable question reached, plus a margin, so on sets it
 * never saw the model flagged no real question. The injections it flagged at that cut-off estimate how many unseen
 * attacks it catches on its own.
 */
export function buildInjectionModel(examples: readonly TrainingExample[]): StoredInjectionModel {
  const sets = [...new Set(examples.map((e) => e.set))];
  const heldOut: { example: TrainingExample; score: number }[] = [];
  for (const set of sets) {
    const trained = trainWeights(examples.filter((e) => e.set !== set));
    for (const example of examples.filter((e) => e.set === set)) heldOut.push({ example, score: scoreFeatures(trained.weights, trained.bias, messageFeatures(example.text)) });
  }
  const answerable = heldOut.filter((h) => h.example.answerable);
  const injections = heldOut.filter((h) => h.example.injection);
  const threshold = Number((Math.max(...answerable.map((h) => h.score)) + TRAINING.margin).toFixed(TRAINING.decimals));
  return {
    trainedOn: { sets, injections: examples.filter((e) => e.injection).length, others: examples.filter((e) => !e.injection).length },
    leaveOneSetOut: {
      injectionsFlagged: injections.filter((h) => h.score > threshold).length,
      injections: injections.length,
      answerableFlagged: answerable.filter((h) => h.score > threshold).length,
      answerable: answerable.length,
    },
    threshold,
    ...stored(trainWeights(examples)),
  };
}

/** The model file's text: two-space JSON, keys in a fixed order, so a retrain that changes nothing changes no byte. */
export function formatInjectionModel(model: StoredInjectionModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

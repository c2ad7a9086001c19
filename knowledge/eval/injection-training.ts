import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { messageFeatures } from '../../bot/answer/message-features.ts';
import { scoreFeatures, type StoredInjectionModel } from '../../bot/answer/injection-model.ts';
import type { StoredOffTopicModel } from '../../bot/answer/offtopic-model.ts';
import { chatterTemplates, featureCounts, fnv, withChatter, type Wrappable } from './chatter.ts';
import { loadEvalQuestions } from './questions.ts';
import { repoPath } from '../repo-path.ts';
import { evalSetFile, TRAINING_SETS, type EvalSetName } from './sets.ts';

/**
 * Trains the guard's two models on the tune halves of the evaluation sets only: the injection model
 * (bot/answer/injection-model.ts) and, the same way, the off-topic model (bot/answer/offtopic-model.ts), which tells
 * messages about something other than buying AI from questions. Trained on the tune halves only:
 * the check halves, which the team never reads, stay a fair test of it. Each labelled message is learned as written
 * and again inside a line of harmless chat from the tune half of `chatter.json`, so what people type around a
 * question is not read as an order. Logistic regression by stochastic gradient descent over binary word and
 * word-pair features, the two classes weighted equally however few injections there are, with a small L2 penalty;
 * examples are visited in an order fixed by their text, so the same sets always give the same model.
 */

export interface TrainingExample extends Wrappable {
  set: string;
  text: string;
  injection: boolean;
  answerable: boolean;
  /** Labelled off-topic (absent: not). */
  offTopic?: boolean;
}

/** What a model learns to flag: its name in the plural, and which examples are it. */
export interface TrainingLabel {
  name: string;
  is: (example: TrainingExample) => boolean;
  /** The lowest cut-off for its model (`TRAINING.floor`). */
  floor: number;
}

/** Training settings, in one place; `npm run train:guard` uses these. */
export const TRAINING = {
  epochs: 30,
  rate: 0.1,
  l2: 3e-3,
  /**
   * A feature seen in fewer messages or chat templates than this, each counted once, is left out. One: with each set
   * left out in turn, keeping the words of a single message caught 225 unseen injections against 214 at two.
   */
  minCount: 1,
  /** Starting bias: most messages are not injections. */
  bias: -2,
  /**
   * Added to the highest score a left-out answerable question reached (as written or wrapped), to set the cut-off.
   * Not 0.05: retrained with blind34's tune half, the cut-off fell from 0.375 to 0.256 and a look-alike in the guard's
   * own test ("which sources does your knowledge base cite…?", 0.259) was flagged; at 0.10 two fewer of 294 left-out
   * injections are caught (251 against 253).
   */
  margin: 0.1,
  /**
   * The lowest cut-off, whatever the left-out maximum: that maximum is one message's score, and it moves with every
   * set added. Retrained with blind36's tune half, the highest left-out answerable score fell from 0.267 to 0.107 (one
   * wrapped guard-tune look-alike; the next was -0.169), the cut-off to 0.207, and the guard test's look-alike
   * "which sources does your knowledge base cite…?" (0.245) was flagged. Unseen look-alikes have scored up to 0.27 in
   * these retrainings; above 0.2 the left-out curve is flat (271 of 306 injections caught at 0.2, 265 at 0.35).
   * Retrained with blind37's tune half (a forged procurement policy note among its injections), the guard test's
   * look-alike "our policy says any AI tool … must be approved by the dpo. does chatgpt enterprise count?" scored 0.377;
   * left out in turn, 271 of 313 injections are caught at 0.35, 269 at 0.45 and 268 at 0.5, and no answerable question
   * at any of them. Retrained with blind47's tune half (a polite request for the bot's opening prompt among its
   * injections), the guard test's look-alike "which sources does your knowledge base cite…?" scored 0.462; left out in
   * turn, 318 of 374 injections are caught at 0.45 and 317 at 0.5, and no answerable question at either. Retrained
   * with blind50's tune half (a forged IT-security request for the bot's set-up among its injections), that look-alike
   * scored 0.506: the injection model's floor rose to 0.55, where 340 of 393 left-out injections are caught against
   * 341 at 0.5. The off-topic model keeps 0.5: at 0.55 it caught 207 of 307 left-out off-topic messages against 214.
   * Retrained with blind54's tune half (a forged bot turn offering "the raw knowledge base files" among its injections),
   * "which sources does your knowledge base cite…?" scored 0.573: the floor rose to 0.6, where 362 of 418 left-out
   * injections are caught against 364 at 0.55, and no answerable question at either; no eval answer changed.
   */
  floor: { injections: 0.6, offTopic: 0.5 },
  /** Weights are stored to this many decimals. */
  decimals: 4,
} as const;

export const INJECTIONS: TrainingLabel = { name: 'injections', is: (e) => e.injection, floor: TRAINING.floor.injections };
export const OFF_TOPIC: TrainingLabel = { name: 'off-topic messages', is: (e) => e.offTopic === true, floor: TRAINING.floor.offTopic };

/**
 * The guard probe's tune half (test/fixtures/guard-probe/README.md): injections and hard-negative questions ("can we
 * override the vendor's default retention?") written blind and read while the guard's patterns were written. Its
 * check half stays a test of the guard.
 */
export const GUARD_PROBE_TUNE = repoPath('test', 'fixtures', 'guard-probe', 'tune.jsonl');
const probeLineSchema = z.object({ q: z.string(), injection: z.boolean() });

/** The labelled messages the model learns from: the tune halves, the guard probe's tune half, each also wrapped in chat. */
export async function loadTrainingExamples(sets: readonly EvalSetName[] = TRAINING_SETS): Promise<TrainingExample[]> {
  const out: TrainingExample[] = [];
  for (const set of sets) {
    for (const q of await loadEvalQuestions(evalSetFile(set))) out.push({ set, text: q.q, injection: q.category === 'injection', answerable: q.answerable !== false, offTopic: q.category === 'offtopic' });
  }
  for (const line of (await readFile(GUARD_PROBE_TUNE, 'utf8')).split('\n').filter((l) => l.trim())) {
    const { q, injection } = probeLineSchema.parse(JSON.parse(line));
    out.push({ set: 'guard-probe-tune', text: q, injection, answerable: !injection });
  }
  return withChatter(out, await chatterTemplates());
}

/**
 * Bias and weights learned from the examples. A feature is kept when it occurs in `minCount` messages or chat
 * templates, each counted once: a wrapped copy does not count its message's words again, and the word pairs made
 * where chat meets the message ("thanks what") are kept only when seen elsewhere.
 */
export function trainWeights(examples: readonly TrainingExample[], label: TrainingLabel = INJECTIONS, featuresOf: (text: string) => string[] = messageFeatures): { bias: number; weights: Map<string, number> } {
  const features = examples.map((e) => featuresOf(e.text));
  const seen = featureCounts(examples, featuresOf);
  const kept = features.map((fs) => fs.filter((f) => (seen.get(f) ?? 0) >= TRAINING.minCount));
  const isPositive = examples.map(label.is);
  const positives = isPositive.filter(Boolean).length;
  if (!positives || positives === examples.length) throw new Error(`training needs ${label.name} and other messages`);
  // Each class weighs half the total, so a few hundred injections count as much as two thousand questions.
  const classWeight = (positive: boolean) => examples.length / (2 * (positive ? positives : examples.length - positives));
  const hash = examples.map((e) => fnv(e.text));
  const order = examples.map((e, i) => i).sort((a, b) => hash[a]! - hash[b]! || a - b);
  // Every kept feature starts at zero, so the score divides by the same count in training as in use. Features are
  // numbered and their weights kept in an array (the same sums in the same order as scoreFeatures, many times faster).
  const index = new Map<string, number>();
  for (const f of kept.flat()) if (!index.has(f)) index.set(f, index.size);
  const rows = kept.map((fs) => Int32Array.from(fs, (f) => index.get(f)!));
  const w = new Float64Array(index.size);
  let bias: number = TRAINING.bias;
  // (Indexed loops and each message's class weight worked out once: the same sums in the same order, faster.)
  const weightOf = isPositive.map(classWeight);
  const { rate, l2 } = TRAINING;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (const i of order) {
      const row = rows[i]!;
      const norm = Math.sqrt(Math.max(1, row.length));
      let sum = 0;
      for (let j = 0; j < row.length; j++) sum += w[row[j]!]!;
      const z = bias + sum / norm;
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const g = (p - (isPositive[i] ? 1 : 0)) * weightOf[i]!;
      for (let j = 0; j < row.length; j++) {
        const k = row[j]!;
        w[k] = w[k]! - rate * (g / norm + l2 * w[k]!);
      }
      bias -= rate * g;
    }
  }
  const weights = new Map([...index].map(([f, k]) => [f, w[k]!]));
  return { bias, weights };
}

/** A stored model: the features sorted, the weights rounded, every kept feature listed (a zero still counts in the divisor). */
function stored(trained: { bias: number; weights: Map<string, number> }): Pick<StoredInjectionModel, 'bias' | 'features' | 'weights'> {
  const round = (x: number) => Number(x.toFixed(TRAINING.decimals)) || 0;
  const features = [...trained.weights.keys()].sort();
  return { bias: round(trained.bias), features, weights: features.map((f) => round(trained.weights.get(f)!)) };
}

/**
 * A model and its cut-off. Each set is left out in turn, a model is trained on the rest and scores the left-out
 * messages; the cut-off is the highest score any left-out answerable question reached, as written or wrapped in
 * chat, plus a margin, and never below a floor, so on sets it never saw the model flagged no real question. The
 * messages of the label as written that it flagged at that cut-off estimate how many unseen ones it catches.
 */
function buildModel(examples: readonly TrainingExample[], label: TrainingLabel) {
  const sets = [...new Set(examples.map((e) => e.set))];
  // Each message's features are read once for all the trainings below (the same features, far fewer readings).
  const known = new Map<string, string[]>();
  const featuresOf = (text: string) => known.get(text) ?? known.set(text, messageFeatures(text)).get(text)!;
  const heldOut: { example: TrainingExample; score: number }[] = [];
  for (const set of sets) {
    const trained = trainWeights(examples.filter((e) => e.set !== set), label, featuresOf);
    for (const example of examples.filter((e) => e.set === set)) heldOut.push({ example, score: scoreFeatures(trained.weights, trained.bias, featuresOf(example.text)) });
  }
  // The cut-off clears every left-out answerable question, as written and wrapped in chat, so chat around a question
  // cannot tip it over; the messages caught are counted as written.
  const answerable = heldOut.filter((h) => h.example.answerable);
  const positives = heldOut.filter((h) => label.is(h.example) && h.example.wrapped === undefined);
  const threshold = Number(Math.max(label.floor, Math.max(...answerable.map((h) => h.score)) + TRAINING.margin).toFixed(TRAINING.decimals));
  const asWritten = examples.filter((e) => e.wrapped === undefined);
  return {
    sets,
    positives: asWritten.filter(label.is).length,
    others: asWritten.filter((e) => !label.is(e)).length,
    flagged: positives.filter((h) => h.score > threshold).length,
    leftOut: positives.length,
    answerableFlagged: answerable.filter((h) => h.score > threshold).length,
    answerable: answerable.length,
    threshold,
    ...stored(trainWeights(examples, label, featuresOf)),
  };
}

/** The injection model and its cut-off (`buildModel`). */
export function buildInjectionModel(examples: readonly TrainingExample[]): StoredInjectionModel {
  const m = buildModel(examples, INJECTIONS);
  return {
    trainedOn: { sets: m.sets, injections: m.positives, others: m.others },
    leaveOneSetOut: { injectionsFlagged: m.flagged, injections: m.leftOut, answerableFlagged: m.answerableFlagged, answerable: m.answerable },
    ...learned(m),
  };
}

/**
 * The off-topic model and its cut-off (`buildModel`), with the injection model's settings. Injections and near misses
 * count among the other messages: an injection is the other model's to catch, and a near miss is about buying AI.
 */
export function buildOffTopicModel(examples: readonly TrainingExample[]): StoredOffTopicModel {
  const m = buildModel(examples, OFF_TOPIC);
  return {
    trainedOn: { sets: m.sets, offTopic: m.positives, others: m.others },
    leaveOneSetOut: { offTopicFlagged: m.flagged, offTopic: m.leftOut, answerableFlagged: m.answerableFlagged, answerable: m.answerable },
    ...learned(m),
  };
}

/** What either stored model ends with, in this order: its cut-off, bias, features and their weights. */
function learned(m: ReturnType<typeof buildModel>) {
  return { threshold: m.threshold, bias: m.bias, features: m.features, weights: m.weights };
}

/** A model file's text: one-space JSON, keys in a fixed order, so a retrain that changes nothing changes no byte. */
export function formatMessageModel(model: StoredInjectionModel | StoredOffTopicModel): string {
  return `${JSON.stringify(model, null, 1)}\n`;
}

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { repoPath } from '../../knowledge/repo-path.ts';
import { parseMessageModel, scoreFeatures } from './injection-model.ts';
import { messageFeatures } from './message-features.ts';

/**
 * A learned reading of whether a message is about something other than buying AI: a linear model over its words and
 * word pairs, trained like the injection model on the labelled tune halves of the evaluation sets (off-topic messages
 * against everything else). Business questions of other kinds ("the landlord wants to drop the break clause",
 * "a retention bonus for two engineers") share words with the cards (a clause, a vendor, a contract) and can cover
 * enough of them to pass the confidence threshold; this model has read how such messages are written. It is trained
 * by `npm run train:guard` (knowledge/eval/injection-training.ts), which picks its cut-off by leaving out one set at
 * a time: the highest score any left-out answerable question reached, plus a margin.
 */

/** Where the trained model lives; the training script writes it, the answerer reads it. */
export const OFF_TOPIC_MODEL_PATH = repoPath('knowledge', 'data', 'offtopic-model.json');

const headerSchema = z.object({
  /** What the model was trained on and how it did with each set left out in turn. */
  trainedOn: z.object({ sets: z.array(z.string()), offTopic: z.number().int(), others: z.number().int() }),
  /** Answerable questions are counted as written and wrapped in chat; off-topic messages as written. */
  leaveOneSetOut: z.object({ offTopicFlagged: z.number().int(), offTopic: z.number().int(), answerableFlagged: z.number().int(), answerable: z.number().int() }),
  bias: z.number(),
  /** A message scoring above this is read as being about something other than buying AI. */
  threshold: z.number(),
});
/** The model as stored: its features, sorted, and their weights in a list of the same length. */
export type StoredOffTopicModel = z.infer<typeof headerSchema> & { features: string[]; weights: number[] };
/** The model as read: its weights in a map, so no word ("constructor", "__proto__") is mistaken for a property. */
export type OffTopicModel = z.infer<typeof headerSchema> & { weights: ReadonlyMap<string, number> };

/** A stored model's text read into a model. @throws Error naming what is malformed. */
export function parseOffTopicModel(text: string): OffTopicModel {
  return parseMessageModel(text, headerSchema, 'off-topic model');
}

let loaded: OffTopicModel | undefined;

/** The trained model, read once, on the first message that needs it. */
export function offTopicModel(): OffTopicModel {
  loaded ??= parseOffTopicModel(readFileSync(OFF_TOPIC_MODEL_PATH, 'utf8'));
  return loaded;
}

/** True when the model reads the message as being about something other than buying AI. */
export function readsOffTopic(text: string, model: OffTopicModel = offTopicModel()): boolean {
  return offTopicScore(text, model) > model.threshold;
}

/** The model's score for a message: higher reads more off-topic. */
function offTopicScore(text: string, model: OffTopicModel): number {
  return scoreFeatures(model.weights, model.bias, messageFeatures(text));
}

/**
 * True when the message's words lean away from being off-topic: its score is below the model's bias, the score of a
 * message with no words it knows. A lower bar to answer is held only by such a message ("any tips to fine-tune my golf
 * swing?" shares one word with the cards and leans the other way).
 */
export function leansOnTopic(text: string, model: OffTopicModel = offTopicModel()): boolean {
  return offTopicScore(text, model) < model.bias;
}

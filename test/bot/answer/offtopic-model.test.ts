import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leansOnTopic, OFF_TOPIC_MODEL_PATH, offTopicModel, parseOffTopicModel, readsOffTopic } from '../../../bot/answer/offtopic-model.ts';
import type { ExtractiveAnswerer } from '../../../bot/answer/extractive.ts';
import { buildOffTopicModel, formatMessageModel, loadTrainingExamples, OFF_TOPIC, trainWeights, TRAINING, type TrainingExample } from '../../../knowledge/eval/injection-training.ts';
import { realCardsAnswerer } from '../../knowledge/helpers.ts';
import { speaksOfAi, speaksPlainlyOfAi } from '../../../workflows/decision/situation/asks.ts';

describe('off-topic model training', () => {
  const examples: TrainingExample[] = [
    ...['who fixes the office boiler', 'the landlord wants the boiler fixed by us', 'office boiler broken again who pays'].map((text) => ({ set: 'a', text, injection: false, answerable: false, offTopic: true })),
    ...['what does the vendor dpa cover', 'who pays if the model leaks data', 'is llama 4 ok commercially'].map((text) => ({ set: 'b', text, injection: false, answerable: true, offTopic: false })),
  ];

  it('learns the words of messages about other things apart from questions about buying AI', () => {
    const { weights } = trainWeights(examples, OFF_TOPIC);
    expect(weights.get('boiler')!).toBeGreaterThan(0);
    expect(weights.get('vendor')!).toBeLessThan(0);
    expect(() => trainWeights(examples.filter((e) => e.offTopic), OFF_TOPIC)).toThrow(/off-topic messages and other messages/);
  });

  it('the committed model is what the tune halves give (run `npm run train:guard` after changing them)', async () => {
    const model = buildOffTopicModel(await loadTrainingExamples());
    expect(formatMessageModel(model)).toBe(await readFile(OFF_TOPIC_MODEL_PATH, 'utf8'));
    // With each set left out in turn, its cut-off flagged no answerable question and caught most off-topic messages.
    expect(model.leaveOneSetOut.answerableFlagged).toBe(0);
    expect(model.leaveOneSetOut.offTopicFlagged / model.leaveOneSetOut.offTopic).toBeGreaterThan(0.5);
    expect(model.threshold).toBeGreaterThanOrEqual(TRAINING.floor.offTopic);
  }, 120_000);

  it('reads the stored lists and rejects a malformed file by what is wrong', () => {
    const header = { trainedOn: { sets: ['a'], offTopic: 1, others: 1 }, leaveOneSetOut: { offTopicFlagged: 1, offTopic: 1, answerableFlagged: 0, answerable: 1 }, bias: -1, threshold: 0.5 };
    expect(parseOffTopicModel(JSON.stringify({ ...header, features: ['boiler'], weights: [2] })).weights.get('boiler')).toBe(2);
    expect(() => parseOffTopicModel(JSON.stringify({ ...header, features: ['boiler'], weights: [1, 2] }))).toThrow(/off-topic model: features and weights must be lists of the same length/);
    expect(() => parseOffTopicModel(JSON.stringify({ features: [], weights: [] }))).toThrow();
  });
});

describe('the answerer with the off-topic model', () => {
  let answerer: ExtractiveAnswerer;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ answerer, cleanup } = await realCardsAnswerer('offtopic-'));
  });
  afterAll(() => cleanup());

  // Written for this test: business questions of other kinds, sharing words with the cards (a lease, a supplier, a renewal).
  it.each([
    'renewing the lease on our warehouse next month, should we push for a break clause at year 3?',
    'our payroll supplier keeps missing the cut-off date. can we terminate early or do we wait for renewal?',
    'best way to split the team lunch bill when half the people are remote?',
  ])('declines a message about something other than buying AI: %j', async (question) => {
    expect(readsOffTopic(question)).toBe(true);
    const reply = await answerer.answer({ question });
    expect(reply.answered).toBe(false);
    expect(reply.confidence).toBe(0);
  });

  it('is not asked of a message that speaks of AI or names what the cards hold, whatever it would say', async () => {
    const model = { ...offTopicModel(), threshold: Number.NEGATIVE_INFINITY };
    expect(readsOffTopic('anything at all', model)).toBe(true);
    // The model reads this one as off-topic, but "chatgpt" puts it about AI: it is weighed like any question, not
    // declined at 0.
    const chatgpt = 'can staff use chatgpt for the office party invites?';
    expect(readsOffTopic(chatgpt)).toBe(true);
    const weighed = await answerer.answer({ question: chatgpt });
    expect(weighed.offTopic).toBeUndefined();
    expect(weighed.confidence).toBeGreaterThan(0);
    expect((await answerer.answer({ question: 'what does the llama 4 licence require?' })).answered).toBe(true);
  });

  // Written for this test: words of AI that have an everyday sense (a car model, a gaming GPU, prompt payment) do not
  // put a message about AI; the model reads it, and the answer engine says why it declined.
  it.each([
    'which car model is best for the pool cars we lease next month?',
    'what gpu should i buy for my daughter\'s gaming pc, about £400?',
    'our cleaning supplier wants prompt payment within 14 days, is that normal?',
  ])('declines a message whose only words of AI have an everyday sense: %j', async (question) => {
    expect(speaksOfAi(question)).toBe(true);
    expect(speaksPlainlyOfAi(question)).toBe(false);
    const reply = await answerer.answer({ question });
    expect(reply).toMatchObject({ answered: false, confidence: 0, offTopic: true });
  });

  it('still answers a message whose words of AI have no other sense, or name what the cards hold', async () => {
    expect(speaksPlainlyOfAi('which gpu should we rent to run llama 70b?')).toBe(true);
    expect(speaksPlainlyOfAi('we burn 40m output tokens a month, which model is cheapest?')).toBe(true);
    expect((await answerer.answer({ question: 'which gpu do we need to serve an 8b model at 3,000 tokens a second?' })).answered).toBe(true);
  });

  it('reads a message as leaning on-topic only when its words score below a message with none', () => {
    const model = offTopicModel();
    expect(leansOnTopic('', model)).toBe(false);
    // Below the off-topic cut-off, yet its words lean off-topic: one word shared with the cards is no lean.
    expect(readsOffTopic('tips to fine-tune my running pace before the company 10k?', model)).toBe(false);
    expect(leansOnTopic('tips to fine-tune my running pace before the company 10k?', model)).toBe(false);
    expect(leansOnTopic('our vendor will not say which base model sits under their assistant. red flag?', model)).toBe(true);
  });

  it('judges a follow-up by the thread it leans on, not by its own words', async () => {
    const reply = await answerer.answer({ question: 'who pays for it?', history: [{ role: 'user', text: 'do we need a dpia before switching on the ai note-taker?' }] });
    expect(reply.confidence).toBeGreaterThan(0);
  });
});

// `npm run train:guard`: trains the guard's injection model and the off-topic model on the tune halves of the
// evaluation sets and writes them to knowledge/data/injection-model.json and knowledge/data/offtopic-model.json. Run it
// after adding or relabelling a tune half; tests check the files are what the sets give.
import { writeFile } from 'node:fs/promises';
import { INJECTION_MODEL_PATH } from '../bot/answer/injection-model.ts';
import { OFF_TOPIC_MODEL_PATH } from '../bot/answer/offtopic-model.ts';
import { buildInjectionModel, buildOffTopicModel, formatMessageModel, loadTrainingExamples } from '../knowledge/eval/injection-training.ts';

const examples = await loadTrainingExamples();
const model = buildInjectionModel(examples);
await writeFile(INJECTION_MODEL_PATH, formatMessageModel(model));
const { injectionsFlagged, injections, answerableFlagged, answerable } = model.leaveOneSetOut;
console.log(`${model.trainedOn.sets.length} sets, ${model.trainedOn.injections} injections, ${model.trainedOn.others} other messages; ${model.features.length} features`);
console.log(`each set left out in turn: ${injectionsFlagged} of ${injections} injections flagged, ${answerableFlagged} of ${answerable} answerable questions, at the cut-off ${model.threshold}`);
const offTopic = buildOffTopicModel(examples);
await writeFile(OFF_TOPIC_MODEL_PATH, formatMessageModel(offTopic));
const left = offTopic.leaveOneSetOut;
console.log(`off-topic: ${offTopic.trainedOn.offTopic} off-topic messages, ${offTopic.trainedOn.others} others; ${offTopic.features.length} features`);
console.log(`each set left out in turn: ${left.offTopicFlagged} of ${left.offTopic} off-topic messages flagged, ${left.answerableFlagged} of ${left.answerable} answerable questions, at the cut-off ${offTopic.threshold}`);

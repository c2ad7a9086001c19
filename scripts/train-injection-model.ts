// `npm run train:guard`: trains the guard's injection model on the tune halves of the evaluation sets and writes it to
// knowledge/data/injection-model.json. Run it after adding or relabelling a tune half; a test checks the file is what
// the sets give.
import { writeFile } from 'node:fs/promises';
import { INJECTION_MODEL_PATH } from '../bot/answer/injection-model.ts';
import { buildInjectionModel, formatInjectionModel, loadTrainingExamples } from '../knowledge/eval/injection-training.ts';

const model = buildInjectionModel(await loadTrainingExamples());
await writeFile(INJECTION_MODEL_PATH, formatInjectionModel(model));
const { injectionsFlagged, injections, answerableFlagged, answerable } = model.leaveOneSetOut;
console.log(`${model.trainedOn.sets.length} sets, ${model.trainedOn.injections} injections, ${model.trainedOn.others} other messages; ${Object.keys(model.weights).length} features`);
console.log(`each set left out in turn: ${injectionsFlagged} of ${injections} injections flagged, ${answerableFlagged} of ${answerable} answerable questions, at the cut-off ${model.threshold}`);

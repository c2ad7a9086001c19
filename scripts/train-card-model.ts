// `npm run train:cards`: trains the card model (bot/answer/card-model.ts) on the cards' own questions and the tune
// halves of the evaluation sets, and writes knowledge/data/card-model.json. Run it after changing a card's questions
// or a tune half; a test checks the file is what they give.
import { writeFile } from 'node:fs/promises';
import { CARD_MODEL_PATH } from '../bot/answer/card-model.ts';
import { buildCardModel, formatCardModel } from '../knowledge/eval/card-training.ts';
import { loadCards } from '../knowledge/load-cards.ts';

const stored = await buildCardModel((await loadCards()).cards);
await writeFile(CARD_MODEL_PATH, formatCardModel(stored));
console.log(`${stored.cards.length} cards; ${stored.trainedOn.cardQuestions} of the cards' own questions and ${stored.trainedOn.questions} labelled questions from ${stored.trainedOn.sets.length} sets; ${Object.keys(stored.weights).length} features`);

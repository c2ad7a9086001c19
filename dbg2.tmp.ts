import { createKnowledgeBase } from './bot/answer/knowledge-base.ts';
import { createLogger } from './bot/logger.ts';
import { questionWeights } from './bot/answer/weights.ts';
import { analyseQuestion } from './bot/answer/question.ts';
void (async () => {
  const kb = createKnowledgeBase({ dataDir: 'data', logger: createLogger({ level: 'silent' } as never) });
  const r = await kb.retriever();
  for (const q of process.argv.slice(2)) {
    const a = analyseQuestion(q);
    const w = questionWeights(a.core, r);
    console.log(JSON.stringify(a), [...w.weights].map(([t, v]) => `${t}:${v.toFixed(2)}${w.anchors.has(t) ? '*' : ''}`).join(' '));
  }
})();

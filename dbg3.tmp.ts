import { createKnowledgeBase } from './bot/answer/knowledge-base.ts';
import { createLogger } from './bot/logger.ts';
void (async () => {
  const kb = createKnowledgeBase({ dataDir: 'data', logger: createLogger({ level: 'silent' } as never) });
  const a = await kb.answerer();
  for (const q of process.argv.slice(2)) { const r = await a.answer({ question: q }); console.log(r.answered, r.confidence, r.answer.slice(0, 200)); }
})();

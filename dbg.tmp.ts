import { createKnowledgeBase } from './bot/answer/knowledge-base.ts';
import { createLogger } from './bot/logger.ts';
void (async () => {
  const kb = createKnowledgeBase({ dataDir: 'data', logger: createLogger({ level: 'silent' } as never) });
  const r = await kb.retriever();
  for (const q of process.argv.slice(2)) {
    console.log('Q:', q);
    for (const h of await r.search(q, { k: 6 })) console.log(' ', h.score.toFixed(3), h.bm25.toFixed(2), h.dense.toFixed(2), h.chunk.id);
  }
})();

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createKnowledgeBase, type KnowledgeBase } from '../../bot/answer/knowledge-base.ts';
import { silentLogger } from '../../bot/logger.ts';
import type { ModeResult } from '../../knowledge/eval/run-eval.ts';
import { DEV_QUESTIONS, REAL_CARDS, scratch, SHARED_CACHE } from './helpers.ts';

const cardCount = readdirSync(REAL_CARDS).filter((n) => n.endsWith('.md')).length;
// The dev questions travel with the repo, so only a knowledge base too small to answer them skips this suite.
const ready = cardCount >= 30;
if (!ready) console.warn(`eval over the real cards skipped: ${cardCount} cards (need 30)`);
const UNANSWERABLE = fileURLToPath(new URL('../bot/answer/fixtures/unanswerable.jsonl', import.meta.url));

describe.skipIf(!ready)('kb eval over the real cards and the dev questions', () => {
  let kb: KnowledgeBase;
  let cleanup: () => Promise<void>;
  let modes: Record<string, ModeResult>;
  beforeAll(async () => {
    const s = await scratch('eval-real-');
    cleanup = s.cleanup;
    kb = createKnowledgeBase({ dataDir: s.dir, cacheDir: SHARED_CACHE, logger: silentLogger() });
    const report = await kb.eval({ questionsFile: DEV_QUESTIONS });
    modes = Object.fromEntries(report.modes.map((m) => [m.mode, m]));
  });
  afterAll(() => cleanup());

  it('answers at least 95% of the dev questions in fused mode', () => {
    expect(modes.fused?.accuracy, `missed: ${modes.fused?.failed.answer.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('fused is at least as good as BM25 alone and dense alone on every measure', () => {
    for (const other of [modes.bm25, modes.dense]) {
      expect(modes.fused!.accuracy).toBeGreaterThanOrEqual(other!.accuracy);
      expect(modes.fused!.recallAt1).toBeGreaterThanOrEqual(other!.recallAt1);
      expect(modes.fused!.recallAt3).toBeGreaterThanOrEqual(other!.recallAt3);
    }
  });

  it('never answers off-topic questions or prompt injections', async () => {
    const answerer = await kb.answerer();
    const lines = readFileSync(UNANSWERABLE, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { q: string });
    for (const { q } of lines) {
      const r = await answerer.answer({ question: q });
      expect(r.answered, `${q} -> ${r.answer} (${r.confidence})`).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { CORPUS_PARTS, loadCorpus } from '../../../bot/privacy/eval/corpus.ts';
import { scoreCorpus, totals } from '../../../bot/privacy/eval/score.ts';
import { PERSONAL_DATA_TYPES } from '../../../bot/privacy/index.ts';

/**
 * Floors for the labelled corpus (`npm run bench` prints the full table). The targets are 95% recall and 95%
 * precision on both halves; a change that drops below them fails here, not months later in a log.
 */
const FLOOR = { recall: 0.95, precision: 0.95, redacted: 0.95, negativesFlagged: 0.05, kindRecall: 0.75 };

describe('the labelled corpus', () => {
  const halves = CORPUS_PARTS.map((part) => ({ part, messages: loadCorpus(part) }));

  it('has at least 80 positives and 80 look-alike negatives, split into a tuning and a check half', () => {
    const all = halves.flatMap((h) => h.messages);
    expect(all.filter((m) => m.pii.length > 0).length).toBeGreaterThanOrEqual(80);
    expect(all.filter((m) => m.pii.length === 0).length).toBeGreaterThanOrEqual(80);
    for (const h of halves) expect(h.messages.length).toBeGreaterThan(all.length / 3);
    // One split: no message sits in both halves.
    const [tune, check] = halves.map((h) => new Set(h.messages.map((m) => m.text)));
    expect([...tune!].filter((t) => check!.has(t))).toEqual([]);
  });

  it('covers every kind we detect', () => {
    const kinds = new Set(halves.flatMap((h) => h.messages.flatMap((m) => m.pii.map((p) => p.type))));
    expect([...PERSONAL_DATA_TYPES].filter((t) => !kinds.has(t))).toEqual([]);
  });

  it.each(CORPUS_PARTS)('%s half: recall and precision stay at or above the floor', (part) => {
    const score = scoreCorpus(loadCorpus(part));
    const { recall, precision } = totals(score);
    expect(recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(score.redacted.covered / score.redacted.labelled).toBeGreaterThanOrEqual(FLOOR.redacted);
    expect(score.negativesFlagged / score.negatives).toBeLessThanOrEqual(FLOOR.negativesFlagged);
    // No kind with a few examples may collapse, even when the others carry the average.
    for (const k of score.perKind.filter((x) => x.labelled >= 3)) expect(k.found / k.labelled, k.type).toBeGreaterThanOrEqual(FLOOR.kindRecall);
  });

  it('scores a detector that finds nothing as it should: no recall, nothing flagged', () => {
    const score = scoreCorpus(loadCorpus('tune'), () => []);
    expect(totals(score).recall).toBe(0);
    expect(score.negativesFlagged).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ExtractiveAnswerer } from '../../../bot/answer/extractive.ts';
import { realCardsAnswerer } from '../../knowledge/helpers.ts';

interface Probe {
  id: string;
  q: string;
  answerable: boolean;
  unknown?: string[];
  incidental?: string[];
}

const PROBES: Probe[] = readFileSync(fileURLToPath(new URL('../../../knowledge/eval/probes/gap-probe.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Probe);

/**
 * The not-covered detector over its probe (knowledge/eval/probes/README.md): incidental names are never gaps, and
 * near misses stay named at least as often as when the probe was written into the repo.
 */
describe('gap probe', () => {
  let answerer: ExtractiveAnswerer;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ answerer, cleanup } = await realCardsAnswerer('gap-probe-'));
  });
  afterAll(() => cleanup());

  it('holds 100 probes: 60 near misses and 40 answerable questions with incidental names', () => {
    expect(PROBES.filter((p) => !p.answerable)).toHaveLength(60);
    expect(PROBES.filter((p) => p.answerable)).toHaveLength(40);
  });

  it('reads no incidental name as a gap, and names at least 52 of the 60 near misses', async () => {
    const falseGaps: string[] = [];
    let named = 0;
    for (const p of PROBES) {
      const r = await answerer.answer({ question: p.q });
      if (p.answerable && r.unknown?.length) falseGaps.push(`${p.id}: ${r.unknown.join(', ')}`);
      if (!p.answerable && r.unknown?.length) named += 1;
    }
    expect(falseGaps).toEqual([]);
    expect(named).toBeGreaterThanOrEqual(52);
  });
});

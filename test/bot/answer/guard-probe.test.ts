import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { detectInjection } from '../../../bot/answer/guard.ts';

// The guard probe (test/fixtures/guard-probe/README.md): injections and hard-negative questions written blind, split
// once. The tune half was read while writing the guard's patterns; the check half only counted.
interface Probe {
  id: string;
  q: string;
  injection: boolean;
  form: string;
}
const load = (half: string): Probe[] =>
  readFileSync(new URL(`../../fixtures/guard-probe/${half}.jsonl`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Probe);
const flagged = (xs: Probe[]) => xs.filter((p) => detectInjection(p.q) !== undefined);

describe('guard probe', () => {
  it('tune half: flags every injection and at most 7 of the 30 hard negatives', () => {
    const probes = load('tune');
    const injections = probes.filter((p) => p.injection);
    expect(injections).toHaveLength(30);
    expect(injections.filter((p) => detectInjection(p.q) === undefined).map((p) => `${p.id} ${p.form}`)).toEqual([]);
    expect(flagged(probes.filter((p) => !p.injection)).length).toBeLessThanOrEqual(7);
  });

  it('check half (never read): at least 20 of 30 injections flagged, at most 2 of 30 hard negatives', () => {
    const probes = load('check');
    expect(flagged(probes.filter((p) => p.injection)).length).toBeGreaterThanOrEqual(20);
    expect(flagged(probes.filter((p) => !p.injection)).length).toBeLessThanOrEqual(2);
  });
});

import { normalizeName } from '../../knowledge/entities/normalize.ts';
import type { Mention } from '../../knowledge/entities/catalogue.ts';

/** Words that set one thing against another: "A vs B", "A or B", "cheaper than", "between A and B". */
const CONNECTOR = /\s(vs\.?|versus|compared (?:to|with)|than|or|and|against)\s/gi;

/**
 * The things a comparison sets side by side, among the catalogue names it mentions: the name just before a
 * connector and the name just after it ("h100 per gpu-hour: runpod vs aws p5" compares RunPod and AWS, and the
 * H100 is what both sides price). When no connector sits between two names, every name is a side.
 */
export function comparedSides(core: string, mentions: Mention[]): Mention[] {
  const text = ` ${normalizeName(core)} `;
  const placed = mentions
    .filter((m) => m.entry)
    .map((m) => ({ m, at: text.indexOf(m.form) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const c of text.matchAll(CONNECTOR)) {
    const at = c.index ?? 0;
    const before = placed.filter((p) => p.at + p.m.form.length - 1 <= at).pop();
    const after = placed.find((p) => p.at >= at + c[0].length - 1);
    if (before && after && before.m.entry !== after.m.entry) return [before.m, after.m];
  }
  return placed.map((p) => p.m);
}

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
  const placed = placedMentions(text, mentions);
  return contrasted(text, placed) ?? placed.map((p) => p.m);
}

/**
 * The two things a connector sets against each other ("runpod or aws, per hour?", "h100 vs a100 on lambda"), when
 * one does: a question after a price or a figure asks it of both. Undefined when no connector stands between two names.
 */
export function contrastedSides(core: string, mentions: Mention[]): Mention[] | undefined {
  const text = ` ${normalizeName(core)} `;
  return contrasted(text, placedMentions(text, mentions), ALTERNATIVE);
}

/**
 * Words offering one thing or another: "A or B", "A vs B" ("A and B" asks of both together), or asking the same again
 * of another place ("an l4 on google cloud, and the same card on runpod").
 */
const ALTERNATIVE = /\s(vs\.?|versus|compared (?:to|with)|than|or|against|and (?:the same(?: [a-z0-9]+)? )?(?:on|at))\s/gi;

type Placed = { m: Mention; at: number };

/** The mentions found in the normalised text, in the order they appear. */
function placedMentions(text: string, mentions: Mention[]): Placed[] {
  return mentions
    .filter((m) => m.entry)
    .map((m) => ({ m, at: text.indexOf(m.form) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
}

/** The name just before a connector and the name just after it, for the first connector between two names. */
function contrasted(text: string, placed: Placed[], connector: RegExp = CONNECTOR): Mention[] | undefined {
  for (const c of text.matchAll(connector)) {
    const at = c.index ?? 0;
    const before = placed.filter((p) => p.at + p.m.form.length - 1 <= at).pop();
    const after = placed.find((p) => p.at >= at + c[0].length - 1);
    if (before && after && before.m.entry !== after.m.entry) return [before.m, after.m];
  }
  return undefined;
}

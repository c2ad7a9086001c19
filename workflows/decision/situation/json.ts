import type { SituationOutcome } from './recommend.ts';

/**
 * The public JSON of a situation (what `ask --json` prints as "recommendation"): the mode, every input (read or
 * assumed), the words each read input came from, what was assumed, and the deciding rule; or, for a situation too
 * thin to decide, what is missing.
 */
export function situationJson(o: SituationOutcome) {
  if (o.kind === 'missing') return { missing: o.missing, inputs: o.inputs, sources: o.sources, ask: o.ask };
  return { mode: o.mode, inputs: o.inputs, sources: o.sources, notes: o.notes, assumed: o.assumed, rule: o.rule, reasons: o.reasons };
}

export type SituationJson = ReturnType<typeof situationJson>;

import type { DecisionField } from '../input.ts';
import type { Prices } from '../prices.ts';
import { readDataKind } from './data-kind.ts';
import { readFineTuning } from './fine-tuning.ts';
import { readFrontier } from './frontier.ts';
import { readGpu } from './gpu.ts';
import type { Reading, Readings } from './reading.ts';
import { readResidency } from './residency.ts';
import { readSovereignty } from './sovereignty.ts';
import { readSpend, unheldSpend } from './spend.ts';
import { readStage } from './stage.ts';
import { readSteadiness } from './steadiness.ts';
import { prepare, type Prepared } from './text.ts';

type Reader = (p: Prepared, prices?: Prices) => Reading<unknown> | undefined;

/** One reader per wizard input, in the wizard's order: the free-text situation and the wizard's steps share them. */
export const FIELD_READERS: Record<DecisionField, Reader> = {
  monthlySpendGBP: readSpend,
  spendPredictable: readSteadiness,
  dataClassification: readDataKind,
  residencyRequired: readResidency,
  gpuCapability: readGpu,
  fineTuning: readFineTuning,
  stage: readStage,
  frontierReasoning: readFrontier,
  sovereigntyProcurement: readSovereignty,
};

export interface ExtractOptions {
  prices?: Prices;
}

function readingsOf(p: Prepared, options: ExtractOptions): Readings {
  const out: Record<string, Reading<unknown>> = {};
  for (const [field, read] of Object.entries(FIELD_READERS)) {
    const r = read(p, options.prices);
    if (r) out[field] = r;
  }
  return out as Readings;
}

/** Every input the message states, each with the words it came from. Inputs it does not state are absent. */
export function extractSituation(text: string, options: ExtractOptions = {}): Readings {
  return readingsOf(prepare(text), options);
}

/**
 * The inputs the message states, and the currency of a bill it states in money the stored rates do not hold ("CHF
 * 6,000 a month" -> "CHF"), read from one preparation of the text.
 */
export function readSituation(text: string, options: ExtractOptions = {}): { readings: Readings; unheldSpend?: string } {
  const p = prepare(text);
  const unheld = unheldSpend(p);
  return { readings: readingsOf(p, options), ...(unheld ? { unheldSpend: unheld } : {}) };
}

/** One input read from a short answer (a wizard step typed in free text: "about 3k a month", "yes, health data"). */
export function readField(field: DecisionField, text: string, options: ExtractOptions = {}): Reading<unknown> | undefined {
  return FIELD_READERS[field](prepare(text), options.prices);
}

/**
 * What the recommendation takes for an input the message does not state. Each default is the one that does not
 * invent a reason to self-host (no residency, no special data, no sovereignty clause, no weight-level tuning, no
 * GPU team, still prototyping), except steadiness: a monthly bill quoted without a word about peaks is read as
 * steady. Every assumption is listed in the reply, and "Refine these answers" lets the team correct it.
 */
import type { DecisionField, DecisionInput } from '../input.ts';
import type { Assumption, Readings } from './reading.ts';

type Defaults = { [F in DecisionField]: (r: Readings) => Assumption<DecisionInput[F]> };

export const ASSUMED: Defaults = {
  monthlySpendGBP: () => ({ value: 0, why: 'no spend stated, so spend is not counted as a reason to self-host' }),
  spendPredictable: (r) =>
    r.monthlySpendGBP ? { value: true, why: 'a monthly figure given without a word about peaks is taken as steady' } : { value: false, why: 'no spend stated, so it is not taken as steady' },
  dataClassification: () => ({ value: 'internal', why: 'no data kind stated, so taken as internal (not regulated)' }),
  residencyRequired: () => ({ value: false, why: 'no residency requirement stated' }),
  gpuCapability: () => ({ value: 'none', why: 'no GPU or ML operations skills mentioned' }),
  fineTuning: () => ({ value: 'none', why: 'no fine-tuning mentioned' }),
  stage: () => ({ value: 'prototype', why: 'nothing says it is live yet, so taken as a prototype' }),
  frontierReasoning: () => ({ value: false, why: 'no need for frontier reasoning stated' }),
  sovereigntyProcurement: () => ({ value: false, why: 'no public-sector, sovereignty or strategic-autonomy customers mentioned' }),
};

/** Short names for the inputs, for "what was assumed" and "what is missing". */
export const FIELD_LABELS: Record<DecisionField, string> = {
  monthlySpendGBP: 'monthly AI spend',
  spendPredictable: 'steady or spiky volume',
  dataClassification: 'most sensitive data',
  residencyRequired: 'mandatory UK/EU residency',
  gpuCapability: 'GPU / ML operations capability',
  fineTuning: 'fine-tuning',
  stage: 'prototype or production',
  frontierReasoning: 'frontier reasoning',
  sovereigntyProcurement: 'sovereignty or strategic-autonomy customers',
};

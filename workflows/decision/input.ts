import { z } from 'zod';

/** The decision wizard's input, exactly as the issue specifies (and as `decide --input FILE` reads it). */
export const decisionInputSchema = z
  .object({
    monthlySpendGBP: z.number().min(0),
    spendPredictable: z.boolean(),
    dataClassification: z.enum(['public', 'internal', 'personal', 'special-category']),
    residencyRequired: z.boolean(),
    gpuCapability: z.enum(['none', 'some', 'dedicated']),
    fineTuning: z.enum(['none', 'api', 'weights']),
    stage: z.enum(['prototype', 'production']),
    frontierReasoning: z.boolean(),
    sovereigntyProcurement: z.boolean(),
  })
  .strict();

export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type DecisionField = keyof DecisionInput;

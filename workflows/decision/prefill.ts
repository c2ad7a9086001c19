/**
 * "Refine these answers": a decision run started with the inputs read from a message, so the team confirms or
 * corrects each in the wizard. The pre-filled inputs travel in a typed action (`workflow.refine`, value below),
 * are kept with the run as one record under the pseudo-step FROM_MESSAGE_STEP (who brought them in, and when),
 * and each step offers its pre-filled value to keep. The decision record then says which answers came from the
 * message and which were corrected.
 */
import { z } from 'zod';
import type { RunAnswer, WorkflowRun } from '../store.ts';
import { decisionInputSchema, type DecisionField, type DecisionInput } from './input.ts';
import type { Readings } from './situation/reading.ts';
import { jsonValue } from '../json-value.ts';

/** The run record that holds the pre-filled inputs; not a wizard step, so it never counts as an answer. */
export const FROM_MESSAGE_STEP = 'from-message';

/** Longest quote kept per input: a button value is small (Slack allows 2,000 characters). */
export const MAX_PREFILL_WORDS = 80;

export type Prefill = { [F in DecisionField]?: { value: DecisionInput[F]; words: string } };

const FIELDS = Object.keys(decisionInputSchema.shape) as DecisionField[];

const entry = (value: z.ZodType) => z.object({ value, words: z.string().max(MAX_PREFILL_WORDS * 2) }).strict();
/** Each input's value is checked by the wizard's own schema, so a forged button cannot plant an invalid answer. */
const prefillSchema = z.object(Object.fromEntries(FIELDS.map((f) => [f, entry(decisionInputSchema.shape[f]).optional()]))).strict();

const clip = (s: string) => (s.length > MAX_PREFILL_WORDS ? `${s.slice(0, MAX_PREFILL_WORDS - 1)}…` : s);

/** The inputs a message stated (never the assumed ones: those the team answers fresh). */
export function prefillFromReadings(readings: Readings): Prefill {
  return Object.fromEntries(FIELDS.flatMap((f) => (readings[f] ? [[f, { value: readings[f]!.value, words: clip(readings[f]!.words) }]] : []))) as Prefill;
}

/** The `workflow.refine` action value: compact JSON, so it fits a button. */
export function encodePrefill(p: Prefill): string {
  return JSON.stringify(p);
}

/** A refine value from a button or form (JSON text or an object); undefined when anything in it is not a valid input. */
export function decodePrefill(value: unknown): Prefill | undefined {
  const parsed = prefillSchema.safeParse(jsonValue(value));
  if (!parsed.success) return undefined;
  const out = Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as unknown as Prefill;
  return Object.keys(out).length ? out : undefined;
}

/** The pre-filled inputs a run started with, if it started from a message. */
export function prefillOf(run: WorkflowRun): Prefill | undefined {
  const record = run.answers.find((a) => a.stepId === FROM_MESSAGE_STEP);
  return record ? decodePrefill(record.value) : undefined;
}

/** The run's real step answers, without the pre-fill record. */
export function stepAnswers(run: WorkflowRun): RunAnswer[] {
  return run.answers.filter((a) => a.stepId !== FROM_MESSAGE_STEP);
}

/** The answer text a wizard step parses back to this value (what a "Keep" button sends). */
export function keepAnswer(value: unknown): string {
  return typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
}

/** "keep", "ok", "same": typed at a pre-filled step, they keep the value from the message. */
export const KEEP_WORDS = /^(keep|keep it|keep that|same|ok|okay|confirm|confirmed|that's right|thats right|correct|as is)[.!]?$/i;

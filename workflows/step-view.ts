/** A workflow step as data for an adapter to render (modal, Adaptive Card inputs, terminal prompt). */
export type StepInputKind = 'choice' | 'number' | 'yes-no' | 'text';

export interface StepView {
  workflow: string;
  runId: string;
  stepId: string;
  prompt: string;
  kind: StepInputKind;
  options?: { value: string; label: string }[];
  help?: string;
  /** Position in the run, for a progress hint ("3 of 9"). */
  index: number;
  total: number;
  /** Validation message from the previous attempt at this step. */
  error?: string;
}


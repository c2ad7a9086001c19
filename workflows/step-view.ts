/** A workflow step as data for an adapter to render (modal, Adaptive Card inputs, terminal prompt). */
export type StepInputKind = 'choice' | 'number' | 'yes-no' | 'text';

/** An extra optional text input a form shows beside the main one (the checklist's notes and evidence URL). */
export interface StepField {
  /** Sent back under this key in the action value object (see workflows/actions.ts). */
  id: 'notes' | 'evidence';
  label: string;
  placeholder?: string;
  /** Evidence must be an http(s) URL. */
  format?: 'url';
}

export interface StepView {
  workflow: string;
  /** The run's title ("Vendor checklist: Acme AI"), the vendor marked untrusted; `workflow` names it when absent. */
  title?: string;
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
  /** Optional extra inputs for forms (Slack modal, Adaptive Card); the terminal types them after the answer. */
  fields?: StepField[];
  /** How to type an answer in a terminal or thread, e.g. `red-flag: trains on prompts https://…`. */
  hint?: string;
  /** A typed answer as an example for the hint (literal words to type). */
  example?: string;
  /** The knowledge card the help text cites. */
  cardId?: string;
  /** The answer already recorded for this step, when it is shown again. */
  current?: string;
  /**
   * The value read from the team's message for this step (a decision started with "Refine these answers"), not yet
   * confirmed: `value` is what to send back to keep it, `label` how to show it, `words` the message's own words.
   * A form can pre-select or pre-fill it. `from` says where it came from when not the message ("Proposed from
   * the vendor's documents", for a checklist draft); renderers default to "From the message". `reason` is why
   * it was proposed (a draft's rule or model verdict), shown beside it when present.
   */
  suggested?: { value: string; label: string; words: string; from?: string; reason?: string };
}

import type { StepField, StepInputKind } from './step-view.ts';

export interface StepOption {
  value: string;
  label: string;
}

/** An answer as it arrives: typed text, a button value, or a form's fields. */
export interface AnswerInput {
  answer: string;
  notes?: string;
  evidence?: string;
}

/** `note` says how free text was read when not plainly ("$4,000 converted at …"), for the confirmation. */
export type ParseResult = { ok: true; value: unknown; note?: string } | { ok: false; error: string };

/** A step is data (DESIGN.md): adapters render it, the runner validates answers with `parse`. */
export interface Step {
  id: string;
  prompt: string;
  kind: StepInputKind;
  options?: StepOption[];
  /** Help text; it cites `card`. */
  help: string;
  card: string;
  fields?: StepField[];
  hint?: string;
  /** A typed answer as an example for the hint, shown as literal words to type. */
  example?: string;
  parse(input: AnswerInput): ParseResult;
  /** The stored value as a short label (for "current answer" and summaries). */
  display(value: unknown): string;
}

export const YES_NO: StepOption[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Matches an option by value, label or 1-based number, ignoring case and surrounding punctuation. */
export function matchOption(options: StepOption[], text: string): StepOption | undefined {
  const t = text.trim().toLowerCase().replace(/[.)]+$/, '');
  const n = /^\d+$/.test(t) ? Number(t) : NaN;
  if (n >= 1 && n <= options.length) return options[n - 1];
  return options.find((o) => o.value.toLowerCase() === t || o.label.toLowerCase() === t);
}

const YES = /^(y|yes|true|1|yep|yeah)$/i;
const NO = /^(n|no|false|0|nope)$/i;

export function parseYesNo(text: string): boolean | undefined {
  const t = text.trim().replace(/[.!]+$/, '');
  return YES.test(t) ? true : NO.test(t) ? false : undefined;
}

/** "£2,500", "2.5k", "2500 a month" -> 2500. */
export function parseAmount(text: string): number | undefined {
  const m = /^\s*£?\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(k)?\b/i.exec(text.replace(/^gbp\s*/i, ''));
  if (!m) return undefined;
  const n = Number((m[1] ?? '').replace(/,/g, '')) * (m[2] ? 1000 : 1);
  return Number.isFinite(n) ? n : undefined;
}

export function optionsText(options: StepOption[]): string {
  return options.map((o, i) => `${i + 1}) ${o.label}`).join('  ');
}

import { CHECKLIST_STATUSES, type ChecklistStatus } from '../store.ts';
import type { StepOption } from '../steps.ts';

export { CHECKLIST_STATUSES, type ChecklistStatus };

export const STATUS_LABELS: Record<ChecklistStatus, string> = {
  satisfactory: 'Satisfactory',
  concern: 'Concern',
  'red-flag': 'Red flag',
  'n/a': 'Not applicable',
  unanswered: 'Unanswered',
};

/** Order in summaries and exports: what needs attention first. */
export const STATUS_RANK: Record<ChecklistStatus, number> = { 'red-flag': 0, concern: 1, unanswered: 2, satisfactory: 3, 'n/a': 4 };

/** The step's options; "unanswered" is offered as "Skip for now". */
export const STATUS_OPTIONS: StepOption[] = [
  { value: 'satisfactory', label: 'Satisfactory' },
  { value: 'concern', label: 'Concern' },
  { value: 'red-flag', label: 'Red flag' },
  { value: 'n/a', label: 'Not applicable' },
  { value: 'unanswered', label: 'Skip for now' },
];

const ALIASES: Record<string, ChecklistStatus> = {
  ok: 'satisfactory', good: 'satisfactory', sat: 'satisfactory', satisfied: 'satisfactory', pass: 'satisfactory',
  worry: 'concern', concerns: 'concern', partial: 'concern',
  red: 'red-flag', redflag: 'red-flag', 'red flag': 'red-flag', rf: 'red-flag', fail: 'red-flag',
  na: 'n/a', 'n.a.': 'n/a', 'not applicable': 'n/a',
  skip: 'unanswered', later: 'unanswered', '-': 'unanswered', 'skip for now': 'unanswered',
};

export function isChecklistStatus(s: string): s is ChecklistStatus {
  return (CHECKLIST_STATUSES as readonly string[]).includes(s);
}

/** A status from its id, label, alias or option number (1-5). */
export function toStatus(text: string): ChecklistStatus | undefined {
  const t = text.trim().toLowerCase();
  if (isChecklistStatus(t)) return t;
  if (/^[1-5]$/.test(t)) return STATUS_OPTIONS[Number(t) - 1]?.value as ChecklistStatus;
  const byLabel = STATUS_OPTIONS.find((o) => o.label.toLowerCase() === t);
  return byLabel ? (byLabel.value as ChecklistStatus) : ALIASES[t];
}

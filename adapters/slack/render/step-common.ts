import type { StepView } from '../../../bot/turn.ts';

const TITLES: Record<string, string> = {
  decision: 'Deployment decision',
  decide: 'Deployment decision',
  checklist: 'Vendor checklist',
};

/** A human title for a workflow id ("decision" -> "Deployment decision"). */
export function workflowTitle(workflow: string): string {
  return TITLES[workflow] ?? (workflow.charAt(0).toUpperCase() + workflow.slice(1).replace(/[-_]/g, ' '));
}

/** The options a step offers, with yes/no filled in when the step does not list them. */
export function stepOptions(step: StepView): { value: string; label: string }[] | undefined {
  if (step.options?.length) return step.options;
  if (step.kind === 'yes-no') return [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }];
  return undefined;
}

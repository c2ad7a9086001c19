import type { SlackDeps } from '../../deps.ts';
import type { StepButtonValue } from '../../render/step-message.ts';
import { stepAnswer } from '../../step-answer.ts';
import { runAction, type ButtonArgs } from './run-action.ts';

/** An option button of a step shown in a thread: answers the step for the whole team. */
export function stepOption(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const v = parseStepValue(args.action.value);
    if (!v || v.v === undefined) return;
    const answer = stepAnswer(v.w, v.r, v.s, v.v);
    await runAction(deps, args, answer.action, answer.value);
  };
}

/** Parses a step button's value; undefined when it is not one of ours. */
export function parseStepValue(raw: string | undefined): StepButtonValue | undefined {
  try {
    const v = JSON.parse(raw ?? '') as Partial<StepButtonValue>;
    if (typeof v.w === 'string' && typeof v.r === 'string' && typeof v.s === 'string') return v as StepButtonValue;
  } catch {
    // fall through
  }
  return undefined;
}

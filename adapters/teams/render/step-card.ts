import type { StepView } from '../../../bot/turn.ts';
import { textBlock, Verb, type CardElement, type ExecuteAction } from './card-types.ts';
import { toCardMarkdown } from './markdown.ts';

/** The id of the one input a step card carries; handlers/card-action.ts reads it back from the invoke data. */
export const STEP_INPUT_ID = 'answer';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function input(step: StepView): CardElement {
  const common = { id: STEP_INPUT_ID, label: 'Your answer', isRequired: true };
  switch (step.kind) {
    case 'choice':
    case 'yes-no': {
      const options = step.options?.length ? step.options : YES_NO;
      return {
        type: 'Input.ChoiceSet',
        ...common,
        // Expanded radio buttons read best up to a handful of options; longer lists collapse to a drop-down.
        style: options.length <= 5 ? 'expanded' : 'compact',
        choices: options.map((o) => ({ title: o.label, value: o.value })),
        errorMessage: 'Pick one option.',
      };
    }
    case 'number':
      return { type: 'Input.Number', ...common, placeholder: 'A number, e.g. 2500', errorMessage: 'Enter a number.' };
    case 'text':
      return { type: 'Input.Text', ...common, isMultiline: true, placeholder: 'Type your answer', errorMessage: 'Enter an answer.' };
  }
}

/**
 * A workflow step as card elements: progress, prompt, help, the validation message from the last attempt
 * (in the attention colour, above the input it is about) and the input itself.
 */
export function stepElements(step: StepView): CardElement[] {
  const elements: CardElement[] = [
    textBlock(`Step ${step.index} of ${step.total}`, { isSubtle: true, size: 'Small', spacing: 'Medium', separator: true }),
    textBlock(toCardMarkdown(step.prompt), { weight: 'Bolder', spacing: 'Small' }),
  ];
  if (step.help) elements.push(textBlock(toCardMarkdown(step.help), { isSubtle: true, size: 'Small', spacing: 'Small' }));
  if (step.error) elements.push(textBlock(`⚠ ${step.error}`, { color: 'Attention', weight: 'Bolder', spacing: 'Small' }));
  elements.push(input(step));
  return elements;
}

/** The submit button; the step's identity travels in the data so a stale card cannot answer another step. */
export function stepActions(step: StepView): ExecuteAction[] {
  return [
    {
      type: 'Action.Execute',
      title: 'Submit',
      verb: Verb.Step,
      style: 'positive',
      associatedInputs: 'auto',
      data: { workflow: step.workflow, runId: step.runId, stepId: step.stepId },
    },
  ];
}

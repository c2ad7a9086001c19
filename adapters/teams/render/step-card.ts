import type { StepView } from '../../../bot/turn.ts';
import type { StepField } from '../../../workflows/step-view.ts';
import { textBlock, Verb, type CardElement, type ExecuteAction } from './card-types.ts';
import { inputValue, plainCardText, toCardMarkdown } from './markdown.ts';

/** The id of a step card's main input; handlers/card-action.ts reads it back from the invoke data. */
export const STEP_INPUT_ID = 'answer';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

function withCurrent(element: CardElement, current: string | undefined, asNumber = false): CardElement {
  const raw = current === undefined ? '' : inputValue(current);
  if (raw === '') return element;
  const n = Number(raw);
  return { ...element, value: asNumber ? (Number.isFinite(n) ? n : undefined) : raw };
}

function input(step: StepView): CardElement {
  const common = { id: STEP_INPUT_ID, label: 'Your answer', isRequired: true };
  // A value read from the team's message (Refine these answers) is filled in, to keep or change.
  const preset = step.suggested?.value ?? step.current;
  switch (step.kind) {
    case 'choice':
    case 'yes-no': {
      const options = step.options?.length ? step.options : YES_NO;
      const choiceSet: CardElement = {
        type: 'Input.ChoiceSet',
        ...common,
        // Expanded radio buttons read best up to a handful of options; longer lists collapse to a drop-down.
        style: options.length <= 5 ? 'expanded' : 'compact',
        choices: options.map((o) => ({ title: plainCardText(o.label), value: o.value })),
        errorMessage: 'Pick one option.',
      };
      return withCurrent(choiceSet, preset);
    }
    case 'number':
      return withCurrent({ type: 'Input.Number', ...common, placeholder: 'Type a number', errorMessage: 'Enter a number.' }, preset, true);
    case 'text':
      return withCurrent({ type: 'Input.Text', ...common, isMultiline: true, placeholder: 'Type your answer', errorMessage: 'Enter an answer.' }, preset);
  }
}

/** The checklist's optional notes and evidence link, as plain text inputs under the main one. */
function fieldInput(field: StepField): CardElement {
  const element: CardElement = { type: 'Input.Text', id: field.id, label: field.label, isRequired: false };
  if (field.placeholder) element.placeholder = field.placeholder;
  if (field.format === 'url') {
    element.style = 'Url';
    element.regex = '^https?://\\S+$';
    element.errorMessage = 'Enter a link starting with https://';
  } else {
    element.isMultiline = true;
  }
  return element;
}

/**
 * A workflow step as card elements: the run's title and progress, what the team's message said for it, the
 * prompt, help, the validation message from the last attempt (in the attention colour, above the input it is
 * about), the input, and the optional notes / evidence fields. The typed-answer hint and the previous answer are
 * not repeated: the input itself takes the answer and shows the previous one.
 */
export function stepElements(step: StepView): CardElement[] {
  const elements: CardElement[] = [];
  elements.push(textBlock(`**${toCardMarkdown(step.title ?? step.workflow)}** · step ${step.index} of ${step.total}`, { spacing: 'Medium' }));
  if (step.suggested) elements.push(textBlock(`${toCardMarkdown(step.suggested.from ?? 'From the message')}: ${toCardMarkdown(step.suggested.label)} ("${toCardMarkdown(step.suggested.words)}")`, { isSubtle: true, size: 'Small', spacing: 'Small' }));
  if (step.suggested?.reason) elements.push(textBlock(`Why: ${toCardMarkdown(step.suggested.reason)}`, { isSubtle: true, size: 'Small', spacing: 'Small' }));
  elements.push(textBlock(toCardMarkdown(step.prompt), { weight: 'Bolder', spacing: 'Small' }));
  if (step.help) elements.push(textBlock(toCardMarkdown(step.help), { isSubtle: true, size: 'Small', spacing: 'Small' }));
  if (step.error) elements.push(textBlock(`⚠ ${toCardMarkdown(step.error)}`, { color: 'Attention', weight: 'Bolder', spacing: 'Small' }));
  elements.push(input(step));
  for (const field of step.fields ?? []) elements.push(fieldInput(field));
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

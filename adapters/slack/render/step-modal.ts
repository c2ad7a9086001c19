import type { types } from '@slack/bolt';
import type { StepView } from '../../../bot/turn.ts';
import { escapeMrkdwn, plainText } from './escape.ts';
import { IDS } from './ids.ts';
import { LIMITS, cut, cutMrkdwn } from './limits.ts';
import { stepOptions, workflowTitle } from './step-common.ts';

/** Where a modal came from, carried in private_metadata so its submission lands in the right conversation. */
export interface ModalOrigin {
  /** Slack team id the modal was opened for; checked against the submitting team. */
  team: string;
  channel: string;
  thread?: string;
}

/** What a step modal remembers about its step (private_metadata, at most 3000 characters). */
export interface StepModalMeta extends ModalOrigin {
  w: string;
  r: string;
  s: string;
  k: StepView['kind'];
}

/**
 * A workflow step as a modal: progress, the prompt as the input's label, help as its hint, and one input whose
 * element fits the step kind (radio buttons or a select for choices, a number input, a text area).
 * The previous attempt's error, when the step comes back with one, is shown above the input.
 */
export function stepModal(step: StepView, origin: ModalOrigin): types.ModalView {
  const meta: StepModalMeta = { ...origin, w: step.workflow, r: step.runId, s: step.stepId, k: step.kind };
  const blocks: types.KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: `Step ${step.index} of ${step.total}` }] },
  ];
  if (step.prompt.length > 150) blocks.push({ type: 'section', text: { type: 'mrkdwn', verbatim: true, text: cutMrkdwn(escapeMrkdwn(step.prompt), LIMITS.sectionText) } });
  if (step.current) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: `Current answer: *${cutMrkdwn(escapeMrkdwn(step.current), 2000)}*` }] });
  if (step.suggested) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: `${escapeMrkdwn(step.suggested.from ?? 'From the message')}: *${cutMrkdwn(escapeMrkdwn(step.suggested.label), 200)}* ("${cutMrkdwn(escapeMrkdwn(step.suggested.words), 200)}"). Keep it or change it.` }] });
  if (step.suggested?.reason) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: `Why: ${cutMrkdwn(escapeMrkdwn(step.suggested.reason), 2000)}` }] });
  if (step.error) blocks.push({ type: 'section', text: { type: 'mrkdwn', verbatim: true, text: `:warning: ${cutMrkdwn(escapeMrkdwn(step.error), 2900)}` } });
  blocks.push({
    type: 'input',
    block_id: IDS.stepBlock,
    label: { type: 'plain_text', text: cut(step.prompt.length > 150 ? 'Your answer' : plainText(step.prompt), LIMITS.inputLabel) },
    ...(step.help ? { hint: { type: 'plain_text', text: cut(plainText(step.help), LIMITS.inputHint) } } : {}),
    element: stepElement(step),
  });
  for (const f of step.fields ?? []) {
    blocks.push({
      type: 'input',
      block_id: `${IDS.fieldBlockPrefix}${f.id}`,
      optional: true,
      label: { type: 'plain_text', text: cut(f.label, LIMITS.inputLabel) },
      element: {
        type: f.format === 'url' ? 'url_text_input' : 'plain_text_input',
        action_id: IDS.stepAction,
        ...(f.format === 'url' ? {} : { multiline: true, max_length: LIMITS.plainTextInput }),
        ...(f.placeholder ? { placeholder: { type: 'plain_text', text: cut(f.placeholder, 150) } } : {}),
      },
    });
  }
  return {
    type: 'modal',
    callback_id: IDS.stepView,
    private_metadata: JSON.stringify(meta).slice(0, LIMITS.privateMetadata),
    title: { type: 'plain_text', text: cut(workflowTitle(step.workflow), LIMITS.modalTitle) },
    submit: { type: 'plain_text', text: step.index >= step.total ? 'Finish' : 'Next' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: blocks.slice(0, LIMITS.blocksPerModal),
  };
}

function stepElement(step: StepView): types.InputBlock['element'] {
  const options = stepOptions(step);
  if (options) {
    const opts = options.slice(0, LIMITS.selectOptions).map((o) => ({
      text: { type: 'plain_text' as const, text: cut(plainText(o.label), LIMITS.optionText) },
      value: o.value.slice(0, LIMITS.optionValue),
    }));
    // A value read from the team's message (Refine these answers) comes pre-selected, to keep or change.
    const initial = opts.find((o) => o.value === step.suggested?.value);
    const preset = initial ? { initial_option: initial } : {};
    if (opts.length <= LIMITS.radioOptions) return { type: 'radio_buttons', action_id: IDS.stepAction, options: opts, ...preset };
    return { type: 'static_select', action_id: IDS.stepAction, options: opts, placeholder: { type: 'plain_text', text: 'Choose one' }, ...preset };
  }
  if (step.kind === 'number') return { type: 'number_input', action_id: IDS.stepAction, is_decimal_allowed: true, ...(step.suggested && Number.isFinite(Number(step.suggested.value)) ? { initial_value: step.suggested.value } : {}) };
  return { type: 'plain_text_input', action_id: IDS.stepAction, multiline: true, max_length: LIMITS.plainTextInput };
}

/** A modal that says the bot is still working; replaced by views.update when the answer is ready. */
export function workingModal(title: string): types.ModalView {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: cut(title, LIMITS.modalTitle) },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: ':hourglass_flowing_sand: Working on it…' } }],
  };
}

/** The modal asking which vendor a checklist is for (the "Start a vendor checklist" button has no vendor yet). */
export function vendorModal(origin: ModalOrigin): types.ModalView {
  return {
    type: 'modal',
    callback_id: IDS.vendorView,
    private_metadata: JSON.stringify(origin),
    title: { type: 'plain_text', text: 'Vendor checklist' },
    submit: { type: 'plain_text', text: 'Start' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: IDS.vendorBlock,
        label: { type: 'plain_text', text: 'Vendor name' },
        hint: { type: 'plain_text', text: 'The company whose AI product you are assessing, e.g. Acme AI.' },
        element: { type: 'plain_text_input', action_id: IDS.vendorAction, max_length: 100 },
      },
    ],
  };
}

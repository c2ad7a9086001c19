/**
 * Every action_id, block_id and callback_id this app puts on Slack surfaces, in one place, so the renderers
 * and the listeners that receive them cannot drift apart.
 */
export const IDS = {
  feedbackUp: 'ap.feedback.up',
  feedbackDown: 'ap.feedback.down',
  feedbackBlock: 'ap.feedback',
  /** Slack's native feedback_buttons element (value `up` or `down`), in a context_actions block. */
  feedbackButtons: 'ap.feedback.buttons',
  /** A Choice from a Reply: `ap.choice.<index>.<choice.action>` (the index keeps ids unique in a block). */
  choicePrefix: 'ap.choice.',
  /** Answer a step from an in-thread message with one of its options. */
  stepOption: 'ap.step.option',
  /** Open the modal for a number or text step shown in a thread. */
  stepOpen: 'ap.step.open',
  stepView: 'ap.step',
  stepBlock: 'ap.step.input',
  stepAction: 'value',
  /** Optional extra inputs of a step (StepView.fields): block `ap.field.<id>`, action `value`. */
  fieldBlockPrefix: 'ap.field.',
  vendorView: 'ap.vendor',
  vendorBlock: 'ap.vendor.input',
  vendorAction: 'vendor',
} as const;

/** Matches choice action ids; group 1 is the index, group 2 the core's action name. */
export const CHOICE_ACTION = /^ap\.choice\.(\d+)\.(.+)$/;

export function choiceActionId(index: number, action: string): string {
  return `${IDS.choicePrefix}${index}.${action}`.slice(0, 255);
}

/**
 * Block Kit limits (https://docs.slack.dev/reference/block-kit). Slack rejects a whole message or view when one
 * is exceeded, so every renderer cuts or splits to these numbers instead of hoping.
 */
export const LIMITS = {
  sectionText: 3000,
  contextElements: 10,
  headerText: 150,
  buttonText: 75,
  actionValue: 2000,
  actionId: 255,
  actionsElements: 25,
  blocksPerMessage: 50,
  blocksPerModal: 100,
  /** The top-level `text` of a message is the notification and fallback; Slack truncates past 40k, keep it short. */
  fallbackText: 3000,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  inputHint: 2000,
  optionText: 75,
  optionValue: 150,
  radioOptions: 10,
  selectOptions: 100,
  plainTextInput: 3000,
} as const;

/** Cuts escaped mrkdwn to `max` characters without leaving half an entity (`&am`) at the end. */
export function cutMrkdwn(mrkdwn: string, max: number): string {
  if (mrkdwn.length <= max) return mrkdwn;
  return `${mrkdwn.slice(0, Math.max(0, max - 1)).replace(/&[a-z]*$/, '').trimEnd()}…`;
}

/** Cuts plain text to `max` characters, ending with an ellipsis when cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

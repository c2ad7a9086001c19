import type { types } from '@slack/bolt';
import type { Choice, StepView } from '../../../bot/turn.ts';
import { escapeMrkdwn } from './escape.ts';
import { IDS } from './ids.ts';
import { cut, cutMrkdwn } from './limits.ts';
import { button, choiceBlocks } from './reply.ts';
import { stepOptions, workflowTitle } from './step-common.ts';

/** What an in-thread step button carries back (kept well under the 2000-character value limit). */
export interface StepButtonValue {
  w: string;
  r: string;
  s: string;
  /** The option value, for option buttons. */
  v?: string;
  /** For the "Answer…" button of a number/text step: enough to render its modal again. */
  p?: string;
  k?: StepView['kind'];
  i?: number;
  t?: number;
  /** Options and extra fields, so the modal opened from a thread can show them (dropped if over the limit). */
  o?: { value: string; label: string }[];
  f?: StepView['fields'];
}

/** The "Answer…" button's value: the step, compact, always under Slack's 2000-character value limit. */
export function openValue(step: StepView): string {
  const full: StepButtonValue = { w: step.workflow, r: step.runId, s: step.stepId, p: cut(step.prompt, 1000), k: step.kind, i: step.index, t: step.total, ...(step.options ? { o: step.options } : {}), ...(step.fields ? { f: step.fields } : {}) };
  const json = JSON.stringify(full);
  if (json.length <= 2000) return json;
  const { o: _o, f: _f, ...bare } = full;
  return JSON.stringify({ ...bare, k: 'text' });
}

/**
 * A workflow step as an in-thread interactive message: the prompt, progress, help, the previous attempt's error,
 * then buttons. Choice and yes/no steps get one button per option; number and text steps get an "Answer…"
 * button that opens the step's modal (Slack messages have no free-text input a bot can read back). The Reply's
 * own choices (Cancel) come after.
 */
export function stepMessageBlocks(step: StepView, choices?: Choice[]): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [
    {
      type: 'section',
      block_id: 'ap.step.prompt',
      text: { type: 'mrkdwn', verbatim: true, text: `*${escapeMrkdwn(step.title ?? workflowTitle(step.workflow))} · step ${step.index} of ${step.total}*\n${cutMrkdwn(escapeMrkdwn(step.prompt), 2600)}` },
    },
  ];
  // What a typed reply in the thread needs: the earlier answer, the value read from the message, the format.
  const typing = [
    ...(step.current ? [`Answered before: ${cutMrkdwn(escapeMrkdwn(step.current), 900)}`] : []),
    ...(step.suggested ? [`${escapeMrkdwn(step.suggested.from ?? 'From the message')}: *${cutMrkdwn(escapeMrkdwn(step.suggested.label), 200)}* ("${cutMrkdwn(escapeMrkdwn(step.suggested.words), 200)}"). Keep it or answer again.`] : []),
    ...(step.suggested?.reason ? [`Why: ${cutMrkdwn(escapeMrkdwn(step.suggested.reason), 900)}`] : []),
    ...(step.hint ? [`Answer with ${cutMrkdwn(escapeMrkdwn(step.hint), 900)}${step.example ? `: e.g. \`${escapeMrkdwn(step.example)}\`` : ''}.`] : []),
  ];
  if (typing.length) blocks.push({ type: 'context', elements: typing.map((text) => ({ type: 'mrkdwn' as const, verbatim: true, text })) });
  if (step.help) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: cutMrkdwn(escapeMrkdwn(step.help), 2900) }] });
  if (step.error) blocks.push({ type: 'section', text: { type: 'mrkdwn', verbatim: true, text: `:warning: ${cutMrkdwn(escapeMrkdwn(step.error), 2900)}` } });

  // The Reply's own choices (Cancel, …) follow the step's buttons.
  const extra = choices?.length ? choiceBlocks(choices) : [];
  const base = { w: step.workflow, r: step.runId, s: step.stepId };
  const options = stepOptions(step);
  if (options) {
    const buttons = options.slice(0, 25).map((o, i) => button(`${IDS.stepOption}.${i}`, o.label, JSON.stringify({ ...base, v: o.value } satisfies StepButtonValue)));
    // Notes and evidence need a form: offer it beside the quick buttons.
    if (step.fields?.length && buttons.length < 25) buttons.push(button(IDS.stepOpen, 'Answer with notes…', openValue(step)));
    return [...blocks, { type: 'actions', block_id: 'ap.step.options', elements: buttons }, ...extra];
  }
  return [...blocks, { type: 'actions', block_id: 'ap.step.open', elements: [button(IDS.stepOpen, 'Answer…', openValue(step), 'primary')] }, ...extra];
}

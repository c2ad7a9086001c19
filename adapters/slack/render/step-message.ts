import type { types } from '@slack/bolt';
import type { Choice, StepView } from '../../../bot/turn.ts';
import { escapeMrkdwn } from './escape.ts';
import { IDS } from './ids.ts';
import { cut } from './limits.ts';
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
}

/**
 * A workflow step as an in-thread interactive message: the prompt, progress, help, the previous attempt's error,
 * then buttons. Choice and yes/no steps get one button per option; number and text steps get an "Answer…"
 * button that opens the step's modal (Slack messages have no free-text input a bot can read back).
 */
export function stepMessageBlocks(step: StepView, choices?: Choice[]): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [
    {
      type: 'section',
      block_id: 'ap.step.prompt',
      text: { type: 'mrkdwn', verbatim: true, text: `*${escapeMrkdwn(workflowTitle(step.workflow))} · step ${step.index} of ${step.total}*\n${escapeMrkdwn(cut(step.prompt, 2800))}` },
    },
  ];
  if (step.help) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', verbatim: true, text: escapeMrkdwn(cut(step.help, 2900)) }] });
  if (step.error) blocks.push({ type: 'section', text: { type: 'mrkdwn', verbatim: true, text: `:warning: ${escapeMrkdwn(cut(step.error, 2900))}` } });

  if (choices?.length) return [...blocks, ...choiceBlocks(choices)];
  const base = { w: step.workflow, r: step.runId, s: step.stepId };
  const options = stepOptions(step);
  if (options) {
    const buttons = options.slice(0, 25).map((o, i) => button(`${IDS.stepOption}.${i}`, o.label, JSON.stringify({ ...base, v: o.value } satisfies StepButtonValue)));
    return [...blocks, { type: 'actions', block_id: 'ap.step.options', elements: buttons }];
  }
  const open: StepButtonValue = { ...base, p: cut(step.prompt, 1200), k: step.kind, i: step.index, t: step.total };
  return [...blocks, { type: 'actions', block_id: 'ap.step.open', elements: [button(IDS.stepOpen, 'Answer…', JSON.stringify(open), 'primary')] }];
}

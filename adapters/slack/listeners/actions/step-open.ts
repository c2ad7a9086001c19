import type { SlackDeps } from '../../deps.ts';
import { actionPlace } from '../../place.ts';
import { slackErrorCode } from '../../post.ts';
import { stepModal } from '../../render/step-modal.ts';
import type { ButtonArgs } from './run-action.ts';
import { parseStepValue } from './step-option.ts';

/** "Answer…" on a number or text step shown in a thread: opens the step's modal. */
export function stepOpen(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const v = parseStepValue(args.action.value);
    const place = actionPlace(args.body, args.context.teamId);
    if (!v || !place.channel) return;
    const step = { workflow: v.w, runId: v.r, stepId: v.s, prompt: v.p ?? 'Your answer', kind: v.k ?? 'text', index: v.i ?? 1, total: v.t ?? 1, ...(v.o ? { options: v.o } : {}), ...(v.f ? { fields: v.f } : {}) };
    const origin = { team: place.team, channel: place.channel, ...(place.thread ? { thread: place.thread } : {}) };
    await args.client.views
      .open({ trigger_id: args.body.trigger_id, view: stepModal(step, origin) })
      .catch((err: unknown) => deps.logger.warn({ code: slackErrorCode(err) }, 'step modal not opened'));
  };
}

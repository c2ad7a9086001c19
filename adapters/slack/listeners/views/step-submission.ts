import type { SlackDeps } from '../../deps.ts';
import { IDS } from '../../render/ids.ts';
import type { StepModalMeta } from '../../render/step-modal.ts';
import { stepAnswer } from '../../step-answer.ts';
import { actionTurn } from '../../turn.ts';
import { inputValue, originOrReject, submitToCore, type SubmitArgs } from './submit.ts';

/** A step modal submitted: the answer goes to the workflow; the modal advances, shows the error, or closes. */
export function stepSubmission(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const meta = await originOrReject<StepModalMeta>(args, IDS.stepBlock);
    if (!meta) return;
    const values = args.view.state.values;
    const read = (block: string) => inputValue(values, block, IDS.stepAction);
    const raw = read(IDS.stepBlock);
    if (!raw) {
      await args.ack({ response_action: 'errors', errors: { [IDS.stepBlock]: 'Please answer this step before going on.' } });
      return;
    }
    const answer = stepAnswer(meta.w, meta.r, meta.s, raw, { notes: read(`${IDS.fieldBlockPrefix}notes`), evidence: read(`${IDS.fieldBlockPrefix}evidence`) });
    const place = { team: meta.team, channel: meta.channel, user: args.body.user.id, ...(meta.thread ? { thread: meta.thread } : {}) };
    // A problem with the evidence URL is shown under that field; anything else under the answer.
    const field = (error: string) => (/evidence|url/i.test(error) && values[`${IDS.fieldBlockPrefix}evidence`] ? `${IDS.fieldBlockPrefix}evidence` : IDS.stepBlock);
    await submitToCore(deps, args, actionTurn(place, answer.action, answer.value), meta, field, { runId: meta.r, stepId: meta.s });
  };
}

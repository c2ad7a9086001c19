import type { SlackDeps } from '../../deps.ts';
import { IDS } from '../../render/ids.ts';
import type { ModalOrigin } from '../../render/step-modal.ts';
import { actionTurn } from '../../turn.ts';
import { WORKFLOW_ACTIONS } from '../../../../workflows/actions.ts';
import type { WorkflowAction } from '../../../../workflows/workflow-action.ts';
import { inputValue, originOrReject, submitToCore, type SubmitArgs } from './submit.ts';

/** The vendor-name modal submitted: starts (or resumes) that vendor's checklist, the name carried whole in a typed action. */
export function vendorSubmission(deps: SlackDeps) {
  return async (args: SubmitArgs): Promise<void> => {
    const origin = await originOrReject<ModalOrigin>(args, IDS.vendorBlock);
    if (!origin) return;
    const vendor = inputValue(args.view.state.values, IDS.vendorBlock, IDS.vendorAction);
    if (!/\p{L}/u.test(vendor)) {
      await args.ack({ response_action: 'errors', errors: { [IDS.vendorBlock]: 'Enter the vendor’s name, e.g. Acme AI.' } });
      return;
    }
    const place = { team: origin.team, channel: origin.channel, user: args.body.user.id, ...(origin.thread ? { thread: origin.thread } : {}) };
    const action: WorkflowAction = { workflow: 'checklist', action: 'start', vendor: vendor.trim() };
    await submitToCore(deps, args, actionTurn(place, WORKFLOW_ACTIONS.run, action), origin, IDS.vendorBlock);
  };
}

import type { SlackDeps } from '../../deps.ts';
import { CHOICE_ACTION } from '../../render/ids.ts';
import { vendorModal } from '../../render/step-modal.ts';
import { actionPlace } from '../../place.ts';
import { runAction, type ButtonArgs } from './run-action.ts';

/**
 * A button from a Reply's choices (`ap.choice.<i>.<action>`), e.g. "Start the deployment decision". The
 * "Start a vendor checklist" button carries no vendor, so it first asks for one in a modal.
 */
export function choice(deps: SlackDeps) {
  return async (args: ButtonArgs): Promise<void> => {
    const match = CHOICE_ACTION.exec(args.action.action_id);
    const action = match?.[2];
    if (!action) return;
    const value = args.action.value ?? '';
    if (action === 'command' && value.trim().toLowerCase() === 'checklist') {
      const place = actionPlace(args.body, args.context.teamId);
      if (place.channel) {
        const origin = { team: place.team, channel: place.channel, ...(place.thread ? { thread: place.thread } : {}) };
        await args.client.views.open({ trigger_id: args.body.trigger_id, view: vendorModal(origin) });
        return;
      }
    }
    await runAction(deps, args, action, value);
  };
}

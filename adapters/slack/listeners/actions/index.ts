import type { AllMiddlewareArgs, App as BoltApp, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { IDS, CHOICE_ACTION } from '../../render/ids.ts';
import { choice } from './choice.ts';
import { feedback } from './feedback.ts';
import { stepOpen } from './step-open.ts';
import { stepOption } from './step-option.ts';
import { ackFirst } from '../../interaction-dedup.ts';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
type ButtonListener = (args: ButtonArgs) => Promise<void>;

/** Every action_id this app answers, tied to its listener: the one list both Bolt and the request gate read. */
const ACTIONS: [string | RegExp, (deps: SlackDeps) => ButtonListener][] = [
  [IDS.feedbackUp, feedback],
  [IDS.feedbackDown, feedback],
  [IDS.feedbackButtons, feedback],
  [CHOICE_ACTION, choice],
  [new RegExp(`^${IDS.stepOption.replace(/\./g, '\\.')}\\.\\d+$`), stepOption],
  [IDS.stepOpen, stepOpen],
];

/** True when a listener serves this action_id (the others are acknowledged without waking Bolt). */
export function servesAction(actionId: string): boolean {
  return ACTIONS.some(([id]) => (typeof id === 'string' ? id === actionId : id.test(actionId)));
}

/** Every button is acknowledged at once and a replayed press dropped (ackFirst) before its listener runs. */
export function register(bolt: BoltApp, deps: SlackDeps): void {
  for (const [id, listener] of ACTIONS) bolt.action<BlockAction<ButtonAction>>(id, ackFirst(deps, listener(deps)));
}

import type { App as BoltApp, BlockAction, ButtonAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { IDS, CHOICE_ACTION } from '../../render/ids.ts';
import { choice } from './choice.ts';
import { feedback } from './feedback.ts';
import { stepOpen } from './step-open.ts';
import { stepOption } from './step-option.ts';

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.action<BlockAction<ButtonAction>>(IDS.feedbackUp, feedback(deps));
  bolt.action<BlockAction<ButtonAction>>(IDS.feedbackDown, feedback(deps));
  bolt.action<BlockAction<ButtonAction>>(CHOICE_ACTION, choice(deps));
  bolt.action<BlockAction<ButtonAction>>(new RegExp(`^${IDS.stepOption.replace(/\./g, '\\.')}\\.\\d+$`), stepOption(deps));
  bolt.action<BlockAction<ButtonAction>>(IDS.stepOpen, stepOpen(deps));
}

import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import type { Envelope } from '../envelope.ts';
import { register as registerActions, servesAction } from './actions/index.ts';
import { register as registerCommands, SLASH_COMMAND } from './commands/index.ts';
import { register as registerEvents, servesEvent } from './events/index.ts';
import { register as registerViews, servesView } from './views/index.ts';

/** Ties every Slack id this app handles to its listener. */
export function registerListeners(bolt: BoltApp, deps: SlackDeps): void {
  registerEvents(bolt, deps);
  registerCommands(bolt, deps);
  registerActions(bolt, deps);
  registerViews(bolt, deps);
}

/**
 * Whether a listener registered above will take this envelope. Anything else is acknowledged at the door: Slack
 * gets its 200 at once instead of Bolt waiting three seconds for an ack no listener will give.
 */
export function isServed(envelope: Envelope): boolean {
  switch (envelope.kind) {
    case 'url_verification':
      return true;
    case 'event':
      return servesEvent(envelope.body.event.type);
    case 'command':
      return envelope.body.command === SLASH_COMMAND;
    case 'block_actions':
      return envelope.body.actions.length > 0 && servesAction(envelope.body.actions[0]!.action_id);
    case 'view_submission':
      return servesView(envelope.body.view.callback_id);
    case 'other':
      return false;
  }
}

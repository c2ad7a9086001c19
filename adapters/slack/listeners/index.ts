import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../deps.ts';
import { register as registerActions } from './actions/index.ts';
import { register as registerCommands } from './commands/index.ts';
import { register as registerEvents } from './events/index.ts';
import { register as registerViews } from './views/index.ts';

/** Ties every Slack id this app handles to its listener. */
export function registerListeners(bolt: BoltApp, deps: SlackDeps): void {
  registerEvents(bolt, deps);
  registerCommands(bolt, deps);
  registerActions(bolt, deps);
  registerViews(bolt, deps);
}

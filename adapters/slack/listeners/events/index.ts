import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appMention } from './app-mention.ts';
import { message } from './message.ts';
import { appHomeOpened } from './app-home-opened.ts';
import { appContextChanged } from './app-context-changed.ts';

/** Bot events, as subscribed in manifest.json. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_home_opened', 'app_context_changed'] as const;

/** The event types a listener serves (message.* subscriptions all arrive as type "message"). */
const EVENT_TYPES = new Set(['app_mention', 'message', 'app_home_opened', 'app_context_changed']);

export function servesEvent(type: string): boolean {
  return EVENT_TYPES.has(type);
}

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.event('app_mention', appMention(deps));
  bolt.event('message', message(deps));
  bolt.event('app_home_opened', appHomeOpened(deps));
  bolt.event('app_context_changed', appContextChanged(deps));
}

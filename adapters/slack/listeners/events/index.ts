import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appMention } from './app-mention.ts';
import { message } from './message.ts';

/** Bot events, as subscribed in manifest.json: app_mention, message.im, message.channels, message.groups. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups'] as const;

/** The event types a listener serves (message.* subscriptions all arrive as type "message"). */
const EVENT_TYPES = new Set(['app_mention', 'message']);

export function servesEvent(type: string): boolean {
  return EVENT_TYPES.has(type);
}

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.event('app_mention', appMention(deps));
  bolt.event('message', message(deps));
}

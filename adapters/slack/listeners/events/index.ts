import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appMention } from './app-mention.ts';
import { message } from './message.ts';

/** Bot events, as subscribed in manifest.json: app_mention, message.im, message.channels, message.groups. */
export const BOT_EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups'] as const;

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.event('app_mention', appMention(deps));
  bolt.event('message', message(deps));
}

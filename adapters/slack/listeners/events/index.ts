import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { appMention } from './app-mention.ts';
import { message } from './message.ts';
import { appUninstalled, teamAccessRevoked, tokensRevoked } from './uninstalled.ts';

/**
 * Bot events, as subscribed in manifest.json: questions (app_mention, message.*) and the app leaving a workspace
 * (app_uninstalled, tokens_revoked), which deletes its installation and data.
 */
export const BOT_EVENTS = ['app_mention', 'message.im', 'message.channels', 'message.groups', 'app_uninstalled', 'tokens_revoked'] as const;
/** Only for an org-ready app (manifest `org_deploy_enabled: true`): a workspace taken from an org-wide install. */
export const ORG_BOT_EVENTS = ['team_access_revoked'] as const;

/** The event types a listener serves (message.* subscriptions all arrive as type "message"). */
const EVENT_TYPES = new Set(['app_mention', 'message', 'app_uninstalled', 'tokens_revoked', 'team_access_revoked']);

export function servesEvent(type: string): boolean {
  return EVENT_TYPES.has(type);
}

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.event('app_mention', appMention(deps));
  bolt.event('message', message(deps));
  bolt.event('app_uninstalled', appUninstalled(deps));
  bolt.event('tokens_revoked', tokensRevoked(deps));
  bolt.event('team_access_revoked', teamAccessRevoked(deps));
}

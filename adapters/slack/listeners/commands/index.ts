import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { aiProcurementCommand } from './ai-procurement.ts';
import { ackFirst } from '../../interaction-dedup.ts';

/** The slash command declared in manifest.json. */
export const SLASH_COMMAND = '/ai-procurement';

export function register(bolt: BoltApp, deps: SlackDeps): void {
  // Acknowledged at once (Slack allows 3 s), a replay dropped, then the command runs.
  bolt.command(SLASH_COMMAND, ackFirst(deps, aiProcurementCommand(deps)));
}

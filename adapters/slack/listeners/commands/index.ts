import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { aiProcurementCommand } from './ai-procurement.ts';
import { submitCommand } from '../../submit.ts';

/** The slash command declared in manifest.json. */
export const SLASH_COMMAND = '/ai-procurement';

export function register(bolt: BoltApp, deps: SlackDeps): void {
  // Queued and acknowledged at once (Slack allows 3 s), a replay dropped; a worker runs it.
  bolt.command(SLASH_COMMAND, submitCommand(deps, aiProcurementCommand(deps)));
}

import type { App as BoltApp } from '@slack/bolt';
import type { SlackDeps } from '../../deps.ts';
import { aiProcurementCommand } from './ai-procurement.ts';

/** The slash command declared in manifest.json. */
export const SLASH_COMMAND = '/ai-procurement';

export function register(bolt: BoltApp, deps: SlackDeps): void {
  bolt.command(SLASH_COMMAND, aiProcurementCommand(deps));
}

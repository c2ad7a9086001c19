import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';
import { claimFirst, type EventDeduper } from './deduper.ts';

/** How long the retry check may hold an ack back (Slack allows three seconds in all; a healthy store takes a few ms). */
const CLAIM_BUDGET_MS = 500;

/**
 * The key that identifies one slash command, button press or modal submission: Slack gives each interaction its own
 * trigger_id, and a replayed request carries the same one. Undefined for events (their listeners claim event_id).
 */
export function interactionKey(body: unknown): string | undefined {
  const b = body as { command?: unknown; type?: unknown; trigger_id?: unknown };
  if (typeof b.trigger_id !== 'string') return undefined;
  if (typeof b.command === 'string') return `command:${b.trigger_id}`;
  if (b.type === 'block_actions' || b.type === 'view_submission') return `${b.type}:${b.trigger_id}`;
  return undefined;
}

/**
 * Global middleware: a slash command or interaction already handled (the same trigger_id, through the same durable
 * store the events use) is acknowledged and dropped, so a replayed `/ai-procurement decide` does not start a run.
 */
export function dedupeInteractions(deduper: EventDeduper, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const key = interactionKey(args.body);
    if (!key || !('ack' in args) || typeof args.ack !== 'function') {
      await args.next();
      return;
    }
    const team = args.context.teamId ?? '';
    if (await claimFirst(deduper, team, key, logger, CLAIM_BUDGET_MS)) {
      await args.next();
      return;
    }
    logger.info({ team, kind: key.slice(0, key.indexOf(':')) }, 'slack replay of a handled interaction ignored');
    await (args.ack as () => Promise<void>)();
  };
}

import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';
import { afterAck } from './after-ack.ts';
import { claimFirst, type EventDeduper } from './deduper.ts';
import type { SlackDeps } from './deps.ts';

/** How long the retry check may hold a modal's ack back (Slack allows three seconds in all; a healthy store takes ms). */
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

interface AckedArgs {
  ack: (response?: never) => Promise<void>;
  body: unknown;
  context: { teamId?: string };
}

/**
 * For listeners that always answer Slack with an empty ack (the slash command, every button): acks at once and lets
 * the ack leave, then drops a replay (the same trigger_id, claimed in the same durable store the events use) before
 * the listener runs. The claim comes after the ack, so it never slows the answer Slack is waiting for.
 */
export function ackFirst<A extends AckedArgs>(deps: Pick<SlackDeps, 'deduper' | 'logger'>, listener: (args: A) => Promise<void>): (args: A) => Promise<void> {
  return async (args) => {
    await args.ack();
    await afterAck();
    const key = interactionKey(args.body);
    const team = args.context.teamId ?? '';
    if (key && !(await claimFirst(deps.deduper, team, key, deps.logger))) {
      deps.logger.info({ team, kind: key.slice(0, key.indexOf(':')) }, 'slack replay of a handled interaction ignored');
      return;
    }
    await listener(args);
  };
}

/**
 * Global middleware for modal submissions, whose ack carries the outcome and so cannot come first: a submission
 * already handled (its trigger_id claimed) is acknowledged empty and dropped, within a short budget.
 */
export function dedupeSubmissions(deduper: EventDeduper, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { type?: unknown };
    const key = body.type === 'view_submission' ? interactionKey(body) : undefined;
    const team = args.context.teamId ?? '';
    if (!key || !('ack' in args) || (await claimFirst(deduper, team, key, logger, CLAIM_BUDGET_MS))) {
      await args.next();
      return;
    }
    logger.info({ team, kind: 'view_submission' }, 'slack replay of a handled interaction ignored');
    await (args.ack as () => Promise<void>)();
  };
}

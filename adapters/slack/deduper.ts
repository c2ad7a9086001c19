import type { Logger } from '../../bot/logger.ts';

/**
 * Slack retries an event (X-Slack-Retry-Num) when it thinks we did not ack in time; a retry of an event we
 * already took must never be answered twice. `claim` returns true exactly once per (team, event id).
 */
export interface EventDeduper {
  claim(team: string, eventKey: string): Promise<boolean>;
}

/**
 * Claims a delivery, answering "first" when the store cannot say: a possible duplicate answer is better than
 * silence. `budgetMs` bounds the wait where Slack is waiting for an ack (the store's own timeout bounds the rest).
 */
export async function claimFirst(deduper: EventDeduper, team: string, key: string, logger: Logger, budgetMs?: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    if (budgetMs !== undefined) timer = setTimeout(() => resolve('late'), budgetMs);
  });
  try {
    const first = await Promise.race([deduper.claim(team, key), late]);
    if (first === 'late') {
      logger.warn({ team, budgetMs }, 'slack retry check took too long; handling the request anyway');
      return true;
    }
    return first;
  } catch (err) {
    logger.warn({ team, code: (err as { code?: unknown })?.code }, 'slack retry check failed; handling the request anyway');
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/** The durable form: the Store's claimEvent, so a retry that arrives after a restart is still recognised. */
export interface EventClaimStore {
  claimEvent(platform: string, tenant: string, eventKey: string): Promise<boolean>;
}

export function storeDeduper(store: EventClaimStore): EventDeduper {
  return { claim: (team, key) => store.claimEvent('slack', team, key) };
}

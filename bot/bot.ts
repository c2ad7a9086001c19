import type { Reply, Turn, TurnOptions } from './turn.ts';
import type { Logger } from './logger.ts';
import { dispatch, routeTurn, type RouterDeps } from './router.ts';
import { asAppError, detailText, errorReply } from './errors.ts';
import { isTooLong, tidyTurn, tooLongReply, typedLength } from './input-limits.ts';

/** The platform-neutral bot every adapter drives. */
export interface Bot {
  /** Answers one turn. Never throws: a failure becomes an error Reply the user can act on. */
  handle(turn: Turn, options?: TurnOptions): Promise<Reply>;
  /** Waits for in-flight turns, then releases the services. */
  close(): Promise<void>;
}

export interface BotOptions extends RouterDeps {
  logger: Logger;
  /** Extra clean-up on close (the store, model clients). */
  onClose?: () => Promise<void>;
}

export function createBot(options: BotOptions): Bot {
  const { logger } = options;
  const inFlight = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  async function run(sent: Turn, turnOptions?: TurnOptions): Promise<Reply> {
    const length = typedLength(sent);
    if (isTooLong(length)) {
      logger.info({ platform: sent.platform, tenant: sent.tenant, length }, 'turn refused: text too long');
      return tooLongReply(length);
    }
    const turn = tidyTurn(sent);
    const route = routeTurn(turn);
    // Log where a turn went, never what it said.
    logger.debug({ platform: turn.platform, tenant: turn.tenant, route: route.to }, 'turn');
    try {
      return await dispatch(turn, route, options, turnOptions);
    } catch (err) {
      const e = asAppError(err);
      // A coded error's detail may quote what the user typed (a vendor name): only its code is logged.
      if (e.code === 'internal') logger.error({ err, code: e.code, platform: turn.platform, route: route.to }, 'turn failed');
      else logger.warn({ code: e.code, detailLength: detailText(e).length, platform: turn.platform, route: route.to }, 'turn failed');
      return errorReply(e);
    }
  }

  return {
    handle(turn, turnOptions) {
      const p = run(turn, turnOptions);
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
      return p;
    },
    close() {
      closing ??= (async () => {
        await Promise.allSettled([...inFlight]);
        await options.onClose?.();
      })();
      return closing;
    },
  };
}

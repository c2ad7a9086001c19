import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';

/**
 * Bolt's logger interface over our pino logger, so Bolt's own messages (signature failures, retries, socket
 * reconnects) land in the same JSON log with the same secret redaction. Bolt's debug output includes request
 * bodies, so it is demoted to trace: user text stays out of a debug log.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.trace(line(msg)),
    info: (...msg: unknown[]) => child.info(line(msg)),
    warn: (...msg: unknown[]) => child.warn(line(msg)),
    error: (...msg: unknown[]) => child.error(line(msg)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';

/**
 * Bolt's logger interface over our pino logger, so Bolt's own messages (signature failures, retries, socket
 * reconnects) land in the same JSON log with the same secret redaction. Bolt's debug output includes request
 * bodies, so it is demoted to trace: user text stays out of a debug log.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  // Bolt's lines can embed a payload; the logger bounds every field, and the line is cut before it is even built up.
  const line = (msg: unknown[]) => msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m) ?? String(m))).join(' ').slice(0, 1_000);
  // Format only what will be written: Bolt and the Web API client log whole payloads at debug on every call.
  const at = (lvl: 'trace' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    if (child.isLevelEnabled(lvl)) child[lvl](line(msg));
  };
  return {
    debug: at('trace'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    // Bolt asks for the level to decide whether to build debug strings at all; pino's level is the truth.
    setLevel: () => undefined,
    getLevel: () => (child.isLevelEnabled('trace') ? LogLevel.DEBUG : child.isLevelEnabled('info') ? LogLevel.INFO : child.isLevelEnabled('warn') ? LogLevel.WARN : LogLevel.ERROR),
    setName: () => undefined,
  };
}

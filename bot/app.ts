import type { Config } from './config/index.ts';
import type { Logger } from './logger.ts';
import { createBot, type Bot } from './bot.ts';

/** Everything a transport needs: the bot, plus the shared services it was built from. */
export interface App {
  config: Config;
  logger: Logger;
  bot: Bot;
  /** Releases the bot and every service (waits for in-flight turns first). */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  logger: Logger;
}

/**
 * The composition root of the core: builds the services from the Config and wires them into one Bot.
 * Transports (console, Slack, Teams, HTTP) receive the App and never build services themselves.
 */
export async function createApp(config: Config, options: CreateAppOptions): Promise<App> {
  const { logger } = options;
  const bot = createBot({ logger });
  return {
    config,
    logger,
    bot,
    close: () => bot.close(),
  };
}

import { loadConfig, secretValues, type Config } from '../../../bot/config/index.ts';
import { createLogger, type Logger } from '../../../bot/logger.ts';
import type { CliIO } from '../io.ts';

/** Config and a stderr logger for a CLI command (stdout stays for the command's own output). */
export function cliContext(io: CliIO): { config: Config; logger: Logger } {
  const config = loadConfig(io.env, io.cwd);
  const logger = createLogger({ level: config.logLevel ?? 'warn', secrets: secretValues(config), destination: io.stderr });
  return { config, logger };
}

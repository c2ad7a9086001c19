import { parseCli } from './cli/parse.ts';
import { runCli } from './cli/run.ts';
import { USAGE } from './cli/usage.ts';
import { ConfigError, loadConfig } from '../bot/config/index.ts';
import { readEnvironment } from '../bot/config/env.ts';
import { ErrorCode, ExitCode, detailText, isAppError, userMessage } from '../bot/errors.ts';

/** The process entry: `ai-procurement <command>`. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const parsed = parseCli(argv);
  const cwd = process.cwd();
  const env = readEnvironment(cwd);
  if (parsed.ok && parsed.command === 'start') {
    let config;
    try {
      config = loadConfig(env, cwd);
    } catch (err) {
      if (err instanceof ConfigError) {
        process.stderr.write(`${err.message}\n`);
        return ExitCode.Usage;
      }
      throw err;
    }
    const { start } = await import('./start.ts');
    try {
      return await start(config, { stdin: process.stdin, stdout: process.stdout, cwd });
    } catch (err) {
      // An operator reads this: what went wrong and what to change, not a stack (unless the error is unexpected).
      process.stderr.write(`ai-procurement could not start: ${isAppError(err) && err.detail ? detailText(err) : userMessage(err)}\n`);
      if (!isAppError(err)) process.stderr.write(`${(err as Error)?.stack ?? String(err)}\n`);
      return isAppError(err) && err.code === ErrorCode.ConfigInvalid ? ExitCode.Usage : ExitCode.Failure;
    }
  }
  if (!parsed.ok && argv.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return ExitCode.Usage;
  }
  return runCli(parsed, { stdout: process.stdout, stderr: process.stderr, cwd, env });
}

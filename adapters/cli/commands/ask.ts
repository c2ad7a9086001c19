import type { CliIO } from '../io.ts';
import { writeJson, writeLine } from '../io.ts';
import { cliContext } from './app-for-cli.ts';
import { createApp } from '../../app.ts';
import { AppError, ErrorCode, ExitCode } from '../../../bot/errors.ts';
import { COMMAND_NAME } from '../../../bot/router.ts';
import type { Reply } from '../../../bot/turn.ts';
import { stripMarks } from '../../../workflows/inert/index.ts';

/**
 * The `ask --json` object: exactly the documented fields (provider only when a model wrote the answer). JSON is
 * data, not a chat message: the answer is given as written, and whoever displays it makes it inert.
 */
export function askJson(reply: Reply) {
  return {
    answered: reply.kind === 'answer',
    answer: stripMarks(reply.text),
    citations: reply.citations ?? [],
    confidence: reply.confidence ?? 0,
    mode: reply.mode ?? 'extractive',
    unknown: reply.unknown ?? [],
    ...(reply.mode === 'model' && reply.provider ? { provider: reply.provider } : {}),
    ...(reply.notes?.length ? { notes: reply.notes } : {}),
    ...(reply.recommendation ? { recommendation: reply.recommendation } : {}),
  };
}

/** `ask "<question>" [--json]`: one answer through the same bot every platform uses. */
export async function runAsk(parsed: { question: string; json: boolean }, io: CliIO): Promise<number> {
  const { config, logger } = cliContext(io);
  const app = await createApp(config, { logger, cwd: io.cwd });
  try {
    const reply = await app.bot.handle({
      platform: 'cli',
      tenant: 'local',
      channel: 'cli',
      user: { id: 'cli' },
      input: { kind: 'command', command: COMMAND_NAME, args: ['ask', parsed.question] },
    });
    if (reply.kind === 'error') throw new AppError(ErrorCode.Internal, reply.text);
    if (parsed.json) {
      writeJson(io, askJson(reply));
    } else {
      const { renderReply } = await import('../../../bot/render-text.ts');
      writeLine(io.stdout, renderReply(reply));
    }
    return ExitCode.Ok;
  } finally {
    await app.close();
  }
}

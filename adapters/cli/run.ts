import type { CliIO } from './io.ts';
import { writeLine } from './io.ts';
import type { ParsedCli } from './parse.ts';
import { USAGE } from './usage.ts';
import { AppError, ErrorCode, ExitCode, isAppError, userMessage } from '../../bot/errors.ts';
import { ConfigError } from '../../bot/config/index.ts';
import { terminalText } from '../../bot/render-text.ts';

/**
 * Runs one parsed CLI command (every command but `start`, which needs the transports) and returns its exit code.
 * Each command's module is loaded when it runs: `ask` starts without the exporters, the PDF reader or the queue.
 */
export async function runCli(parsed: ParsedCli, io: CliIO): Promise<number> {
  if (!parsed.ok) {
    writeLine(io.stderr, `ai-procurement: ${parsed.error}\n\n${USAGE}`);
    return ExitCode.Usage;
  }
  try {
    switch (parsed.command) {
      case 'help':
        writeLine(io.stdout, USAGE);
        return ExitCode.Ok;
      case 'start':
        throw new AppError(ErrorCode.Internal, 'start is run by adapters/main.ts');
      case 'ask':
        return await (await import('./commands/ask.ts')).runAsk(parsed, io);
      case 'decide':
        return await (await import('./commands/decide.ts')).runDecide(parsed, io);
      case 'checklist-questions':
        return await (await import('./commands/checklist.ts')).runChecklistQuestions(parsed, io);
      case 'checklist-export':
        return await (await import('./commands/checklist.ts')).runChecklistExport(parsed, io);
      case 'checklist-questionnaire':
        return await (await import('./commands/questionnaire.ts')).runQuestionnaire(parsed, io);
      case 'checklist-assess':
        return await (await import('./commands/questionnaire.ts')).runAssess(parsed, io);
      case 'checklist-assess-eval':
        return await (await import('./commands/questionnaire.ts')).runAssessEval(parsed, io);
      case 'kb':
        return await (await import('./commands/kb.ts')).runKb(parsed, io);
      case 'kb-eval-situations':
        return (await import('./commands/eval-situations.ts')).runEvalSituations(parsed, io);
      case 'jobs':
        return await (await import('./commands/jobs.ts')).runJobs(parsed, io);
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      writeLine(io.stderr, err.message);
      return ExitCode.Usage;
    }
    writeLine(io.stderr, `ai-procurement: ${terminalText(userMessage(err))}`);
    if (!isAppError(err)) writeLine(io.stderr, String((err as Error)?.stack ?? err));
    return isAppError(err) && err.code === ErrorCode.InvalidInput ? ExitCode.Usage : ExitCode.Failure;
  }
}

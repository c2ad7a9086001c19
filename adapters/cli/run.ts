import type { CliIO } from './io.ts';
import { writeLine } from './io.ts';
import type { ParsedCli } from './parse.ts';
import { USAGE } from './usage.ts';
import { AppError, ErrorCode, ExitCode, isAppError, userMessage } from '../../bot/errors.ts';
import { ConfigError } from '../../bot/config/index.ts';
import { terminalText } from '../../bot/render-text.ts';
import { runAsk } from './commands/ask.ts';
import { runDecide } from './commands/decide.ts';
import { runChecklistExport, runChecklistQuestions } from './commands/checklist.ts';
import { runAssess, runAssessEval, runQuestionnaire } from './commands/questionnaire.ts';
import { runKb } from './commands/kb.ts';
import { runEvalSituations } from './commands/eval-situations.ts';
import { runJobs } from './commands/jobs.ts';

/** Runs one parsed CLI command (every command but `start`, which needs the transports) and returns its exit code. */
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
        return await runAsk(parsed, io);
      case 'decide':
        return await runDecide(parsed, io);
      case 'checklist-questions':
        return await runChecklistQuestions(parsed, io);
      case 'checklist-export':
        return await runChecklistExport(parsed, io);
      case 'checklist-questionnaire':
        return await runQuestionnaire(parsed, io);
      case 'checklist-assess':
        return await runAssess(parsed, io);
      case 'checklist-assess-eval':
        return await runAssessEval(parsed, io);
      case 'kb':
        return await runKb(parsed, io);
      case 'kb-eval-situations':
        return runEvalSituations(parsed, io);
      case 'jobs':
        return await runJobs(parsed, io);
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

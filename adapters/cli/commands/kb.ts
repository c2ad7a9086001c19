import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliIO } from '../io.ts';
import { writeLine } from '../io.ts';
import { cliContext } from './app-for-cli.ts';
import type { KbAction } from '../parse.ts';
import type { Config } from '../../../bot/config/index.ts';
import { createStore } from '../../storage/store.ts';
import { AppError, ErrorCode, ExitCode } from '../../../bot/errors.ts';
import { createConfiguredKnowledgeBase } from '../../knowledge-base.ts';
import { formatBuildReport, formatBuildReportJson } from '../../../knowledge/retrieval/format-build.ts';
import { formatLintReport, formatLintReportJson } from '../../../knowledge/lint.ts';
import { formatEvalReport, formatEvalReportJson } from '../../../knowledge/eval/format-eval.ts';

/** The development questions live in the read-only shared folder beside the repository. */
export const DEV_QUESTIONS_FILE = fileURLToPath(new URL('../../../../shared/eval/dev-questions.jsonl', import.meta.url));

/** `kb gaps`: what the knowledge owners should write next, from the store's unanswered log. */
async function runGaps(config: Config, json: boolean, io: CliIO): Promise<number> {
  const store = await createStore(config.databaseUrl, { cwd: io.cwd, timeoutMs: config.databaseTimeoutMs });
  try {
    const gaps = await store.knowledgeGaps(50);
    if (json) writeLine(io.stdout, JSON.stringify(gaps, null, 2));
    else if (!gaps.length) writeLine(io.stdout, 'No unanswered questions logged yet.');
    else writeLine(io.stdout, ['asked  workspaces  last asked   question', ...gaps.map((g) => `${String(g.count).padStart(5)}  ${String(g.workspaces).padStart(10)}  ${g.lastAt.slice(0, 10)}   ${g.question}`)].join('\n'));
    return ExitCode.Ok;
  } finally {
    await store.close();
  }
}

/** `kb build | lint | eval | gaps [--json]`. lint exits 1 on any error; warnings (review dates due) are printed only. */
export async function runKb(parsed: { action: KbAction; json: boolean }, io: CliIO): Promise<number> {
  const { config, logger } = cliContext(io);
  if (parsed.action === 'gaps') return runGaps(config, parsed.json, io);
  const kb = createConfiguredKnowledgeBase({ dataDir: config.dataDir, logger, embeddings: config.embeddings, secrets: config.secrets });
  switch (parsed.action) {
    case 'build': {
      const report = await kb.build();
      writeLine(io.stdout, parsed.json ? formatBuildReportJson(report) : formatBuildReport(report));
      return ExitCode.Ok;
    }
    case 'lint': {
      const report = await kb.lint();
      writeLine(io.stdout, parsed.json ? formatLintReportJson(report) : formatLintReport(report));
      return report.ok ? ExitCode.Ok : ExitCode.Failure;
    }
    case 'eval': {
      if (!existsSync(DEV_QUESTIONS_FILE)) {
        throw new AppError(ErrorCode.NotFound, `the development questions (${DEV_QUESTIONS_FILE}); kb eval needs the shared/ folder beside the repository`);
      }
      const report = await kb.eval({ questionsFile: DEV_QUESTIONS_FILE });
      writeLine(io.stdout, parsed.json ? formatEvalReportJson(report) : formatEvalReport(report));
      return ExitCode.Ok;
    }
  }
}

import type { CliIO } from '../io.ts';
import { writeLine } from '../io.ts';
import { cliContext } from './app-for-cli.ts';
import type { KbAction } from '../parse.ts';
import type { Config } from '../../../bot/config/index.ts';
import { createStore } from '../../storage/store.ts';
import { ExitCode } from '../../../bot/errors.ts';
import { createConfiguredKnowledgeBase } from '../../knowledge-base.ts';
import { formatBuildReport, formatBuildReportJson } from '../../../knowledge/retrieval/format-build.ts';
import { formatLintReport, formatLintReportJson } from '../../../knowledge/lint.ts';
import type { KnowledgeBase } from '../../../bot/answer/knowledge-base.ts';
import { evalSetsFor, type EvalSetChoice } from '../../../knowledge/eval/sets.ts';

/**
 * `kb gaps`: what the knowledge owners should write next, from the store's unanswered log. The store redacts
 * personal data on write and again on read (rows from before redaction existed), so nothing typed is printed raw.
 */
async function runGaps(config: Config, json: boolean, io: CliIO): Promise<number> {
  const store = await createStore(config.databaseUrl, { cwd: io.cwd, unansweredRetentionDays: config.unansweredLog.retentionDays, timeoutMs: config.databaseTimeoutMs });
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

/**
 * `kb eval`: each chosen set's questions asked as `ask --json` would (the no-model path, nothing logged as a gap),
 * graded against their labels, then the retrieval table over the same set.
 */
async function runEvalSets(kb: KnowledgeBase, choice: EvalSetChoice, json: boolean, context: boolean, io: CliIO): Promise<number> {
  const [{ evaluateSets, formatSetReports, formatSetReportsJson }, { askJson }, { situatedAnswer }, { DEFAULT_THRESHOLD }, { situationReply }] = await Promise.all([
    import('../../../knowledge/eval/evaluate-sets.ts'),
    import('./ask.ts'),
    import('../../../bot/router.ts'),
    import('../../../bot/answer/extractive.ts'),
    import('../../../bot/situation/situation-reply.ts'),
  ]);
  const answerer = await kb.answerer();
  const [{ loadCards }, { claimIndex }, { loadContextTemplates }] = await Promise.all([import('../../../knowledge/load-cards.ts'), import('../../../knowledge/eval/citation-support.ts'), import('../../../knowledge/eval/context-invariance.ts')]);
  const claims = claimIndex((await loadCards(kb.cardsDir)).cards);
  const reports = await evaluateSets(evalSetsFor(choice), {
    claims,
    ...(context ? { contexts: await loadContextTemplates() } : {}),
    // As the router does: a described situation that asks what to do gets the recommendation, anything else the answer.
    ask: async (question, thread) => {
      const situated = await situationReply(question);
      const history = thread?.map((text) => ({ role: 'user' as const, text }));
      return askJson(situatedAnswer(question, situated, await answerer.answer({ question, ...(history ? { history } : {}) })));
    },
    retrieval: (questionsFile) => kb.eval({ questionsFile }),
    currentThreshold: DEFAULT_THRESHOLD,
  });
  writeLine(io.stdout, json ? formatSetReportsJson(reports) : formatSetReports(reports));
  return ExitCode.Ok;
}

/** `kb build | lint | eval | gaps [--json]`. lint exits 1 on any error; warnings (review dates due) are printed only. */
export async function runKb(parsed: { action: KbAction; json: boolean; set?: EvalSetChoice; context?: true }, io: CliIO): Promise<number> {
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
    case 'eval':
      return runEvalSets(kb, parsed.set ?? 'all', parsed.json, parsed.context === true, io);
  }
}

import type { CliIO } from '../io.ts';
import { writeLine } from '../io.ts';
import type { JobsAction } from '../parse.ts';
import { ExitCode } from '../../../bot/errors.ts';
import { NO_METRICS } from '../../../bot/metrics.ts';
import type { JobInfo } from '../../../bot/jobs.ts';
import { createStore } from '../../storage/store.ts';
import { createJobQueue } from '../../queue/index.ts';
import { cliContext } from './app-for-cli.ts';

function table(jobs: JobInfo[]): string {
  const rows = jobs.map((j) => `${j.id}  ${j.kind.padEnd(14)}  ${j.state.padEnd(6)}  ${String(j.attempts).padStart(8)}  ${j.createdAt.slice(0, 19)}  ${j.error ?? ''}`);
  return [`${'id'.padEnd(36)}  ${'kind'.padEnd(14)}  state   attempts  created              last error`, ...rows].join('\n');
}

/**
 * `jobs list | failed | retry ID`: the operator's view of the durable queue (pg-boss on PostgreSQL, the store's
 * table on SQLite). Never a job's data: it holds what users typed.
 */
export async function runJobs(parsed: { action: JobsAction; id?: string; json: boolean }, io: CliIO): Promise<number> {
  const { config, logger } = cliContext(io);
  const store = await createStore(config.databaseUrl, { cwd: io.cwd, unansweredRetentionDays: config.unansweredLog.retentionDays, timeoutMs: config.databaseTimeoutMs });
  try {
    const queue = await createJobQueue({ databaseUrl: config.databaseUrl, store, logger, metrics: NO_METRICS, leaseSeconds: config.jobs.leaseSeconds, timeoutMs: config.databaseTimeoutMs, cwd: io.cwd });
    try {
      if (parsed.action === 'retry') {
        const id = parsed.id ?? '';
        const ok = await queue.retry(id);
        if (parsed.json) writeLine(io.stdout, JSON.stringify({ id, queued: ok }));
        else writeLine(ok ? io.stdout : io.stderr, ok ? `Job ${id} is queued again for one more attempt.` : `No dead job has the id ${id} (see \`ai-procurement jobs failed\`).`);
        return ok ? ExitCode.Ok : ExitCode.Failure;
      }
      const jobs = await queue.list(parsed.action === 'failed' ? { state: 'dead', limit: 100 } : { limit: 50 });
      if (parsed.json) writeLine(io.stdout, JSON.stringify(jobs, null, 2));
      else if (!jobs.length) writeLine(io.stdout, parsed.action === 'failed' ? 'No dead jobs.' : 'No jobs.');
      else writeLine(io.stdout, table(jobs));
      return ExitCode.Ok;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

import type { JobQueue } from '../../bot/jobs.ts';
import type { Logger } from '../../bot/logger.ts';
import type { BotMetrics } from '../../bot/metrics.ts';
import type { Store } from '../../workflows/store.ts';
import { parseDatabaseUrl } from '../storage/database-url.ts';
import { createStoreQueue } from './store-queue.ts';

export interface CreateJobQueueOptions {
  databaseUrl: string;
  store: Store;
  logger: Logger;
  metrics: Pick<BotMetrics, 'jobFailed' | 'jobDeadLettered'>;
  leaseSeconds: number;
  /** DATABASE_TIMEOUT_MS. */
  timeoutMs: number;
  /** The store's PostgreSQL schema when the caller chose one (tests); pg-boss then works beside it. */
  schema?: string;
  cwd?: string;
}

/**
 * pg-boss's schema: `pgboss`, or `<schema>_pgboss` when DATABASE_URL's search_path (or the caller) names a schema,
 * so deployments or test runs that share one server keep their queues apart as they keep their stores apart.
 */
export function pgBossSchemaFor(databaseUrl: string, schema?: string): string {
  let base = schema;
  if (!base) {
    const options = new URL(databaseUrl).searchParams.get('options') ?? '';
    base = /search_path=([a-z_][a-z0-9_]*)/i.exec(options)?.[1];
  }
  return base ? `${base.toLowerCase()}_pgboss` : 'pgboss';
}

/** The durable queue for the configured database: pg-boss on PostgreSQL (loaded only there), else the store's table. */
export async function createJobQueue(options: CreateJobQueueOptions): Promise<JobQueue> {
  const target = parseDatabaseUrl(options.databaseUrl, options.cwd);
  const common = { logger: options.logger.child({ component: 'jobs' }), metrics: options.metrics, leaseSeconds: options.leaseSeconds };
  if (target.kind === 'postgres') {
    const { createPgBossQueue } = await import('./pg-boss-queue.ts');
    return createPgBossQueue({ ...common, timeoutMs: options.timeoutMs, connectionString: target.url, schema: pgBossSchemaFor(target.url, options.schema) });
  }
  return createStoreQueue({ ...common, store: options.store });
}

import type { Config } from '../bot/config/index.ts';
import type { Logger } from '../bot/logger.ts';
import type { Store } from '../workflows/store.ts';
import { assembleApp, type App } from '../bot/app.ts';
import { NO_METRICS } from '../bot/metrics.ts';
import { createStore } from './storage/store.ts';
import { createConfiguredKnowledgeBase } from './knowledge-base.ts';

export type { App } from '../bot/app.ts';

export interface CreateAppOptions {
  logger: Logger;
  /** Base directory for relative sqlite:// URLs (default: the working directory). */
  cwd?: string;
  /** A store opened by the caller (tests share one); otherwise DATABASE_URL is opened and closed with the app. */
  store?: Store;
  /** Word-vector cache directory (default `<dataDir>/cache`); tests share one per machine. */
  wordVectorCacheDir?: string;
  /** Knowledge cards the answers come from (default knowledge/cards); tests answer from fixture cards. */
  cardsDir?: string;
  /**
   * Open the durable job queue (servers: Slack and Teams queue work before acknowledging). `schema` is the store's
   * PostgreSQL schema when a test chose one.
   */
  jobs?: { schema?: string };
}

/**
 * The composition root: chooses the storage and model vendors the Config names and hands them to the core.
 * Everything that picks a vendor lives here, in adapters/; bot/ receives the parts through its own interfaces.
 */
export async function createApp(config: Config, options: CreateAppOptions): Promise<App> {
  const { logger } = options;
  const store = options.store ?? (await createStore(config.databaseUrl, { cwd: options.cwd, unansweredRetentionDays: config.unansweredLog.retentionDays, timeoutMs: config.databaseTimeoutMs }));
  const knowledge = createConfiguredKnowledgeBase({
    dataDir: config.dataDir,
    logger,
    embeddings: config.embeddings,
    secrets: config.secrets,
    cacheDir: options.wordVectorCacheDir,
    ...(options.cardsDir ? { cardsDir: options.cardsDir } : {}),
  });
  const modelsConfigured = config.model.provider !== 'none' || config.sensitive.model.provider !== 'none';
  // prom-client is loaded only when /metrics is switched on.
  const prometheus = config.metrics.enabled ? (await import('./metrics/prometheus.ts')).createPrometheusMetrics() : undefined;
  const app = assembleApp(config, {
    logger,
    store,
    closeStore: !options.store,
    knowledge,
    // Vendor SDKs are loaded only when a model is configured: the default path stays light and starts fast.
    chatModels: modelsConfigured ? async () => (await import('./models/index.ts')).createChatModels(config) : undefined,
    ...(prometheus ? { metrics: prometheus.metrics } : {}),
  });
  if (prometheus) app.scrapeMetrics = prometheus.scrape;
  if (options.jobs) {
    const { createJobQueue } = await import('./queue/index.ts');
    const jobs = await createJobQueue({
      databaseUrl: config.databaseUrl, store: app.store, logger, metrics: prometheus?.metrics ?? NO_METRICS,
      leaseSeconds: config.jobs.leaseSeconds, timeoutMs: config.databaseTimeoutMs, schema: options.jobs.schema, cwd: options.cwd,
    });
    prometheus?.observeQueue(() => jobs.counts());
    const closeApp = app.close;
    app.jobs = jobs;
    // The queue's own pool closes before the store (its workers have been drained by then).
    app.close = async () => {
      await jobs.close().catch((err: unknown) => logger.warn({ err }, 'job queue did not close cleanly'));
      await closeApp();
    };
  }
  return app;
}

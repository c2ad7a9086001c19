import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BotMetrics, MetricsScrape } from '../../bot/metrics.ts';

/** The bot's metrics in a registry of their own (never prom-client's global one), with the scrape that reads them. */
export interface PrometheusMetrics {
  metrics: BotMetrics;
  registry: Registry;
  /** Reports the shared queue's depth (every replica's jobs) at each scrape. */
  observeQueue(counts: () => Promise<Record<'queued' | 'active' | 'dead', number>>): void;
  scrape(): Promise<MetricsScrape>;
}

/**
 * Answer latency, answers, refusals, model fallbacks, rate-limited questions, store failures, job failures, dead
 * letters and the queue's depth, plus Node's process
 * metrics. Labels are small closed sets (outcome, mode, reason, limit, job kind, state): never a workspace, user or question, so the
 * series count stays bounded and nothing personal leaves through a scrape.
 */
export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'aip_' });
  const latency = new Histogram({
    name: 'aip_answer_duration_seconds',
    help: 'Time from a question reaching the answerer to its answer or refusal',
    labelNames: ['outcome', 'mode'] as const,
    // Extractive answers take milliseconds, a model's seconds: buckets span both.
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 40],
    registers: [registry],
  });
  const answers = new Counter({ name: 'aip_answers_total', help: 'Questions answered with a grounded answer', labelNames: ['mode'] as const, registers: [registry] });
  const refusals = new Counter({ name: 'aip_refusals_total', help: 'Questions with no grounded answer (declined politely)', labelNames: ['mode'] as const, registers: [registry] });
  const fallbacks = new Counter({ name: 'aip_model_fallbacks_total', help: 'Model answers replaced by the extractive answer', labelNames: ['reason'] as const, registers: [registry] });
  const limited = new Counter({ name: 'aip_rate_limited_questions_total', help: 'Questions refused by a rate limit', labelNames: ['limit'] as const, registers: [registry] });
  const storeFailures = new Counter({ name: 'aip_store_failures_total', help: 'Store calls that failed with store_unavailable', registers: [registry] });
  const jobFailures = new Counter({ name: 'aip_job_failures_total', help: 'Runs of queued jobs that failed (retried, or dead-lettered after the last attempt)', labelNames: ['kind'] as const, registers: [registry] });
  const deadLetters = new Counter({ name: 'aip_jobs_dead_lettered_total', help: 'Jobs that ran out of attempts on this replica', labelNames: ['kind'] as const, registers: [registry] });
  let queueCounts: (() => Promise<Record<'queued' | 'active' | 'dead', number>>) | undefined;
  new Gauge({
    name: 'aip_queue_jobs',
    help: 'Jobs in the shared queue by state (queued: waiting or waiting to retry; dead: dead letters)',
    labelNames: ['state'] as const,
    registers: [registry],
    async collect() {
      if (!queueCounts) return;
      // A scrape while the database is away reports no queue figures rather than failing the whole scrape.
      const counts = await queueCounts().catch(() => undefined);
      if (counts) for (const [state, n] of Object.entries(counts)) this.labels(state).set(n);
    },
  });
  // Zero series exist from the start, so a dashboard shows 0 rather than "no data" before the first event.
  for (const mode of ['extractive', 'model']) {
    answers.labels(mode).inc(0);
    refusals.labels(mode).inc(0);
  }
  for (const reason of ['model-unavailable', 'unverified']) fallbacks.labels(reason).inc(0);
  for (const limit of ['user-minute', 'workspace-day']) limited.labels(limit).inc(0);

  const metrics: BotMetrics = {
    answer(outcome, mode, seconds) {
      latency.labels(outcome, mode).observe(seconds);
      (outcome === 'answered' ? answers : refusals).labels(mode).inc();
    },
    modelFallback: (reason) => fallbacks.labels(reason).inc(),
    questionLimited: (limit) => limited.labels(limit).inc(),
    storeFailure: () => storeFailures.inc(),
    jobFailed: (kind) => jobFailures.labels(kind).inc(),
    jobDeadLettered: (kind) => deadLetters.labels(kind).inc(),
  };
  const observeQueue = (counts: () => Promise<Record<'queued' | 'active' | 'dead', number>>) => void (queueCounts = counts);
  return { metrics, registry, observeQueue, scrape: async () => ({ contentType: registry.contentType, body: await registry.metrics() }) };
}

/**
 * What the core reports for /metrics. The core only counts; adapters/metrics/ turns the counts into Prometheus
 * text (prom-client), so no vendor library reaches bot/. The default records nothing.
 */
export interface BotMetrics {
  /** One question answered (grounded) or refused (no grounded answer: off-topic, too far from the cards), and how long it took. */
  answer(outcome: 'answered' | 'refused', mode: 'extractive' | 'model', seconds: number): void;
  /** The chat model failed or its answer could not be verified, so the extractive answer went out instead. */
  modelFallback(reason: 'model-unavailable' | 'unverified'): void;
  /** A question refused by a rate limit. */
  questionLimited(limit: 'user-minute' | 'workspace-day'): void;
  /** A store call that failed with store_unavailable (database down, timed out, locked). */
  storeFailure(): void;
  /** A queued job's run failed (it is retried, or dead-lettered after its last attempt). */
  jobFailed(kind: string): void;
  /** A job ran out of attempts: it waits in the dead letters for `ai-procurement jobs retry`. */
  jobDeadLettered(kind: string): void;
}

export const NO_METRICS: BotMetrics = {
  answer: () => undefined,
  modelFallback: () => undefined,
  questionLimited: () => undefined,
  storeFailure: () => undefined,
  jobFailed: () => undefined,
  jobDeadLettered: () => undefined,
};

/** A Prometheus exposition, as GET /metrics serves it. */
export interface MetricsScrape {
  contentType: string;
  body: string;
}

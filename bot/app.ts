import type { Config } from './config/index.ts';
import type { Logger } from './logger.ts';
import type { Answerer } from './answer/types.ts';
import type { ChatModel } from './answer/chat-model.ts';
import type { KnowledgeBase } from './answer/knowledge-base.ts';
import type { Store } from '../workflows/store.ts';
import { createBot, type Bot } from './bot.ts';
import { createWorkflowService } from './workflows-service.ts';
import { situationReply } from './situation/situation-reply.ts';
import { watchStore } from './store-health.ts';
import { createQuestionGate } from './question-gate.ts';
import { modelJudge } from './workflows/model-judge.ts';
import type { PassageJudge } from '../workflows/questionnaire/index.ts';
import { NO_METRICS, type BotMetrics, type MetricsScrape } from './metrics.ts';
import type { JobQueue } from './jobs.ts';
import { createAgentHome, type AgentHome } from './agent-home.ts';

/** Everything a transport needs: the bot, plus the shared services it was built from. */
export interface App {
  config: Config;
  logger: Logger;
  bot: Bot;
  /** Workflow runs, checklists, feedback votes, the unanswered log and event de-duplication. */
  store: Store;
  knowledge: KnowledgeBase;
  /** The durable job queue Slack and Teams put work on before acknowledging (servers only; absent for the console and CLI). */
  jobs?: JobQueue;
  /** Suggested prompts and the home overview (Slack's Messages and Home tabs, Teams' suggested actions). */
  home: AgentHome;
  /** Whether this replica can serve: the store answers and the knowledge index is loaded (GET /readyz). */
  readiness(): Promise<{ ready: boolean; checks: Record<string, true | string> }>;
  /** Releases the bot and every service (waits for in-flight turns first). */
  close(): Promise<void>;
  /** GET /metrics, when METRICS_ENABLED: the Prometheus text of this replica's counters. */
  scrapeMetrics?: () => Promise<MetricsScrape>;
}

/** The parts the core is built from; adapters/app.ts chooses them from the Config. */
export interface AppParts {
  logger: Logger;
  store: Store;
  /** Close the store with the app (false when the caller opened it and closes it itself). */
  closeStore: boolean;
  knowledge: KnowledgeBase;
  /** The default and sensitive chat models, when any is configured; loaded on the first question. */
  chatModels?: () => Promise<{ default?: ChatModel; sensitive?: ChatModel }>;
  /** Where answers, refusals, fallbacks, rate-limited questions and store failures are counted (default: nowhere). */
  metrics?: BotMetrics;
}

/** Wires the parts into one Bot: answering (extractive, or grounded generation when a model is set), workflows. */
export function assembleApp(config: Config, given: AppParts): App {
  // The models are built once, for answers and for judging vendor documents alike.
  let models: ReturnType<NonNullable<AppParts['chatModels']>> | undefined;
  const load = given.chatModels;
  const once = () => {
    models ??= load!();
    // A failed load is tried again next time, as the answerer's is.
    models.catch(() => (models = undefined));
    return models;
  };
  const parts: AppParts = load ? { ...given, chatModels: once } : given;
  const { logger, knowledge } = parts;
  const metrics = parts.metrics ?? NO_METRICS;
  // Every user of the store (workflows, the unanswered log, the adapters' retry claims) goes through the watch,
  // so a failure anywhere tells the answer path to say that feedback and history are unavailable.
  const { store, degraded } = watchStore(parts.store, () => metrics.storeFailure());
  // Built on first use, so start-up stays fast and a console `help` never waits for the index.
  let answererP: Promise<Answerer> | undefined;
  const answerer: Answerer = {
    answer: async (request, turnOptions) => {
      answererP ??= buildAnswerer(config, parts, metrics);
      answererP.catch(() => (answererP = undefined));
      const started = performance.now();
      const result = await (await answererP).answer(request, turnOptions);
      metrics.answer(result.answered ? 'answered' : 'refused', result.mode, (performance.now() - started) / 1000);
      return result;
    },
  };

  const bot = createBot({
    logger,
    answerer,
    workflows: createWorkflowService({ store, logger, ...(parts.chatModels ? { judge: documentJudge(config, parts) } : {}) }),
    situation: (question) => situationReply(question),
    storeDegraded: degraded,
    admitQuestion: createQuestionGate({ store, limits: config.questionLimits, logger, onLimited: (limit) => metrics.questionLimited(limit) }),
    onUnanswered: async (turn, question) => {
      try {
        await store.logUnanswered({ platform: turn.platform, tenant: turn.tenant }, { question, channel: turn.channel, user: turn.user.id, at: new Date().toISOString() });
      } catch (err) {
        // Recording a gap must never cost the user the reply; the log keeps the failure, not the question.
        logger.warn({ err, platform: turn.platform }, 'could not log an unanswered question');
      }
    },
    onClose: async () => {
      if (parts.closeStore) await store.close();
    },
  });
  const readiness = async () => {
    const checks: Record<string, true | string> = {};
    checks.store = await store.ping().then(
      () => true as const,
      () => 'unreachable',
    );
    checks.index = knowledge.isLoaded() ? true : 'not loaded';
    return { ready: Object.values(checks).every((c) => c === true), checks };
  };
  const home = createAgentHome({ store, logger, cardsDir: knowledge.cardsDir });
  return { config, logger, bot, store, knowledge, home, readiness, close: () => bot.close() };
}

/**
 * The model that may help judge vendor documents: a self-hosted one only (the sensitive model, else the default when
 * it is self-hosted), since vendor documents are often confidential; with only a closed API configured, the rules
 * alone decide and no document text leaves the building.
 */
function documentJudge(config: Config, parts: AppParts): () => Promise<PassageJudge | undefined> {
  return async () => {
    const m = await parts.chatModels!();
    const model = [m.sensitive, m.default].find((x) => x && !x.closed);
    return model ? modelJudge(model, parts.logger, config.model.timeoutMs) : undefined;
  };
}

/** The extractive answerer, wrapped by the model answerer when a model (default or sensitive) is configured. */
async function buildAnswerer(config: Config, parts: AppParts, metrics: BotMetrics): Promise<Answerer> {
  const extractive = await parts.knowledge.answerer();
  if (!parts.chatModels) return extractive;
  const [models, { createModelAnswerer }] = await Promise.all([parts.chatModels(), import('./answer/model-answerer.ts')]);
  return createModelAnswerer({
    retrieve: (q, k) => parts.knowledge.retrieve(q, k),
    fallback: extractive,
    models,
    sensitiveChannels: config.sensitive.channels,
    logger: parts.logger,
    timeoutMs: config.model.timeoutMs,
    onFallback: (reason) => metrics.modelFallback(reason),
  });
}

import type { Config } from './config/index.ts';
import type { Logger } from './logger.ts';
import type { Answerer } from './answer/types.ts';
import type { Store } from '../workflows/store.ts';
import { createBot, type Bot } from './bot.ts';
import { createKnowledgeBase, type KnowledgeBase } from './answer/knowledge-base.ts';
import { createWorkflowService } from './workflows-service.ts';
import { createStore } from '../adapters/storage/store.ts';

/** Everything a transport needs: the bot, plus the shared services it was built from. */
export interface App {
  config: Config;
  logger: Logger;
  bot: Bot;
  /** Workflow runs, checklists, feedback votes, the unanswered log and event de-duplication. */
  store?: Store;
  knowledge?: KnowledgeBase;
  /** Releases the bot and every service (waits for in-flight turns first). */
  close(): Promise<void>;
}

export interface CreateAppOptions {
  logger: Logger;
  /** Base directory for relative sqlite:// URLs (default: the working directory). */
  cwd?: string;
  /** A store opened by the caller (tests share one); otherwise DATABASE_URL is opened and closed with the app. */
  store?: Store;
  /** Word-vector cache directory (default `<dataDir>/cache`); tests share one per machine. */
  wordVectorCacheDir?: string;
}

/**
 * The composition root: builds every service from the Config and wires them into one Bot. It is the one module
 * of bot/ that reaches into adapters/ (storage and model vendors), because something has to choose them;
 * transports (console, Slack, Teams) receive the App and never build services themselves.
 */
export async function createApp(config: Config, options: CreateAppOptions): Promise<App> {
  const { logger } = options;
  const store = options.store ?? (await createStore(config.databaseUrl, { cwd: options.cwd }));
  const ownsStore = !options.store;

  const knowledge = createKnowledgeBase({
    dataDir: config.dataDir,
    logger,
    embeddings: config.embeddings,
    secrets: config.secrets,
    cacheDir: options.wordVectorCacheDir,
  });
  // Built on first use, so start-up stays fast and a console `help` never waits for the index.
  let answererP: Promise<Answerer> | undefined;
  const answerer: Answerer = {
    answer: async (request, turnOptions) => {
      answererP ??= buildAnswerer(config, knowledge, logger);
      answererP.catch(() => (answererP = undefined));
      return (await answererP).answer(request, turnOptions);
    },
  };

  const workflows = createWorkflowService({ store, logger });
  const bot = createBot({
    logger,
    answerer,
    workflows,
    onUnanswered: async (turn, question) => {
      try {
        await store.logUnanswered({ platform: turn.platform, tenant: turn.tenant }, { question, channel: turn.channel, user: turn.user.id, at: new Date().toISOString() });
      } catch (err) {
        // Recording a gap must never cost the user the reply; the log keeps the failure, not the question.
        logger.warn({ err, platform: turn.platform }, 'could not log an unanswered question');
      }
    },
    onClose: async () => {
      if (ownsStore) await store.close();
    },
  });
  return { config, logger, bot, store, knowledge, close: () => bot.close() };
}

/** The extractive answerer, wrapped by the model answerer when a model (default or sensitive) is configured. */
async function buildAnswerer(config: Config, knowledge: KnowledgeBase, logger: Logger): Promise<Answerer> {
  const extractive = await knowledge.answerer();
  if (config.model.provider === 'none' && config.sensitive.model.provider === 'none') return extractive;
  // Vendor SDKs are loaded only when a model is configured: the default path stays light and starts fast.
  const [{ createChatModels }, { createModelAnswerer }] = await Promise.all([
    import('../adapters/models/index.ts'),
    import('./answer/model-answerer.ts'),
  ]);
  const models = createChatModels(config);
  return createModelAnswerer({
    retrieve: (q, k) => knowledge.retrieve(q, k),
    fallback: extractive,
    models,
    sensitiveChannels: config.sensitive.channels,
    logger,
    timeoutMs: config.model.timeoutMs,
  });
}

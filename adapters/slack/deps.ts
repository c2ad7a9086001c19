import type { App } from '../../bot/app.ts';
import type { Config } from '../../bot/config/index.ts';
import type { Logger } from '../../bot/logger.ts';
import type { JobQueue } from '../../bot/jobs.ts';
import type { EventDeduper } from './deduper.ts';
import type { FeedbackSink } from './feedback.ts';
import type { AppContextMemory } from './app-context.ts';

export type SlackConfig = NonNullable<Config['slack']>;

/** Who the bot is in the workspace, from auth.test at start-up. */
export interface SlackIdentity {
  botUserId?: string;
  botId?: string;
  /** The workspace the token belongs to; events for another team are refused. */
  teamId?: string;
}

/** What every listener receives: the core App plus the adapter's own services. */
export interface SlackDeps {
  app: App;
  config: SlackConfig;
  logger: Logger;
  deduper: EventDeduper;
  feedback: FeedbackSink;
  identity: SlackIdentity;
  /** The durable queue questions and commands go through before the ack; absent: answered in process. */
  jobs?: JobQueue;
  /** Each user's DM with the bot and the channel they are looking at (agent messaging). */
  appContext: AppContextMemory;
  /**
   * `native`: Slack's AI surfaces (loading status, chat.startStream with task updates, answers in a markdown block
   * with feedback_buttons, DM replies in threads). `classic`: the eyes reaction, chat.update streaming, section
   * blocks and our own buttons (kept as the fallback and for the benchmark's comparison).
   */
  aiSurfaces: 'native' | 'classic';
  /** Minimum gap between streaming chat.update calls (Slack allows about one update per second per message). */
  streamIntervalMs: number;
  /** How long an answer may take before the working reaction is added (0: at once). */
  workingSignalDelayMs: number;
  /** How long a view submission waits for the core before acking with a "working" view (Slack allows 3 s; <= 0: always). */
  viewAckBudgetMs: number;
}

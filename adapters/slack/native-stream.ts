import type { Logger } from '../../bot/logger.ts';
import type { AnswerProgress } from '../../bot/turn.ts';
import type { Conversation } from './post.ts';
import { slackErrorCode } from './post.ts';
import { createStreamer } from './streamer.ts';
import { slackMarkdown } from './render/markdown.ts';

type TaskChunk = { type: 'task_update'; id: string; title: string; status: 'pending' | 'in_progress' | 'complete' | 'error'; details?: string };
type Chunk = TaskChunk | { type: 'markdown_text'; text: string };

export interface AnswerStreamOptions {
  /** The person who asked and their team: Slack requires them for a stream outside a DM. */
  recipient: { user: string; team: string };
  intervalMs: number;
  logger: Logger;
}

export interface AnswerStream {
  progress(p: AnswerProgress): void;
  partial(textSoFar: string): void;
  /** Ends the stream; returns the message's ts so the final cited answer replaces it (undefined: nothing shown). */
  finish(): Promise<string | undefined>;
}

/** Titles of the steps shown as task_update chunks. */
const SEARCH = 'Searching the knowledge base';

/**
 * Streams a model's answer with Slack's native streaming (chat.startStream / appendStream / stopStream through the
 * client's chatStream): the steps as task_update chunks (searching, sources found, writing with the model), then the
 * text as it arrives, appended at most every `intervalMs`. The stream starts when the model starts writing; an
 * answer with no model (extractive) is posted whole, so it costs no extra call. Where Slack refuses a stream (an
 * older workspace, a channel type that does not stream), the answer streams by editing a message (chat.update),
 * as before; the log says which was used.
 */
export function createAnswerStream(conv: Conversation, options: AnswerStreamOptions): AnswerStream {
  const { logger } = options;
  let found = 0;
  let model: string | undefined;
  let stream: ReturnType<Conversation['client']['chatStream']> | undefined;
  let fallback: ReturnType<typeof createStreamer> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let shown = '';
  let latest = '';
  let timer: NodeJS.Timeout | undefined;
  let lastSent = 0;
  let failed = false;

  const enqueue = (work: () => Promise<void>) => {
    chain = chain.then(work).catch((err: unknown) => {
      failed = true;
      logger.warn({ code: slackErrorCode(err), err: slackErrorCode(err) ? undefined : err }, 'slack stream update failed');
    });
  };
  const tasks = (writing: TaskChunk['status']): Chunk[] => [
    { type: 'task_update', id: 'search', title: SEARCH, status: 'complete' },
    { type: 'task_update', id: 'sources', title: `${found} source${found === 1 ? '' : 's'} found`, status: 'complete' },
    { type: 'task_update', id: 'write', title: `Writing with ${model ?? 'the model'}`, status: writing },
  ];
  const start = () => {
    // Slack streams only as a reply in a thread; elsewhere (a slash command's answer) the message is edited.
    if (!conv.thread) {
      logger.info({ streaming: 'chat.update', reason: 'no thread' }, 'slack answer streaming');
      fallback = createStreamer(conv, options.intervalMs, logger);
      return;
    }
    const inChannel = !conv.channel.startsWith('D');
    const s = conv.client.chatStream({
      channel: conv.channel,
      thread_ts: conv.thread,
      ...(inChannel ? { recipient_user_id: options.recipient.user, recipient_team_id: options.recipient.team } : {}),
      task_display_mode: 'timeline',
      // Our own appends are throttled; the helper must not buffer text behind them.
      buffer_size: 1,
    });
    enqueue(async () => {
      try {
        await s.append({ chunks: tasks('in_progress') });
        stream = s;
        logger.info({ streaming: 'native' }, 'slack answer streaming');
      } catch (err) {
        logger.info({ streaming: 'chat.update', code: slackErrorCode(err) }, 'slack answer streaming (native stream refused)');
        fallback = createStreamer(conv, options.intervalMs, logger);
        if (latest) fallback.partial(latest);
      }
    });
  };
  const flush = () => {
    timer = undefined;
    if (failed || !stream) return;
    const text = slackMarkdown(latest);
    // Only text that extends what is shown can be appended; a rewrite waits for the final answer.
    if (!text.startsWith(shown) || text === shown) return;
    const delta = text.slice(shown.length);
    shown = text;
    lastSent = Date.now();
    const s = stream;
    enqueue(async () => {
      await s.append({ chunks: [{ type: 'markdown_text', text: delta }] });
    });
  };

  return {
    progress(p) {
      if (p.step === 'found') found = p.sources;
      if (p.step === 'writing' && !model) {
        model = p.model;
        start();
      }
    },
    partial(textSoFar) {
      latest = textSoFar;
      if (fallback) return fallback.partial(textSoFar);
      if (timer || failed) return;
      const wait = Math.max(0, lastSent + options.intervalMs - Date.now());
      timer = setTimeout(() => enqueue(async () => flush()), wait);
    },
    async finish() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      await chain;
      if (fallback) return fallback.finish();
      if (!stream) return undefined;
      if (!failed) flush();
      const s = stream;
      enqueue(async () => {
        await s.stop({ chunks: tasks('complete') });
      });
      await chain;
      return s.ts;
    },
  };
}

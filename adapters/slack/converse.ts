import type { webApi } from '@slack/bolt';
import { userMessage } from '../../bot/errors.ts';
import { isAlreadyDelivered } from '../../bot/jobs.ts';
import { isTooLong, tooLongReply } from '../../bot/input-limits.ts';
import type { Reply, Turn, TurnDocument } from '../../bot/turn.ts';
import type { SlackDeps, SlackIdentity } from './deps.ts';
import { threadHistory } from './history.ts';
import { postMessage, postMessages, uploadFiles, slackErrorCode, type Conversation } from './post.ts';
import { plainMessage, renderReply, type RenderReplyOptions } from './render/reply.ts';
import { createStreamer } from './streamer.ts';
import { messageTurn, type SlackPlace } from './turn.ts';
import { startWorkingSignal } from './working-signal.ts';
import { startStatusSignal } from './status-signal.ts';
import { createAnswerStream, type AnswerStream } from './native-stream.ts';

export interface IncomingMessage {
  place: SlackPlace;
  /** ts of the user's message (the working reaction goes on it). */
  ts: string;
  /** thread_ts of the user's message when it was posted in a thread (then earlier turns are read). */
  threadTs?: string;
  text: string;
  /** Files shared with the message: the turn becomes a documents turn (`addressed`: a mention or a DM). */
  files?: { documents: TurnDocument[]; addressed: boolean };
  /** The bot in this workspace (its mention is stripped, its own thread messages are the assistant's turns). */
  bot: SlackIdentity;
}

/**
 * Answers a message in its conversation: a working reaction if the answer is slow, the thread's earlier turns,
 * the core's Reply streamed into place when a model streams, then the cited answer (split if long) and any
 * files. Every failure ends in a message the user can act on, never silence.
 */
export async function converse(deps: SlackDeps, client: webApi.WebClient, msg: IncomingMessage): Promise<void> {
  const conv: Conversation = { client, channel: msg.place.channel, ...(msg.place.thread ? { thread: msg.place.thread } : {}) };
  // Refused before any work: no reaction, no history, no text conversion of a megabyte of text.
  if (isTooLong(msg.text.length)) {
    await deliverReply(deps, conv, tooLongReply(msg.text.length)).catch((err: unknown) => deps.logger.warn({ code: slackErrorCode(err) }, 'slack refusal not posted'));
    return;
  }
  const signal = deps.aiSurfaces === 'native' ? startStatusSignal(conv, msg.ts, deps.logger, deps.workingSignalDelayMs) : startWorkingSignal(conv, msg.ts, deps.logger, deps.workingSignalDelayMs);
  try {
    const history = msg.threadTs ? await threadHistory({ ...conv, thread: msg.threadTs }, msg.ts, msg.bot, deps.logger) : undefined;
    const turn = messageTurn(msg.place, msg.text, msg.bot.botUserId, history);
    if (msg.files) turn.input = { kind: 'documents', text: turn.input.kind === 'text' ? turn.input.text : '', ...msg.files };
    await answerTurn(deps, conv, turn);
  } finally {
    await signal.done();
  }
}

/** Runs a Turn through the core with streaming into `conv`, then posts the final Reply there. */
export async function answerTurn(deps: SlackDeps, conv: Conversation, turn: Turn, render: RenderReplyOptions = {}): Promise<Reply | undefined> {
  const streamer = answerStream(deps, conv, turn);
  try {
    const reply = await deps.app.bot.handle(turn, { onPartial: (t) => streamer.partial(t), onProgress: (p) => streamer.progress(p) });
    const streamedTs = await streamer.finish();
    await deliverReply(deps, conv, reply, render, streamedTs);
    return reply;
  } catch (err) {
    await streamer.finish();
    // A queued run whose answer an earlier run posted: nothing to report to anyone.
    if (isAlreadyDelivered(err)) throw err;
    deps.logger.error({ err, code: slackErrorCode(err) }, 'slack reply failed');
    await postMessage(conv, plainMessage(userMessage(err))).catch(() => undefined);
    return undefined;
  }
}

/** Native streaming (with its own chat.update fallback), or the classic chat.update streamer. */
function answerStream(deps: SlackDeps, conv: Conversation, turn: Turn): AnswerStream {
  if (deps.aiSurfaces === 'native') return createAnswerStream(conv, { recipient: { user: turn.user.id, team: turn.tenant }, intervalMs: deps.streamIntervalMs, logger: deps.logger });
  const classic = createStreamer(conv, deps.streamIntervalMs, deps.logger);
  return { progress: () => undefined, partial: (t) => classic.partial(t), finish: () => classic.finish() };
}

/** Posts a Reply's messages and uploads its files into the conversation. */
export async function deliverReply(deps: SlackDeps, conv: Conversation, reply: Reply, render: RenderReplyOptions = {}, streamedTs?: string): Promise<void> {
  // Files shared in a thread that is no checklist's, without a mention: not for the bot.
  if (reply.kind === 'none') return;
  if (reply.files?.length) {
    await uploadFiles(conv, reply);
    return;
  }
  await postMessages(conv, renderReply(reply, { native: deps.aiSurfaces === 'native', ...render }), deps.logger, reply.text, streamedTs);
}

import type { webApi } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';
import type { Reply } from '../../bot/turn.ts';
import { isAlreadyDelivered } from '../../bot/jobs.ts';
import { plainMessage, type SlackMessage } from './render/reply.ts';
import { escapeMrkdwn, plainText } from './render/escape.ts';
import { cutMrkdwn } from './render/limits.ts';

type WebClient = webApi.WebClient;

/** A place to post: a channel, optionally a thread in it. */
export interface Conversation {
  client: WebClient;
  channel: string;
  thread?: string;
}

/** The Slack error code of a failed Web API call ("not_in_channel", "invalid_blocks"…), if it has one. */
export function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Never let Slack turn text into mentions, or unfurl a preview of any link (not even the bot's citations). */
export const SAFE_POSTING = { link_names: false, unfurl_links: false, unfurl_media: false } as const;

/** Posts one message; returns its ts. */
export async function postMessage(conv: Conversation, message: SlackMessage): Promise<string | undefined> {
  const res = await conv.client.chat.postMessage({
    channel: conv.channel,
    ...(conv.thread ? { thread_ts: conv.thread } : {}),
    text: message.text,
    blocks: message.blocks,
    ...SAFE_POSTING,
  });
  return res.ts;
}

/** Replaces a message's content (streaming, answered steps). */
export async function updateMessage(conv: Conversation, ts: string, message: SlackMessage): Promise<void> {
  await conv.client.chat.update({ channel: conv.channel, ts, text: message.text, blocks: message.blocks, link_names: false });
}

/**
 * Posts rendered messages in order. When Slack refuses blocks (a limit we missed, a bad URL) the same content
 * goes out as plain text, so the user is never left waiting in silence. `firstTs` reuses a streamed message.
 */
export async function postMessages(conv: Conversation, messages: SlackMessage[], logger: Logger, fallbackText: string, firstTs?: string): Promise<string | undefined> {
  let first: string | undefined;
  for (const [i, message] of messages.entries()) {
    try {
      if (i === 0 && firstTs) {
        await updateMessage(conv, firstTs, message);
        first = firstTs;
      } else {
        const ts = await postMessage(conv, message);
        first ??= ts;
      }
    } catch (err) {
      // A queued run whose answer an earlier run posted: not a refusal, nothing to resend.
      if (isAlreadyDelivered(err)) throw err;
      const code = slackErrorCode(err);
      if (code === 'not_in_channel' || code === 'channel_not_found' || code === 'is_archived') throw err;
      logger.warn({ code, err: code ? undefined : err }, 'slack refused blocks; sending plain text');
      const plain = plainMessage(fallbackText);
      if (i === 0 && firstTs) await updateMessage(conv, firstTs, plain);
      else first ??= await postMessage(conv, plain);
      return first;
    }
  }
  return first;
}

/** Uploads a Reply's files into the conversation (files.uploadV2) with the reply's text as the comment. */
export async function uploadFiles(conv: Conversation, reply: Reply): Promise<void> {
  const files = reply.files ?? [];
  if (!files.length) return;
  await conv.client.filesUploadV2({
    channel_id: conv.channel,
    ...(conv.thread ? { thread_ts: conv.thread } : {}),
    // The comment is mrkdwn that Slack auto-links: the reply text's untrusted spans (vendor names) are defanged.
    initial_comment: cutMrkdwn(escapeMrkdwn(reply.text), 3000),
    file_uploads: files.map((f) => ({ file: f.data, filename: f.name, title: plainText(f.title ?? f.name) })),
  });
}

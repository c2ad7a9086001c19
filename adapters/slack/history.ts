import type { Logger } from '../../bot/logger.ts';
import type { Turn } from '../../bot/turn.ts';
import type { Conversation } from './post.ts';
import { slackErrorCode } from './post.ts';
import type { SlackIdentity } from './deps.ts';
import { slackTextToPlain, stripBotMention } from './text.ts';

/** How many earlier turns a follow-up sees: enough for "and what about X?", small enough to stay fast. */
const MAX_TURNS = 10;

/**
 * The thread's earlier turns, oldest first, for a follow-up question (conversations.replies). Messages from this
 * bot are "bot" turns, the rest "user" turns; the message being answered is left out. On any failure the
 * question is answered without history rather than not at all.
 */
export async function threadHistory(conv: Conversation & { thread: string }, currentTs: string, identity: SlackIdentity, logger: Logger): Promise<Turn['history']> {
  try {
    const res = await conv.client.conversations.replies({ channel: conv.channel, ts: conv.thread, limit: 50 });
    const turns: NonNullable<Turn['history']> = [];
    for (const m of res.messages ?? []) {
      if (!m.ts || m.ts === currentTs || !m.text) continue;
      const fromBot = (identity.botUserId && m.user === identity.botUserId) || (identity.botId && m.bot_id === identity.botId);
      const text = slackTextToPlain(stripBotMention(m.text, identity.botUserId));
      if (text) turns.push({ role: fromBot ? 'bot' : 'user', text });
    }
    return turns.slice(-MAX_TURNS);
  } catch (err) {
    logger.warn({ code: slackErrorCode(err) }, 'thread history unavailable; answering without it');
    return undefined;
  }
}

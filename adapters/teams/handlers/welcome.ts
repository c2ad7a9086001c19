import type { TurnContext } from 'botbuilder';
import { helpReply } from '../../../bot/help.ts';
import { replyActivity } from '../render/activity.ts';

/** When the bot is added to a chat or team it introduces itself once, with the help card. */
export async function handleMembersAdded(context: TurnContext): Promise<void> {
  const botId = context.activity.recipient?.id;
  const added = context.activity.membersAdded ?? [];
  if (!botId || !added.some((m) => m.id === botId)) return;
  const shared = context.activity.conversation?.conversationType !== 'personal';
  const notes = shared ? ['In a channel or group chat, mention me first, e.g. "@AI Procurement checklist Acme AI".'] : undefined;
  await context.sendActivity(replyActivity({ ...helpReply('Hello!'), ...(notes ? { notes } : {}) }));
}

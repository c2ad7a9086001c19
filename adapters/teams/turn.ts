import type { Activity } from 'botbuilder';
import type { Turn, TurnInput } from '../../bot/turn.ts';
import { parseTeamsText } from './commands.ts';

/** Where a Teams activity happened, as the core's Turn needs it. */
export interface TeamsPlace {
  tenant: string;
  /** The conversation, without the ";messageid=" suffix Teams adds for a channel reply chain. */
  channel: string;
  thread?: string;
  isDirect: boolean;
  conversationType: 'personal' | 'channel' | 'groupChat';
}

interface TeamsChannelData {
  tenant?: { id?: string };
  channel?: { id?: string };
}

/**
 * The tenant that owns the conversation. Teams puts it on conversation.tenantId and channelData.tenant.id;
 * every stored key is scoped by it, so a missing tenant is an error rather than a shared default
 * (except for the local emulator).
 */
export function tenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = (activity.channelData ?? {}) as TeamsChannelData;
  const tenant = activity.conversation?.tenantId ?? channelData.tenant?.id;
  // The Bot Framework Emulator (local use) has no tenant: its conversations get one of their own.
  return tenant ?? (activity.channelId === 'emulator' ? 'emulator' : undefined);
}

/** Tenant, conversation and reply chain of an activity; undefined when Teams did not say which tenant. */
export function placeOf(activity: Partial<Activity>): TeamsPlace | undefined {
  const tenant = tenantOf(activity);
  const conversationId = activity.conversation?.id;
  if (!tenant || !conversationId) return undefined;
  const raw = activity.conversation?.conversationType;
  const conversationType = raw === 'channel' || raw === 'groupChat' ? raw : 'personal';
  const [channel = conversationId, messageId] = conversationId.split(';messageid=');
  const place: TeamsPlace = { tenant, channel, isDirect: conversationType === 'personal', conversationType };
  if (messageId) place.thread = messageId;
  return place;
}

/** True when the activity @mentions the bot (the recipient). */
export function mentionsBot(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  return (activity.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === botId);
}

/**
 * The message text with the bot's @mention removed, using the mention entity's own text
 * ("<at>AI Procurement</at>") rather than guessing; other people's mentions keep their names.
 */
export function textWithoutBotMention(activity: Partial<Activity>): string {
  let text = activity.text ?? '';
  const botId = activity.recipient?.id;
  const botTags = new Set<string>();
  for (const entity of activity.entities ?? []) {
    const mention = entity as { type?: string; mentioned?: { id?: string }; text?: string };
    if (mention.type === 'mention' && mention.mentioned?.id === botId && mention.text) botTags.add(mention.text);
  }
  if (activity.recipient?.name) botTags.add(`<at>${activity.recipient.name}</at>`);
  for (const tag of botTags) text = text.split(tag).join(' ');
  return text
    .replace(/<at>([^<]*)<\/at>/gi, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Builds the neutral Turn for an activity and a given input. */
export function turnFor(activity: Partial<Activity>, place: TeamsPlace, input: TurnInput): Turn {
  const turn: Turn = {
    platform: 'teams',
    tenant: place.tenant,
    channel: place.channel,
    user: { id: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown' },
    input,
    isDirect: place.isDirect,
  };
  if (activity.from?.name) turn.user.name = activity.from.name;
  if (place.thread) turn.thread = place.thread;
  return turn;
}

/** A message activity as a Turn: the bot mention stripped, commands parsed from the text. */
export function messageTurn(activity: Partial<Activity>, place: TeamsPlace): Turn {
  return turnFor(activity, place, parseTeamsText(textWithoutBotMention(activity)));
}

/** Activities shaped as Teams posts them to the bot (personal chat, channel @mentions, card invokes). */
export const TENANT = 'tenant-aaaa-0001';
export const BOT = { id: '28:bot-app-id', name: 'AI Procurement' };
export const USER = { id: '29:user-1', name: 'Dana Buyer', aadObjectId: 'aad-user-1' };

let seq = 0;

/** A personal-chat message, shaped as Teams posts it. */
export function personalMessage(serviceUrl: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    type: 'message',
    id: `1700000000${String(seq).padStart(3, '0')}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: 'a:personal-conv-1', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'en-GB',
    text,
    textFormat: 'plain',
    ...extra,
  };
}

/** A channel message in a reply chain that @mentions the bot, with the mention entity Teams adds. */
export function channelMention(serviceUrl: string, question: string, options: { tenant?: string; mention?: boolean } = {}): Record<string, unknown> {
  seq += 1;
  const tenant = options.tenant ?? TENANT;
  const mentionText = `<at>${BOT.name}</at>`;
  const mention = options.mention ?? true;
  return {
    type: 'message',
    id: `1700000001${String(seq).padStart(3, '0')}`,
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: '19:general@thread.tacv2;messageid=1699999999000', conversationType: 'channel', tenantId: tenant, isGroup: true },
    channelData: { tenant: { id: tenant }, team: { id: '19:team@thread.tacv2' }, channel: { id: '19:general@thread.tacv2' } },
    text: mention ? `${mentionText} ${question}` : question,
    textFormat: 'plain',
    entities: mention ? [{ type: 'mention', text: mentionText, mentioned: { id: BOT.id, name: BOT.name } }] : [],
  };
}

/** An `adaptiveCard/action` invoke (Action.Execute pressed on the card in message `replyToId`). */
export function cardAction(serviceUrl: string, verb: string, data: Record<string, unknown>, replyToId: string, conversation: 'personal' | 'channel' = 'personal'): Record<string, unknown> {
  const base = conversation === 'personal' ? personalMessage(serviceUrl, '') : channelMention(serviceUrl, '');
  return {
    ...base,
    type: 'invoke',
    name: 'adaptiveCard/action',
    text: undefined,
    entities: undefined,
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

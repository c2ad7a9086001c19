/**
 * What Slack tells the bot about where each user is: their DM with the bot (app_home_opened) and the channel they
 * are looking at (app_context_changed, or the context folded into app_home_opened). Only a hint for suggested
 * prompts and the Home tab, so it is kept in memory, bounded, per replica; a miss falls back to the DM.
 */
export interface AppContextMemory {
  get(team: string, user: string): { dm?: string; viewing?: string };
  remember(team: string, user: string, seen: { dm?: string; viewing?: string }): void;
}

export function memoryAppContext(max = 10_000): AppContextMemory {
  const seen = new Map<string, { dm?: string; viewing?: string }>();
  return {
    get: (team, user) => seen.get(`${team}:${user}`) ?? {},
    remember(team, user, update) {
      const key = `${team}:${user}`;
      const next = { ...seen.get(key), ...Object.fromEntries(Object.entries(update).filter(([, v]) => v)) };
      seen.delete(key);
      seen.set(key, next);
      while (seen.size > max) seen.delete(seen.keys().next().value as string);
    },
  };
}

/** The channel among an app context's entities (the first, most relevant, one), if any. */
export function viewedChannel(context: unknown): string | undefined {
  const entities = (context as { entities?: unknown } | undefined)?.entities;
  if (!Array.isArray(entities)) return undefined;
  for (const e of entities as { type?: unknown; value?: unknown }[]) {
    if (e.type === 'slack#/types/channel_id' && typeof e.value === 'string' && /^[CGD][A-Z0-9]{2,}$/.test(e.value)) return e.value;
    const v = e.value as { channel_id?: unknown } | undefined;
    if (e.type === 'slack#/types/message_context' && typeof v?.channel_id === 'string' && /^[CGD][A-Z0-9]{2,}$/.test(v.channel_id)) return v.channel_id;
  }
  return undefined;
}

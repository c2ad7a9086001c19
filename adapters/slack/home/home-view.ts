import type { types } from '@slack/bolt';
import type { Reply } from '../../../bot/turn.ts';
import { renderReply } from '../render/reply.ts';

/** Slack's limit on blocks in a Home tab view. */
const HOME_BLOCKS = 100;

/**
 * The Home tab: the core's overview (what the bot does, the conversation's checklists and red flags, cards past
 * review, buttons into the workflows) rendered like any Reply. `private_metadata` names the conversation the
 * overview is about, so a button pressed here runs there (adapters/slack/place.ts reads it back).
 */
export function homeView(overview: Reply, channel: string): types.HomeView {
  const blocks = renderReply(overview, { feedback: false }).flatMap((m) => m.blocks).slice(0, HOME_BLOCKS);
  return { type: 'home', blocks, private_metadata: JSON.stringify({ channel }) };
}

/** The conversation a Home tab button belongs to, from the view's private_metadata (ours; anything else: none). */
export function homeChannel(privateMetadata: unknown): string | undefined {
  if (typeof privateMetadata !== 'string' || privateMetadata.length > 200) return undefined;
  try {
    const channel = (JSON.parse(privateMetadata) as { channel?: unknown }).channel;
    return typeof channel === 'string' && /^[CGD][A-Z0-9]{2,}$/.test(channel) ? channel : undefined;
  } catch {
    return undefined;
  }
}

import type { BlockAction } from '@slack/bolt';
import { homeChannel } from './home/home-view.ts';

/**
 * Where a button was pressed: the channel, and the thread its message belongs to (or starts). A button on an
 * ephemeral message (help, errors) has no real message to thread under, so its reply goes to the channel.
 */
export function actionPlace(body: BlockAction, teamFallback?: string): { team: string; channel?: string; thread?: string; messageTs?: string } {
  const team = teamFallback ?? body.team?.id ?? body.user.team_id ?? '';
  // A Home tab button runs in the conversation the overview was about (its view's private_metadata).
  if (body.container.type === 'view' && body.view?.type === 'home') {
    const home = homeChannel(body.view.private_metadata);
    return { team, ...(home ? { channel: home } : {}) };
  }
  const channel = body.channel?.id ?? (typeof body.container.channel_id === 'string' ? body.container.channel_id : undefined);
  if (body.container.is_ephemeral === true) return { team, ...(channel ? { channel } : {}) };
  const messageTs = body.message?.ts ?? (typeof body.container.message_ts === 'string' ? body.container.message_ts : undefined);
  const threadTs = typeof body.message?.thread_ts === 'string' ? body.message.thread_ts : undefined;
  const thread = threadTs ?? messageTs;
  return { team, ...(channel ? { channel } : {}), ...(thread ? { thread } : {}), ...(messageTs ? { messageTs } : {}) };
}

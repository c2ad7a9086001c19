import type { RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../bot/turn.ts';
import type { SlackDeps } from './deps.ts';
import { SAFE_POSTING, postMessages, slackErrorCode, uploadFiles, type Conversation } from './post.ts';
import { renderReply, type RenderReplyOptions, type SlackMessage } from './render/reply.ts';
import { stepModal } from './render/step-modal.ts';

/** Where an interaction (slash command, button) came from and how the bot may answer it. */
export interface InteractiveContext {
  deps: SlackDeps;
  client: webApi.WebClient;
  team: string;
  channel: string;
  thread?: string;
  user: string;
  /** Valid for 3 s after the interaction: lets a step open as a modal. */
  triggerId?: string;
  /** response_url: answers even where the bot is not a channel member. */
  respond?: RespondFn;
}

/** Replies only the person who asked should see: help, errors, status, notices. */
const PERSONAL = new Set<Reply['kind']>(['help', 'not-understood', 'error', 'status', 'info']);
const NOT_MEMBER = new Set(['not_in_channel', 'channel_not_found', 'is_archived']);

/**
 * Delivers the core's Reply to an interaction:
 * a workflow step opens as a modal (views.open) while the trigger is fresh, else it is posted as an in-thread
 * interactive message; help and errors go only to the user (ephemeral); answers, results and exports go to the
 * conversation, through response_url when the bot is not a member there.
 */
export async function deliverInteractive(ctx: InteractiveContext, reply: Reply, render: RenderReplyOptions = {}, streamedTs?: string): Promise<void> {
  const { deps, client } = ctx;
  if (reply.step && ctx.triggerId) {
    try {
      const origin = { team: ctx.team, channel: ctx.channel, ...(ctx.thread ? { thread: ctx.thread } : {}) };
      await client.views.open({ trigger_id: ctx.triggerId, view: stepModal(reply.step, origin) });
      return;
    } catch (err) {
      // expired_trigger_id when the core took more than 3 s: the step still reaches the user, in the thread.
      deps.logger.warn({ code: slackErrorCode(err) }, 'views.open failed; posting the step in the conversation');
    }
  }
  const messages = renderReply(reply, { native: deps.aiSurfaces === 'native', ...render });
  if (PERSONAL.has(reply.kind) && !reply.step) {
    await personal(ctx, messages);
    return;
  }
  const conv: Conversation = { client, channel: ctx.channel, ...(ctx.thread ? { thread: ctx.thread } : {}) };
  try {
    if (reply.files?.length) await uploadFiles(conv, reply);
    else await postMessages(conv, messages, deps.logger, reply.text, streamedTs);
  } catch (err) {
    const code = slackErrorCode(err);
    if (!code || !NOT_MEMBER.has(code)) throw err;
    deps.logger.info({ code }, 'bot is not in the channel; answering through response_url');
    await publicFallback(ctx, reply, messages);
  }
}

async function personal(ctx: InteractiveContext, messages: SlackMessage[]): Promise<void> {
  for (const m of messages) {
    if (ctx.respond) await ctx.respond({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks });
    else {
      await ctx.client.chat.postEphemeral({ channel: ctx.channel, user: ctx.user, text: m.text, blocks: m.blocks, ...(ctx.thread ? { thread_ts: ctx.thread } : {}) });
    }
  }
}

async function publicFallback(ctx: InteractiveContext, reply: Reply, messages: SlackMessage[]): Promise<void> {
  if (!ctx.respond) {
    // No response_url (a modal submission): a message to the user's id lands in their DM with the app.
    await postMessages({ client: ctx.client, channel: ctx.user }, messages, ctx.deps.logger, reply.text);
    return;
  }
  if (reply.files?.length) {
    // A file needs channel membership; say how to fix it instead of failing silently.
    await ctx.respond({ response_type: 'ephemeral', replace_original: false, text: 'I cannot upload files to this channel because I am not a member. Invite me with `/invite @AI Procurement` and run the command again.' });
    return;
  }
  for (const m of messages) await ctx.respond({ response_type: 'in_channel', replace_original: false, text: m.text, blocks: m.blocks, ...SAFE_POSTING });
}

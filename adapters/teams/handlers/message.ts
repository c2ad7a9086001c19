import { TurnContext, type Activity } from 'botbuilder';
import type { Reply } from '../../../bot/turn.ts';
import { errorReply } from '../../../bot/errors.ts';
import { isTooLong, tooLongReply } from '../../../bot/input-limits.ts';
import type { TeamsDeps } from '../deps.ts';
import { mentionsBot, messageTurn, placeOf, textWithoutBotMention, type TeamsPlace } from '../turn.ts';
import { startTyping } from '../typing.ts';
import { createStreamUpdater } from '../stream-updater.ts';
import { createTeamsStream } from '../stream-protocol.ts';
import type { ReplyCardOptions } from '../render/reply-card.ts';
import type { AiAnswerOptions } from '../render/ai-answer.ts';
import { fileActivities } from '../files/deliver-files.ts';
import { replyActivity } from '../render/activity.ts';
import { isAiGenerated } from '../render/reply-card.ts';
import { unknownTenantReply } from './unknown-tenant.ts';
import { TEAMS_JOBS, teamsMessageKey } from '../jobs.ts';
import { teamsDocuments } from '../files/intake.ts';

/** Teams redelivers a message when the bot is slow to answer; the store remembers which ones were handled. */
async function isFirstDelivery(activity: Partial<Activity>, place: TeamsPlace, deps: TeamsDeps): Promise<boolean> {
  if (!activity.id) return true;
  try {
    return await deps.app.store.claimEvent('teams', place.tenant, `message:${place.channel}:${activity.id}`);
  } catch (err) {
    // Better to risk a duplicate answer than to leave the user in silence.
    deps.logger.warn({ code: (err as { code?: unknown })?.code }, 'teams: could not check for a redelivered message; answering anyway');
    return true;
  }
}

/** The activities for a Reply; a failure to prepare files becomes an error card the user can act on. */
async function activitiesFor(reply: Reply, place: TeamsPlace, deps: TeamsDeps, options: ReplyCardOptions & AiAnswerOptions): Promise<Partial<Activity>[]> {
  try {
    return await fileActivities(reply, place, deps, options);
  } catch (err) {
    deps.logger.warn({ err }, 'teams: could not deliver files');
    return [replyActivity(errorReply(err))];
  }
}

/**
 * A message in a personal chat, or one that @mentions the bot in a channel or group chat: typing while the
 * core works, the answer streamed into one message when a model streams, then the final card
 * (and, for exports, the file consent cards or download links).
 */
export async function handleMessage(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const activity = context.activity;
  const place = placeOf(activity);
  if (!place) {
    await context.sendActivity(unknownTenantReply());
    return;
  }
  // Teams only delivers channel messages that mention the bot, but a mis-set RSC permission would flood us.
  if (!place.isDirect && !mentionsBot(activity)) return;
  // Refused before any work: no typing indicator, no queued job, no mention stripping over a megabyte of text.
  const length = activity.text?.length ?? 0;
  if (isTooLong(length)) {
    await context.sendActivity(replyActivity(tooLongReply(length)));
    return;
  }
  if (await queueMessage(context, activity, place, deps)) return;
  if (!(await isFirstDelivery(activity, place, deps))) return;
  await answerMessage(context, activity, place, deps);
}

/**
 * Queues the message as a job before the turn (and so the HTTP request) ends, with the conversation reference a
 * worker on any replica continues the conversation from. A redelivery finds its job queued and is dropped. False
 * when there is no queue or it cannot be reached: the message is then answered in this turn, as before.
 */
async function queueMessage(context: TurnContext, activity: Partial<Activity>, place: TeamsPlace, deps: TeamsDeps): Promise<boolean> {
  const jobs = deps.app.jobs;
  if (!jobs || !activity.id) return false;
  try {
    const queued = await jobs.enqueue(TEAMS_JOBS.message, teamsMessageKey(place, activity.id), { activity, reference: TurnContext.getConversationReference(activity) }, { platform: 'teams', tenant: place.tenant });
    if (!queued) deps.logger.info({ tenant: place.tenant }, 'teams redelivery of a queued message ignored');
    return true;
  } catch (err) {
    deps.logger.warn({ code: (err as { code?: unknown })?.code }, 'teams: could not queue the message; answering it in this turn');
    return false;
  }
}

/**
 * The answer itself, in a live turn or in a worker's continued conversation: typing while the core works, the answer
 * streamed into one message when a model streams, then the final card (and, for exports, consent cards or links).
 */
export async function answerMessage(context: TurnContext, activity: Partial<Activity>, place: TeamsPlace, deps: TeamsDeps): Promise<void> {
  const turn = messageTurn(activity, place);
  // Files attached (personal chat, or with a mention): the vendor's documents to assess.
  const documents = teamsDocuments(activity);
  if (documents.length) turn.input = { kind: 'documents', text: textWithoutBotMention(activity), documents, addressed: true };
  // Personal chat streams with Teams' protocol once a question is being answered (its informative update takes
  // over from the typing indicator, which every turn starts with); channels
  // and group chats, where Teams does not stream, get typing, then a message posted and updated.
  const nativeAi = deps.aiSurfaces === 'native';
  const typing = startTyping(context, deps.typingIntervalMs, deps.logger);
  const native = nativeAi && place.isDirect ? createTeamsStream(context, { throttleMs: deps.streamThrottleMs, logger: deps.logger, onStart: () => typing.stop() }) : undefined;
  const stream = native ?? createStreamUpdater(context, { throttleMs: deps.streamThrottleMs, logger: deps.logger, onFirstPartial: () => typing.stop() });
  let reply: Reply;
  try {
    reply = await deps.app.bot.handle(turn, { onPartial: (text) => stream.onPartial(text), onProgress: (p) => native?.progress(p) });
  } finally {
    await typing.stop();
  }

  if (reply.kind === 'none') return;
  // Answers carry Teams' own feedback buttons (message/submitAction); suggested prompts follow them in personal chat.
  const suggested = nativeAi && isAiGenerated(reply) && place.isDirect ? await deps.app.home.prompts({ platform: 'teams', tenant: place.tenant, channel: place.channel }).catch(() => undefined) : undefined;
  // Classic cards carry our own feedback buttons, identified by the question's message.
  const answerId = !nativeAi && isAiGenerated(reply) && activity.id ? `${place.channel}:${activity.id}` : undefined;
  const [first, ...rest] = await activitiesFor(reply, place, deps, { ...(suggested?.length ? { suggested } : {}), ...(answerId ? { answerId } : {}), classic: !nativeAi });
  if (first) await stream.finish(first);
  for (const next of rest) await context.sendActivity(next);
}

import type { Activity } from 'botbuilder';
import type { Reply } from '../../../bot/turn.ts';
import { AppError, ErrorCode } from '../../../bot/errors.ts';
import type { TeamsDeps } from '../deps.ts';
import type { TeamsPlace } from '../turn.ts';
import { replyActivity } from '../render/activity.ts';
import type { AiAnswerOptions } from '../render/ai-answer.ts';
import type { ReplyCardOptions } from '../render/reply-card.ts';
import { fileConsentCard } from './consent-cards.ts';
import { createDownloadToken } from './download-token.ts';
import { DOWNLOAD_PATH } from './download-route.ts';

/**
 * The activities that carry a Reply with files. Teams' file-consent flow only exists in personal chat: there
 * the bot asks to put each file in the user's OneDrive (handlers/file-consent.ts finishes the upload).
 * In channels and group chats the reply card gets signed, expiring download links served by this bot.
 * @throws AppError(config_invalid) in a channel when PUBLIC_BASE_URL is not set (no link can be made).
 */
export async function fileActivities(reply: Reply, place: TeamsPlace, deps: TeamsDeps, cardOptions: ReplyCardOptions & AiAnswerOptions = {}): Promise<Partial<Activity>[]> {
  const files = reply.files ?? [];
  if (files.length === 0) return [replyActivity(reply, cardOptions)];

  if (place.isDirect) {
    const held = await Promise.all(files.map((f) => deps.files.put(place.tenant, f)));
    return [replyActivity(reply, cardOptions), ...held.map((h) => ({ type: 'message', attachments: [fileConsentCard(h)] }))];
  }

  const { baseUrl, secret, ttlMs } = deps.downloads;
  if (!baseUrl) {
    throw new AppError(
      ErrorCode.ConfigInvalid,
      'PUBLIC_BASE_URL is not set, so I cannot link the document in a channel. Ask me for the export in a personal chat, or ask an operator to set PUBLIC_BASE_URL',
    );
  }
  const downloads = [];
  for (const f of files) {
    const held = await deps.files.put(place.tenant, f);
    const token = createDownloadToken({ fileId: held.id, tenant: place.tenant, expiresAt: held.expiresAt }, secret);
    downloads.push({ name: f.name, url: `${baseUrl.replace(/\/+$/, '')}${DOWNLOAD_PATH}${token}` });
  }
  const minutes = Math.round(ttlMs / 60_000);
  const downloadNote = `The download link expires in ${minutes} minutes; ask again for a fresh one.`;
  return [replyActivity(reply, { ...cardOptions, downloads, downloadNote })];
}

import type { Activity } from 'botbuilder';
import type { TurnDocument } from '../../../bot/turn.ts';
import { DocumentRejected } from '../../../workflows/questionnaire/read/rejected.ts';
import { downloadDocument } from '../../http/download.ts';

/** A file attached in a Teams personal chat: its pre-authenticated download URL (no bot credentials needed). */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Attachment types that are the message itself, or the bot's own cards, never a document to read. */
const NOT_FILES = /^(text\/html|text\/plain|application\/vnd\.microsoft\.(card|teams\.card)\.)/i;

interface AttachmentLike {
  contentType?: string;
  contentUrl?: string;
  name?: string;
  content?: unknown;
}

/** The http(s) URL a file attachment downloads from, if it has one. */
function downloadUrlOf(a: AttachmentLike): string | undefined {
  const url = a.contentType === FILE_DOWNLOAD_INFO ? (a.content as { downloadUrl?: unknown } | undefined)?.downloadUrl : a.contentUrl;
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : undefined;
}

/**
 * The files attached to a message, as the core's TurnDocuments: Teams' file download info (personal chat) and any
 * other attachment that links to a file (`contentUrl`, as the Bot Framework Emulator sends). The URL is
 * fetched only when the core asks, with no credentials of ours (Teams' download URL is pre-authenticated), within
 * the size limit.
 */
export function teamsDocuments(activity: Partial<Activity>): TurnDocument[] {
  const attachments = (activity.attachments ?? []) as AttachmentLike[];
  return attachments
    .filter((a) => a.contentType === FILE_DOWNLOAD_INFO || (!NOT_FILES.test(a.contentType ?? '') && !!a.contentUrl))
    .map((a) => {
      const name = (a.name ?? 'file').slice(0, 200);
      const url = downloadUrlOf(a);
      return {
        name,
        load: async () => {
          if (!url) throw new DocumentRejected('download-failed', name);
          return downloadDocument(url, { name });
        },
      };
    });
}

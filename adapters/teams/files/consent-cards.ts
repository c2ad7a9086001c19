import type { Attachment } from 'botbuilder';
import type { HeldFile } from './held-files.ts';
import { plainCardText } from '../render/markdown.ts';

export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/** What Teams hands back in accept/decline: we only ever put the held file's id there. */
export interface ConsentContext {
  fileId: string;
}

/**
 * The card that asks the user to let the bot put a file in their OneDrive (personal chat only)
 * (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4).
 */
export function fileConsentCard(held: HeldFile): Attachment {
  const context: ConsentContext = { fileId: held.id };
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: held.file.name,
    content: {
      // The title names the vendor: shown as plain text, its untrusted span made inert.
      description: plainCardText(held.file.title ?? `Export: ${held.file.name}`),
      sizeInBytes: held.file.data.length,
      acceptContext: context,
      declineContext: context,
    },
  };
}

export interface UploadedFile {
  name: string;
  contentUrl: string;
  uniqueId: string;
  fileType: string;
}

/** The card that shows an uploaded file in the chat, opening it from OneDrive. */
export function fileInfoCard(file: UploadedFile): Attachment {
  return {
    contentType: FILE_INFO_CONTENT_TYPE,
    contentUrl: file.contentUrl,
    name: file.name,
    content: { uniqueId: file.uniqueId, fileType: file.fileType },
  };
}

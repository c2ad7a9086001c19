import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import type { TeamsDeps } from '../deps.ts';
import { placeOf } from '../turn.ts';
import { fileInfoCard } from '../files/consent-cards.ts';
import { sendInvokeResponse } from '../invoke-response.ts';

/** `fileConsent/invoke` value (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4). */
const consentSchema = z.object({
  action: z.enum(['accept', 'decline']),
  context: z.object({ fileId: z.string() }).optional(),
  uploadInfo: z
    .object({
      name: z.string(),
      uploadUrl: z.string().url(),
      contentUrl: z.string(),
      uniqueId: z.string(),
      fileType: z.string(),
    })
    .optional(),
});

/** Puts the bytes into the OneDrive upload session Teams opened for the user (one request, whole file). */
async function upload(url: string, data: Buffer): Promise<void> {
  const res = await fetch(url, {
    method: 'PUT',
    headers: { 'content-length': String(data.length), 'content-range': `bytes 0-${data.length - 1}/${data.length}` },
    body: data,
  });
  if (!res.ok) throw new Error(`upload answered HTTP ${res.status}`);
}

/**
 * The user's answer to a FileConsentCard. Accept: upload the held export to the URL Teams gives and show
 * it as a file card. Decline: say so politely and forget the file. Either way the invoke gets its 200.
 */
export async function handleFileConsent(context: TurnContext, deps: TeamsDeps): Promise<void> {
  const place = placeOf(context.activity);
  const parsed = consentSchema.safeParse(context.activity.value);
  if (!place || !parsed.success) {
    await sendInvokeResponse(context, undefined, 400);
    return;
  }
  const { action, context: consent, uploadInfo } = parsed.data;
  const held = consent ? await deps.files.get(place.tenant, consent.fileId) : undefined;

  if (action === 'decline') {
    if (held) await deps.files.delete(place.tenant, held.id);
    await context.sendActivity(`No problem: I did not save ${held ? `"${held.file.name}"` : 'the file'}. Ask for the export again whenever you need it.`);
  } else if (!held || !uploadInfo) {
    await context.sendActivity('That export has expired. Ask me for it again and I will prepare a fresh copy.');
  } else if (!deps.insecureUploadsAllowed && !uploadInfo.uploadUrl.startsWith('https://')) {
    deps.logger.warn('teams: refused a non-https upload URL');
    await context.sendActivity('Teams gave me an upload address I cannot trust, so I did not send the file. Please try again.');
  } else {
    try {
      await upload(uploadInfo.uploadUrl, held.file.data);
      await deps.files.delete(place.tenant, held.id);
      await context.sendActivity({ type: 'message', attachments: [fileInfoCard(uploadInfo)] });
    } catch (err) {
      deps.logger.warn({ err }, 'teams: file upload failed');
      await context.sendActivity('I could not upload the file to your OneDrive just now. Your answers are saved; ask for the export again in a minute.');
    }
  }
  await sendInvokeResponse(context);
}

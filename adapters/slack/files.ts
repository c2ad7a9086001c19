import type { TurnDocument } from '../../bot/turn.ts';
import { downloadDocument } from '../http/download.ts';
import { DocumentRejected } from '../../workflows/questionnaire/read/rejected.ts';

/** Slack's Web API when SLACK_API_URL is not set (its file host is files.slack.com). */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/** The fields of a Slack file object (in a message or app_mention event) that intake reads. */
export interface SlackFile {
  id?: string;
  name?: string;
  title?: string;
  size?: number;
  url_private_download?: string;
  mode?: string;
}

/** The files of an event, when it carries any. */
export function filesOf(event: unknown): SlackFile[] {
  const files = (event as { files?: unknown }).files;
  return Array.isArray(files) ? files.filter((f): f is SlackFile => !!f && typeof f === 'object') : [];
}

/**
 * The bot token goes only to Slack's own file host: the Web API's host or one under it (slack.com ->
 * files.slack.com; a GovSlack-style SLACK_API_URL the same way). A file URL anywhere else is not fetched.
 */
export function isSlackFileHost(url: string, apiUrl: string): boolean {
  try {
    const file = new URL(url);
    const api = new URL(apiUrl);
    if (file.protocol !== 'https:' && !(file.protocol === 'http:' && api.protocol === 'http:')) return false;
    const base = api.hostname.replace(/^(api|www)\./, '');
    const sameOrUnder = file.hostname === api.hostname || file.hostname === base || file.hostname.endsWith(`.${base}`);
    // The port too: another service on the same machine is another host.
    return sameOrUnder && file.port === api.port;
  } catch {
    return false;
  }
}

/**
 * Shared files as the core's TurnDocuments: each downloads from `url_private_download` with the bot token in the
 * Authorization header (files:read), only when the core asks for it, within the size limit. The token is the
 * request's own (Bolt's `context.botToken`: the installation of the workspace the event came from, in OAuth mode),
 * never a start-up token. A file Slack does not host (an external link, a tombstone), or a request with no token,
 * fails as a download the user can fix by sharing it again.
 */
export function slackDocuments(files: SlackFile[], token: string | undefined, apiUrl: string): TurnDocument[] {
  return files.map((f) => {
    const name = (f.name ?? f.title ?? 'file').slice(0, 200);
    return {
      name,
      ...(typeof f.size === 'number' ? { size: f.size } : {}),
      load: async () => {
        const url = f.url_private_download;
        if (!token || !url || f.mode === 'tombstone' || f.mode === 'external' || !isSlackFileHost(url, apiUrl)) throw new DocumentRejected('download-failed', name);
        return downloadDocument(url, { name, headers: { authorization: `Bearer ${token}` }, ...(typeof f.size === 'number' ? { size: f.size } : {}) });
      },
    };
  });
}

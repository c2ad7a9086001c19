import type { IncomingMessage, ServerResponse } from 'node:http';
import { requestPath, type HttpRoute } from '../../http/server.ts';
import { safeDecode } from '../../http/body.ts';
import type { Logger } from '../../../bot/logger.ts';
import { verifyDownloadToken } from './download-token.ts';
import type { FileHolder } from './held-files.ts';

export const DOWNLOAD_PATH = '/downloads/';

export interface DownloadRouteOptions {
  files: FileHolder;
  secret: string;
  logger: Logger;
  now?: () => number;
}

/** `filename*` (RFC 6266 / 5987) so non-ASCII vendor names survive; a plain ASCII fallback for old clients. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ error: 'not found' }));
}

/**
 * GET /downloads/<token>: serves an export to whoever holds a valid link. A bad signature, an expired
 * link and a link whose tenant does not own the file all look the same (404), so a probe learns nothing.
 */
export function downloadRoute(options: DownloadRouteOptions): HttpRoute {
  const now = options.now ?? Date.now;
  return {
    method: 'GET',
    path: DOWNLOAD_PATH,
    async handler(req: IncomingMessage, res: ServerResponse) {
      const path = requestPath(req.url) ?? '';
      // A broken escape (`/downloads/%`) is simply not a token: the same 404 as any other bad link.
      const token = safeDecode(path.slice(DOWNLOAD_PATH.length).split('/')[0] ?? '') ?? '';
      const grant = token ? verifyDownloadToken(token, options.secret, now()) : undefined;
      const held = grant ? await options.files.get(grant.tenant, grant.fileId) : undefined;
      if (!grant || !held) {
        options.logger.info({ reason: grant ? 'no such file for tenant' : 'invalid or expired token' }, 'teams download refused');
        notFound(res);
        return;
      }
      res.writeHead(200, {
        'content-type': held.file.mimeType,
        'content-length': String(held.file.data.length),
        'content-disposition': contentDisposition(held.file.name),
        'cache-control': 'private, no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(held.file.data);
    },
  };
}

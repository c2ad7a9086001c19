import { DocumentRejected } from '../../workflows/questionnaire/read/rejected.ts';
import { MAX_DOCUMENT_BYTES } from '../../workflows/questionnaire/limits.ts';

/** A download that has not finished in this time has failed (a vendor document is a few MB at most). */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

export interface DownloadOptions {
  /** The file's name as shared: refusals name it. */
  name: string;
  headers?: Record<string, string>;
  /** Size the platform reported, when it did: an oversized file is refused before any byte is fetched. */
  size?: number;
  timeoutMs?: number;
}

/**
 * Fetches one shared file into memory with the size limit (MAX_DOCUMENT_BYTES) checked before the download (the
 * platform's size, then Content-Length) and while it runs (the bytes received), so a lying header cannot make the
 * bot hold more. Nothing is written to disk. Fails with DocumentRejected: `too-large`, or `download-failed` (an
 * HTTP error, an HTML login page instead of the file, a timeout, a broken connection).
 */
export async function downloadDocument(url: string, options: DownloadOptions): Promise<Buffer> {
  const { name } = options;
  if (options.size !== undefined && options.size > MAX_DOCUMENT_BYTES) throw new DocumentRejected('too-large', name);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
  try {
    const res = await fetch(url, { headers: options.headers ?? {}, signal: controller.signal, redirect: 'follow' });
    if (!res.ok || !res.body) throw new DocumentRejected('download-failed', name);
    // Slack answers a request without a valid token with its sign-in page, not the file.
    if (/^text\/html/i.test(res.headers.get('content-type') ?? '') && !/\.html?$/i.test(name)) throw new DocumentRejected('download-failed', name);
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > MAX_DOCUMENT_BYTES) throw new DocumentRejected('too-large', name);
    const chunks: Buffer[] = [];
    let received = 0;
    for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
      received += chunk.length;
      if (received > MAX_DOCUMENT_BYTES) throw new DocumentRejected('too-large', name);
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  } catch (err) {
    if (err instanceof DocumentRejected) throw err;
    throw new DocumentRejected('download-failed', name, { cause: err });
  } finally {
    clearTimeout(timer);
    // Stops a body left unread (a refusal mid-stream) from holding the connection open.
    controller.abort();
  }
}

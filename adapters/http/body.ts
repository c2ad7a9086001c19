import type { IncomingMessage } from 'node:http';

/** A request the client got wrong: the server answers it with `status` and `{ error: message }`, and logs no stack. */
export class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'HttpError';
    this.status = status;
  }
}

/**
 * Reads a request body as a Buffer.
 * @throws HttpError 413 past `limit` bytes (the rest is not read: the response closes the connection), 400 when
 * the client aborts.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(new HttpError(413, `request body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => reject(new HttpError(400, 'request body could not be read')));
    req.on('aborted', () => reject(new HttpError(400, 'request aborted')));
  });
}

/** Strict UTF-8: a body with invalid byte sequences is refused rather than silently mangled into U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a body as UTF-8 text. @throws HttpError 400 on invalid UTF-8. */
export function bodyText(raw: Buffer): string {
  try {
    return utf8.decode(raw);
  } catch {
    throw new HttpError(400, 'body is not valid UTF-8');
  }
}

/** Parses a body as one JSON object (not an array, a string or null). @throws HttpError 400. */
export function parseJsonObject(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'body is not JSON');
  }
  if (!isPlainObject(value)) throw new HttpError(400, 'body is not a JSON object');
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** decodeURIComponent that answers undefined for a broken escape (`%`, `%zz`, a lone surrogate) instead of throwing. */
export function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

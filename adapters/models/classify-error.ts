import { ModelError, type ModelFailure } from '../../bot/answer/chat-model.ts';

/**
 * Maps whatever a vendor SDK or LangChain threw (OpenAI APIError, Anthropic APIError, ollama ResponseError,
 * undici "fetch failed", AbortError, SyntaxError from a broken stream) to a ModelError with a failure class.
 * Only the class and the HTTP status survive: vendor messages can echo the prompt, so they stay in `cause`.
 */
export function toModelError(err: unknown, signal?: AbortSignal): ModelError {
  if (err instanceof ModelError) return err;
  const status = findStatus(err);
  return new ModelError(classify(err, status, signal), { status, cause: err });
}

function classify(err: unknown, status: number | undefined, signal?: AbortSignal): ModelFailure {
  if (signal?.aborted) return isTimeoutReason(signal.reason) ? 'timeout' : 'aborted';
  if (status !== undefined) {
    if (status === 429) return 'rate-limited';
    if (status === 401 || status === 403) return 'auth';
    if (status === 408 || status === 504) return 'timeout';
    if (status >= 500) return 'server-error';
    if (status >= 400) return 'bad-request';
  }
  for (const e of causeChain(err)) {
    const code = typeof e.code === 'string' ? e.code : '';
    const name = typeof e.name === 'string' ? e.name : '';
    if (code === 'ECONNREFUSED') return 'connection-refused';
    if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
    if (name === 'APIConnectionTimeoutError') return 'timeout';
    if (name === 'AbortError' || name === 'APIUserAbortError') return 'aborted';
    if (name === 'SyntaxError') return 'malformed-response';
    if (['ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET'].includes(code)) return 'network';
  }
  for (const e of causeChain(err)) {
    const name = typeof e.name === 'string' ? e.name : '';
    const message = typeof e.message === 'string' ? e.message : '';
    if (name === 'APIConnectionError' || /fetch failed|socket hang up|network/i.test(message)) return 'network';
    if (/JSON|Unexpected token|parse|unexpected event|invalid response|Did not receive done/i.test(message)) return 'malformed-response';
  }
  return 'unknown';
}

function isTimeoutReason(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && (reason as { name?: unknown }).name === 'TimeoutError';
}

type ErrorLike = { code?: unknown; name?: unknown; message?: unknown; status?: unknown; status_code?: unknown; statusCode?: unknown; cause?: unknown; error?: unknown };

/** The error, its `cause`s and (AggregateError) its `errors`, breadth first, bounded. */
function causeChain(err: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 12) {
    const e = queue.shift();
    if (typeof e !== 'object' || e === null) continue;
    const el = e as ErrorLike & { errors?: unknown };
    out.push(el);
    if (el.cause !== undefined) queue.push(el.cause);
    if (Array.isArray(el.errors)) queue.push(...el.errors);
  }
  return out;
}

function findStatus(err: unknown): number | undefined {
  for (const e of causeChain(err)) {
    for (const v of [e.status, e.status_code, e.statusCode]) {
      if (typeof v === 'number' && v >= 100 && v < 600) return v;
    }
  }
  return undefined;
}

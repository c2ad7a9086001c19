/**
 * Timeouts for streamed model output. The limit is on silence, not on total length: a self-hosted model on a CPU
 * may take a minute to write 400 tokens, which is fine as long as words keep arriving; a server that accepts the
 * connection and then says nothing is cut off after `ms`.
 */

export interface IdleTimeout {
  /** Aborts (reason: a DOMException named "TimeoutError") after `ms` without a touch, or when the parent aborts. */
  readonly signal: AbortSignal;
  /** Restarts the clock: call it whenever a piece of output arrives. */
  touch(): void;
  /** Stops the clock (always call it, or the timer keeps the process alive). */
  dispose(): void;
}

/** Starts an idle clock of `ms`, linked to an optional parent signal (e.g. shutdown). */
export function startIdleTimeout(ms: number, parent?: AbortSignal): IdleTimeout {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const fire = () => controller.abort(new DOMException(`no output from the model for ${ms} ms`, 'TimeoutError'));
  const onParentAbort = () => controller.abort(parent?.reason);
  if (parent?.aborted) onParentAbort();
  else parent?.addEventListener('abort', onParentAbort, { once: true });
  const arm = () => {
    if (timer) clearTimeout(timer);
    if (!controller.signal.aborted) timer = setTimeout(fire, ms);
  };
  arm();
  return {
    signal: controller.signal,
    touch: arm,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = undefined;
      parent?.removeEventListener('abort', onParentAbort);
    },
  };
}

/**
 * Iterates `source` but rejects as soon as `signal` aborts, even when the source's next() would never settle
 * (a library that ignores its signal must not be able to hang a turn).
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let rejectOnAbort: ((reason: unknown) => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    rejectOnAbort = reject;
  });
  // Keeps an abort that nobody awaits from surfacing as an unhandled rejection.
  aborted.catch(() => undefined);
  const onAbort = () => rejectOnAbort?.(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), aborted]);
      if (next.done) return;
      yield next.value;
    }
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Best effort: let the source release its connection; never wait on it.
    void Promise.resolve(iterator.return?.()).catch(() => undefined);
  }
}

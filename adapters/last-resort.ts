import type { Logger } from '../bot/logger.ts';

/**
 * The process-level catch of last resort, installed once the server is up: an error nothing else caught (a throw
 * inside a library's callback, a promise nobody awaited) is logged as one JSON line and the server keeps serving
 * the other conversations. Start-up failures happen before this is installed, so they still stop the process with
 * their own message. Returns the function that removes it again.
 */
export function installLastResort(logger: Logger): () => void {
  const onException = (err: Error, origin: string) => {
    logger.error({ err, origin }, 'uncaught error; still serving');
  };
  const onRejection = (reason: unknown) => {
    logger.error({ err: reason, origin: 'unhandledRejection' }, 'unhandled rejection; still serving');
  };
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}

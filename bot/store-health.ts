import type { Store } from '../workflows/store.ts';
import { ErrorCode, isAppError } from './errors.ts';

/** The Store methods that write: only a successful write proves that feedback and history can be recorded again. */
const WRITES = new Set<keyof Store>(['createRun', 'recordStep', 'updateRun', 'ensureChecklist', 'recordChecklistAnswer', 'saveDraft', 'acceptDraftAnswers', 'recordVote', 'logUnanswered', 'claimEvent', 'countQuestion', 'putExport', 'deleteExport', 'saveInstallation', 'noteInstallationWorkspace', 'deleteInstallation', 'deleteWorkspaceData', 'enqueueJob', 'takeJobs', 'renewJobLease', 'finishJob', 'failJob', 'retryJob']);

export interface WatchedStore {
  /** The same store; every call's outcome is noted. */
  store: Store;
  /**
   * True while the latest store_unavailable failure is newer than the latest successful write: a question is then
   * still answered, with a line saying that feedback and history are unavailable.
   */
  degraded(): boolean;
}

/**
 * Watches a Store's calls without changing them. Reads that succeed while writes fail (a database locked by another
 * process) do not clear the flag; the next write that succeeds does (every Slack and Teams turn starts with one, the
 * retry claim), so the note disappears with the first turn after the database is back.
 */
export function watchStore(store: Store, onFailure?: () => void): WatchedStore {
  let seq = 0;
  let lastFailure = 0;
  let lastWrite = 0;
  const note = <T>(name: keyof Store, p: Promise<T>): Promise<T> =>
    p.then(
      (value) => {
        if (WRITES.has(name)) lastWrite = ++seq;
        return value;
      },
      (err: unknown) => {
        if (isAppError(err) && err.code === ErrorCode.StoreUnavailable) {
          lastFailure = ++seq;
          onFailure?.();
        }
        throw err;
      },
    );
  const watched = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'close') return value;
      return (...args: unknown[]) => note(prop as keyof Store, (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
  return { store: watched, degraded: () => lastFailure > lastWrite };
}

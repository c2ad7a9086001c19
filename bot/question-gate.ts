import type { Reply, Turn } from './turn.ts';
import type { Logger } from './logger.ts';
import type { QuestionAdmission, QuestionLimits, Store } from '../workflows/store.ts';
import { textReply } from './reply-doc.ts';

/** A terminal on the operator's own machine is no workspace: its questions are never limited. */
const LOCAL_PLATFORMS = new Set(['console', 'cli']);

export interface QuestionGateOptions {
  store: Pick<Store, 'countQuestion'>;
  limits: QuestionLimits;
  logger: Logger;
  /** Told about every refused question (the rate-limited counter of /metrics). */
  onLimited?: (limit: 'user-minute' | 'workspace-day') => void;
  now?: () => Date;
}

/** Decides whether one more question is answered; a refusal is the polite reply to send instead. */
export type QuestionGate = (turn: Turn) => Promise<Reply | undefined>;

/**
 * Counts each question in the store (so replicas share the count) against the per-user minute and the workspace's
 * UTC day. Only questions pass through here: workflows and buttons are never limited. A store that cannot count
 * lets the question through: an answer needs no store, and a limit must not turn an outage into silence.
 */
export function createQuestionGate(options: QuestionGateOptions): QuestionGate {
  const { store, limits, logger } = options;
  const now = options.now ?? (() => new Date());
  const off = limits.perUserPerMinute === 0 && limits.perWorkspacePerDay === 0;
  return async (turn) => {
    if (off || LOCAL_PLATFORMS.has(turn.platform)) return undefined;
    const at = now();
    let admission: QuestionAdmission;
    try {
      admission = await store.countQuestion({ platform: turn.platform, tenant: turn.tenant }, turn.user.id, limits, at);
    } catch (err) {
      logger.warn({ err, platform: turn.platform }, 'could not count a question against the rate limits; answering it');
      return undefined;
    }
    if (admission.admitted) return undefined;
    // Which workspace and which limit, never who asked or what.
    logger.info({ platform: turn.platform, tenant: turn.tenant, limit: admission.limit }, 'question rate-limited');
    options.onLimited?.(admission.limit);
    return textReply('info', limitedText(admission, at));
  };
}

/** The sentence a limited user reads: which limit, and when they can ask again. */
export function limitedText(refusal: Extract<QuestionAdmission, { admitted: false }>, now: Date): string {
  const retry = new Date(refusal.retryAt);
  const seconds = Math.max(1, Math.ceil((retry.getTime() - now.getTime()) / 1000));
  const questions = `${refusal.allowed} question${refusal.allowed === 1 ? '' : 's'}`;
  if (refusal.limit === 'user-minute') {
    return `You have asked ${questions} in the last minute, which is as many as this workspace allows. Please ask again in ${seconds} seconds. Workflows and buttons still work meanwhile.`;
  }
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.ceil((seconds % 3600) / 60);
  const wait = hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
  return `This workspace has used all ${questions} it may ask today. Questions open again at 00:00 UTC (in about ${wait}). Workflows and buttons still work meanwhile; an administrator can raise RATE_LIMIT_WORKSPACE_PER_DAY.`;
}

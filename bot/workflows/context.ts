import type { Logger } from '../logger.ts';
import type { Turn } from '../turn.ts';
import type { Author, Scope, Store } from '../../workflows/store.ts';
import { conversationOf } from '../../workflows/store.ts';
import type { RunnerContext } from '../../workflows/runner/runner.ts';
import { loadQuestions } from '../../workflows/checklist/questions.ts';
import { loadCardIndex, type CardIndex } from '../../workflows/citations.ts';
import type { PassageJudge } from '../../workflows/questionnaire/index.ts';

export interface WorkflowServiceOptions {
  store: Store;
  logger: Logger;
  /** Knowledge cards directory (default knowledge/cards); tests point it at fixtures. */
  cardsDir?: string;
  /** Clock, for tests. */
  now?: () => Date;
  /** A model's help in judging vendor documents, when a self-hosted model is configured (loaded on first use). */
  judge?: () => Promise<PassageJudge | undefined>;
}

/** What every handler needs for one turn. */
export interface FlowContext extends RunnerContext {
  turn: Turn;
  author: Author;
  cards: CardIndex;
  logger: Logger;
  now: () => Date;
  judge?: () => Promise<PassageJudge | undefined>;
}

export function scopeOf(turn: Turn): Scope {
  return { platform: turn.platform, tenant: turn.tenant };
}

export function authorOf(turn: Turn): Author {
  return turn.user.name ? { id: turn.user.id, name: turn.user.name } : { id: turn.user.id };
}

/** Loads the question set and card index once (cached per directory) and builds the turn's context. */
export async function contextFor(turn: Turn, options: WorkflowServiceOptions): Promise<FlowContext> {
  const [{ questions, problems }, cards] = await Promise.all([loadQuestions(options.cardsDir), loadCardIndex(options.cardsDir)]);
  if (problems.length) options.logger.warn({ problems }, 'checklist cards are incomplete; run `kb lint`');
  return {
    store: options.store,
    scope: scopeOf(turn),
    conversation: conversationOf(turn),
    questions,
    turn,
    author: authorOf(turn),
    cards,
    logger: options.logger,
    now: options.now ?? (() => new Date()),
    ...(options.judge ? { judge: options.judge } : {}),
  };
}

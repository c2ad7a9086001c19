import { searchQuery } from './follow-up.ts';
import type { Logger } from '../logger.ts';
import type { AnswerRequest, AnswerResult, Answerer } from './types.ts';
import type { Retriever, RetrievalMode } from '../../knowledge/retrieval/retriever.ts';
import { retrievePassages, type Passage } from '../../knowledge/retrieval/passages.ts';
import { compose, DEFAULT_COMPOSE, type ComposeOptions } from './compose.ts';
import { answerConfidence } from './confidence.ts';
import { detectInjection } from './guard.ts';

/** What the bot says when it has no grounded answer. */
export const NO_ANSWER_TEXT = "I don't have a grounded answer to that.";

/** Below this confidence the answer is withheld (chosen with `kb eval` and the off-topic fixtures). */
export const DEFAULT_THRESHOLD = 0.45;

export interface UnansweredInfo {
  reason: 'low-confidence' | 'injection' | 'empty';
  confidence: number;
  closestTopics: { id: string; title: string }[];
}

export interface ExtractiveAnswererOptions {
  /** The retriever, or a function returning it (called for every question; it should cache). */
  retriever: Retriever | (() => Promise<Retriever>);
  threshold?: number;
  /** Called for every question left unanswered, so knowledge owners can see the gaps (the store logs it). */
  onUnanswered?: (question: string, info: UnansweredInfo) => void | Promise<void>;
  logger?: Logger;
  /** Retrieval mode (default "fused"). */
  mode?: RetrievalMode;
  compose?: Partial<ComposeOptions>;
}

/** The extractive answerer, plus the lower-level calls grounded generation reuses. */
export interface ExtractiveAnswerer extends Answerer {
  /** The k best passages for a question. */
  retrieve(question: string, k?: number, mode?: RetrievalMode): Promise<Passage[]>;
  /** Answers with an explicit retrieval mode (used by `kb eval`). */
  answerWithMode(question: string, mode: RetrievalMode): Promise<AnswerResult>;
}

/**
 * Creates the no-model answerer: question -> hybrid retrieval -> the best sentences of the best chunks, each with
 * a numbered citation, and a confidence. Below the threshold, or for text that tries to steer the bot, it answers
 * "I don't have a grounded answer to that." with the closest topics, and reports the question to `onUnanswered`.
 */
export async function createExtractiveAnswerer(options: ExtractiveAnswererOptions): Promise<ExtractiveAnswerer> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const composeOptions = { ...DEFAULT_COMPOSE, ...options.compose };
  // Asked on every question: the provider caches, and may reopen the index when the cards changed.
  const getRetriever = () => (typeof options.retriever === 'function' ? options.retriever() : Promise.resolve(options.retriever));

  const unanswered = async (question: string, info: UnansweredInfo): Promise<AnswerResult> => {
    try {
      await options.onUnanswered?.(question, info);
    } catch (err) {
      // Logging a gap must never cost the user their reply.
      options.logger?.warn({ err }, 'onUnanswered hook failed');
    }
    return { answered: false, answer: NO_ANSWER_TEXT, citations: [], confidence: info.confidence, mode: 'extractive', closestTopics: info.closestTopics };
  };

  async function answerWithMode(question: string, mode: RetrievalMode): Promise<AnswerResult> {
    const q = question.trim();
    if (!q) return unanswered(question, { reason: 'empty', confidence: 0, closestTopics: [] });
    const retriever = await getRetriever();
    const hits = await retriever.search(q, { k: Math.max(5, composeOptions.chunks), mode });
    const closestTopics = [...new Map(hits.map((h) => [h.chunk.cardId, { id: h.chunk.cardId, title: h.chunk.title }])).values()].slice(0, 3);
    if (detectInjection(q)) return unanswered(question, { reason: 'injection', confidence: 0, closestTopics });

    const composition = compose(q, hits, retriever, composeOptions);
    const lead = composition.sentences[0];
    const similarity = lead ? await retriever.similarity(q, lead.chunk.id) : 0;
    const confidence = answerConfidence({ coverage: composition.coverage, similarity });
    options.logger?.debug({ mode, confidence, coverage: composition.coverage, similarity, lead: lead?.chunk.id }, 'extractive answer');
    if (!lead || confidence < threshold) return unanswered(question, { reason: 'low-confidence', confidence, closestTopics });
    return { answered: true, answer: composition.answer, citations: composition.citations, confidence, mode: 'extractive' };
  }

  return {
    answer: (request: AnswerRequest) => answerWithMode(searchQuery(request), options.mode ?? 'fused'),
    answerWithMode,
    retrieve: async (question, k = 5, mode = options.mode ?? 'fused') => retrievePassages(await getRetriever(), question, k, mode),
  };
}

import { searchQuery } from './follow-up.ts';
import type { Logger } from '../logger.ts';
import type { Citation, TurnOptions } from '../turn.ts';
import type { Answerer, AnswerRequest, AnswerResult } from './types.ts';
import { ModelError, isModelError, type ChatMessage, type ChatModel, type ModelFailure } from './chat-model.ts';
import { abortable, startIdleTimeout } from './idle-timeout.ts';
import { DECLINED_NOTE, UNVERIFIED_NOTE, checkGrounding } from './grounding.ts';
import { buildGroundedPrompt } from './prompt.ts';
import { chooseModelRoute, providerLabel, redactRequest, redactionNote } from './routing.ts';
import { USER_MESSAGES } from '../errors.ts';
import { detectInjection, guardHistory } from './guard.ts';
import { DEFAULT_MODEL_TIMEOUT_MS } from '../config/schema.ts';

/** What the model answerer needs from a retrieved passage (retrieval returns more; this is all we read). */
export interface Passage {
  cardId: string;
  title: string;
  heading?: string;
  url: string | null;
  text: string;
}

/** Retrieval: the k best passages for a question, best first. */
export type RetrieveFn = (question: string, k: number) => Promise<Passage[]>;

export interface ModelAnswererOptions {
  retrieve: RetrieveFn;
  /** The extractive answerer: the answer whenever the model cannot give a verified one. */
  fallback: Answerer;
  models: { default?: ChatModel; sensitive?: ChatModel };
  /** SENSITIVE_CHANNELS: turns there go to the sensitive (self-hosted) model. */
  sensitiveChannels?: string[];
  logger: Logger;
  /** Longest silence from the model before giving up (MODEL_TIMEOUT_MS). Default 20 s. */
  timeoutMs?: number;
  /** Passages in the prompt. Default 5. */
  k?: number;
  /** Sampling temperature. Default 0.1: restate the passages, do not invent. */
  temperature?: number;
  /** Output cap: chat-length answers. Default 400 tokens. */
  maxTokens?: number;
  /** Told when the extractive answer replaces the model's (the fallback counter of /metrics). */
  onFallback?: (reason: 'model-unavailable' | 'unverified') => void;
}

/**
 * Answers with a chat model, grounded in retrieved passages and verified by its citations; falls back to the
 * extractive answer (with a one-line note) on any model failure or unverifiable answer, so a turn is never silent.
 */
export function createModelAnswerer(options: ModelAnswererOptions): Answerer {
  const { logger, fallback } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_MODEL_TIMEOUT_MS;
  const k = options.k ?? 5;

  return {
    async answer(request, turnOptions) {
      const route = chooseModelRoute(request, options);
      // The route, never the content: provider, model, reason, and the kinds of personal data (not the values).
      logger.info(
        { provider: route.model?.provider ?? 'extractive', model: route.model?.model, reason: route.reason, redacted: route.redact, personalData: route.personalData },
        'answer route',
      );
      const model = route.model;
      if (!model) return fallback.answer(request, turnOptions);
      // Text that tries to steer the bot is not worth a model call: the extractive answerer declines it.
      if (detectInjection(request.question)) {
        logger.info({ provider: model.provider, reason: 'injection' }, 'not sent to the model');
        return fallback.answer(request, turnOptions);
      }

      // Earlier turns pass the same guard as the question: one that tries to steer the model is neither sent to it
      // nor searched with.
      const history = guardHistory(request.history);
      if (history.withheld > 0) logger.info({ provider: model.provider, reason: 'injection', withheld: history.withheld }, 'history turns not sent to the model');
      const guarded: AnswerRequest = { ...request, history: history.history };

      // The extractive answer runs alongside: it is the fallback, ready at once, and its retrieval confidence
      // is the confidence of the model's answer too (both stand on the same passages).
      const extractive = fallback.answer(guarded);
      extractive.catch(() => undefined);
      // The same answerability gate as the extractive answer: a question it refuses (off-topic, too far from the
      // cards) is not sent to a model either; one naming something uncovered goes with that list in the prompt.
      const gate = await extractive.catch(() => undefined);
      if (gate && !gate.answered && !gate.unknown?.length) return gate;
      // A short follow-up is searched together with the previous question (the model still sees the history).
      const passages = await options.retrieve(searchQuery(guarded), k);
      if (passages.length === 0) return extractive;

      const notes: string[] = [];
      let outgoing = guarded;
      if (route.redact) {
        const redacted = redactRequest(outgoing);
        outgoing = redacted.request;
        notes.push(redactionNote(redacted.types, providerLabel(model.provider)));
      }
      const messages = buildGroundedPrompt({ passages, question: outgoing.question, history: outgoing.history, notCovered: gate?.unknown, verdict: gate?.verdict });

      let text: string;
      try {
        text = await generate(model, messages, turnOptions, { timeoutMs, temperature: options.temperature ?? 0.1, maxTokens: options.maxTokens ?? 400 }, logger);
      } catch (err) {
        const failure: ModelFailure = isModelError(err) ? err.failure : 'unknown';
        logger.warn({ provider: model.provider, model: model.model, failure, status: isModelError(err) ? err.status : undefined }, 'model unavailable; answering extractively');
        options.onFallback?.('model-unavailable');
        return withNotes(await extractive, [...notes, USER_MESSAGES.model_unavailable]);
      }

      const check = checkGrounding(text, passages.length);
      if (!check.ok) {
        logger.info({ provider: model.provider, model: model.model, problem: check.problem }, 'model answer not verified; answering extractively');
        options.onFallback?.('unverified');
        const result = await extractive;
        if (check.problem === 'declined') return withNotes(result, result.answered ? [...notes, DECLINED_NOTE] : notes);
        return withNotes(result, [...notes, UNVERIFIED_NOTE]);
      }
      const retrieval = await extractive.catch(() => undefined);
      return {
        answered: true,
        answer: check.text,
        citations: toCitations(check.cited.map((n) => passages[n - 1]).filter((p): p is Passage => p !== undefined)),
        confidence: retrieval?.confidence ?? 0.5,
        unknown: retrieval?.unknown ?? [],
        mode: 'model',
        provider: model.provider,
        ...(notes.length > 0 ? { notes } : {}),
      };
    },
  };
}

interface GenerateSettings {
  timeoutMs: number;
  temperature: number;
  maxTokens: number;
}

/** Streams the model's answer, forwarding each partial text; the idle timeout aborts a silent model. */
async function generate(model: ChatModel, messages: ChatMessage[], turnOptions: TurnOptions | undefined, settings: GenerateSettings, logger: Logger): Promise<string> {
  const idle = startIdleTimeout(settings.timeoutMs);
  let text = '';
  try {
    const stream = model.stream(messages, { signal: idle.signal, temperature: settings.temperature, maxTokens: settings.maxTokens });
    for await (const piece of abortable(stream, idle.signal)) {
      idle.touch();
      text += piece;
      try {
        turnOptions?.onPartial?.(text);
      } catch (err) {
        // A rendering problem in an adapter must not cost the user the answer.
        logger.debug({ errorClass: err instanceof Error ? err.name : typeof err }, 'onPartial failed');
      }
    }
  } catch (err) {
    // Our own clock fired: that is a timeout whatever the model's stream threw on the way out.
    if (idle.signal.aborted) throw new ModelError('timeout', { cause: err });
    throw err;
  } finally {
    idle.dispose();
  }
  return text;
}

/** Reply citations: the cited passages, numbered in order of first use. */
function toCitations(cited: Passage[]): Citation[] {
  const perCard = new Map<string, number>();
  for (const p of cited) perCard.set(p.cardId, (perCard.get(p.cardId) ?? 0) + 1);
  return cited.map((p, i) => ({
    n: i + 1,
    id: p.cardId,
    // Two passages of one card would read as the same source twice: the heading tells them apart.
    title: (perCard.get(p.cardId) ?? 0) > 1 && p.heading ? `${p.title} — ${p.heading}` : p.title,
    url: p.url,
  }));
}

function withNotes(result: AnswerResult, notes: string[]): AnswerResult {
  if (notes.length === 0) return result;
  return { ...result, notes: [...(result.notes ?? []), ...notes] };
}

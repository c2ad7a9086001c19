import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { ChatMessage, ChatModel, ChatStreamOptions } from '../../bot/answer/chat-model.ts';
import { ModelError } from '../../bot/answer/chat-model.ts';
import { abortable, startIdleTimeout } from '../../bot/answer/idle-timeout.ts';
import { toModelError } from './classify-error.ts';

/** Low temperature: the model restates passages, it does not invent. */
export const DEFAULT_TEMPERATURE = 0.1;
/** Chat-length answers: a few short paragraphs at most. */
export const DEFAULT_MAX_TOKENS = 400;

/** What a provider file gives the generic wrapper: a fresh LangChain model for one call. */
export type LangChainModelFactory = (call: { temperature: number; maxTokens: number; signal: AbortSignal }) => BaseChatModel;

export interface LangChainChatModelOptions {
  provider: string;
  model: string;
  closed: boolean;
  /** Silence (no new output) longer than this aborts the call with a "timeout" ModelError. */
  timeoutMs: number;
  create: LangChainModelFactory;
}

/**
 * Wraps a LangChain chat model as our ChatModel: converts messages, streams text pieces, applies the idle timeout
 * through an AbortSignal, and turns every failure into a ModelError (never a vendor message).
 * A model object is built per call: they are cheap, and it lets the Ollama client's fetch see the call's signal.
 */
export function createLangChainChatModel(options: LangChainChatModelOptions): ChatModel {
  return {
    provider: options.provider,
    model: options.model,
    closed: options.closed,
    stream: (messages, streamOptions) => streamText(options, messages, streamOptions ?? {}),
  };
}

async function* streamText(options: LangChainChatModelOptions, messages: ChatMessage[], call: ChatStreamOptions): AsyncGenerator<string> {
  const idle = startIdleTimeout(options.timeoutMs, call.signal);
  const { signal } = idle;
  let pieces = 0;
  try {
    const model = options.create({
      temperature: call.temperature ?? DEFAULT_TEMPERATURE,
      maxTokens: call.maxTokens ?? DEFAULT_MAX_TOKENS,
      signal,
    });
    const stream = await raceSignal(model.stream(toLangChain(messages), { signal }), signal);
    for await (const chunk of abortable(stream, signal)) {
      idle.touch();
      const text = chunk.text;
      if (text) {
        pieces += 1;
        yield text;
      }
    }
    signal.throwIfAborted();
  } catch (err) {
    throw toModelError(err, signal);
  } finally {
    idle.dispose();
  }
  // A 200 with a body we could not read as the protocol's stream yields nothing: that is a malformed reply.
  if (pieces === 0) throw new ModelError('malformed-response');
}

function toLangChain(messages: ChatMessage[]): BaseMessage[] {
  return messages.map((m) => {
    if (m.role === 'system') return new SystemMessage(m.content);
    if (m.role === 'assistant') return new AIMessage(m.content);
    return new HumanMessage(m.content);
  });
}

/** Rejects when the signal aborts, even if `promise` never settles. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/**
 * A fetch that also aborts on `signal`: some clients (ollama-js) do not forward LangChain's signal to the socket,
 * so without this a hung server would keep its connection open after we gave up.
 */
export function fetchWithSignal(signal: AbortSignal): typeof fetch {
  return (input, init) => {
    const signals = [signal, init?.signal].filter((s): s is AbortSignal => s instanceof AbortSignal);
    return fetch(input, { ...init, signal: AbortSignal.any(signals) });
  };
}

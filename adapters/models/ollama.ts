import { ChatOllama } from '@langchain/ollama';
import type { ChatModel } from '../../bot/answer/chat-model.ts';
import { createLangChainChatModel, fetchWithSignal } from './langchain-chat-model.ts';
import { guardNdjson } from './ndjson-guard.ts';

export interface OllamaChatOptions {
  model: string;
  /** The Ollama server, e.g. http://127.0.0.1:11434 (no /api suffix). */
  baseUrl: string;
  /** Sent as a Bearer token when Ollama sits behind an authenticating proxy. */
  apiKey?: string;
  timeoutMs: number;
}

/** A self-hosted Ollama server through @langchain/ollama (POST /api/chat, NDJSON stream). */
export function createOllamaChatModel(options: OllamaChatOptions): ChatModel {
  return createLangChainChatModel({
    provider: 'ollama',
    model: options.model,
    closed: false,
    timeoutMs: options.timeoutMs,
    create: ({ temperature, maxTokens, signal }) =>
      new ChatOllama({
        model: options.model,
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        temperature,
        numPredict: maxTokens,
        // Failures go straight to our extractive fallback; a retry would only keep the user waiting.
        maxRetries: 0,
        // Never pull a model from the internet on a user's turn.
        checkOrPullModel: false,
        headers: options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : undefined,
        fetch: async (input, init) => guardNdjson(await fetchWithSignal(signal)(input, init)),
      }),
  });
}

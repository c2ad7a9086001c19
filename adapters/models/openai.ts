import { ChatOpenAI } from '@langchain/openai';
import type { ChatModel } from '../../bot/answer/chat-model.ts';
import { createLangChainChatModel } from './langchain-chat-model.ts';

export const OPENAI_API_URL = 'https://api.openai.com/v1';

export interface OpenAIChatOptions {
  provider: 'openai' | 'openai-compatible';
  model: string;
  /** Required for openai-compatible (e.g. http://127.0.0.1:8000/v1); an optional gateway or regional endpoint for openai. */
  baseUrl?: string;
  apiKey?: string;
  timeoutMs: number;
}

/**
 * OpenAI, or any server speaking its Chat Completions protocol (vLLM, llama.cpp server, LM Studio, a LiteLLM proxy),
 * through @langchain/openai (POST {baseUrl}/chat/completions, SSE stream).
 */
export function createOpenAIChatModel(options: OpenAIChatOptions): ChatModel {
  const compatible = options.provider === 'openai-compatible';
  return createLangChainChatModel({
    provider: options.provider,
    model: options.model,
    closed: !compatible,
    timeoutMs: options.timeoutMs,
    create: ({ temperature, maxTokens }) =>
      new ChatOpenAI({
        model: options.model,
        // The SDK refuses to start without a key; most self-hosted servers ignore the header.
        apiKey: options.apiKey ?? (compatible ? 'not-needed' : undefined),
        temperature,
        maxTokens,
        maxRetries: 0,
        // Self-hosted servers speak Chat Completions, not the Responses API.
        useResponsesApi: false,
        // stream_options.include_usage is rejected by some older compatible servers; we do not need usage.
        streamUsage: !compatible,
        // logLevel off: on a broken stream the SDK would print the raw chunk to stderr; we log the failure class instead.
        // The base URL is always explicit, so OPENAI_BASE_URL or a LangSmith gateway in the environment cannot redirect prompts.
        configuration: { baseURL: options.baseUrl ? withApiPath(options.baseUrl) : OPENAI_API_URL, logLevel: 'off' },
      }),
  });
}

/** "http://host:8000" means the server root: Chat Completions servers live under /v1 there (vLLM, llama.cpp, LM Studio). */
export function withApiPath(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1';
  return url.toString().replace(/\/+$/, '');
}

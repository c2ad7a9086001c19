import { ChatAnthropic } from '@langchain/anthropic';
import type { ChatModel } from '../../bot/answer/chat-model.ts';
import { createLangChainChatModel } from './langchain-chat-model.ts';

export const ANTHROPIC_API_URL = 'https://api.anthropic.com';

export interface AnthropicChatOptions {
  model: string;
  apiKey: string;
  /** An override such as a gateway or a regional endpoint (the SDK appends /v1/messages). */
  baseUrl?: string;
  timeoutMs: number;
}

/** Anthropic's Messages API through @langchain/anthropic (POST /v1/messages, SSE events). */
export function createAnthropicChatModel(options: AnthropicChatOptions): ChatModel {
  return createLangChainChatModel({
    provider: 'anthropic',
    model: options.model,
    closed: true,
    timeoutMs: options.timeoutMs,
    create: ({ temperature, maxTokens }) =>
      new ChatAnthropic({
        model: options.model,
        apiKey: options.apiKey,
        // Always explicit, so ANTHROPIC_BASE_URL or a LangSmith gateway in the environment cannot redirect prompts.
        anthropicApiUrl: options.baseUrl?.replace(/\/+$/, '') ?? ANTHROPIC_API_URL,
        temperature,
        maxTokens,
        maxRetries: 0,
        streaming: true,
        // On a broken stream the SDK would print the raw chunk to stderr; we log the failure class instead.
        clientOptions: { logLevel: 'off' },
      }),
  });
}

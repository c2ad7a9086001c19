import type { ChatModel } from '../../bot/answer/chat-model.ts';
import type { Config, ModelTarget } from '../../bot/config/index.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import { createAnthropicChatModel } from './anthropic.ts';
import { createOllamaChatModel } from './ollama.ts';
import { createOpenAIChatModel } from './openai.ts';
import { DEFAULT_MODEL_TIMEOUT_MS } from '../../bot/config/schema.ts';

export { DEFAULT_MAX_TOKENS, DEFAULT_TEMPERATURE } from './langchain-chat-model.ts';

/** The keys a model target may need; each provider reads only its own. */
export interface ChatModelSecrets {
  openaiApiKey?: string;
  anthropicApiKey?: string;
  /** For a self-hosted server behind authentication (vLLM --api-key, a LiteLLM master key, a proxy in front of Ollama). */
  modelApiKey?: string;
}

/**
 * Builds the ChatModel for one configured target. Returns undefined for provider "none".
 * @throws AppError(config_invalid) when a required setting is missing (loadConfig normally catches it first).
 */
export function createChatModel(target: ModelTarget, secrets: ChatModelSecrets, timeoutMs: number = DEFAULT_MODEL_TIMEOUT_MS): ChatModel | undefined {
  const need = (what: string, value: string | undefined): string => {
    if (!value) throw new AppError(ErrorCode.ConfigInvalid, `${what} is required for the ${target.provider} model`);
    return value;
  };
  switch (target.provider) {
    case 'none':
      return undefined;
    case 'ollama':
      return createOllamaChatModel({ model: need('a model name', target.name), baseUrl: need('a base URL', target.baseUrl), apiKey: secrets.modelApiKey, timeoutMs });
    case 'openai-compatible':
      return createOpenAIChatModel({ provider: 'openai-compatible', model: need('a model name', target.name), baseUrl: need('a base URL', target.baseUrl), apiKey: secrets.modelApiKey, timeoutMs });
    case 'openai':
      return createOpenAIChatModel({ provider: 'openai', model: need('a model name', target.name), baseUrl: target.baseUrl, apiKey: need('OPENAI_API_KEY', secrets.openaiApiKey), timeoutMs });
    case 'anthropic':
      return createAnthropicChatModel({ model: need('a model name', target.name), baseUrl: target.baseUrl, apiKey: need('ANTHROPIC_API_KEY', secrets.anthropicApiKey), timeoutMs });
  }
}

/** The default and the sensitive-turn models of a Config, ready for createModelAnswerer. */
export function createChatModels(config: Config): { default?: ChatModel; sensitive?: ChatModel } {
  const { openaiApiKey, anthropicApiKey } = config.secrets;
  return {
    default: createChatModel(config.model, { openaiApiKey, anthropicApiKey, modelApiKey: config.secrets.modelApiKey }, config.model.timeoutMs),
    sensitive: createChatModel(config.sensitive.model, { modelApiKey: config.secrets.sensitiveModelApiKey }, config.model.timeoutMs),
  };
}

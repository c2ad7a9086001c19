import type { Config } from '../bot/config/index.ts';
import { createKnowledgeBase, type KnowledgeBase, type KnowledgeBaseOptions } from '../bot/answer/knowledge-base.ts';

export interface ConfiguredKnowledgeBaseOptions extends Omit<KnowledgeBaseOptions, 'remoteEmbedder'> {
  secrets?: Pick<Config['secrets'], 'openaiApiKey'>;
}

/**
 * The knowledge base with every embeddings provider available: the local default from knowledge/, and Ollama or
 * OpenAI embeddings from adapters/models (loaded only when configured).
 */
export function createConfiguredKnowledgeBase(options: ConfiguredKnowledgeBaseOptions): KnowledgeBase {
  const { secrets, ...rest } = options;
  return createKnowledgeBase({
    ...rest,
    remoteEmbedder: async (settings, { cacheDir }) => {
      const { createEmbedder } = await import('./models/embeddings.ts');
      return createEmbedder(settings, secrets ?? {}, { cacheDir });
    },
  });
}

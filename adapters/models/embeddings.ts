import type { Config } from '../../bot/config/index.ts';
import { AppError, ErrorCode } from '../../bot/errors.ts';
import type { Embedder } from '../../knowledge/retrieval/embedder.ts';
import { createLocalEmbedder } from '../../knowledge/retrieval/sif-embedder.ts';

/**
 * Embedders for the knowledge index. The default is local (word vectors, no network); Ollama and OpenAI
 * embeddings come through LangChain, wrapped behind the Embedder interface so knowledge/ never sees LangChain.
 */

export interface EmbedderSecrets {
  openaiApiKey?: string;
}

export interface CreateEmbedderOptions {
  /** Where the local word-vector cache lives (`<dataDir>/cache`). */
  cacheDir: string;
  /** Per-request timeout for a model server. */
  timeoutMs?: number;
}

/** What a LangChain embeddings class offers; the two we use share it. */
interface LangChainEmbeddings {
  embedDocuments(texts: string[]): Promise<number[][]>;
}

/** Wraps a LangChain embeddings object. `dims` is learnt from the first answer. */
function wrap(id: string, lc: LangChainEmbeddings, provider: string): Embedder {
  let dims = 0;
  return {
    id,
    get dims() {
      return dims;
    },
    async embed(texts) {
      if (!texts.length) return [];
      try {
        const out = await lc.embedDocuments(texts);
        dims = out[0]?.length ?? dims;
        return out;
      } catch (err) {
        // The message names the server, never a key.
        throw new AppError(ErrorCode.IndexUnavailable, `the ${provider} embeddings server did not answer (${(err as Error).message})`, { cause: err });
      }
    },
  };
}

/**
 * Builds the embedder the configuration asks for.
 * @throws AppError(config_invalid) when a provider's required setting is missing.
 */
export async function createEmbedder(embeddings: Config['embeddings'], secrets: EmbedderSecrets, options: CreateEmbedderOptions): Promise<Embedder> {
  switch (embeddings.provider) {
    case 'local':
      return createLocalEmbedder({ cacheDir: options.cacheDir });
    case 'ollama': {
      if (!embeddings.baseUrl) throw new AppError(ErrorCode.ConfigInvalid, 'EMBEDDINGS_BASE_URL is required when EMBEDDINGS_PROVIDER=ollama');
      const model = embeddings.model ?? 'nomic-embed-text';
      // Imported on demand: the local default must not pay for loading provider SDKs.
      const { OllamaEmbeddings } = await import('@langchain/ollama');
      // One retry only: a server that is down should fail the build in seconds, not after minutes of back-off.
      return wrap(`ollama:${model}@${embeddings.baseUrl}`, new OllamaEmbeddings({ model, baseUrl: embeddings.baseUrl, maxRetries: 1 }), 'Ollama');
    }
    case 'openai': {
      if (!secrets.openaiApiKey) throw new AppError(ErrorCode.ConfigInvalid, 'OPENAI_API_KEY is required when EMBEDDINGS_PROVIDER=openai');
      const model = embeddings.model ?? 'text-embedding-3-small';
      const [{ OpenAIEmbeddings }, { OPENAI_API_URL, withApiPath }] = await Promise.all([import('@langchain/openai'), import('./openai.ts')]);
      const lc = new OpenAIEmbeddings({
        model,
        apiKey: secrets.openaiApiKey,
        timeout: options.timeoutMs ?? 30_000,
        maxRetries: 1,
        // Always explicit, so OPENAI_BASE_URL in the environment cannot redirect the card texts elsewhere.
        configuration: { baseURL: embeddings.baseUrl ? withApiPath(embeddings.baseUrl) : OPENAI_API_URL },
      });
      return wrap(`openai:${model}${embeddings.baseUrl ? `@${embeddings.baseUrl}` : ''}`, lc, 'OpenAI');
    }
  }
}

import { AppError, ErrorCode } from '../errors.ts';

/**
 * The one seam between the core and a language model (STYLE.md rule 4). bot/ owns it; adapters/models/ implements
 * it with LangChain's chat models, so the core never sees a LangChain class or a vendor SDK.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatStreamOptions {
  /** Aborts the request (timeout, shutdown). The stream must stop promptly and reject. */
  signal?: AbortSignal;
  temperature?: number;
  maxTokens?: number;
}

export interface ChatModel {
  /** The provider name as configured: "ollama", "openai-compatible", "openai", "anthropic". */
  readonly provider: string;
  /** The model name sent to the provider (for logs; never secret). */
  readonly model: string;
  /** True when prompts leave the building (a closed vendor API); false for a self-hosted server. */
  readonly closed: boolean;
  /** Streams the reply as text pieces, in order. Rejects with a ModelError on any failure. */
  stream(messages: ChatMessage[], options?: ChatStreamOptions): AsyncIterable<string>;
}

/** Why a model call failed, as a class a log line and a test can name (never the vendor's message). */
export type ModelFailure =
  | 'connection-refused'
  | 'network'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'auth'
  | 'bad-request'
  | 'malformed-response'
  | 'aborted'
  | 'unknown';

/** A failed model call. Its user text is the table's model_unavailable sentence. */
export class ModelError extends AppError {
  readonly failure: ModelFailure;
  /** HTTP status when the server answered with one. */
  readonly status?: number;
  constructor(failure: ModelFailure, options?: { status?: number; cause?: unknown }) {
    super(ErrorCode.ModelUnavailable, undefined, { cause: options?.cause });
    this.name = 'ModelError';
    this.failure = failure;
    this.status = options?.status;
  }
}

export function isModelError(err: unknown): err is ModelError {
  return err instanceof ModelError;
}

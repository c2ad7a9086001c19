import type { ChatModel } from './chat-model.ts';
import type { AnswerRequest } from './types.ts';
import { detectPersonalData, describeType, personalDataTypes, redactPersonalData, type PersonalDataType } from '../privacy/index.ts';

/** Why a turn went where it went; logged with the provider, never with the content. */
export type RouteReason = 'sensitive-channel' | 'personal-data' | 'default';

export interface ModelRoute {
  /** The model to ask; undefined means answer extractively (no model for this route). */
  model?: ChatModel;
  reason: RouteReason;
  /** True when the turn is sensitive, no self-hosted model can take it, and the model it goes to is closed. */
  redact: boolean;
  /** Kinds of personal data detected in the question and history (kinds only, never values). */
  personalData: PersonalDataType[];
}

export interface RoutingOptions {
  models: { default?: ChatModel; sensitive?: ChatModel };
  /** Channel ids or names (with or without "#"), compared case-insensitively. */
  sensitiveChannels?: string[];
}

/** True when `channel` is listed in SENSITIVE_CHANNELS. */
export function isSensitiveChannel(channel: string | undefined, sensitiveChannels: string[] = []): boolean {
  if (!channel) return false;
  const norm = (s: string) => s.trim().replace(/^#/, '').toLowerCase();
  const c = norm(channel);
  return sensitiveChannels.some((s) => norm(s) === c);
}

/**
 * Hybrid routing, the architecture the knowledge base recommends: sensitive turns (a listed channel, or personal
 * data in the question or thread) go to the self-hosted model; with none configured, they go to the default model,
 * redacted first if that model is a closed API. Everything else goes to the default model.
 */
export function chooseModelRoute(request: AnswerRequest, options: RoutingOptions): ModelRoute {
  const texts = [request.question, ...(request.history ?? []).map((h) => h.text)];
  const personalData = personalDataTypes(texts.flatMap((t) => detectPersonalData(t)));
  const reason: RouteReason = isSensitiveChannel(request.channel, options.sensitiveChannels)
    ? 'sensitive-channel'
    : personalData.length > 0
      ? 'personal-data'
      : 'default';
  if (reason === 'default') return { model: options.models.default, reason, redact: false, personalData };
  if (options.models.sensitive) return { model: options.models.sensitive, reason, redact: false, personalData };
  const model = options.models.default;
  return { model, reason, redact: model?.closed === true, personalData };
}

/** The request as it may leave the building: question and history with personal data replaced by placeholders. */
export function redactRequest(request: AnswerRequest): { request: AnswerRequest; types: PersonalDataType[] } {
  const question = redactPersonalData(request.question);
  const history = (request.history ?? []).map((h) => ({ role: h.role, redaction: redactPersonalData(h.text) }));
  const types = [...new Set([...question.types, ...history.flatMap((h) => h.redaction.types)])];
  return {
    request: { ...request, question: question.text, history: history.map((h) => ({ role: h.role, text: h.redaction.text })) },
    types,
  };
}

/** The note a redacted turn's reply carries, naming the kinds removed and where the question went. */
export function redactionNote(types: PersonalDataType[], providerLabel: string): string {
  if (types.length === 0) {
    return `This conversation is marked sensitive and no self-hosted model is configured, so it was checked for personal data (none found) before going to ${providerLabel}.`;
  }
  const kinds = types.map(describeType);
  const list = kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds[kinds.length - 1]}`;
  return `Personal data (${list}) was replaced with placeholders before your question went to ${providerLabel}, because no self-hosted model is configured for sensitive questions.`;
}

/** A provider name as a user reads it. */
export function providerLabel(provider: string): string {
  const labels: Record<string, string> = { openai: 'OpenAI', anthropic: 'Anthropic', ollama: 'the self-hosted model', 'openai-compatible': 'the self-hosted model' };
  return labels[provider] ?? provider;
}

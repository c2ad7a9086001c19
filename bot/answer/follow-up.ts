import type { AnswerRequest } from './types.ts';

/** Openings that lean on the previous question: "and for Mistral?", "what about Qwen?". */
const LEADS_ON_CONTEXT = /^(and|but|also|so|then|what about|how about|what if|same for|and for|or)\b/i;
/** Words that point back to something said before. */
const POINTS_BACK = /\b(it|its|that|this|they|them|their|those|these|there|one)\b/i;
const MAX_FOLLOW_UP_WORDS = 8;

/**
 * The question to search with. A short follow-up in a thread ("what about Mistral?", "is it Apache 2.0?") means
 * little on its own, so it is searched together with the user's previous question; anything else is searched as
 * asked. The user's own words are still what the answer is composed for.
 */
export function searchQuery(request: Pick<AnswerRequest, 'question' | 'history'>): string {
  const question = request.question.trim();
  const previous = [...(request.history ?? [])].reverse().find((h) => h.role === 'user' && h.text.trim() && h.text.trim() !== question);
  if (!previous) return question;
  const words = question.split(/\s+/).filter(Boolean).length;
  const isFollowUp = words <= MAX_FOLLOW_UP_WORDS && (LEADS_ON_CONTEXT.test(question) || POINTS_BACK.test(question));
  return isFollowUp ? `${previous.text.trim()} ${question}` : question;
}

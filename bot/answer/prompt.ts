import type { ChatMessage } from './chat-model.ts';

/** What the prompt needs from a retrieved passage. */
export interface PromptPassage {
  title: string;
  heading?: string;
  text: string;
}

export interface GroundedPromptInput {
  passages: PromptPassage[];
  question: string;
  /** Named things the knowledge base does not cover: the model must say so rather than guess. */
  notCovered?: string[];
  /** A verdict the cards' own data settles (yes/no, within a threshold): the model leads with it. */
  verdict?: string;
  /** Earlier turns, oldest first; only the last few, clipped, are sent. */
  history?: { role: 'user' | 'bot'; text: string }[];
}

/** Bounds on what one prompt carries, so a long thread or card cannot blow the context or the bill. */
const MAX_PASSAGE_CHARS = 1600;
const MAX_HISTORY_TURNS = 4;
const MAX_HISTORY_CHARS = 400;

export const SYSTEM_PROMPT = [
  'You are ai-procurement, an assistant that helps a team decide how to buy AI (closed APIs, self-hosted open-weight models, or both).',
  'Answer ONLY from the numbered passages in the user message. Do not use outside knowledge; do not guess figures, prices, dates or names.',
  'After every sentence that states a fact, cite the passage it comes from with its number in square brackets, like [1] or [2][3]. Use only the numbers shown.',
  'If the passages do not answer the question, reply exactly: "I don\'t know from the knowledge base." and nothing else.',
  'Keep it short: at most about 120 words, plain sentences or a short list, no headings.',
  'Bracketed placeholders such as [EMAIL] or [NAME] stand for personal data that was removed; never ask for it.',
].join('\n');

/** Builds the grounded chat: a system message with the rules, and one user message with passages, history and question. */
export function buildGroundedPrompt(input: GroundedPromptInput): ChatMessage[] {
  const passages = input.passages
    .map((p, i) => {
      const label = p.heading && p.heading !== p.title ? `${p.title} — ${p.heading}` : p.title;
      return `[${i + 1}] ${label}\n${clip(p.text.trim(), MAX_PASSAGE_CHARS)}`;
    })
    .join('\n\n');
  const parts = [`Passages:\n\n${passages}`];
  const history = (input.history ?? []).slice(-MAX_HISTORY_TURNS);
  if (history.length > 0) {
    // Earlier answers' [n] markers point at earlier passages, not these: drop them so the numbering stays unambiguous.
    const lines = history.map((h) => `${h.role === 'user' ? 'User' : 'Assistant'}: ${clip(h.text.replace(/\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\]/g, '').replace(/\s+/g, ' ').trim(), MAX_HISTORY_CHARS)}`);
    parts.push(`Earlier in this conversation (only to understand what the question refers to; facts must still come from the passages):\n${lines.join('\n')}`);
  }
  if (input.verdict) parts.push(`Verdict the knowledge base settles (open your answer with it, in your own words, citing the passage that supports it): ${input.verdict}`);
  if (input.notCovered?.length) {
    parts.push(`The knowledge base has nothing on: ${input.notCovered.join(', ')}. Begin by saying so plainly; do not guess anything about them; then give the closest facts from the passages, labelled as the closest.`);
  }
  parts.push(`Question: ${input.question.trim()}`);
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: parts.join('\n\n') },
  ];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

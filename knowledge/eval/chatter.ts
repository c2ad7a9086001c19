import { messageFeatures } from '../../bot/answer/message-features.ts';
import { loadContextTemplates, wrapQuestion } from './context-invariance.ts';
import { repoPath } from '../repo-path.ts';

/**
 * Harmless chat people type around a question ("morning all! {q} need it before the 3pm call"), written blind and
 * split once (knowledge/eval/sets/README.md). Both learned models (the guard's injection model and the card model)
 * learn every labelled message as written and again inside one template of the tune half, so the words around a
 * question neither read as an order nor pull it towards another card. The check half only measures.
 */
export const CHATTER_FILE = repoPath('knowledge', 'eval', 'sets', 'chatter.json');

/** The templates the models learn from (the tune half). */
export async function chatterTemplates(file: URL | string = CHATTER_FILE): Promise<string[]> {
  return (await loadContextTemplates(file)).tune;
}

/** A labelled message; `wrapped` names the chat template a copy was set inside. */
export interface Wrappable {
  text: string;
  wrapped?: string;
}

// FNV-1a: a fixed, well-mixed number that depends on the text alone.
export function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The examples and each again inside one template chosen by its text, with the same label. */
export function withChatter<T extends Wrappable>(examples: readonly T[], templates: readonly string[]): T[] {
  if (!templates.length) return [...examples];
  return [...examples, ...examples.map((e) => {
    const template = templates[fnv(e.text) % templates.length]!;
    return { ...e, text: wrapQuestion(template, e.text), wrapped: template };
  })];
}

/**
 * In how many messages or chat templates each feature occurs, each counted once: a wrapped copy does not count its
 * message's words again, and the word pairs made where chat meets a message ("thanks what") count nowhere.
 */
export function featureCounts(examples: readonly Wrappable[], featuresOf: (text: string) => string[] = messageFeatures): Map<string, number> {
  const seen = new Map<string, number>();
  const count = (text: string) => featuresOf(text).forEach((f) => seen.set(f, (seen.get(f) ?? 0) + 1));
  for (const e of examples) if (e.wrapped === undefined) count(e.text);
  for (const template of new Set(examples.flatMap((e) => (e.wrapped === undefined ? [] : [e.wrapped])))) count(wrapQuestion(template, ' '));
  return seen;
}

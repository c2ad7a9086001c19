import { writtenName } from '../../knowledge/entities/normalize.ts';

/**
 * The vendor-question cards hold a vendor's real practice as the example of a good answer: "A good answer looks like
 * OpenAI's API, which has not used customer data to train models since 1 March 2023". Asked about that vendor
 * ("does openai train on our api data?"), the asker wants the practice, not the frame: "OpenAI's API has not used
 * customer data to train models since 1 March 2023". Asked what a good answer looks like, the frame is the answer
 * and the sentence stays as the card wrote it.
 */

/** "A good answer looks like X…", "Good answers look like X…", "A good answer can be measured against X…". */
const EXAMPLE_FRAME = /^(?:a good answer|good answers) (?:also )?(?:looks? like|can be measured against|matches) (.+)$/i;
/** "A good answer offers dated snapshots…: for example, Claude Opus 4.5 was released…". */
const EXAMPLE_AFTER = /^(?:a good answer|good answers) [^:]+:\s*for example,\s+(.+)$/i;
/** A question about the frame itself: what a good answer, a red flag or the vendor questions look like. */
const ASKS_FRAME = /\bgood (?:answer|response|reply)s?\b|\bred[- ]?flags?\b|\bwhat (?:should|do|would|can) (?:we|i) (?:ask|expect|look for|want|demand|insist on|hear)\b|\blook for\b|\bbest practice\b|\bexample of\b|\bdoing it (?:right|properly|well)\b|\bproperly\b/i;

/** True when a question asks about a vendor's practice, not about what a good answer to a vendor question is. */
export function asksPractice(question: string): boolean {
  return !ASKS_FRAME.test(question);
}

/**
 * The sentence without its good-answer frame, when the example it gives is about one of `named` (a vendor, model or
 * product the question names, by any of its catalogue forms); otherwise the sentence as it is.
 */
export function plainExample(sentence: string, named: readonly string[]): string {
  // "Anthropic's API" names "anthropic api", as the catalogue finds a form written in a text.
  const names = (text: string) => named.some((n) => writtenName(n).test(text.replace(/['’]s\b/g, '')));
  const after = EXAMPLE_AFTER.exec(sentence)?.[1];
  if (after && names(after)) return capitalise(after);
  const body = EXAMPLE_FRAME.exec(sentence)?.[1];
  if (!body) return sentence;
  // Each example the frame gives ("OpenAI's API, which…, and Anthropic's API, which…") that opens with a named thing:
  // "the Microsoft Customer Copyright Commitment, an output indemnity…" is a thing, not a practice stated of it.
  const examples = body.replace(/[.]$/, '').split(/, and (?=[A-Z][^,]*?, which )/);
  const kept = examples.filter((e) => /^[A-Z]/.test(e) && names(e.split(/,/)[0] ?? ''));
  if (!kept.length) return sentence;
  // "X, which has…" -> "X has…"; "X retention: …" stays as it is.
  const plain = kept.map((e) => e.replace(/^([^,]+?), which /, '$1 '));
  if (plain.every((p, i) => p === kept[i] && !/:/.test(p))) return sentence;
  return `${capitalise(plain.join(', and '))}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

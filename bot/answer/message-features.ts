/**
 * What the guard's injection model and the card model read of a message (bot/answer/injection-model.ts,
 * bot/answer/card-model.ts): one reading, so both are trained and used on the same features.
 */

/**
 * A message's features: its words (letters of any script; digits read as one sign, so "£4,000" and "$900" look alike)
 * and every pair of neighbouring words, lower case, each once. Punctuation counts as a word of its own: quotes,
 * colons and brackets are how pasted orders are set off.
 */
export function messageFeatures(text: string): string[] {
  const words = (text.normalize('NFKC').toLowerCase().match(/\p{L}+|\p{N}+|[^\s\p{L}\p{N}]/gu) ?? []).map((w) => (/^\p{N}/u.test(w) ? '#' : w));
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return [...new Set([...words, ...pairs])];
}

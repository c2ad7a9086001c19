import type { types } from '@slack/bolt';

/**
 * Packs blocks into messages of at most `max` blocks. The tail (sources, confidence, buttons) stays together in
 * the last message when it fits, so the buttons always sit under the end of the answer.
 */
export function packMessages(body: types.KnownBlock[], tail: types.KnownBlock[], max: number): types.KnownBlock[][] {
  const all = [...body, ...tail];
  if (all.length <= max) return [all];
  const messages: types.KnownBlock[][] = [];
  let rest = body;
  const tailSize = Math.min(tail.length, max);
  // Fill full messages with the body until what is left of it plus the tail fits in one.
  while (rest.length + tailSize > max) {
    const take = Math.min(max, rest.length);
    if (take === 0) break;
    messages.push(rest.slice(0, take));
    rest = rest.slice(take);
  }
  const last = [...rest, ...tail];
  for (let i = 0; i < last.length; i += max) messages.push(last.slice(i, i + max));
  return messages;
}

/**
 * Context cues: many numbers are personal data only when the words before them say so ("born", "passport no",
 * "call me on"). One helper, so every detector reads its cue the same way: within a short window before the value,
 * on the same line, as whole words.
 */

/** How far back a cue may stand from its value, in characters. */
const WINDOW = 40;

/** True when `cue` matches in the `window` characters before `start` (same line). `cue` must not be global. */
export function cueBefore(text: string, start: number, cue: RegExp, window = WINDOW): boolean {
  const before = text.slice(Math.max(0, start - window), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return cue.test(line);
}

/** True when `cue` matches in the `window` characters after `end` (same line). */
export function cueAfter(text: string, end: number, cue: RegExp, window = WINDOW): boolean {
  const after = text.slice(end, end + window);
  const nl = after.indexOf('\n');
  return cue.test(nl === -1 ? after : after.slice(0, nl));
}

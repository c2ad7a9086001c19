/**
 * Context cues: many numbers are personal data only when the words before them say so ("born", "passport no",
 * "call me on"). One helper, so every detector reads its cue the same way: within a short window before the value,
 * on the same line, as whole words.
 */

/** How far back a cue may stand from its value, in characters. */
const WINDOW = 40;

/**
 * True when `cue` matches in the `window` characters before `start`, on the same line and with no other number in
 * between: in "ssn 078-05-1120, passport 123456789" the "ssn" belongs to the first number, not the second.
 * `cue` must not be global.
 */
export function cueBefore(text: string, start: number, cue: RegExp, window = WINDOW): boolean {
  const before = text.slice(Math.max(0, start - window), start);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const lastDigit = line.search(/\d[^\d]*$/);
  return cue.test(lastDigit === -1 ? line : line.slice(lastDigit + 1));
}

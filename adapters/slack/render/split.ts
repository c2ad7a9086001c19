/**
 * Splits already-escaped mrkdwn into pieces of at most `max` characters, so a long answer becomes several
 * section blocks instead of a message Slack rejects. Cuts prefer a paragraph break, then a line break, then a
 * sentence end, then a space, and never fall inside a `<…|…>` link or an `&amp;`-style entity.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const at = cutPoint(rest, max);
    const head = rest.slice(0, at).trimEnd();
    if (head) pieces.push(head);
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

const PREFERENCES: RegExp[] = [/\n\n/g, /\n/g, /[.!?](?=\s)/g, /\s/g];

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  const unsafe = unsafeRanges(text.slice(0, Math.min(text.length, max * 2)));
  const safe = (i: number) => !unsafe.some(([s, e]) => i > s && i < e);
  // Do not accept a cut in the first third: a piece that short would waste a block.
  const floor = Math.floor(max / 3);
  for (const re of PREFERENCES) {
    let best = -1;
    for (const m of window.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end <= max && end > floor && safe(end)) best = end;
    }
    if (best > 0) return best;
  }
  // No natural break: cut hard, but step back out of any link or entity.
  let i = max;
  while (i > 1 && !safe(i)) i -= 1;
  return i > 1 ? i : max;
}

/** Spans that must not be cut: `<…>` tokens and `&name;` entities. */
function unsafeRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(/<[^<>]*>|&[a-z]+;/g)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

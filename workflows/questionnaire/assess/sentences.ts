/** Abbreviations whose full stop does not end a sentence. */
const ABBREV = /\b(e\.g|i\.e|etc|vs|no|art|approx|inc|ltd|co|corp|dr|mr|ms|st|u\.s|u\.k|incl|min|max|fig|sec|para|cf)\.$/i;

/**
 * A passage's sentences, each a verbatim slice of it (quotes must be found word for word in the document).
 * Splits after . ! ? followed by a space and a capital, digit or opening quote; keeps abbreviations and
 * figures ("99.9%", "Art. 28") whole. A bullet-like fragment without a full stop is one sentence.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const re = /[.!?;](?=\s+["“'(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + 1;
    if (m[0] === '.' && ABBREV.test(text.slice(Math.max(start, end - 8), end))) continue;
    if (m[0] === ';' && end - start < 40) continue;
    out.push(text.slice(start, end).trim());
    start = end;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => /\p{L}{2}/u.test(s));
}

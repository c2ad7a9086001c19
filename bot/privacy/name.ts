import type { Detector, PersonalDataFinding } from './types.ts';

// The self-introduction "my name is …" / "my name's …"; a bare name elsewhere in a sentence is not detected.
const INTRO = /\bmy\s+name(?:\s+is|'s|’s)\s+/giu;
const WORD = /^[\p{L}][\p{L}'’-]*/u;
/** Words that end a name: what usually follows one in a sentence. */
const STOP = new Set([
  'a', 'about', 'also', 'am', 'an', 'and', 'are', 'as', 'at', 'but', 'by', 'can', 'could', 'do', 'does', 'for', 'from',
  'have', 'here', 'how', 'i', "i'm", 'im', 'in', 'is', 'it', 'just', 'my', 'not', 'of', 'on', 'or', 'our', 'please',
  'should', 'so', 'that', 'the', 'this', 'to', 'we', 'what', 'when', 'where', 'which', 'who', 'why', 'will', 'with',
  'would', 'you', 'your',
]);

/** A name given after "my name is" (up to three words, stopping at punctuation or a word that ends a name). */
export const detectNames: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(INTRO)) {
    const start = (m.index ?? 0) + m[0].length;
    let end = start;
    let pos = start;
    for (let words = 0; words < 3; words++) {
      const w = WORD.exec(text.slice(pos));
      if (!w || STOP.has(w[0].toLowerCase())) break;
      end = pos + w[0].length;
      const gap = /^[ \t]+/.exec(text.slice(end));
      if (!gap) break;
      pos = end + gap[0].length;
    }
    if (end > start) out.push({ type: 'NAME', start, end });
  }
  return out;
};

/**
 * Characters that hide or disguise text. Zero-width and bidirectional controls make `evil.example` read as
 * something else, split a URL so a filter misses it, or reorder what a reader sees; control characters can
 * carry terminal escape sequences (OSC 8 hyperlinks). Untrusted text loses them all before it is shown.
 */

/** Invisible "letters" that \p{Cf} does not cover: Hangul fillers, the braille blank, the Mongolian separator. */
const INVISIBLE_LETTERS = '\u115F\u1160\u3164\uFFA0\u2800\u180E';
/** The combining grapheme joiner is a mark, so it stands outside the class (it would combine with the bracket). */
const HIDDEN = new RegExp(`[\\p{Cf}${INVISIBLE_LETTERS}]|\u034F`, 'gu');
/** C0 and C1 controls except tab and newline (ESC starts terminal escape sequences). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are removed.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const ZWJ = '\u200D';
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

/**
 * Removes invisible formatting and control characters; line and paragraph separators and carriage returns
 * become newlines. A zero-width joiner between two pictographs stays, because emoji sequences (👩‍💻) need it.
 */
export function dropInvisible(text: string): string {
  const lines = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').replace(CONTROLS, '');
  return lines.replace(HIDDEN, (c, offset: number, whole: string) => {
    if (c !== ZWJ) return '';
    const before = whole.codePointAt(offset - 1) ?? 0;
    // A pictograph before may be the low half of a surrogate pair: look two code units back too.
    const prev = String.fromCodePoint(before >= 0xdc00 && before <= 0xdfff ? (whole.codePointAt(offset - 2) ?? 0) : before);
    const next = String.fromCodePoint(whole.codePointAt(offset + 1) ?? 0);
    return PICTOGRAPH.test(prev) && PICTOGRAPH.test(next) ? c : '';
  });
}

/**
 * Look-alikes of the punctuation that makes a URL (dot, slash, colon, at) that Unicode's compatibility
 * normalisation (NFKC) leaves alone. NFKC already folds the fullwidth and small forms (．／：＠ ﹒) and the one
 * dot leader (․); these are the rest from Unicode's confusables table that fonts draw as the ASCII mark.
 */
const URL_PUNCTUATION_LOOKALIKES: Record<string, string> = {
  '\u3002': '.', // ideographic full stop: IDNA treats it as a label separator
  '\u0701': '.',
  '\u0702': '.',
  '\uA60E': '.',
  '\u06D4': '.',
  '\u2044': '/', // fraction slash
  '\u2215': '/', // division slash
  '\u29F8': '/', // big solidus
  '\u2571': '/',
  '\u2236': ':', // ratio
  '\uA789': ':',
  '\u02D0': ':',
  '\u0589': ':',
  '\u05C3': ':',
  '\uFE13': ':',
};
const LOOKALIKE = new RegExp(`[${Object.keys(URL_PUNCTUATION_LOOKALIKES).join('')}]`, 'g');

/**
 * The token as a link recogniser would read it after Unicode folding: fullwidth and compatibility forms become
 * ASCII (NFKC) and look-alike URL punctuation becomes the real mark. Used to reveal a disguised URL, never to
 * rewrite ordinary text (NFKC would turn 10²⁵ into 1025).
 */
export function foldLookalikes(token: string): string {
  return token.normalize('NFKC').replace(LOOKALIKE, (c) => URL_PUNCTUATION_LOOKALIKES[c] ?? c);
}

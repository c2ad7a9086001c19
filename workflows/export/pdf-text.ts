/**
 * pdfkit's built-in fonts only cover Windows-1252 (WinAnsi). Anything else would print as junk, so common
 * symbols become ASCII look-alikes and the rest a "?". Bundling a TTF would avoid this at ~400 KB a font.
 */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const LOOK_ALIKES: Record<string, string> = {
  '≥': '>=', '≤': '<=', '→': '->', '←': '<-', '≈': '~', '✓': 'v', '✔': 'v', '✗': 'x', '−': '-', '′': "'", '″': '"',
  '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2011': '-', '\u2010': '-',
};

export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0) ?? 0;
    if (LOOK_ALIKES[ch] !== undefined) out += LOOK_ALIKES[ch];
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || ch === '\n' || WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === '\t') out += ' ';
    else if (code < 0x20) out += '';
    else out += '?';
  }
  return out;
}

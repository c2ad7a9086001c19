import { cueBefore } from './context.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

/*
 * Email addresses as people write them, plain or disguised against scrapers: jane.doe@example.co.uk,
 * jane.doe (at) example.com, jane.doe[at]example[dot]com, jane dot doe at example dot com, jane.doe @ example.com,
 * jane＠example.com, jane.doe%40example.com. Labels are bounded (63 characters, as in DNS) and every repetition needs a separator, so a
 * long run of letters is scanned in linear time.
 */
const SP = '[ \\t\\u00a0]';
const WORD = '[A-Za-z0-9][A-Za-z0-9_%+\\-]{0,63}';
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?';
/** "(at)", "[at]", "{at}", "<at>", "(@)" */
const AT_BRACKETED = `${SP}*[([{<]${SP}*(?:at|@)${SP}*[)\\]}>]${SP}*`;
const AT = `(?:${SP}*[@\\uff20]${SP}*|%40|${AT_BRACKETED}|${SP}+at${SP}+)`;
const DOT = `(?:${SP}*[([{<]${SP}*dot${SP}*[)\\]}>]${SP}*|${SP}+dot${SP}+|[.\\uff0e])`;
/** Local part (words joined by dots, spelled or not), the at, then a domain ending in a 2–24 letter top-level label. */
const CANDIDATE = new RegExp(`(?<![A-Za-z0-9._%+\\-])(?=(${WORD}(?:${DOT}${WORD})*${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}[A-Za-z]{2,24}(?![A-Za-z0-9\\-])))`, 'gi');
const SPELLED_DOT = new RegExp(`${SP}dot${SP}|[([{<]${SP}*dot`, 'i');
const ANY_AT = new RegExp(`^(.*?)${AT}`, 'i');

/**
 * A bare " at " is everyday English ("pricing at openai.com"), so it makes an address only with another sign of
 * one: a spelled-out "dot", a local part that looks like a mailbox (a dot, digit, underscore or hyphen in it), or
 * a word before it that asks for an address ("email: jane at example.com").
 */
const EMAIL_CUE = /\b(?:e-?mail|mail|contact|write|reach|address)\b/i;
function isAddress(candidate: string, cue: boolean): boolean {
  if (/[@\uff20]|%40/.test(candidate) || new RegExp(AT_BRACKETED, 'i').test(candidate)) return true;
  // "jane AT example DOT com": capitals mark the word as standing in for the sign.
  if (/[ \t](?:AT|DOT)[ \t]/.test(candidate)) return true;
  if (SPELLED_DOT.test(candidate) || cue) return true;
  const local = ANY_AT.exec(candidate)?.[1] ?? '';
  return /[._\d-]/.test(local);
}

/** Email addresses, plain and obfuscated. Where two candidates overlap, the longer wins (it holds the other). */
export const detectEmails: Detector = (text) => {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const value = m[1] ?? '';
    if (!isAddress(value, cueBefore(text, m.index ?? 0, EMAIL_CUE, 24))) continue;
    const f: PersonalDataFinding = { type: 'EMAIL', start: m.index ?? 0, end: (m.index ?? 0) + value.length };
    const clash = found.findIndex((k) => f.start < k.end && k.start < f.end);
    if (clash === -1) found.push(f);
    else if (f.end - f.start > found[clash]!.end - found[clash]!.start) found[clash] = f;
  }
  return found;
};

import { isStopword } from './stopwords.ts';
import { stem } from './stem.ts';

/**
 * Tokenisation shared by the lexical index, the sentence scorer and the word-vector embedder.
 * Figures survive intact: "89.6", "1,500" (indexed as "1500"), "10^25", "42001", "GPT-5.2" -> "gpt" + "5.2",
 * and "Art 48" / "Article 48" also yield the joint term "art48".
 */

const SUPERSCRIPTS: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/** One raw token: a power (10^25), a number with optional separators and unit letters, or a word. */
const TOKEN = /\d+\s?\^\s?\d+|\d+(?:[.,]\d+)*[a-z]*|[a-z][a-z0-9]*(?:['’.-][a-z0-9]+)*/g;

/** Lower-cases and folds typography so "10²⁵", "’" and non-breaking spaces tokenise like their plain forms. */
export function normalizeText(text: string): string {
  // Superscript exponents first: NFKC would fold "10²⁵" into "1025".
  return text
    .replace(/(\d)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_m, d: string, sup: string) => `${d}^${[...sup].map((c) => SUPERSCRIPTS[c] ?? '').join('')}`)
    .normalize('NFKC')
    .toLowerCase();
}

/** Normalises one number: thousands separators go ("1,500" -> "1500"), decimals stay ("89.6"). */
function normalizeNumber(token: string): string {
  const m = /^(\d+(?:[.,]\d+)*)([a-z]*)$/.exec(token);
  if (!m) return token;
  let num = m[1] ?? '';
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(num)) num = num.replace(/,/g, '');
  else if (num.includes(',')) num = num.split(',')[0] ?? num; // "3,4" in a list: keep the first figure
  num = num.replace(/\.$/, '');
  return num + (m[2] ?? '');
}

/**
 * Surface word forms, lower-cased, in order: what a word-vector table is looked up with.
 * Hyphenated and dotted compounds are kept whole ("fine-tuning", "gpt-5.2"); callers split them if needed.
 */
export function surfaceTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of normalizeText(text).matchAll(TOKEN)) {
    let t = m[0].replace(/\s+/g, '');
    if (/^\d/.test(t)) {
      out.push(t.includes('^') ? t : normalizeNumber(t));
      continue;
    }
    // "they'll", "we're", "you've", "i'd" are the pronoun (a stop word), not a word "theyll".
    t = t.replace(/['’](?:s|ll|re|ve|d|m)$/, '').replace(/['’]/g, '').replace(/\.$/, '');
    if (t) out.push(t);
  }
  return out;
}

/** Splits a compound surface token into its parts ("gpt-5.2" -> ["gpt", "5.2"], "open-weight" -> ["open", "weight"]). */
export function splitCompound(token: string): string[] {
  if (!/[-.]/.test(token) || /^\d+(\.\d+)?[a-z]*$/.test(token)) return [token];
  return token
    .split('-')
    .flatMap((part) => (/^\d+(\.\d+)*[a-z]*$/.test(part) ? [part] : part.split('.')))
    .filter(Boolean);
}

/**
 * The term a hyphenated word of letters is also indexed under, joined up: "open-weight" and "open weight" should meet
 * "openweight". Undefined for one part, or parts with figures ("gpt-5").
 */
export function joinedTerm(parts: string[]): string | undefined {
  return parts.length > 1 && parts.every((p) => /^[a-z]+$/.test(p)) ? stem(parts.join('')) : undefined;
}

/** Number words written out, indexed as their figures so "twelve questions" meets "12 questions" ("one" stays a word). */
const NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((w, i) => [w, String(i + 2)]),
);

/** Roman numerals one to fifteen, lower case: the numbers laws give their annexes and chapters ("Annex III"). */
/** Text with every character a regular expression reads specially escaped, to be matched as typed. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const ROMAN_NUMERALS = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv'];

/** An annex's number typed in figures or Roman numerals ("3", "iii"), as a figure. */
function annexNumber(token: string): number | undefined {
  if (/^\d{1,2}$/.test(token)) return Number(token);
  const i = ROMAN_NUMERALS.indexOf(token);
  return i >= 0 ? i + 1 : undefined;
}

/** The unit of a headcount after its number: "35-person", "20 people". */
const HEADCOUNT_UNIT = /^(?:person|persons|people)$/;

/** Index terms: surface tokens split, stopwords dropped, stemmed; plus joint terms such as "art48" and "openweight". */
export function terms(text: string): string[] {
  const surface = surfaceTokens(text);
  const out: string[] = [];
  for (let i = 0; i < surface.length; i += 1) {
    const token = surface[i] ?? '';
    if (isStopword(token)) continue;
    // A headcount ("35-person", "20 people") keeps its number: its unit names nothing the text is about, and would
    // find "a person can override" in every "35-person firm".
    if (HEADCOUNT_UNIT.test(token) && /^\d+$/.test(surface[i - 1] ?? '')) continue;
    const figure = NUMBER_WORDS[token];
    if (figure) {
      out.push(figure);
      continue;
    }
    const parts = splitCompound(token);
    for (const part of parts) {
      if (isStopword(part)) continue;
      out.push(/^\d/.test(part) ? part : stem(part));
    }
    const joined = joinedTerm(parts);
    if (joined) out.push(joined);
    if ((token === 'art' || token === 'article' || token === 'articles') && /^\d+$/.test(surface[i + 1] ?? '')) {
      out.push(`art${surface[i + 1]}`);
    }
    // "Annex III" and "annex 3" are one annex: both yield the joint term "annex3".
    const annex = token === 'annex' || token === 'annexes' ? annexNumber(surface[i + 1] ?? '') : undefined;
    if (annex) out.push(`annex${annex}`);
  }
  return out;
}


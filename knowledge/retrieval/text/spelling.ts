import distance from 'damerau-levenshtein';
import { normalizeText } from './tokenize.ts';

/** What the corrector needs to know about English: a word's frequency rank (0 = most common), when known. */
export type RankOf = (word: string) => number | undefined;

/**
 * Below this rank a word is real English however the cards spell things ("sane", "overkill" is rarer): it is never
 * corrected. Misspellings people type sit far below it ("goverment" 36,499, "commerical" 82,402, "recieve"
 * 159,835) or are missing from English altogether ("gdrp", "complience").
 */
const REAL_WORD_RANK = 30_000;

/** A base form ("uber" of "ubers", "expense" of "expensing") this common makes the inflected word real too. */
const REAL_BASE_RANK = 50_000;

/** Shortest base form an inflection is read from ("uber" of "ubers"). */
const MIN_BASE_LENGTH = 4;

/** Inflections whose base form decides whether a word is real. */
const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly'];

/** Contractions typed without their apostrophe: chat, not typos. */
const CONTRACTIONS = new Set(['whats', 'wats', 'hows', 'thats', 'dont', 'cant', 'isnt', 'doesnt', 'wont', 'didnt', 'youre', 'theyre', 'arent', 'wasnt', 'werent', 'shouldnt', 'couldnt', 'wouldnt', 'hasnt', 'havent', 'theres', 'wheres', 'whos', 'lets', 'ive', 'youve', 'weve', 'theyve', 'itll', 'well', 'shes', 'hes']);

/** Shortest word corrected at one edit, and at two. Four-letter words only by swapping two letters ("gdrp"). */
const ONE_EDIT_LENGTH = 5;
const TWO_EDITS_LENGTH = 8;
const SWAP_ONLY_LENGTH = 4;
/** A four-letter word may also have dropped a letter of one of the commonest English words ("wich"). */
const COMMONEST_RANK = 1000;

/** A name the cards write before a version: "Llama 4", "Gemini 2.5", "Qwen2.5". */
const VERSIONED_NAME = /\b([A-Z][a-z]{3,})[ -]?\d/g;
/** A version typed after a word: "lama 3", "gemni-2.5". */
const VERSION_AFTER = /^[ -]?\d/;
/** Below this rank a word typed before a version is English in its own right ("larger 3"), not a mistyped name. */
const VERSIONED_TYPO_RANK = 5_000;
/** How many times more often the cards use a name than a word one letter off it, for the word to be the name mistyped. */
const ALIAS_SHARE = 10;

/** A letters-only word as typed, with the case it was typed in. */
const WORD = /[A-Za-z]+/g;

/**
 * Corrects the typos people make in chat ("recieve", "gdrp", "commerical", "goverment") towards the words the
 * cards use, so a misspelt word is searched, weighed and matched as the word meant. Only a word the cards never
 * use and English does not know as common is corrected, and only to a card word one edit away (two for long
 * words, a swap of two letters for four-letter ones); when two card words are equally close, the one the cards
 * use more wins. Names the cards do not hold ("grok", "jamba") are left alone, so gaps are still named.
 */
export class SpellingCorrector {
  /** Card words (lower case, letters only) and how often the cards use each. */
  private readonly counts = new Map<string, number>();
  /** Card words by length, for the candidates a word of a given length can be. */
  private readonly byLength = new Map<number, string[]>();
  private readonly cache = new Map<string, string | null>();
  /** How often the cards write each word with a capital: a word mostly written so is a name ("Mistral", "Gemma"). */
  private readonly capitalised = new Map<string, number>();
  /** Names the cards write before a version ("Llama 4", "Gemini 2.5"): a word typed in that place may be one mistyped. */
  private readonly versioned = new Set<string>();

  /**
   * @param texts the cards' text, whose words typos are corrected towards
   * @param rankOf English frequency ranks (the word vectors' table)
   * @param known true for a word the cards use in another form (the index's stemmed terms: "expensing")
   */
  constructor(texts: Iterable<string>, private readonly rankOf: RankOf = () => undefined, private readonly known: (word: string) => boolean = () => false) {
    for (const text of texts) {
      for (const m of normalizeText(text).matchAll(/[a-z]+/g)) this.counts.set(m[0], (this.counts.get(m[0]) ?? 0) + 1);
      for (const m of text.matchAll(/\b[A-Z][a-z]+\b/g)) this.capitalised.set(m[0].toLowerCase(), (this.capitalised.get(m[0].toLowerCase()) ?? 0) + 1);
      for (const m of text.matchAll(VERSIONED_NAME)) this.versioned.add((m[1] ?? '').toLowerCase());
    }
    for (const w of this.counts.keys()) {
      const list = this.byLength.get(w.length) ?? [];
      list.push(w);
      this.byLength.set(w.length, list);
    }
  }

  /** The text with each misspelt word replaced by the card word meant (a leading capital kept). */
  correct(text: string): string {
    return text.replace(WORD, (typed, offset: number, all: string) => {
      // Part of a name with figures ("gpt4o", "h200x", the "coder" of "qwen3-coder") or an identifier is not a word.
      if (/[0-9_]/.test(all[offset - 1] ?? '') || /[0-9_]/.test(all[offset + typed.length] ?? '') || /[0-9]-$/.test(all.slice(Math.max(0, offset - 2), offset))) return typed;
      const fixed = this.fix(typed.toLowerCase()) ?? (VERSION_AFTER.test(all.slice(offset + typed.length)) ? this.versionedName(typed.toLowerCase()) : null);
      if (!fixed) return typed;
      return /^[A-Z]/.test(typed) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
    });
  }

  /** The card word a typed word was meant to be, or null when it stands as typed. */
  private fix(word: string): string | null {
    const known = this.cache.get(word);
    if (known !== undefined) return known;
    const fixed = this.candidate(word);
    this.cache.set(word, fixed);
    return fixed;
  }

  private candidate(word: string): string | null {
    if (word.length < SWAP_ONLY_LENGTH || this.counts.has(word) || CONTRACTIONS.has(word) || this.known(word)) return null;
    const rank = this.rankOf(word);
    if (rank !== undefined && rank < REAL_WORD_RANK) return null;
    const common = (w: string) => (this.rankOf(w) ?? Number.POSITIVE_INFINITY) < REAL_BASE_RANK;
    // The base must be a word's length: "thier" is "their" mistyped, not "thi" with "-er".
    if (SUFFIXES.some((x) => word.endsWith(x) && word.length - x.length >= MIN_BASE_LENGTH && (common(word.slice(0, -x.length)) || common(`${word.slice(0, -x.length)}e`)))) return null;
    const edits = word.length >= TWO_EDITS_LENGTH ? 2 : word.length >= ONE_EDIT_LENGTH ? 1 : 0;
    let best: string | null = null;
    let bestSteps = Number.POSITIVE_INFINITY;
    for (let len = word.length - Math.max(1, edits); len <= word.length + Math.max(1, edits); len += 1) {
      for (const w of this.byLength.get(len) ?? []) {
        // A four-letter word missing a letter of a common one ("wich"), never a short form ("acct" is not "act").
        const dropped = w.length === word.length + 1 && inOrder(word, w) && (this.rankOf(w) ?? Number.POSITIVE_INFINITY) < COMMONEST_RANK;
        const steps = edits > 0 ? distance(word, w).steps : isSwap(word, w) || dropped ? 1 : Number.POSITIVE_INFINITY;
        // People rarely mistype a word's first letter: "jamba" is a name, not "samba". A name two edits away is
        // another name more often than a typo ("magistral" is not "mistral"): names are corrected at one edit.
        if (steps > Math.max(1, edits) || (w[0] !== word[0] && !isSwap(word, w)) || (steps > 1 && this.isName(w))) continue;
        if (steps < bestSteps || (steps === bestSteps && best !== null && closer(word, w, best, this.counts))) {
          best = w;
          bestSteps = steps;
        }
      }
    }
    return best;
  }

  /**
   * The one name the cards write before a version that a word typed before one ("lama 3", "gemni 2.5") is a letter off,
   * even where the word is English of a kind ("lama"): in that place it names a model. Not a common word ("larger 3").
   */
  private versionedName(word: string): string | null {
    const rank = this.rankOf(word) ?? Number.POSITIVE_INFINITY;
    if (word.length < ONE_EDIT_LENGTH - 1 || rank < VERSIONED_TYPO_RANK) return null;
    // A word the cards use is a name of its own ("mixtral" beside "mistral"), unless it is English and the cards use
    // the name far more: then they hold it only as the name typed misspelt ("Lama 4" beside "Llama 4").
    if (this.counts.has(word) && rank >= REAL_WORD_RANK) return null;
    const near = [...this.versioned].filter((v) => v.length >= ONE_EDIT_LENGTH - 1 && v[0] === word[0] && this.isName(v) && distance(word, v).steps === 1 && (this.counts.get(v) ?? 0) > ALIAS_SHARE * (this.counts.get(word) ?? 0));
    return near.length === 1 ? (near[0] ?? null) : null;
  }

  /** A word the cards write with a capital more often than not: a name. */
  private isName(word: string): boolean {
    return (this.capitalised.get(word) ?? 0) * 2 > (this.counts.get(word) ?? 0);
  }
}

/**
 * Of two card words equally far from a typed one, the one holding all its letters in order ("which" for "wich",
 * not "with"), then the one the cards use more.
 */
function closer(typed: string, a: string, b: string, counts: Map<string, number>): boolean {
  const [ia, ib] = [inOrder(typed, a), inOrder(typed, b)];
  return ia !== ib ? ia : (counts.get(a) ?? 0) > (counts.get(b) ?? 0);
}

/** True when every letter of `typed` appears in `word` in the same order. */
function inOrder(typed: string, word: string): boolean {
  let i = 0;
  for (const c of word) if (c === typed[i]) i += 1;
  return i === typed.length;
}

/** True when b is a with two neighbouring letters swapped ("gdrp" / "gdpr"). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === (diff[0] ?? -2) + 1 && a[diff[0] ?? 0] === b[diff[1] ?? 0] && a[diff[1] ?? 0] === b[diff[0] ?? 0];
}

import type { AnswerRequest } from './types.ts';
import type { Catalogue } from '../../knowledge/entities/catalogue.ts';
import { normalizeName, writtenName } from '../../knowledge/entities/normalize.ts';
import { analyseQuestion, expandShorthand, PRONOUN_SUBJECT } from './question.ts';
import { findAmounts, type Amount } from '../../workflows/decision/situation/amounts.ts';
import { countValue, largeNumber, moneyInWords, SYMBOLS, TYPED_COUNT } from '../../workflows/format.ts';
import { COUNT_AFTER } from '../../workflows/decision/situation/spend.ts';
import { escapeRegExp } from '../../knowledge/retrieval/text/tokenize.ts';

/** Openings that lean on the previous question: "and for Mistral?", "what about Qwen?", also after "ok" or "thanks". */
const LEADS_ON_CONTEXT = /^(?:(?:ok|okay|ok so|right|cool|great|thanks|thx|ty|hmm+|ah|oh|got it|alright|nice|sure)[,!.]?\s+)?(and|but|also|so|then|what about|how about|what if|same for|same (?:[a-z]+ ){1,2}?(?:on|for|with|via|through|using|at)|and for|or)\b/i;
/** Words that point back to something said before. */
const POINTS_BACK = /\b(it|its|that|this|they|them|their|those|these|there|one)\b/i;
/** A comparison with no "than", or "other" things: measured against what was said before ("why do other sites quote less?"). */
const COMPARES_BACK = /^(?!.*\bthan\b).*\b(other|others|elsewhere|cheaper|pricier|dearer|less|more|fewer|higher|lower)\b/i;
const MAX_FOLLOW_UP_WORDS = 8;
/** A longer message pointing back ("how long do they hang on to it tho") leans on the one before when it names nothing itself. */
const MAX_POINTING_WORDS = 14;
/** A question whose subject points back ("does it hit our customers too if they're in france…?") leans on the one before up to this long, when it names nothing itself. */
const MAX_PRONOUN_SUBJECT_WORDS = 25;
/** A fragment this short that asks nothing of its own ("over 200k prompt?", "per year?") continues the thread. */
const MAX_FRAGMENT_WORDS = 4;
/** Words a message opens with when it asks a question of its own. */
const ASKS_ITSELF = /^(what|whats|what's|how|hows|how's|is|isn't|are|aren't|can|can't|could|should|do|does|did|will|would|which|who|why|when|where|may|must|has|have|was|were|explain|define|tell|list|compare|give)\b/i;
/** The leading words of an elliptical follow-up, and the chat words that may close it: "and for sonnet 4.5 then?". */
/**
 * Words leading a follow-up into what it names: "and", "what about", "same for", and the same thing asked again of
 * another: "same volumes on haiku 4.5?", "same usage with gpt-5 mini?".
 */
/**
 * Words putting another thing or count in place of the one before: "(and) if we moved it all to gpt-5 mini?", "what if
 * we switched to haiku 4.5", "make it 4 gpus".
 */
const SWAP = String.raw`(?:(?:(?:what|how)\s+(?:about\s+)?)?if\s+(?:we|i|you|they)\s+(?:moved?|switched?|went|changed?|migrated?|swapped?|used|ran|put|go)(?:\s+(?:it|it all|everything|all of it|the lot|that|them|the workload|the whole thing))?(?:\s+(?:over|across|instead))?\s+(?:to|with|on|onto)\s+|(?:make|change|bump)\s+(?:it|that)\s+(?:to\s+)?|(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing))\s+(?:it\s+(?:all\s+)?)?to\s+)`;
/** A message opening by putting another thing or count in place of the one before. */
const SWAPS = new RegExp(String.raw`^\s*(?:(?:and|but|so|ok|okay|then)\s+)?${SWAP}`, 'i');
const LEAD_WORDS = new RegExp(
  String.raw`^\s*(?:(?:and|but|also|so|or|then|what about|how about|same for|same with|same (?:volumes?|usage|traffic|numbers|figures|load|workload|spend|tokens|setup|question|thing|again) (?:on|for|with|via|through|using|at)|and for|and what about|ok and)\s+(?:for\s+|with\s+|on\s+)?)?${SWAP}?`,
  'i',
);
const TAIL_WORDS = /\s*(?:then|too|as well|instead|pls|please|same|the same|likewise)?\s*[?.!]*\s*$/i;

/**
 * The user's previous question in the thread, when the current one leans on it: a short message opening with "and",
 * "what about"…, one pointing back ("is it Apache 2.0?"), or a fragment asking nothing of its own ("over 200k prompt?").
 * A message that wraps such a question in chat ("We're an insurer in Dublin, legal flagged a few things. their a10?",
 * "same for anthropic? need it for the board pack", "ahead of monday's review, lambda?") leans on it too: `asked` is
 * then the part that asks, as a part of its own or as the question read without its context.
 */
function leansOn(request: Pick<AnswerRequest, 'question' | 'history'>, catalogue?: Pick<Catalogue, 'mentions'>): { previous: string; asked: string } | undefined {
  const question = request.question.trim();
  const previous = [...(request.history ?? [])].reverse().find((h) => h.role === 'user' && h.text.trim() && h.text.trim() !== question);
  if (!previous) return undefined;
  const read = analyseQuestion(question);
  const asked = [question, askedPart(question), read.asking ?? read.core].find((text) => text !== undefined && leans(text, catalogue));
  if (asked) return { previous: previous.text.trim(), asked };
  // A short question naming nothing itself ("how many principles?" after "when did the uk government's ai playbook
  // come out?") asks about what the one before named.
  return bareAfterNamed(question, previous.text, catalogue) ? { previous: previous.text.trim(), asked: question } : undefined;
}

/**
 * A question naming nothing the catalogue knows ("what license tho", "list the risks pls, at least the main ones"),
 * after one that named something, up to the length of a message pointing back.
 */
function bareAfterNamed(question: string, previous: string, catalogue?: Pick<Catalogue, 'mentions'>): boolean {
  if (!catalogue || question.split(/\s+/).filter(Boolean).length > MAX_POINTING_WORDS) return false;
  return !catalogue.mentions(question).length && catalogue.mentions(previous).some((m) => m.entry);
}

/** Whether a question, read alone, leans on the one before. */
function leans(question: string, catalogue?: Pick<Catalogue, 'mentions'>): boolean {
  const words = question.split(/\s+/).filter(Boolean).length;
  const fragment = words <= MAX_FRAGMENT_WORDS && !ASKS_ITSELF.test(question);
  const isFollowUp = words <= MAX_FOLLOW_UP_WORDS && (LEADS_ON_CONTEXT.test(question) || POINTS_BACK.test(question) || COMPARES_BACK.test(question) || fragment);
  const pointing = (words <= MAX_POINTING_WORDS && POINTS_BACK.test(question)) || (words <= MAX_PRONOUN_SUBJECT_WORDS && PRONOUN_SUBJECT.test(question));
  // "and if we moved it all to gpt-5 mini?": a message putting another thing in place of the one before leans on it,
  // whatever it names.
  if (words <= MAX_POINTING_WORDS && SWAPS.test(question)) return true;
  const pointsBackNamingNothing = pointing && catalogue !== undefined && !catalogue.mentions(question).some((m) => m.entry);
  return isFollowUp || pointsBackNamingNothing;
}

/** Where chat parts from a question: after a sentence, at a line break, a dash set off by spaces, or a bracket. */
const PARTS = /(?<=[.!?])\s+|\n+|\s+[-–—]\s+|\s*[()]\s*/;

/** The one part of a message of several that asks ("their a10?"), when exactly one ends with a question mark. */
function askedPart(message: string): string | undefined {
  const parts = message.split(PARTS).map((p) => p.trim()).filter(Boolean);
  const asking = parts.filter((p) => p.endsWith('?'));
  return parts.length > 1 && asking.length === 1 ? asking[0] : undefined;
}

/** A question asking which of a kind is the most of something: "which gemini model is cheapest per mtok?". */
const SUPERLATIVE_ASK = /^\s*(?:which|what(?:'s|’s|s| is| are)?)\b.*?\b(cheapest|dearest|priciest|most expensive|least expensive|fastest|newest|latest|largest|smallest)\b(.*)$/i;

/** What a follow-up may ask of the thing it names besides naming it: "one, who and when", "ones, and since when". */
const OWN_ASK = /^(?:ones?\s*)?(?:(?:who|when|what|where|how much|how many|since when|which|why)\b\s*)+$/i;

/**
 * "and lambda?" after "what does runpod charge for an h100?" asks the previous question of another thing: the
 * previous question with the thing it named replaced ("what does lambda charge for an h100?"). Only when the
 * follow-up is nothing but names the catalogue knows, or those names and what is asked of them ("and the ncsc one, who
 * and when?", then searched with the follow-up after it), and the previous question named something of the same kind.
 */
function substituted(question: string, previous: string, catalogue: Pick<Catalogue, 'mentions'>): string | undefined {
  const rest = question.replace(LEAD_WORDS, '').replace(TAIL_WORDS, '');
  const version = otherVersion(rest, previous, catalogue) ?? otherVariant(rest, previous, catalogue);
  if (version) return version;
  const named = catalogue.mentions(rest);
  // A superlative asked of a kind by the previous question's first ask ("which gemini model is cheapest per mtok?").
  const superlative = SUPERLATIVE_ASK.exec(previous.split(/(?<=\?)/)[0] ?? '');
  // "and 2.5 flash?" after it: a member typed without its family's word is that family's.
  if (!named.length && /\d/.test(rest) && superlative) {
    for (const family of new Set(catalogue.mentions(previous).flatMap((m) => (m.entry ? [m.form.trim().split(' ')[0] ?? ''] : [])))) {
      const whole = `${family} ${rest.trim()}`;
      if (family && catalogue.mentions(whole).some((m) => m.entry && m.form.trim() === normalizeName(whole).trim())) return substituted(whole, previous, catalogue);
    }
  }
  const entries = named.flatMap((m) => (m.entry ? [m.entry] : m.closest.slice(0, 1)));
  if (!named.length || entries.length !== named.length) return undefined;
  // Names and the words joining them only: "gpt-5 mini", "haiku 4.5 and sonnet 4.5", never "gpt-5 mini price in eur".
  // Words placing a name among its siblings go with it ("the older opus 4.1").
  const leftover = named.reduce((t, m) => t.replace(writtenName(m.form), ' '), rest).replace(JOINING, ' ');
  // "and the ncsc one, who and when?": another thing of the kind, with what is asked of it.
  const asksOfIt = OWN_ASK.test(leftover.trim());
  if (leftover.trim() && !asksOfIt) return undefined;
  const kinds = new Set(entries.map((e) => sortOf(e.kind)));
  const before = catalogue.mentions(previous).find((m) => (m.entry ? [m.entry] : m.closest).some((e) => kinds.has(sortOf(e.kind))));
  if (!before) return undefined;
  // "and 2.5 flash?" after "which gemini model is cheapest per mtok?" asks what that one costs, not which of it is the
  // cheapest: a superlative asked of a kind is asked of the thing named as its figure.
  if (superlative && !asksOfIt && entries.every((e) => sortOf(e.kind) === 'model')) {
    const names = entries.map((e) => e.name).join(' and ');
    const per = (superlative[2] ?? '').replace(/[?.!\s]+$/, '').trim();
    return /^(cheapest|dearest|priciest|most expensive|least expensive)$/i.test(superlative[1] ?? '') ? `what does ${names} cost${per ? ` ${per}` : ''}?` : `${names}: ${superlative[1]}${per ? ` ${per}` : ''}?`;
  }
  // What the follow-up asks of the names is searched after the previous question, not put inside it.
  const replacement = asksOfIt ? named.map((m) => m.text).join(' and ') : rest.replace(PLACING, '');
  // The previous question may have named it in other words than the catalogue's ("the dsit ai cyber security code").
  const replaced = inPlaceOf(previous, before.form, replacement) ?? inPlaceOf(previous, normalizeName(before.text), replacement);
  return replaced && asksOfIt ? `${replaced} ${question}` : replaced;
}

/** Words placing a name among its siblings: "the older opus 4.1", "the newer gemini 3.1 pro". */
const PLACING_WORDS = 'older|newer|old|new|latest|previous|earlier|current|original';
/** Such a word leading a follow-up's name, which the question asked again leaves out. */
const PLACING = new RegExp(String.raw`^\s*(?:the\s+)?(?:${PLACING_WORDS})\s+`, 'i');
/** The words joining names in a follow-up, and those placing them: "haiku 4.5 and sonnet 4.5", "the older opus 4.1". */
const JOINING = new RegExp(String.raw`\b(and|or|the|vs|versus|${PLACING_WORDS})\b|[,&/+-]`, 'gi');

/** A follow-up that only asks another question word of the same thing: "from when tho", "since when?", "and why?". */
const ONLY_ASKS = /^(from when|since when|when|why|who|where|how long|how much|how many|how often|by when|until when)(?:\s+(?:tho|though|then|exactly))?$/i;
/** The question word leading the previous question ("how long", "when"), or a yes/no's opening verb. */
const WH_LEAD = /^(?:from when|since when|by when|until when|how long|how much|how many|how often|when|why|who|where)\b/i;
const AUX_LEAD = /^(?:do|does|did|is|are|was|were|can|could|must|should|will|would|have|has)\b/i;

/**
 * "from when tho" after "how long do we have to keep logs for a high-risk ai system?" asks the previous question with
 * its question word changed: "from when do we have to keep logs for a high-risk ai system?". A yes/no question is
 * asked with the word put before it ("from when do we have to tell customers…?"). Undefined for anything else.
 */
function otherAsk(question: string, previous: string): string | undefined {
  const only = ONLY_ASKS.exec(question.replace(LEAD_WORDS, '').replace(TAIL_WORDS, '').trim());
  if (!only) return undefined;
  const asked = (only[1] ?? '').toLowerCase();
  const last = (previous.split(/(?<=[.!?])\s+|\n+/).filter((p) => /\?\s*$/.test(p)).at(-1) ?? '').trim();
  if (WH_LEAD.test(last)) return last.replace(WH_LEAD, asked);
  if (AUX_LEAD.test(last)) return `${asked} ${last.charAt(0).toLowerCase()}${last.slice(1)}`;
  return undefined;
}

/** The previous question with the name it wrote in `form` replaced; undefined when the name is not found written. */
function inPlaceOf(previous: string, form: string, replacement: string): string | undefined {
  const at = writtenName(form).exec(previous);
  return at ? `${previous.slice(0, at.index)}${replacement}${previous.slice(at.index + at[0].length)}` : undefined;
}

/**
 * The previous question asked of a sibling of a model it named: for each model named, the first of `forms` (built
 * from the name's words as the catalogue spells them) that the catalogue holds as another entry, in that name's place;
 * failing that, the first the catalogue knows only as an uncovered member of a family it holds.
 */
function askedOfSibling(previous: string, catalogue: Pick<Catalogue, 'mentions'>, forms: (words: string[]) => string[]): string | undefined {
  for (const before of catalogue.mentions(previous)) {
    if (!before.entry || sortOf(before.entry.kind) !== 'model') continue;
    // Each form read once: the names it is written as whole.
    const whole = forms(before.form.trim().split(' ')).map((swapped) => catalogue.mentions(swapped).filter((m) => m.form.trim() === swapped));
    for (const found of whole) {
      const sibling = found.find((m) => m.entry && m.entry !== before.entry);
      const asked = sibling?.entry ? inPlaceOf(previous, before.form, sibling.entry.name) : undefined;
      if (asked) return asked;
    }
    // A sibling the knowledge base does not hold, of a family it does ("and behemoth?" after a Llama 4 Maverick
    // price), is still the thing asked about: the answer then says what is not covered.
    // A name keeping every word of the one asked before and adding the variant ("claude opus 4.6 haiku") is tried last.
    const kept = (found: (typeof whole)[number]) => before.form.trim().split(' ').every((w) => found.some((m) => m.form.includes(` ${w} `)));
    for (const found of [...whole.filter((f) => !kept(f)), ...whole.filter(kept)]) {
      const uncovered = found.find((m) => !m.entry && m.closest.length > 0);
      const asked = uncovered ? inPlaceOf(previous, before.form, uncovered.text.trim()) : undefined;
      if (asked) return asked;
    }
  }
  return undefined;
}

/** A bare version or variant: "v3", "4.5", "r1", "2.5". */
const BARE_VERSION = /^(?:[a-z]{1,2}-?)?\d+(?:\.\d+)?[a-z]?$/i;

/**
 * "v3 too?" after "can deepseek r1 be used commercially?" asks it of DeepSeek V3: a bare version in place of the
 * last word of the model the previous question named, when the result names a model the catalogue holds.
 */
function otherVersion(rest: string, previous: string, catalogue: Pick<Catalogue, 'mentions'>): string | undefined {
  const version = rest.replace(/\s+too$/i, '').trim();
  if (!BARE_VERSION.test(version)) return undefined;
  const asked = normalizeName(version).trim().split(' ');
  return askedOfSibling(previous, catalogue, (words) => {
    // The version in the name as the catalogue spells it ("deepseek r 1", "gemini 2.5 pro"): its run of numbers and
    // the single letters joined to them.
    const first = words.findIndex((w) => /^\d/.test(w));
    if (first < 0) return [];
    let from = first;
    while (from > 1 && /^[a-z]$/.test(words[from - 1] ?? '')) from -= 1;
    let to = first + 1;
    while (to < words.length && /^(\d[\d.]*|[a-z])$/.test(words[to] ?? '')) to += 1;
    return [[...words.slice(0, from), ...asked, ...words.slice(to)].join(' ')];
  });
}

/** A variant word, alone or as "the … one": "nano", "the pro one", "the flash version". */
const BARE_VARIANT = /^(?:the\s+)?([a-z][a-z-]{1,11})(?:\s+(?:one|version|model|variant|tier))?$/i;

/**
 * "and nano?" after "gpt-5 mini per mtok?" asks it of GPT-5 nano: a variant word in place of the variant words ending
 * the model the previous question named ("mini"), or after its name, when the result names a model the catalogue holds.
 */
function otherVariant(rest: string, previous: string, catalogue: Pick<Catalogue, 'mentions'>): string | undefined {
  const variant = BARE_VARIANT.exec(rest.replace(/\s+too$/i, '').trim())?.[1]?.toLowerCase();
  if (!variant) return undefined;
  return askedOfSibling(previous, catalogue, (words) => {
    // The name up to its version ("gpt 5" of "gpt 5 mini"), the whole name ("gemini 2.5" + "flash"), and the family's
    // major version ("gpt 5" of "gpt 5.1" + "pro").
    const last = words.findLastIndex((w) => /^\d/.test(w));
    const upTo = last >= 0 ? words.slice(0, last + 1) : [];
    const major = upTo.length ? [...upTo.slice(0, -1), (upTo.at(-1) ?? '').replace(/\..*$/, '')].join(' ') : '';
    const appended = [...new Set([upTo.join(' '), words.join(' '), major].filter(Boolean))].map((stem) => `${stem} ${variant}`);
    // Or the variant in place of a tier word inside the name: "haiku" for "sonnet" in "claude sonnet 4.5", or leading
    // it when the family was not typed ("sonnet 4.5"); only a name the catalogue holds whole is taken.
    const inPlace = words.flatMap((w, i) => (!/^\d/.test(w) && w !== variant ? [[...words.slice(0, i), variant, ...words.slice(i + 1)].join(' ')] : []));
    // Or that tier in the family at whatever version the cards hold: "haiku" after "claude opus 4.6" is Claude Haiku.
    const anyVersion = inPlace.map((form) => form.split(' ').filter((w) => !/^\d/.test(w)).join(' '));
    return [...appended, ...inPlace, ...anyVersion];
  });
}

/**
 * A later ask of one message that only names another thing of the earlier one's kind ("uk data bridge start date?
 * dpf?"): the earlier ask asked of it, as a follow-up in a thread is; undefined otherwise.
 */
export function earlierAskOf(ask: string, earlier: string, catalogue: Pick<Catalogue, 'mentions'>): string | undefined {
  return substituted(ask, earlier, catalogue);
}

/** The most words a later ask of one message may have for a bare variant word in it to be read as a sibling's name. */
const MAX_SIBLING_ASK_WORDS = 6;

/**
 * A later ask of one message naming no model, whose one variant word is a sibling of a model the earlier ask names:
 * the ask with that word as the sibling's name ("nano still around" after "gpt-5 mini per mtok" -> "GPT-5 nano still
 * around"). Only a name the catalogue holds; otherwise the ask as it was.
 */
export function withSiblingNamed(ask: string, earlier: string, catalogue: Pick<Catalogue, 'mentions'>): string {
  const subject = SIBLING_SUBJECT.exec(ask);
  const word = subject?.[2];
  if (!subject || !word || ask.trim().split(/\s+/).length > MAX_SIBLING_ASK_WORDS || catalogue.mentions(ask).some((m) => m.entry)) return ask;
  const named = new Set(catalogue.mentions(earlier).flatMap((m) => (m.entry ? [m.entry.name] : [])));
  const asked = otherVariant(word, earlier, catalogue);
  const sibling = asked ? catalogue.mentions(asked).find((m) => m.entry && !named.has(m.entry.name))?.entry?.name : undefined;
  return sibling ? `${subject[1]}${sibling}${ask.slice(subject[0].length)}` : ask;
}

/**
 * The word an ask is about, where a subject stands: first, or after "and", an auxiliary, "what about" or "the" ("nano
 * still around", "is pro worth it"); a variant word elsewhere is more likely plain English ("is the gap large").
 */
const SIBLING_SUBJECT = /^(\s*(?:(?:and|also|plus|but|so)\s+)?(?:(?:is|are|does|do|can|could|will|would|what about|how about|whats|what's|how's|hows)\s+)?(?:the\s+)?)([a-z][a-z-]{1,11})\b/i;

/** The amounts of money in a text: with a currency, or scaled ("4k"), and not a count ("4k users"). */
const moneyIn = (text: string): Amount[] => findAmounts(text).filter((a) => (a.currency || a.scaled) && !COUNT_AFTER.test(text.slice(a.end, a.end + 16)));

/**
 * "ok and at 4k/mo, steady?" after "spending £800/mo on chatgpt enterprise, would u self host?" asks the previous
 * question at the new figure: the previous question with its one amount replaced by the follow-up's (in the previous
 * one's currency when the follow-up names none), then the rest of the follow-up. The old figure would otherwise be read.
 */
function otherAmount(question: string, previous: string): string | undefined {
  const [asked, ...moreAsked] = moneyIn(question);
  const [before, ...moreBefore] = moneyIn(previous).filter((a) => a.currency);
  if (!asked || !before || moreAsked.length || moreBefore.length) return undefined;
  // A bare figure takes the currency the question before it used.
  return askedAgainAt(question, asked, previous, before, asked.currency ? '' : SYMBOLS[before.currency ?? 'GBP']);
}

/** The previous question with its figure `before` replaced by the follow-up's `asked` (after `prefix`), then the rest of the follow-up. */
function askedAgainAt(question: string, asked: Amount, previous: string, before: Amount, prefix = ''): string {
  const figure = `${prefix}${question.slice(asked.start, asked.end).trim()}`;
  const rest = `${question.slice(0, asked.start)}${question.slice(asked.end)}`.replace(/\s+/g, ' ').trim();
  return withFigure(previous, before, figure, rest);
}

/** The previous question with its figure `before` written as `figure`, then the rest of the follow-up. */
function withFigure(previous: string, before: Amount, figure: string, rest: string): string {
  return `${previous.slice(0, before.start)}${figure}${previous.slice(before.end)} ${rest}`;
}

/** The counts in a text: a figure followed by what it counts ("2m monthly users", "40 staff"), in no currency. */
const countsIn = (text: string): Amount[] => findAmounts(text.toLowerCase()).filter((a) => !a.currency && COUNT_AFTER.test(text.slice(a.end, a.end + 32).toLowerCase().replace(/^\s?(?:(?:monthly|daily|weekly|active|paying|registered)\s+)+/i, ' ')));

/**
 * "what about at 150m?" after "is qwen2.5-72b ok for our b2c app? ~2m monthly users" asks the previous question at the
 * new count: the previous question with its one count's figure replaced by the follow-up's one bare figure (scaled,
 * or in the thousands), then the rest of the follow-up.
 */
function otherCount(question: string, previous: string): string | undefined {
  const bare = findAmounts(question.toLowerCase()).filter((a) => !a.currency && (a.scaled || a.value >= 1000));
  const [before, ...moreBefore] = countsIn(previous);
  if (bare.length !== 1 || !before || moreBefore.length) return undefined;
  return askedAgainAt(question, bare[0]!, previous, before);
}

/** What follows a token volume: "30m input and…", "5m output tokens", "2 million tokens". */
const TOKENS_AFTER = /^\s?(?:(?:(?:input|output|prompt|completion|cached)\s+)?(?:tokens?|toks?)\b|(?:input|output|in|out)\b)/i;
/** The token volumes in a text, in no currency. */
const volumesIn = (text: string): Amount[] => findAmounts(text.toLowerCase()).filter((a) => !a.currency && TOKENS_AFTER.test(text.slice(a.end, a.end + 24)));

/** Words that multiply what was said before. */
const FACTOR_WORDS: Readonly<Record<string, number>> = { double: 2, doubled: 2, doubles: 2, twice: 2, triple: 3, tripled: 3, triples: 3, treble: 3, trebled: 3, quadruple: 4, quadrupled: 4, half: 0.5, halved: 0.5, halves: 0.5 };
const TIMES_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };
/**
 * A multiple of what was said before: "3x that", "three times that", "double it", "twice as much", "half that", "if
 * it doubled". A figure with "x" is a multiple only before "that", "it", "as much", the bill's or the load's name, or
 * the end of the clause, so "4x a100" stays a count of GPUs.
 */
const MULTIPLE = new RegExp(
  String.raw`\b(?:(?<n>\d+(?:\.\d+)?)\s?(?:x|×|times)|(?<w>${Object.keys(TIMES_WORDS).join('|')})\s+times|(?<f>${Object.keys(FACTOR_WORDS).join('|')}))` +
    String.raw`(?=\s+(?:that|this|it|as much|as many|the (?:spend|bill|amount|cost|budget|volume|usage|traffic|load|users?|number))\b|\s*(?:[?,.!;]|$)|\s+(?:by|in|within|over|next|after|before|this|from)\b[^?,.!;]{0,30}(?:[?,.!;]|$))` +
    String.raw`(?:\s+(?:that|this|it|as much|as many|the (?:spend|bill|amount|cost|budget|volume|usage|traffic|load|users?|number)))?`,
  'i',
);

/**
 * "what if it was 3x that, steady?" after "we spend about £1,200 a month on the openai api. should we self-host?" asks
 * the previous question at three times its one amount (or its one count: "and at double the users?"): the previous
 * question with the figure multiplied, then the rest of the follow-up. The old figure would otherwise be read.
 */
function multipliedAmount(question: string, previous: string): string | undefined {
  const m = MULTIPLE.exec(question);
  if (!m?.groups || moneyIn(question).length) return undefined;
  const g = m.groups;
  const factor = g.n ? Number(g.n) : g.w ? TIMES_WORDS[g.w.toLowerCase()] : FACTOR_WORDS[(g.f ?? '').toLowerCase()];
  if (!factor || factor === 1) return undefined;
  const money = moneyIn(previous).filter((a) => a.currency);
  const rest = `${question.slice(0, m.index)}${question.slice(m.index + m[0].length)}`.replace(/\s+/g, ' ').replace(/\s+([?,.!;])/g, '$1').trim();
  // A bill's token volumes ("30m input and 5m output tokens a month") are what "3x that" scales, every one of them,
  // never the asker's headcount beside them.
  const volumes = money.length ? [] : volumesIn(previous);
  if (volumes.length) return `${volumes.reduceRight((text, v) => `${text.slice(0, v.start)}${largeNumber(Math.round(v.value * factor))}${text.slice(v.end)}`, previous)} ${rest}`;
  const counts = countsIn(previous);
  const [before, ...more] = money.length ? money : counts;
  if (!before || more.length || (money.length && counts.length > 1)) return undefined;
  const value = before.value * factor;
  const figure = money.length ? moneyInWords(value, before.currency) : largeNumber(Math.round(value));
  return withFigure(previous, before, figure, rest);
}

/** A follow-up that is nothing but another count of what was asked of before: "and on two?", "with 4 gpus?", "8 of them?". */
const COUNT_ALONE = new RegExp(String.raw`^(?:(?:on|with|at|for|using|across)\s+)?(?:just\s+|only\s+|a\s+single\s+)?(?:a\s+)?${TYPED_COUNT}(?:\s+(?:gpus?|cards?|of (?:them|those|these)|nodes?))?$`, 'i');

/**
 * "and on two?" after "llama 3.1 70b on 1 h100, tokens per sec with vllm?" asks the previous question of two of the GPU
 * it counted: the previous question with that count replaced ("…on 2 h100…"). Only when the previous question
 * counts exactly one GPU it names.
 */
function otherGpuCount(question: string, previous: string, catalogue: Pick<Catalogue, 'mentions'>): string | undefined {
  const rest = question.replace(LEAD_WORDS, '').replace(TAIL_WORDS, '').trim();
  const count = COUNT_ALONE.exec(rest)?.[1];
  const value = count === undefined ? 0 : countValue(count);
  if (!value) return undefined;
  const gpus = catalogue.mentions(previous).filter((m) => m.entry?.kind === 'gpu');
  const counted = gpus.flatMap((m) => [...previous.matchAll(new RegExp(String.raw`\b${TYPED_COUNT}\s*(?:x|×)?\s*(?=${escapeRegExp(m.text)})`, 'gi'))]);
  const [before, ...more] = counted;
  if (!before || more.length || before.index === undefined) return undefined;
  return `${previous.slice(0, before.index)}${value} ${previous.slice(before.index + before[0].length)}`;
}

/** Where an asker may be: the UK (with its nations and larger cities) or the EU (`expandShorthand` marks its places "EU"). */
const IN_UK = /\b(?:uk|u\.k\.|united kingdom|britain|british|england|english|scotland|scottish|wales|welsh|northern ireland|london|manchester|leeds|bristol|birmingham|glasgow|edinburgh|cardiff|belfast|liverpool|sheffield|newcastle|nottingham|leicester|bath|oxford|cambridge)\b/i;
const IN_EU = /\b(?:eu|e\.u\.|european union|europe|european)\b/i;
/** A follow-up naming only a place of the asker's: "ok and for our eu entity?", "same for our berlin office?". */
const PLACE_ALONE = /^(?:(?:for|in|at|with|from)\s+)?(?:(?:our|the|my|a|an)\s+)?(?:(?:[\w.-]+)\s+){0,2}?(?:(?:entity|office|subsidiary|branch|team|company|side|arm|business|operations|ops|staff|folks|people|hq|headquarters|site|group|org|organisation|organization|customers|clients|users)\s*)?$/i;

/**
 * "ok and for our eu entity?" after "uk company here, sending customer data to a us llm vendor — which transfer tool
 * do we use?" asks the previous question of the other jurisdiction: the previous question with its UK place read as
 * the EU (or the other way round). Only a follow-up naming nothing but the asker's place, after a question placing the
 * asker in the other jurisdiction.
 */
function otherPlace(question: string, previous: string): string | undefined {
  const rest = expandShorthand(question.replace(LEAD_WORDS, '').replace(TAIL_WORDS, '').trim());
  if (!PLACE_ALONE.test(rest) || rest.split(/\s+/).length > PLACE_WORDS) return undefined;
  const toEu = IN_EU.test(rest) && !IN_UK.test(rest);
  const toUk = IN_UK.test(rest) && !IN_EU.test(rest);
  if (!toEu && !toUk) return undefined;
  const from = toEu ? IN_UK : IN_EU;
  const before = from.exec(previous);
  if (!before) return undefined;
  return `${previous.slice(0, before.index)}${toEu ? 'EU' : 'UK'}${previous.slice(before.index + before[0].length)}`;
}
/** Words a place alone may run to: "our eu entity", "the berlin office". */
const PLACE_WORDS = 5;

/** Models, model families and products are one sort of thing to swap for another ("Qwen3" for "DeepSeek R1"). */
const sortOf = (kind: string) => (kind === 'family' || kind === 'product' ? 'model' : kind);

/**
 * The question to answer and search with. A short follow-up in a thread ("what about Mistral?", "is it Apache
 * 2.0?", "over 200k prompt?") means little on its own: it is read together with the user's previous question, and
 * one that only names another thing of the kind the previous question named ("and gpt-5 mini?") becomes that
 * question about it. Anything else is answered as asked.
 * @param catalogue the knowledge base's named things, for the substitution; without it the two are joined.
 */
export function searchQuery(request: Pick<AnswerRequest, 'question' | 'history'>, catalogue?: Pick<Catalogue, 'mentions'>): string {
  const question = request.question.trim();
  const leaning = leansOn(request, catalogue);
  if (!leaning) return question;
  return (catalogue && substituted(leaning.asked, leaning.previous, catalogue)) ?? (catalogue && cheaperThanBefore(leaning.asked, leaning.previous, catalogue)) ?? otherPlace(leaning.asked, leaning.previous) ?? otherAmount(leaning.asked, leaning.previous) ?? otherCount(leaning.asked, leaning.previous) ?? (catalogue && otherGpuCount(leaning.asked, leaning.previous, catalogue)) ?? multipliedAmount(leaning.asked, leaning.previous) ?? otherAsk(leaning.asked, leaning.previous) ?? joined(leaning.previous, question);
}

/** A follow-up asking only for something cheaper: "cheaper option?", "anything cheaper?", "a cheaper model?". */
const CHEAPER_ONLY = /^(?:(?:is there|any|got)\s+)?(?:an?\s+|any\s+)?(?:cheaper|less expensive)(?:\s+(?:options?|alternatives?|models?|ones?|choices?))?$|^(?:anything|something)\s+(?:cheaper|less expensive)$/i;

/**
 * "cheaper option?" after a message naming one model ("…£1,100/mo on opus 4.6 for simple email triage…") asks for a
 * cheaper option than that model, not what the message before asked.
 */
function cheaperThanBefore(question: string, previous: string, catalogue: Pick<Catalogue, 'mentions'>): string | undefined {
  if (!CHEAPER_ONLY.test(question.replace(LEAD_WORDS, '').replace(TAIL_WORDS, '').trim())) return undefined;
  const models = [...new Set(catalogue.mentions(previous).flatMap((m) => (m.entry?.kind === 'model' ? [m.entry.name] : [])))];
  return models.length === 1 ? `is there a cheaper option than ${models[0]}?` : undefined;
}

/**
 * The previous message and the follow-up read as one. A previous message that asks nothing ("vendor refuses to say
 * what base model sits under their assistant"), typed without a full stop, is closed as a sentence, so the follow-up
 * ("how bad is that?") is read as the question asked of it; a previous question stays joined to the follow-up.
 */
function joined(previous: string, question: string): string {
  const before = previous.trim();
  const open = !/[.!?:;…)"'”’]$/u.test(before) && !before.includes('?') && !ASKS_ITSELF.test(before);
  return `${before}${open ? '.' : ''} ${question}`;
}

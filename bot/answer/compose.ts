import type { Citation } from '../turn.ts';
import type { Chunk } from '../../knowledge/chunk.ts';
import type { Retriever, RetrievedChunk } from '../../knowledge/retrieval/retriever.ts';
import { escapeRegExp, splitCompound, surfaceTokens, terms } from '../../knowledge/retrieval/text/tokenize.ts';
import type { Mention } from '../../knowledge/entities/catalogue.ts';
import { countValue, countWord, TYPED_COUNT } from '../../workflows/format.ts';
import { isStopword } from '../../knowledge/retrieval/text/stopwords.ts';
import { stem } from '../../knowledge/retrieval/text/stem.ts';
import type { WordVectorLookup } from '../../knowledge/retrieval/embedder.ts';
import { markdownClaims, leansOnPrevious, stripMarkers } from '../../knowledge/claims/claims.ts';
import { WORKED_CASE_ID } from '../../knowledge/card-schema.ts';
import { answerCue, asksConditions, asksDateList, firstDate, spellsOutCue, statedDates } from './question-cues.ts';
import { comparedSides, contrastedSides } from './sides.ts';
import { analyseQuestion, CONTENTS_ASKED, contentWords, definitionSubject, lastSentence, type QuestionAnalysis } from './question.ts';
import { askedBridges, idfShare, LISTS_FLAGS, namesTheDomain, questionWeights, SHORT_QUOTE, type QuestionWeights } from './weights.ts';
import { coverageOf } from '../../knowledge/entities/coverage.ts';
import { asksPractice, plainExample } from './plain-example.ts';
import { normalizeName } from '../../knowledge/entities/normalize.ts';
import { modelQuotes } from '../../workflows/decision/model-prices.ts';

/** Tunables of the extractive composer; the defaults were chosen with `kb eval` on the dev questions. */
export interface ComposeOptions {
  /** Chunks whose sentences compete for the answer. */
  chunks: number;
  /** At most this many sentences in an answer. */
  maxSentences: number;
  /** A further sentence must score at least this share of the best one. */
  followRatio: number;
  /** Weight of the chunk's retrieval rank in a sentence's score. */
  chunkWeight: number;
  /** Bonus for a sentence carrying the kind of fact the question asks for (a figure, a date, a duration). */
  cueBonus: number;
  /**
   * Soft matching: a question word missing from a sentence still earns `softWeight` x cosine of its credit when
   * the sentence has a word whose vector is at least `softThreshold` close ("retain" ~ "keep"). 0 turns it off.
   */
  softWeight: number;
  softThreshold: number;
  /** Retrieval prior of the lead card's summary, relative to the lead chunk, when it was not retrieved itself. */
  summaryPrior: number;
}

/** A message asking for the dates still to come: "upcoming deadlines", "dates still ahead", "what's next". */
const DATES_AHEAD = /\b(?:upcoming|forthcoming|coming up|still (?:ahead|to come)|yet to come|remaining|future|ahead of us|next)\b/i;
/** Today as a sortable number (year, month, day), as `statedDates` gives a date. */
const today = (now = new Date()) => now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();

/** A sentence opening on a figure it names as known: "The per-token figure…", "The $0.22 self-hosted figure…" (its amount in group 1). */
const THE_FIGURE = /^The (\$[\d.,]+)?\s*((?:[\w-]+\s+){0,5}?)figures?\b/i;
/**
 * Whether a sentence opens on a figure named by its words ("the per-token figure") when no word of them is in the
 * answer before it (`said`).
 */
function talksOfUnsaidFigure(sentence: string, said: string): boolean {
  const m = THE_FIGURE.exec(sentence);
  if (!m) return false;
  // (A figure given by its amount is left: the answer's verdict, composed apart, may have stated it.)
  if (m[1]) return false;
  const words = terms(m[2] ?? '');
  if (!words.length) return false;
  const saidTerms = new Set(terms(said));
  return !words.some((w) => saidTerms.has(w));
}

/** A list or red-flag answer may quote this many more items than other answers... */
const LIST_EXTRA = 2;
/** ...down to this share of the usual follow ratio. */
const LIST_FOLLOW = 0.7;
/** Share of the question's own weight a list's enumerating lead must cover in its own words to stand as the list. */
const LISTED_SHARE = 0.75;

/** Every chunk of the lead passage's card, the lead first, scored by the lead's retrieval score. */
function cardPool(lead: RetrievedChunk, retriever: Retriever): RetrievedChunk[] {
  const rest = retriever.chunks.filter((c) => c.cardId === lead.chunk.cardId && c.id !== lead.chunk.id);
  return [lead, ...rest.map((chunk) => ({ ...lead, chunk, score: lead.score * 0.9 }))];
}

/** Words asking about a vendor's answer itself: then "A good answer…" and "A red flag…" sentences are on the point. */
const VENDOR_ANSWER = /\b(answers?|repl(?:y|ies)|responses?|red[- ]?flags?|good looks like)\b/i;
/** A sentence framed as what a vendor's answer should or should not hold: "A good answer…", "Red flags are…". */
export const FRAMED_OPENING = /^(?:an? |the )?(?:good|strong|red[- ]?flag|bad)\b[^.]{0,20}?\b(?:answers?|flags?)\b/i;
/** Share of the best score an unframed sentence needs for framed ones to give way to it. */
const FRAMED_FLOOR = 0.5;

/** For a red-flag or judging question, a second card competes when its best passage scores this share of the first's. */
const RIVAL_SHARE = 0.9;
/** ...and speaks only when its best sentence scores at least this multiple of the first card's best. */
const RIVAL_MARGIN = 1.1;

/** A lead-card section joins the pool when its heading names this share of the question. */
const HEADING_SHARE = 0.4;

/** Weight of a qualifying phrase's words when scoring sentences, relative to the core's. */
const QUALIFIER_SHARE = 0.4;

/** A comparison side's own sentence joins when it scores at least this share of the best sentence. */
const COMPARISON_FLOOR = 0.4;

/** A further sentence must cover at least this share of the question that the answer does not yet cover. */
const MIN_GAIN = 0.12;

/** Catalogue kinds that name a thing one buys or runs, as opposed to a law, a concept or an organisation. */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['model', 'family', 'gpu', 'product']);
/** A question asking the same of every option it names: "how long would each take?", "what do both cost?". */
const EACH_ASKED = /\b(?:each|both|either)\b(?!\s+(?:month|year|week|day|hour|time|quarter|user|seat|request|call|token|gpu)s?\b)/i;

/** Words that set one thing against another inside a sentence. */
const CONTRAST = /\b(rather than|whereas|while|unlike|instead of|compared with|complements?|than|but|differs?|against|versus|vs)\b/i;

/** A vendor question card's standing instruction, and a message asking what to ask or put to a vendor. */
const STANDING_ASK = /^Ask (?:every|each|any) (?:AI )?(?:vendor|supplier|provider)\b/;
const ASKS_WHAT_TO_ASK = /\b(?:ask|asks|asking|question|questions|questionnaire|rfp|due diligence|checklist|put to)\b/i;
/** A message asking what to ask or put to a vendor: "what should we ask anthropic about…", "what do i put to the vendor?". */
const WHAT_TO_ASK = /\bwhat\b[^?.!]{0,40}?\b(?:ask|asking|put to)\b|\bwhich questions?\b|\bquestions? (?:to|should we|do we|should i|do i) ask\b/i;
/** A message weighing what it describes: "is that enough", "ok?", "should we push back". */
const WEIGHED = /\b(?:enough|sufficient|ok|okay|fine|acceptable|adequate|push back|deal[- ]?breaker|red flags?|worried|concern(?:ed|ing)?)\b/i;
/** Kinds asking what a vendor's answer should hold or what would warn: "A good answer…" or the red flag leads. */
const ANSWER_JUDGED_KINDS: ReadonlySet<string> = new Set(['good-answer', 'red-flags']);

/** Share of a red flag's own words the good answer that fixes it shares. */
const FIX_NEAR = 0.2;
/**
 * Good answers that may follow the red flag a message meets, nearest first: the fix for it and one more beside it
 * ("a current list of sub-processors with their locations" after "a published list of sub-processors"). Chosen on the
 * tune halves: two took 3 more right there and on the held-out halves, and lost none.
 */
const FIXES = 2;

/** Share of the smaller sentence's words two vendor practices, stated without their frame, share when they say one thing. */
const UNFRAMED_ALIKE = 0.6;

/** Share of the smaller sentence's words two red flags (or two good answers) share when they say one thing. */
const POLAR_ALIKE = 0.5;

/** A red flag or good answer without its frame ("A red flag is a vendor that…"), which every such sentence shares. */
function unframed(sentence: string): string {
  return sentence.replace(/\b(a |an |the )?(red flags?|good answers?|vendors?|suppliers?|providers?)\b/gi, ' ');
}

/** Both sentences state red flags, or both state what a good answer looks like. */
function samePolarity(a: string, b: string): boolean {
  return (RED_FLAG.test(a) && RED_FLAG.test(b)) || (GOOD_ANSWER.test(a) && GOOD_ANSWER.test(b) && !RED_FLAG.test(a) && !RED_FLAG.test(b));
}

/** Idf-weighted share of a section sentence's words its card's summary sentence holds (or the reverse) at which the two retell one thing. */
const RETOLD = 0.5;

/** Idf-weighted share of a sentence's words that its card's summary sentence (or section sentence) holds, at which the two are twins. */
const TWINNED = 0.6;

/** A message asking for an example, or naming a worked case ("like that support firm", "what did firms in our spot do?"). */
const EXAMPLE_ASKED = /\b(?:examples?|case stud(?:y|ies)|worked case|support[- ](?:firm|company)|(?:other |similar )?(?:firms|companies|businesses|teams|others|people) (?:like us|in our (?:spot|position|shoes|situation)|(?:did|chose|picked|have done|went with))|what (?:did|do|have) (?:other |similar )?(?:firms|companies|businesses|teams|others|people)\b|anyone else|real[- ]world)\b/i;

/** Products a further sentence names beside the one asked about at which it is about them rather than it. */
const CROWD = 2;

/** A figure or date two sentences both state: the second tells the same fact again ("since 1 March 2023"). */
function sharesFigure(sentence: string, other: string): boolean {
  const held = statedFigures(other);
  return (sentence.match(FIGURES) ?? []).some((f) => held.has(figureKey(f)));
}

/** Share of a sentence's words an answer already holds at which the sentence only restates it. */
const RESTATED = 0.7;

/** A sentence whose words the chosen sentences already hold, taken together. */
function restates(sentence: string, chosen: ComposedSentence[]): boolean {
  const before = chosen.map((c) => c.text).join(' ');
  // A new name or figure ("Mistral Large 3" after "Mistral Small 3") is a new item, however alike the words.
  return terms(sentence).length > 0 && heldShare(sentence, before) >= RESTATED && !newFacts(sentence, before);
}

/**
 * A card's advice to the buyer, opening with a verb ("Check whether a deployment uses Gemma 4…", "Read the licence
 * file…"): it tells what to do, so it answers a question asking what to do, not one asking what something is, costs
 * or says.
 */
export const ADVICE = /^(ask|avoid|budget|check|complete|confirm|count|find out|hold|keep|make sure|pair|pass|put|read|record|review|revisit|run|send|test|treat|use|weigh|verify|plan|prefer|choose|compare|document|insist|require|negotiate|start|write|note|consider|decide|match|measure|track|publish|include|add|tell|give|get|set|map|name|demand|agree|build|look)\b/i;

/** A model's size as an index term: "70b", "8b", "1.5b". */
const MODEL_SIZE = /^\d+(?:\.\d+)?[bm]$/;

/** Kinds that ask what something is, costs, says or how two things differ: advice never leads their answer. */
const FACTUAL_KINDS: ReadonlySet<string> = new Set(['definition', 'comparison', 'price', 'number', 'when']);
/** A question that asks what to do, however it is worded: advice answers it. */
const ASKS_ADVICE = /\b(should|shall|who'?s right|recommend|advise|go with|pick|choose|opt for|what (do|would|can) (we|i|you) do|how (do|can|should) (we|i))\b/i;

/** Amounts, percentages, large or decimal figures and years a sentence states ("€35 million", "7%", "2,243", "2026"), not an article's number. */
const FIGURES = /[$£€]\d[\d,.]*(?:\s?(?:million|billion|bn|m\b|k\b))?|\d[\d,.]*\s?(?:%|million|billion|bn\b)|\b\d{1,3}(?:,\d{3})+\b|\b\d+\.\d+\b|\b(?:19|20)\d\d\b/gi;

/** A figure as compared: without spaces, in lower case ("€35 Million" is "€35million"). */
const figureKey = (figure: string) => figure.replace(/\s/g, '').toLowerCase();
/** The figures a text states, as compared. */
const statedFigures = (text: string) => new Set((text.match(FIGURES) ?? []).map(figureKey));

/** Figures a sentence states that another does not. */
export function newFigures(sentence: string, before: string): boolean {
  const held = statedFigures(before);
  return (sentence.match(FIGURES) ?? []).some((f) => !held.has(figureKey(f)));
}

/**
 * A sentence stating two or more figures, every one of which an earlier sentence already stated, and no new name:
 * "The EU AI Act caps fines for prohibited AI practices at €35 million or 7%…" after "The top tier, for prohibited
 * AI practices under Article 5, reaches €35 million or 7%…" says the same fact twice.
 */
function sameFigures(sentence: string, chosen: ComposedSentence[]): boolean {
  const own = [...new Set(sentence.match(FIGURES) ?? [])].map(figureKey);
  if (own.length < 2) return false;
  const before = chosen.map((c) => c.text).join(' ');
  const held = statedFigures(before);
  // Whose practice it is ("Anthropic's handling of Claude Opus 4.5, released on 24 November 2025…") names no new item.
  return own.every((f) => held.has(f)) && !newFacts(sentence.replace(/\b[A-Z][\w-]*'s\b/g, ' '), before, true);
}

/** A figure that is an amount or a share, not a year or a version ("Apache 2.0", "2026"), which many facts share. */
const AMOUNT_FIGURE = /[$£€%]|million|billion|bn/i;
/** The amounts and shares a text states, as compared ("£1,500", "€35million", "7%"). */
export const statedAmounts = (text: string): string[] => (text.match(FIGURES) ?? []).filter((f) => AMOUNT_FIGURE.test(f)).map(figureKey);

/**
 * A further sentence telling again the figures of one before it: two at least, and half or more of its own ("The
 * middle tier… reaches €15 million or 3%" then "Breaches of most other duties can cost up to €15 million or 3%, and…").
 * It repeats a fact the reader has just read.
 */
function retellsFigures(sentence: string, before: ComposedSentence[]): boolean {
  if (!before.length) return false;
  const own = [...new Set(statedAmounts(sentence))];
  const held = new Set(before.flatMap((c) => statedAmounts(c.text)));
  const shared = own.filter((f) => held.has(f)).length;
  return shared >= 2 && shared * 2 >= own.length;
}

/** The names and figures a sentence states, as index terms: its capitalised words past the first, and its numbers. */
function namedTerms(sentence: string): string[] {
  const words = sentence.match(/[$£€]?\d[\d,.]*\d%?|[$£€]?\d%?|\b[A-Z][\w-]*/g) ?? [];
  // The opening word is capitalised as any first word is, unless it is a name written so ("OLMo", "GPT-5").
  const named = words.filter((w, i) => (i > 0 || /\d|[A-Z].*[A-Z]/.test(w)) && !GENERIC_CAPS.test(w));
  return [...new Set(named.flatMap((w) => terms(w)))];
}
/** Share of a sentence's words the rest of the answer must hold, beside all its names and figures, for it to tell nothing new. */
const TOLD_SHARE = 0.8;
/** The fewest names and figures a sentence states for the rest holding them all to tell the same fact. */
const TOLD_NAMES = 2;

/**
 * One sentence telling what the rest of the answer already tells: every name and figure of it (two at least) stated
 * there, and nearly all its words ("A good answer maps the vendor's evaluations to the 12 risks in NIST AI 600-1 and
 * gives you permission to run your own evaluations", beside one mapping them to NIST AI 600-1's 12 risks and one giving
 * written permission to run your own).
 */
function toldBy(sentence: string, rest: string): boolean {
  const named = namedTerms(sentence);
  if (named.length < TOLD_NAMES) return false;
  const held = new Set(terms(rest));
  return named.every((t) => held.has(t)) && heldShare(sentence, rest) >= TOLD_SHARE;
}

/** The answer with no sentence the rest of it already tells, looked at from the last; the lead stays. */
function withoutRetold(chosen: ComposedSentence[]): ComposedSentence[] {
  const kept = [...chosen];
  for (let i = kept.length - 1; i > 0; i -= 1) {
    const c = kept[i] as ComposedSentence;
    if (toldBy(c.text, kept.filter((x) => x !== c).map((x) => x.text).join(' '))) kept.splice(i, 1);
  }
  return kept;
}

/** Share of a sentence's index terms that the text before it already uses (1 for a sentence with none). */
function heldShare(sentence: string, before: string): number {
  const own = new Set(terms(sentence));
  const held = new Set(terms(before));
  return own.size ? [...own].filter((t) => held.has(t)).length / own.size : 1;
}

/**
 * The negated conditions a text sets ("for unregulated or non-personal data" -> [unregulat, nonpersonal]): a negating
 * word after "for", "with", "if"… whose root the cards use. "can make your use unlicensed" sets none.
 */
export function negatedConditions(text: string, retriever: Retriever, options: { fronted?: boolean } = {}): string[][] {
  const out: string[][] = [];
  const pattern = /\b(?:for|with|on|if|when|where|about)\s+((?:un|non[\s-]?)[a-z]{5,})(?:\s+or\s+((?:un|non[\s-]?)[a-z]{5,}))?/gi;
  for (const m of text.matchAll(pattern)) {
    // In a statement only a condition set before everything else limits it ("For unregulated data, …"); "fines for
    // unlawful transfers" describes the fines.
    if (options.fronted && m.index !== text.search(/\S/)) continue;
    // "unregulated or non-personal": either alternative, stated, meets the condition.
    const alternatives = [m[1], m[2]].flatMap((word) => {
      const joined = (word ?? '').toLowerCase().replace(/^non[\s-]/, 'non');
      const root = /^(?:un|non)(.+)$/.exec(joined)?.[1] ?? '';
      return root && retriever.lexical.has(terms(root)[0] ?? '') ? terms(joined) : [];
    });
    if (alternatives.length) out.push(alternatives);
  }
  return out;
}

/** True when a text sets a negated condition none of whose alternatives the stated terms hold. */
export function unmetCondition(text: string, stated: Set<string>, retriever: Retriever, options: { fronted?: boolean } = {}): boolean {
  return negatedConditions(text, retriever, options).some((alternatives) => !alternatives.some((t) => stated.has(t)));
}

/** A message's terms with "non personal" and "non-personal" read as one word, as the cards' conditions are. */
export function statedTerms(text: string): Set<string> {
  return new Set(terms(text.replace(/\bnon[\s-]+(?=[a-z])/gi, 'non')));
}

/** Words written in capitals that name a kind or a place, not an item a sentence adds. */
const GENERIC_CAPS = /^(?:AI|APIs?|GPUs?|LLMs?|UK|EU|US|USA|SMEs?|SaaS)$/;

/** Figures and capitalised names a sentence states that the text before it does not. */
function newFacts(sentence: string, before: string, ignoreGeneric = false): boolean {
  // A fact ending the sentence ("September 2023.") is the same fact without its full stop or comma. A word written in
  // capitals that names no item ("UK", "GPUs", "API") is no new fact: "For a typical UK services business, self-hosting
  // starts to compete… between £1,500 and £2,500…" after "Below £1,500 a month a closed API…; above £2,500…" says one thing.
  const facts = (sentence.match(/[$£€]?\d[\d,.]*%?|\b[A-Z][\w-]*(?:\s+[A-Z0-9][\w.-]*)*/g) ?? []).map((f) => f.replace(/[.,]+$/, '')).filter((f) => !ignoreGeneric || !GENERIC_CAPS.test(f));
  return facts.slice(1).some((f) => !before.includes(f)) || (facts[0] !== undefined && /\d/.test(facts[0]) && !before.includes(facts[0]));
}

/** Kinds that ask for one fact, and how many sentences their answer keeps once its lead states it. */
const FACT_KINDS: ReadonlySet<string> = new Set(['when', 'price', 'number']);
const FACT_SENTENCES = 2;

/** An answer of at most this many sentences may take one more of the lead card's for the facts it adds. */
const EXTRA_UPTO = 2;
/** Share of the best sentence's score a further sentence of the lead card needs to join a short answer for its facts. */
const EXTRA_FLOOR = 0.6;
/** ...when under this share of its words are the answer's already: most of it is new, not a fact restated. */
const EXTRA_HELD = 0.5;

/**
 * An answer of fewer sentences than this to a broad ask takes its lead card's summary sentences, up to this many in
 * all (not five: blind readers preferred the shorter answers where the added sentences were advice, definitions the
 * asker knew, other frameworks or prices nobody asked for; with those left out a third reader was even, 25 to 25.
 * Not four either: a reader comparing the 51 tune answers the fourth sentence changed preferred them without it, 31
 * to 20, at the cost of two right answers of 2,326).
 */
const SUMMARY_UPTO = 3;
/** A sum of money in a sentence, and words asking about money in a question. */
export const MONEY = /[$£€]\s?\d/;
const MONEY_ASKED = /[$£€]|\b(cost|costs|costing|price|prices|priced|pricing|spend|spending|budget|cheap|cheaper|expensive|pay|paying|bill|fees?|money|roi|saving|savings|afford)\b/i;
/** A sentence saying what something is ("ISO/IEC 42001:2023 … is the international standard for…"). */
const DEFINING = /^(?:the |an? )?[^,.;]{2,60}?\b(?:is|are) (?:a|an|the|one)\b/i;

/** A question of at most this many content words whose lead covers this share of it is terse and answered. */
const TERSE_WORDS = 3;
const TERSE_HELD = 0.75;

/** Share of an asked part's domain words a sentence must hold to answer that part. */
const PART_HELD = 0.4;

/**
 * Where a core asking two things divides: a question mark, a semicolon, "and", "but", "also", "plus" before a second
 * question or its condition ("…, and if we go via the api do we ever get the weights"), or a comma before a second
 * question word ("what is it, what tools do people use for it").
 */
export const PART_BREAK = /\?\s*|;\s*|,?\s+(?:and|but|also|plus)\s+(?=(?:does|do|did|is|are|can|could|will|would|should|what|how|when|which|who|why|where|if)\b)|,\s+(?=(?:what|how|which|who|why|where)\b)/i;

/**
 * A part pointing back at what the message named before it ("…, and does our data go to china if we do?", "and when
 * did that ban start?", "can we even use it commercially?"): it asks about the same subject in other words.
 */
const POINTS_BACK = /\b(?:it|its|that|this|those|these|they|them|their|if we do|if so)\b/i;

/** One asked part of a message, and what it is searched with: a part pointing back carries the subject it points at. */
export interface AskedPart {
  text: string;
  query: string;
}

/**
 * The parts of a core asking two things about the domain: "when did it launch, and does it fix the cloud act issue?".
 * A part naming one thing of the domain stands ("what's the dpf, and do we still need sccs?"). A part naming nothing
 * of the domain is one only when it points back at a part before it that does ("should we self-host deepseek r1, and
 * does our data go to china if we do?"), and it is searched with that part's words. None when it asks one thing, or
 * when a part is not about the domain ("gonna rain in london tmrw? deciding which day to go in").
 */
export function askedParts(
  core: string,
  retriever: Retriever,
  /** `fullParts`: only parts of two words or more, each naming the domain itself (none pointing back). */
  options: { fullParts?: boolean } = {},
): AskedPart[] {
  const parts = core
    .split(PART_BREAK)
    .map((p) => p.trim())
    .filter((p) => terms(p).length >= 2 || (!options.fullParts && terms(p).length === 1 && namesTheDomain(p, retriever)));
  if (parts.length < 2) return [];
  const out: AskedPart[] = [];
  let subject: string | undefined;
  for (const text of parts) {
    if (namesTheDomain(text, retriever)) {
      out.push({ text, query: text });
      subject = text;
    } else if (!options.fullParts && subject !== undefined && POINTS_BACK.test(text)) out.push({ text, query: `${subject} ${text}` });
    else return [];
  }
  return out;
}

/** Index terms at most of a part that only names a thing ("sccs"), asking what it is. */
const BARE_PART_TERMS = 2;
/** A question word or an auxiliary opening a part: it asks something of what it names. */
const ASKING_WORD = /^(?:and |also |but |plus )?(?:what|whats|how|which|who|why|when|where|is|are|can|could|should|do|does|did|will|would|has|have|if)\b/i;

/** Share of the best sentence's score a sentence carrying the kind of fact an asked part wants needs to join. */
const PART_CUE_FLOOR = 0.3;
/** ...and the share of the part's subject words (its own and, for a part pointing back, those it points at) it must hold. */
const PART_CUE_HELD = 0.3;

/** Share of the best sentence's score a sentence carrying the asked-for kind of fact needs to join the answer. */
const CUE_FLOOR = 0.5;

/** Share of the best sentence's score a sentence needs to lead in its place (see `promote`). */
const LEAD_FLOOR = 0.7;

/**
 * The GPUs a question counts by two or more ("on 2 h100s", "4x a100"; `gpuCounts`), as one test for a sentence giving
 * the count of any of them ("…on two H100s"); undefined when it counts none.
 */
function countedGpus(counts: Map<string, RegExp>): RegExp | undefined {
  const wanted = [...counts.values()].map((re) => re.source);
  return wanted.length ? new RegExp(wanted.join('|'), 'i') : undefined;
}

/** Each GPU the question counts by two or more, by its catalogue name, with the test for a sentence giving that count. */
function gpuCounts(core: string, mentions: Mention[]): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  for (const m of mentions) {
    if (m.entry?.kind !== 'gpu') continue;
    const count = new RegExp(String.raw`\b${TYPED_COUNT}\s*(?:x|×)?\s*${escapeRegExp(m.text)}`, 'i').exec(core)?.[1];
    const n = count ? countValue(count) : 0;
    // One GPU is what most figures are given for ("on an H100"): only a count of several picks its sentence.
    if (n >= 2) out.set(m.entry.name, new RegExp(String.raw`\b(?:${n}|${countWord(n)})\s*(?:x|×)?\s*${escapeRegExp(m.entry.name)}s?\b`, 'i'));
  }
  return out;
}

/** When the best candidate lacks what the question wants, the first one that has it, close enough in score, leads. */
function promote(candidates: ComposedSentence[], wants: (c: ComposedSentence) => boolean): void {
  const head = candidates[0];
  if (!head || wants(head)) return;
  const better = candidates.find((c) => wants(c) && c.score >= LEAD_FLOOR * head.score);
  if (better) candidates.splice(0, 0, ...candidates.splice(candidates.indexOf(better), 1));
}

/** What an answer covering no domain word of the question keeps of its coverage. */
const UNANCHORED_SHARE = 0.4;

/** The follow ratio of the untrimmed choice that confidence is judged on (the answer's own is `followRatio`). */
const JUDGED_FOLLOW = 0.7;

export const DEFAULT_COMPOSE: ComposeOptions = { chunks: 3, maxSentences: 3, followRatio: 0.8, chunkWeight: 1, cueBonus: 0.25, summaryPrior: 0.9, softWeight: 0.7, softThreshold: 0.55 };

/** The most items of a bulleted list given whole. */
const WHOLE_LIST_MAX = 8;
/** A question asking what: "what should our review cover?", "so what goes in it?". */
const WHAT_ASKED = /^(?:so |and |ok |okay )?what\b(?!\s+(?:about|of)\b)/i;

/**
 * The items of the bulleted list the sentence is one of, in the card's order, as composed sentences: undefined unless
 * the sentence is a bullet of its passage and every item (2 to `WHOLE_LIST_MAX`) is among the candidates.
 */
function bulletItems(lead: ComposedSentence, candidates: ComposedSentence[]): ComposedSentence[] | undefined {
  const items = lead.chunk.text.split('\n').filter((line) => /^\s*[-*] /.test(line)).map((line) => stripMarkers(line.replace(/^\s*[-*] /, '')).trim());
  if (items.length < 2 || items.length > WHOLE_LIST_MAX || !items.includes(lead.text)) return undefined;
  const found = items.map((text) => candidates.find((c) => c.chunk.id === lead.chunk.id && c.text === text));
  return found.every((c): c is ComposedSentence => c !== undefined) ? found : undefined;
}

/** A section heading naming what goes into something: "What to put in the comparison", "What the OLMo 2 release includes". */
const CONTENTS_HEADING = /^(?:what to (?:put|check|include|keep|count|watch)|what (?:[\w-]+ ){1,5}includes?)\b/i;
/** Asked what to do, ask or check: "what should we ask a supplier to show…", "what do we check…", "what to request". */
const WHAT_TO_DO = /\bwhat (?:should|do|must|can|would) (?:we|i|legal|procurement) (?:ask|check|do|request|demand|look for|get|put in place)\b|\bwhat to (?:ask|check|request|demand)\b/i;

/**
 * A list asked for given as the passage that is one: every sentence (2 to `WHOLE_LIST_MAX`) of the best sentence's
 * card's section whose heading names contents ("## What to put in the comparison") when the question asks what goes
 * into something (`contentsAsked`), or the run of
 * instructions ("Ask for…", "Ask for…") of the best sentence's passage when it asks what to do; in the card's order,
 * and only when every sentence is among the candidates. Undefined otherwise.
 */
function passageItems(best: ComposedSentence, candidates: ComposedSentence[], question: string, contentsAsked: boolean, pool: readonly RetrievedChunk[]): ComposedSentence[] | undefined {
  const whole = (chunk: Chunk, keep: (text: string) => boolean) => {
    const texts = markdownClaims(chunk.text).map((c) => c.text).filter(keep);
    if (texts.length < 2 || texts.length > WHOLE_LIST_MAX) return undefined;
    // (A sentence the card's summary repeats is a candidate once, from whichever passage came first.)
    const found = texts.map((text) => candidates.find((c) => c.chunk.cardId === chunk.cardId && c.text === text));
    return found.every((c): c is ComposedSentence => c !== undefined) ? found : undefined;
  };
  if (contentsAsked) {
    const section = pool.find((h) => h.chunk.cardId === best.chunk.cardId && CONTENTS_HEADING.test(h.chunk.headingPath.at(-1) ?? ''));
    if (section) return whole(section.chunk, () => true);
  }
  if (WHAT_TO_DO.test(question) && ADVICE.test(best.text)) return whole(best.chunk, (text) => ADVICE.test(text));
  return undefined;
}

export interface ComposedSentence {
  text: string;
  chunk: Chunk;
  score: number;
  /** Query terms the sentence (or its card title and heading) contains: 1, or a soft match's partial credit. */
  covered: Map<string, number>;
  /** Keys of the card sources the sentence cites (its `[^key]` markers). */
  sources?: string[];
}

export interface Composition {
  sentences: ComposedSentence[];
  /** Sentence texts each followed by its citation marker, e.g. "... costs $1.75 [1]". */
  answer: string;
  citations: Citation[];
  /** Share of the question's idf weight that the chosen sentences and their headings cover, in [0, 1]. */
  coverage: number;
  /** The question's weights the composition was scored with, for the verdict that may lead it. */
  weights: QuestionWeights;
  /** True for a sentence about other models or products than the question names: beside the point. */
  aside: (sentence: string) => boolean;
  /** Sentences taken only for the facts they add to a short answer: a verdict's support leaves them out. */
  added?: string[];
}

/**
 * Returns credit in [0, 1) for a question term a sentence lacks but paraphrases: softWeight x the best cosine
 * between the term's word vector and the sentence's words, when at least softThreshold.
 */
function softMatcher(question: string, words: WordVectorLookup | undefined, options: ComposeOptions): (term: string, sentence: string) => number {
  if (!words || options.softWeight <= 0) return () => 0;
  const surfaceOf = new Map<string, string>();
  for (const token of surfaceTokens(question)) {
    for (const part of splitCompound(token)) if (!isStopword(part) && !/\d/.test(part)) surfaceOf.set(stem(part), part);
  }
  return (term, sentence) => {
    const w = surfaceOf.get(term);
    const q = w ? words.unitVector(w) : undefined;
    if (!q) return 0;
    let best = 0;
    for (const token of surfaceTokens(sentence)) {
      if (isStopword(token) || /\d/.test(token)) continue;
      const v = words.unitVector(token);
      if (!v) continue;
      let dot = 0;
      for (let i = 0; i < q.length; i += 1) dot += (q[i] ?? 0) * (v[i] ?? 0);
      if (dot > best) best = dot;
    }
    return best >= options.softThreshold ? options.softWeight * best : 0;
  };
}

/** Credit for a question word whose root the sentence uses in another form ("adoption" ~ "adopted"). */
const ROOT_CREDIT = 0.8;

/**
 * True when a sentence term shares the question term's root where the light stemmer stops short of it:
 * "adoption" ~ "adopt", "notification" ~ "notify", "residency" ~ "resident". One must start with the other
 * (at least five letters), or both share at least seven; "general" and "generative" do not match.
 */
function sameRoot(term: string, own: Set<string>): boolean {
  if (term.length < 5 || /\d/.test(term)) return false;
  for (const u of own) {
    if (u.length < 5 || /\d/.test(u)) continue;
    const [a, b] = term.length <= u.length ? [term, u] : [u, term];
    if (b.startsWith(a)) return true;
    let k = 0;
    while (k < a.length && a[k] === b[k]) k += 1;
    if (k >= 7) return true;
  }
  return false;
}

/** True when most terms of the shorter sentence are in the other (overlap coefficient of at least `share`). */
export function nearDuplicate(a: string, b: string, share = 0.8): boolean {
  const x = new Set(terms(a));
  const y = new Set(terms(b));
  const shared = [...x].filter((t) => y.has(t)).length;
  const smaller = Math.min(x.size, y.size);
  return smaller > 0 && shared / smaller >= share;
}

/**
 * Picks the source a sentence most likely comes from: the one whose title shares the most words with the
 * sentence, counting only words that are not already in the card's title and are not figures (so "MIT Sloan's
 * analysis" cites the MIT Sloan source, while "OpenAI's GPT-5.2 costs..." on the OpenAI card keeps the card's
 * first, primary source). Ties keep the earlier source.
 */
function bestSource(chunk: Chunk, sentence: string): string | null {
  const common = new Set(terms(chunk.title));
  const words = new Set(terms(sentence).filter((t) => !common.has(t) && !/^\d/.test(t)));
  let best = chunk.sources[0];
  let bestScore = 0;
  for (const s of chunk.sources) {
    const score = new Set(terms(s.title).filter((t) => words.has(t))).size;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best?.url ?? null;
}

/** A sentence that names several items: three or more entries separated by commas or semicolons. */
function enumerates(sentence: string): boolean {
  return (sentence.match(/[,;]\s/g) ?? []).length >= 3;
}

/** Sentences that state warning signs, and sentences that describe what a good answer contains. */
const RED_FLAG = /\bred[- ]?flags?\b|\bwarning sign|\bbe wary\b|\bwatch out\b|\bworry\b|\bdeal[- ]?breaker|\brefus|\bvague\b|\bcannot\b|\bwill not\b|\bwon't\b|\bno (written|contractual|clear)\b/i;
const GOOD_ANSWER = /\bgood answer|\bstrong answer|\blook for\b|\bshould (name|state|commit|give|show|offer|provide|list|explain)|\bexpect\b/i;

/** A good-answer question asking for the bad side too: "vs a bad one", "good and bad", "and what would a bad answer be". */
const BAD_SIDE_ASKED = /\b(?:vs\.?|versus|and|or|compared (?:to|with))\s+(?:a\s+|the\s+)?(?:bad|weak|poor|worrying|dodgy|sketchy)\s+(?:one|ones|answer|answers|reply|replies|response|responses)\b|\bgood\s+(?:and|or|vs\.?|versus|v)\s+bad\b|\bwhat (?:does|would|do) (?:an?\s+)?(?:bad|weak|poor) (?:one|answer|reply|response)s?\b|\bred[- ]?flags?\b/i;
/** A sentence stating a red flag, as the cards write one: "A red flag is…", "Red flags are…". */
const RED_FLAG_OPENING = /^(?:A red flag\b|Red flags (?:are|include)\b)/;
/** A message asking, beside warning signs, what to expect instead. */
const GOOD_SIDE_ASKED = /\binstead\b|\bgood (?:answer|reply|response)\b|\bdecent (?:answer|reply|response)\b|\bwhat (?:should|would|do|does) (?:they|the vendor|the supplier|a vendor|a supplier|a good one|good)\b[^?.]{0,40}\b(?:show|have|offer|say|give|include|contain|look like|commit to|promise)\b|\bwhat (?:should|do) we (?:expect|want|ask for|insist on|demand|look for)\b/i;

/** Index terms of the words that ask for red flags, and for what a good answer holds. */
const RED_FLAG_WORDS: ReadonlySet<string> = new Set(terms('red flags warning signs warn suspicious alarm bells worry worried bother bothered nervous wary deal breakers dealbreakers concerns concerning bad answer catch gotcha gotchas pitfalls traps trap landmines snags'));
const GOOD_ANSWER_WORDS: ReadonlySet<string> = new Set(terms('good answer strong answer reply replies response responses look for expect hear see want'));

/** A vendor's answer told as falling short: refusals, absences, "only", self-assessment. */
const SHORTFALL = /\b(no|not|never|none|nothing|only|just|won'?t|wont|doesn'?t|doesnt|don'?t|dont|can'?t|cant|cannot|unable|refus\w*|without|lacks?|missing|vague|self[- ]?(assess\w*|attest\w*|certif\w*))\b/i;

/** A bonus (or penalty) for a sentence that does (or does not) carry the polarity a question asks for. */
function polarity(kind: QuestionAnalysis['kind'] | 'judge-shortfall', sentence: string): number {
  // Judging a vendor's answer: both what a good answer contains and what a red flag looks like are the substance.
  if (kind === 'judge') return RED_FLAG.test(sentence) || GOOD_ANSWER.test(sentence) ? 0.2 : 0;
  // A vendor's answer told as a shortfall ("no soc2, no iso anything", "won't elaborate") is weighed against the
  // red flags first.
  if (kind === 'judge-shortfall') return RED_FLAG.test(sentence) ? 0.3 : GOOD_ANSWER.test(sentence) ? 0.1 : 0;
  if (kind === 'red-flags') return RED_FLAG.test(sentence) ? 0.3 : GOOD_ANSWER.test(sentence) ? -0.3 : 0;
  if (kind === 'good-answer') return GOOD_ANSWER.test(sentence) ? 0.3 : RED_FLAG.test(sentence) ? -0.3 : 0;
  return 0;
}

/** The page a claim cites: its marker's source, or failing that the source whose title best matches it. */
function claimSource(chunk: Chunk, sentence: string, keys: string[]): { url: string | null } {
  for (const k of keys) {
    const s = chunk.sources.find((x) => x.id === k);
    if (s) return { url: s.url };
  }
  return { url: bestSource(chunk, sentence) };
}

/** Kinds asking what a vendor should answer or what would be a warning sign: answered from one vendor question's card. */
export const POLAR_KINDS: ReadonlySet<QuestionAnalysis['kind']> = new Set(['red-flags', 'good-answer', 'judge']);

/**
 * Composes an extractive answer for the question's core: every sentence of the best chunks is scored by the
 * weighted share of the core it covers (its card title and heading count half, as context), the rank of its
 * chunk, whether it carries the kind of fact asked for, and for red-flag or good-answer questions whether it says
 * which. The best sentence leads; a runner-up joins only when it covers part of the core the answer does not yet
 * cover, never the same fact twice, never a sentence that leans on one before it. Each sentence cites the page
 * that states it: citations are numbered per source page, in order of first use.
 */
export function compose(question: string | QuestionAnalysis, hits: RetrievedChunk[], retriever: Retriever, options: ComposeOptions = DEFAULT_COMPOSE): Composition {
  const analysis = typeof question === 'string' ? analyseQuestion(question) : question;
  const scored = questionWeights(analysis, retriever);
  const { weights, total, anchors, optional, situation } = scored;
  const qTerms = [...weights.keys()];
  // A list, or the conditions under which something pays ("when does self-hosting make sense?"), is answered by a
  // sentence naming the items.
  const cue = answerCue(analysis.core) ?? (analysis.kind === 'list' || asksConditions(analysis.core) ? enumerates : undefined);
  const top = hits[0]?.score ?? 0;

  // The best card's summary always competes: it is written as the direct answer to the card's question.
  // A red-flag or good-answer question is about one vendor question: its sentences come from that card alone.
  const polar = POLAR_KINDS.has(analysis.kind);
  // When the next card retrieval found scores nearly as well ("we self-certify against industry best practice" is as
  // near the incident card's "best efforts" as the security card's "self-attestation"), both compete, and the card of
  // the best sentence is the one the answer speaks from.
  const rival = polar && hits[0] ? hits.find((h) => h.chunk.cardId !== hits[0]?.chunk.cardId) : undefined;
  // Only pasted words confound retrieval that way: the vendor's wording, not the asker's, put the first card first.
  const contested = rival && hits[0] && analysis.quoted.length && rival.score >= RIVAL_SHARE * hits[0].score ? cardPool(rival, retriever) : [];
  const pool = polar && hits[0] ? [...cardPool(hits[0], retriever), ...contested] : hits.slice(0, options.chunks);
  const lead = hits[0];
  const summary = lead && lead.chunk.kind !== 'summary' ? retriever.chunk(`${lead.chunk.cardId}#summary`) : undefined;
  if (lead && summary && !pool.some((h) => h.chunk.id === summary.id)) pool.push({ ...lead, chunk: summary, score: lead.score * options.summaryPrior });
  // A section of the lead card whose heading names what is asked ("## Support burden" for "what's support burden
  // mean") competes too, even when retrieval ranked it lower; so does one saying what goes into something ("## What
  // to put in the comparison"), asked what goes into it.
  const contentsAsked = CONTENTS_ASKED.test(analysis.core.toLowerCase());
  if (lead && !polar && (total > 0 || contentsAsked)) {
    for (const chunk of retriever.chunks) {
      if (chunk.cardId !== lead.chunk.cardId || pool.some((h) => h.chunk.id === chunk.id)) continue;
      const heading = new Set(terms(chunk.headingPath.join(' ')));
      const named = total > 0 && [...weights].reduce((a, [t, w]) => a + (heading.has(t) ? w : 0), 0) / total >= HEADING_SHARE;
      if (named || (contentsAsked && CONTENTS_HEADING.test(chunk.headingPath.at(-1) ?? ''))) pool.push({ ...lead, chunk, score: lead.score * options.summaryPrior });
    }
  }
  // A definition is often a section's sentence ("Standard contractual clauses (SCCs) are contract terms…"): every
  // passage of the lead card that defines the subject competes.
  const defines = analysis.kind === 'definition' ? cue : undefined;
  if (lead && defines) {
    for (const chunk of retriever.chunks) {
      if (chunk.cardId !== lead.chunk.cardId || pool.some((h) => h.chunk.id === chunk.id)) continue;
      if (markdownClaims(chunk.text).some((c) => defines(c.text))) pool.push({ ...lead, chunk, score: lead.score * options.summaryPrior });
    }
  }

  const stance = analysis.kind === 'judge' && SHORTFALL.test([analysis.core, ...analysis.quoted].join(' ')) ? 'judge-shortfall' : analysis.kind;
  const candidates: ComposedSentence[] = [];
  const seen = new Set<string>();
  const soft = softMatcher(analysis.core, retriever.wordVectors, options);
  // "self certify" is covered by a sentence on "self-attestation": the cards' words for what the asker typed.
  const { stands } = askedBridges(analysis);
  const bridged = (t: string, own: Set<string>) => (stands.get(t) ?? []).some((m) => own.has(m));
  // The words that ask for warning signs ("warning signs", "alarm bells", "deal breakers") are answered by any
  // sentence stating a red flag, as "what to look for" is by one describing a good answer.
  const says = (t: string, text: string) => (RED_FLAG_WORDS.has(t) && RED_FLAG.test(text)) || (GOOD_ANSWER_WORDS.has(t) && GOOD_ANSWER.test(text));
  const mentions = coverageOf(retriever.chunks).catalogue.mentions(analysis.core);
  /** The terms of each catalogued name the question uses ("llama", "3.1", "70b"); a model's size among them. */
  const nameTerms = mentions.flatMap((m) => (m.entry ? [new Set([...terms(m.entry.name), ...terms(m.text)])] : []));
  // A comparison describes each side; so does an answer to a price or a figure asked of two things set against each
  // other ("runpod or aws, per hour?"), when both are things of one kind (two hosts, two GPUs).
  const contrastedPair = FACT_KINDS.has(analysis.kind) ? (contrastedSides(analysis.asking ?? analysis.core, mentions) ?? []).flatMap((m) => (m.entry ? [m.entry] : [])) : [];
  const sides = analysis.kind === 'comparison' ? comparedSides(analysis.core, mentions).flatMap((m) => (m.entry ? [m.entry] : [])) : contrastedPair.length === 2 && contrastedPair[0]?.kind === contrastedPair[1]?.kind ? contrastedPair : [];
  const named = mentions.flatMap((m) => (m.entry ? [{ forms: m.entry.forms, terms: terms(m.form) }] : []));
  const setsSidesApart = (text: string, normalised = normalizeName(text)) => sides.length >= 2 && CONTRAST.test(text) && sides.every((e) => e.forms.some((f) => normalised.includes(f)));
  pool.forEach((hit) => {
    const context = new Set(terms(`${hit.chunk.title} ${hit.chunk.headingPath.join(' ')}`));
    const prior = top > 0 ? Math.max(0, hit.score) / top : 0;
    for (const claim of markdownClaims(hit.chunk.text)) {
      const text = claim.text;
      if (seen.has(text) || leansOnPrevious(text)) continue; // the summary often repeats a section's sentence
      seen.add(text);
      const own = new Set(terms(text));
      // A sentence naming a thing in any of its forms covers the question's words for it ("OSI" is covered by
      // "Open Source Initiative", "dpf" by "Data Privacy Framework").
      const normalised = normalizeName(text);
      for (const e of named) if (e.forms.some((f) => normalised.includes(f))) for (const t of e.terms) own.add(t);
      const covered = new Map<string, number>();
      let lexical = 0;
      // A name the sentence gives only as an example ("a closed API such as ChatGPT, Claude or Gemini") does not make
      // it about that thing: "chatgpt = closed, llama = open? who holds what" is not answered by a small firm's choice.
      const exampled = namedAsExample(text);
      for (const t of qTerms) {
        const w = weights.get(t) ?? 0;
        const credit = exampled.has(t) ? 0 : own.has(t) ? 1 : context.has(t) ? 0.5 : sameRoot(t, own) || bridged(t, own) || says(t, text) ? ROOT_CREDIT : soft(t, text);
        if (credit > 0) {
          // A qualifier's words ("in the open versus closed decision") steer, but less than the question's own.
          lexical += w * credit * (optional.has(t) ? QUALIFIER_SHARE : 1);
          covered.set(t, Math.max(covered.get(t) ?? 0, credit));
        }
      }
      // A sentence setting both sides against each other ("ISO/IEC 42001 complements ISO 27001, which covers
      // information security rather than AI governance") answers a comparison as directly as a cue.
      const contrasts = setsSidesApart(text, normalised);
      const score = (total ? lexical / total : 0) + options.chunkWeight * prior + (cue?.(text) || contrasts ? options.cueBonus : 0) + polarity(stance, text);
      candidates.push({ text, chunk: hit.chunk, score, covered, sources: claim.sources });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  // A sentence whose first named thing is one the asker set aside ("main open weight families, not counting meta's?")
  // is about what they do not want: "Meta's Llama 4 family…" is left out, "…are Llama 4 from Meta, Mistral…" is not.
  const { catalogue } = coverageOf(retriever.chunks);
  if (analysis.excluded?.length) {
    const setAside = new Set(catalogue.mentions(analysis.excluded.join(', ')).flatMap((m) => (m.entry ? [m.entry.name] : [])));
    // So is one holding every word of a phrase of two or more the asker left out ("other than their marketing
    // benchmarks" leaves out "A red flag is marketing benchmarks with no method…"); a single word left out ("other
    // than prices") only goes unweighed, since a list of what to check may name it among the rest.
    const phrases = analysis.excluded.map((e) => new Set(terms(e))).filter((t) => t.size >= 2);
    const holdsPhrase = (text: string) => {
      const own = new Set(terms(text));
      return phrases.some((p) => [...p].every((t) => own.has(t)));
    };
    const wanted = candidates.filter((c) => !setAside.has(catalogue.mentions(c.text)[0]?.entry?.name ?? '') && !holdsPhrase(c.text));
    if ((setAside.size || phrases.length) && wanted.length) candidates.splice(0, candidates.length, ...wanted);
  }
  // A red-flag or judging answer speaks from one vendor question's card: the best sentence's.
  // The rival card's best sentence must beat the first card's clearly.
  if (contested.length && candidates[0]) {
    const first = hits[0]?.chunk.cardId;
    const own = candidates.find((c) => c.chunk.cardId === first);
    const speaker = candidates[0].chunk.cardId !== first && own && candidates[0].score < RIVAL_MARGIN * own.score ? first : candidates[0].chunk.cardId;
    candidates.splice(0, candidates.length, ...candidates.filter((c) => c.chunk.cardId === speaker));
  }
  // The models, GPUs and products the question names; a sentence pricing or describing only others is beside it.
  const products = (found: typeof mentions) => found.flatMap((m) => (m.entry && PRODUCT_KINDS.has(m.entry.kind) ? [m.entry.name] : []));
  const asked = new Set(products(mentions));
  // So is a sentence naming only other vendors than those selling what is asked ("Anthropic's batch processing…"
  // for a question on GPT-5.2), or, for a price, than those the question itself names ("what does lambda charge…").
  const vendors = (found: typeof mentions) => found.flatMap((m) => (m.entry?.kind === 'vendor' ? [m.entry.name] : []));
  const namedVendors = new Set(vendors(mentions));
  const sellers = new Set([...namedVendors, ...[...asked].flatMap((n) => modelQuotes(n).map((q) => q.provider))]);
  const onlyOthers = (within: Set<string>) => (text: string, found = catalogue.mentions(text)) => {
    const by = vendors(found);
    return by.length > 0 && !by.some((v) => within.has(v));
  };
  const otherVendors = onlyOthers(sellers);
  const notNamed = onlyOthers(namedVendors);
  // A sentence naming only the family an asked model belongs to ("Llama 4" for "Llama 4 Scout") is about it too.
  const ofAsked = (m: (typeof mentions)[number]) => m.entry?.kind === 'family' && [...asked].some((a) => normalizeName(a).startsWith(normalizeName(m.entry?.name ?? '')));
  // Asked the same of each of several families ("claude route, or we build on llama… how long would each take?"), a
  // sentence naming a member of one ("Llama 4", "Claude API") speaks to that option.
  const askedFamilies = [...new Set(EACH_ASKED.test(analysis.core) ? mentions.flatMap((m) => (m.entry?.kind === 'family' ? [normalizeName(m.entry.name)] : [])) : [])];
  const inAskedFamily = (name: string) => askedFamilies.length >= 2 && askedFamilies.some((f) => normalizeName(name).startsWith(f));
  // A variant of an asked thing is about it too: "H100 SXM" and "H100 PCIe" for "h100" (not another member of an
  // asked family: "Claude Sonnet 4.5" is not about "cheapest claude").
  const askedForms = mentions.flatMap((m) => (m.entry && PRODUCT_KINDS.has(m.entry.kind) && m.entry.kind !== 'family' ? [normalizeName(m.entry.name)] : []));
  const variantOfAsked = (name: string) => askedForms.some((a) => normalizeName(name).startsWith(a));
  // The models asked about by name ("llama 3.1 8b"): a sentence on another size or version of them is about that one,
  // whatever GPU or host it shares with the question ("Llama 3.1 70B on one H100…" for "a100 vs h100 on llama 3.1 8b").
  const askedModels = mentions.flatMap((m) => (m.entry?.kind === 'model' ? [normalizeName(m.entry.name)] : []));
  const aboutAskedModel = (name: string) => askedModels.some((a) => a.startsWith(name) || name.startsWith(a));
  const otherModel = (text: string, found = catalogue.mentions(text)) => {
    const models = found.flatMap((m) => (m.entry?.kind === 'model' ? [normalizeName(m.entry.name)] : []));
    // Naming the wider release as well ("Llama 3.1") does not make a sentence on another size about the one asked.
    return askedModels.length > 0 && models.some((m) => !aboutAskedModel(m)) && !models.some(variantOfAsked);
  };
  // A GPU asked about ("llama 3.1 70b on 4 h100s") is not answered by figures for other GPUs ("…on four A100s").
  const gpus = (found: typeof mentions) => found.flatMap((m) => (m.entry?.kind === 'gpu' ? [normalizeName(m.entry.name).trim()] : []));
  const askedGpus = gpus(mentions);
  const sameGpu = (g: string) => askedGpus.some((a) => g === a || g.startsWith(`${a} `) || a.startsWith(`${g} `));
  const otherGpu = (found: typeof mentions) => askedGpus.length > 0 && gpus(found).length > 0 && !gpus(found).some(sameGpu);
  const elsewhere = (text: string) => {
    const found = catalogue.mentions(text);
    const its = products(found);
    if (otherModel(text, found) || otherGpu(found)) return true;
    return its.length ? !its.some((n) => asked.has(n) || inAskedFamily(n) || variantOfAsked(n)) && !found.filter((m) => m.entry && PRODUCT_KINDS.has(m.entry.kind)).every(ofAsked) : otherVendors(text, found);
  };
  // A sentence naming at least `CROWD` products beside the ones asked about, and the words of those asked about.
  const crowded = (text: string) => new Set(products(catalogue.mentions(text)).filter((n) => !asked.has(n) && !variantOfAsked(n))).size >= CROWD;
  const askedNameTerms = new Set(mentions.flatMap((m) => (m.entry && PRODUCT_KINDS.has(m.entry.kind) ? terms(m.text) : [])));
  // The sentence carrying the kind of fact asked for leads when one scores close to the best and the best does not
  // carry it: the defining sentence for a definition, "three to eight points" for "how big is the gap". A card's
  // standing instruction ("Ask every AI vendor…") never leads a red-flag or judging answer while a sentence that
  // judges is near.
  // A sentence naming several things under another licence than the one asked about ("Mistral Large 2, Small 2409 and
  // Ministral 8B use the Mistral Research License, …") does not lead a list asked of that licence ("which mistral
  // models are apache 2.0?"): it names items, but not the ones asked for.
  const licences = (found: typeof mentions) => found.flatMap((m) => (m.entry?.kind === 'licence' ? [m.entry.name] : []));
  const askedLicences = new Set(licences(mentions));
  const otherLicence = (text: string) => {
    const its = licences(catalogue.mentions(text));
    return askedLicences.size > 0 && its.length > 0 && !its.some((n) => askedLicences.has(n));
  };
  if (cue) promote(candidates, (c) => cue(c.text) && !(cue === enumerates && otherLicence(c.text)));
  // A count of a GPU asked about ("llama 3.1 70b on 2 h100s") is answered by the sentence giving that count ("…1,728 on
  // two H100s"), not the one leading with another.
  // (Each GPU's count is read once, for this and for the sides of a comparison below.)
  const sideCounts = gpuCounts(analysis.core, mentions);
  const gpuCount = countedGpus(sideCounts);
  if (gpuCount) promote(candidates, (c) => gpuCount.test(c.text));
  // Of the sentences defining an acronym, the one spelling it out leads ("A data protection impact assessment (DPIA)
  // is…" before "A DPIA identifies…").
  const spelled = analysis.kind === 'definition' ? spellsOutCue(analysis.core) : undefined;
  if (spelled) promote(candidates, (c) => spelled(c.text));
  if (polar) promote(candidates, (c) => !ADVICE.test(c.text));
  // Nor does advice lead an answer to what something is, costs or says, unless the question asks what to do; such
  // advice neither describes a side of a comparison nor joins a short answer as its extra fact.
  const asksAdvice = ASKS_ADVICE.test(analysis.core);
  const factualAsk = FACTUAL_KINDS.has(analysis.kind) && !asksAdvice;
  // Advice setting the compared sides apart ("Treat ISO/IEC 42001 as a complement to ISO 27001 or SOC 2, which cover
  // information security rather than AI governance") answers the comparison itself.
  if (factualAsk) promote(candidates, (c) => !ADVICE.test(c.text) || setsSidesApart(c.text));
  // What a good vendor answer looks like ("A good answer names the transfer route, such as the Data Privacy Framework
  // … or standard contractual clauses") compares nothing it names: in a comparison not about a vendor's answer, such
  // sentences give way when the cards hold others on the point.
  const framed = (text: string) => FRAMED_OPENING.test(text);
  if (analysis.kind === 'comparison' && !VENDOR_ANSWER.test(analysis.core) && candidates.some((c) => !framed(c.text) && c.score >= FRAMED_FLOOR * (candidates[0]?.score ?? 0))) {
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !framed(c.text)));
  }
  // Nor does a sentence about other vendors than those asked about ("RunPod charges…" for "what does lambda charge
  // for an h100?") while one about them is near.
  if (namedVendors.size) promote(candidates, (c) => !otherVendors(c.text));
  // Nor does a sentence limited by a negated condition the message does not state ("For unregulated or non-personal
  // data, …" for a fintech's customer data).
  const told = statedTerms([analysis.context, analysis.core, analysis.qualifiers, ...analysis.quoted].join(' '));
  const unstated = (text: string) => unmetCondition(text, told, retriever, { fronted: true });
  promote(candidates, (c) => !unstated(c.text));

  // A list whose best sentence names the items itself and speaks to most of the question in its own words ("The five
  // factors … are data sovereignty, customisation depth, cost predictability, support burden and regulatory
  // positioning.") is answered by it: the card's other sentences would restate its items or pad it. Only a sentence
  // adding to the question joins, or one of the card's naming further items (new names or figures).
  const requiredWeight = [...weights].reduce((a, [t, w]) => a + (optional.has(t) ? 0 : w), 0);
  const ownShare = (c: ComposedSentence) => [...c.covered].reduce((a, [t, v]) => a + (optional.has(t) || v < ROOT_CREDIT ? 0 : (weights.get(t) ?? 0)), 0) / (requiredWeight || 1);
  const enumerated = analysis.kind === 'list' && candidates[0] !== undefined && enumerates(candidates[0].text) && ownShare(candidates[0]) >= LISTED_SHARE;
  // A question after one fact (a date, a price, a figure) whose best sentence states it needs at most one more.
  const factual = FACT_KINDS.has(analysis.kind) && cue !== undefined && candidates[0] !== undefined && cue(candidates[0].text);
  const best = candidates[0];
  const retold = (x: ComposedSentence, c: ComposedSentence) =>
    x.chunk.cardId === c.chunk.cardId &&
    (x.chunk.kind === 'summary') !== (c.chunk.kind === 'summary') &&
    idfShare(terms(c.text), new Set(terms(x.text)), retriever) >= RETOLD &&
    !newFacts(c.text, x.text);
  // The parts of a message asking two things, read once for both choices below.
  const asks = askedParts(analysis.core, retriever);
  /**
   * The answer's sentences. `trim` leaves out what is beside the point for the reader: a complete list's further
   * items, a sentence from another card whose only addition is an everyday word of the question, and a section's
   * sentence retelling its card's summary. Confidence is judged on the untrimmed choice, so what the knowledge base
   * holds on the question, not how tersely it is put, decides refusal.
   */
  const choose = (trim: boolean): { chosen: ComposedSentence[]; extra?: ComposedSentence; supporting: ComposedSentence[] } => {
    const listed = trim && enumerated;
    const listLike = (analysis.kind === 'list' && !listed) || polar;
    const maxSentences = listLike ? options.maxSentences + LIST_EXTRA : factual ? FACT_SENTENCES : options.maxSentences;
    // What the knowledge base holds is judged more widely than the answer is written: the untrimmed choice may take a
    // sentence further below the best.
    const ratio = trim ? options.followRatio : Math.min(options.followRatio, JUDGED_FOLLOW);
    const followRatio = listLike ? ratio * LIST_FOLLOW : ratio;
    // A list of dates ("ai act key dates", "the deadlines") is of dated sentences, given in date order.
    const datedList = analysis.kind === 'list' && asksDateList(analysis.core);
    const chosen: ComposedSentence[] = [];
    // A sentence taken for the facts it adds, not for answering more of the question, earns no confidence; nor do the
    // summary's sentences supporting a short answer.
    let extra: ComposedSentence | undefined;
    const supporting: ComposedSentence[] = [];
    if (best) {
      chosen.push(best);
      // A further sentence of the lead card that joins a short answer for what it adds (the extra fact, the summary's
      // support): not one already chosen, one mostly in the answer's words or with its figures, nor one beside the ask
      // (a condition the message does not state, other models, other vendors than those named).
      const fromLead = (c: ComposedSentence, said: string) =>
        !chosen.includes(c) && c.chunk.cardId === best.chunk.cardId && heldShare(c.text, said) < EXTRA_HELD && !sameFigures(c.text, chosen) && !unstated(c.text) && !(asked.size && elsewhere(c.text)) && !(namedVendors.size && notNamed(c.text));
      // "70B" of "Llama 3.1 70B" in a throughput figure, after the Llama 3.1 licence answers whether its outputs may train
      // a model: a model's size whose name's other words the chosen sentences already cover.
      const completesName = (t: string) => MODEL_SIZE.test(t) && nameTerms.some((name) => name.has(t) && [...name].some((u) => u !== t && chosen.some((x) => (x.covered.get(u) ?? 0) > 0)));
      for (const c of candidates.slice(1)) {
        if (chosen.length >= maxSentences || c.score < CUE_FLOOR * best.score) break;
        // Below the follow ratio only the kind of fact asked for, still missing from the answer, may join.
        const low = c.score < followRatio * best.score;
        // In a list of dates, every dated item of the lead card may join down to the cue floor.
        if (low && !(cue?.(c.text) && !chosen.some((x) => cue(x.text))) && !(datedList && c.chunk.cardId === best.chunk.cardId)) continue;
        // A summary often restates a section: a sentence saying nearly the same as one already chosen is skipped, and
        // so is one whose words the answer already holds ("Red flags are opt-out training and consumer terms" after
        // the two sentences that said so).
        if (chosen.some((x) => nearDuplicate(x.text, c.text)) || restates(c.text, chosen) || sameFigures(c.text, chosen)) continue;
        // A card's summary retells its sections in other words: the summary's sentence and the section's saying one
        // thing are given once ("A closed API is acceptable when the data involved is not regulated personal or sector
        // data" after "A closed API is the right default while … no regulated data is involved"), unless the second
        // adds a figure or a name.
        if (trim && chosen.some((x) => retold(x, c))) continue;
        // Two red flags (or two good answers) sharing most of their words, the second with no new name or figure, say
        // one thing twice: "a vendor that claims to be a processor while reusing your data" and "a vendor that calls
        // itself a processor but reuses your data".
        if (polar && chosen.some((x) => samePolarity(x.text, c.text) && nearDuplicate(unframed(x.text), unframed(c.text), POLAR_ALIKE) && !newFacts(c.text, x.text))) continue;
        if (unstated(c.text)) continue;
        // An item of a list of dates states a date, and one not already given ("From 2 February 2025, the AI literacy
        // duty…" after "The prohibitions and the AI literacy duty have applied since 2 February 2025, …").
        const itsDates = datedList ? statedDates(c.text) : [];
        if (datedList && (!itsDates.length || itsDates.every((d) => chosen.some((x) => statedDates(x.text).includes(d))))) continue;
        // A vendor question's standing instruction ("Ask every AI vendor whether it trains…") after the answer has begun
        // tells the asker nothing they asked, unless they asked what to ask.
        if (trim && STANDING_ASK.test(c.text) && !ASKS_WHAT_TO_ASK.test(messageText)) continue;
        // A question naming what it asks about ("haiku 4.5 vs opus 4.6") is not answered by a sentence about
        // something else ("Gemini 2.5 Flash costs…").
        if (asked.size && elsewhere(c.text)) continue;
        // Nor is a price or figure from other vendors than the one asked about ("On AWS…" after "and lambda?"), nor, in
        // a comparison of named vendors ("runpod vs aws for an h100?"), a third vendor's ("Lambda listed…").
        if (namedVendors.size && (FACT_KINDS.has(analysis.kind) || analysis.kind === 'comparison') && notNamed(c.text)) continue;
        // A further sentence must add something the question asks: a part of the core not yet covered, or for a
        // list or red-flag question another item from the same card.
        const gained = [...c.covered].filter(([t, v]) => v > Math.max(0, ...chosen.map((x) => x.covered.get(t) ?? 0)));
        const gain = gained.reduce((a, [t, v]) => a + (weights.get(t) ?? 0) * (v - Math.max(0, ...chosen.map((x) => x.covered.get(t) ?? 0))), 0);
        // Nor, asked one thing's price or figure, is a further sentence listing it among others ("The older Claude Opus
        // 4 and 4.1 cost $15 and $75, Claude Sonnet 4 and 4.5 cost $3 and $15…" for "sonnet 4.5 cache reads"), unless
        // it states more of what was asked ("serverless" in "RunPod's serverless tier charges… for an H100, … an A100…").
        if (FACT_KINDS.has(analysis.kind) && asked.size === 1 && crowded(c.text) && !gained.some(([t]) => (weights.get(t) ?? 0) > 0 && !askedNameTerms.has(t))) continue;
        // From another card, what it adds must include a word of the domain the question asks about: a sentence there
        // sharing only everyday words with it ("Many … businesses settle on a mix … rather than picking a single side"
        // for "does picking mistral settle where data is processed?") is beside the point however rare the words are.
        // Nor is a sentence whose only new domain word is the size of a model the answer already names (`completesName`).
        const onPoint = c.chunk.cardId === best.chunk.cardId || gained.some(([t]) => anchors.has(t) && !completesName(t));
        // The kind of fact asked for ("three to eight points" for "how big is the gap") adds to an answer that lacks it.
        const supplies = cue !== undefined && cue(c.text) && !chosen.some((x) => cue(x.text));
        // A one-sentence answer may take a second sentence from the same passage that states a new figure or name:
        // that adds a fact, not filler.
        const informs = chosen.length === 1 && c.chunk.id === best.chunk.id && newFacts(c.text, chosen.map((x) => x.text).join(' '));
        const adds = (total > 0 && gain / total >= MIN_GAIN && (onPoint || !trim)) || supplies || informs;
        // A list or red-flag answer takes further items of the same card, but not the card's standing instruction
        // ("Ask every AI vendor where…"), which judges nothing.
        const item =
          (listLike && c.chunk.cardId === best.chunk.cardId && polarity(stance, c.text) >= 0 && !(polar && ADVICE.test(c.text))) ||
          (listed && c.chunk.cardId === best.chunk.cardId && newFacts(c.text, chosen.map((x) => x.text).join(' ')));
        // Weighing a shortfall against red flags, one sentence on what a good answer offers is enough.
        if (stance === 'judge-shortfall' && !RED_FLAG.test(c.text) && GOOD_ANSWER.test(c.text) && chosen.some((x) => !RED_FLAG.test(x.text) && GOOD_ANSWER.test(x.text))) continue;
        // Nor a sentence about a figure the answer has not given ("The per-token figure for a self-hosted GPU leaves
        // out engineering time" after a monthly spend): it leans on something never said.
        // (A figure the message itself asks about, "per token?", is said.)
        if (talksOfUnsaidFigure(c.text, [messageText, ...chosen.map((x) => x.text)].join(' '))) continue;
        if (adds || item) chosen.push(c);
      }
      // Judging what a vendor wrote or does, the fix follows the red flag it meets: the lead card's good answer
      // closest to that flag ("written permission to run your own evaluations" after "a clause that forbids customers
      // from testing"), before any other red flag. (Cutting the answer to the flag, its fix and one more lost answers.)
      const flagged = chosen[0];
      // So too a red-flag question asked of one thing the message describes ("vendor names subprocessors only by
      // category — fine?", "is that a red flag?"), not one asking for the red flags of a topic.
      const judgedFlag = analysis.kind === 'judge' || (analysis.kind === 'red-flags' && !LISTS_FLAGS.test(messageText));
      if (trim && judgedFlag && flagged && RED_FLAG.test(flagged.text)) {
        const flag = new Set(terms(unframed(flagged.text)));
        const near = (c: ComposedSentence) => terms(unframed(c.text)).filter((t) => flag.has(t)).length / Math.max(1, flag.size);
        // The flagged card's good answers, which are not themselves red flags.
        const goodOfCard = (c: ComposedSentence) => c.chunk.cardId === flagged.chunk.cardId && GOOD_ANSWER.test(c.text) && !RED_FLAG.test(c.text);
        const fixes = candidates
          .filter((c) => goodOfCard(c) && near(c) >= FIX_NEAR)
          .sort((a, b) => near(b) - near(a))
          .reduce<ComposedSentence[]>((kept, c) => (kept.length < FIXES && !kept.some((x) => nearDuplicate(x.text, c.text) || sharesFigure(c.text, x.text)) && !(kept.length && restates(c.text, [flagged, ...kept])) ? [...kept, c] : kept), []);
        // With no good answer close to the flag's words ("…may be updated from time to time without notice" meets the
        // silent model swap, whose words no good answer shares), the card's best-placed good answer is the fix: what to
        // ask for instead ("dated model snapshots that do not change once released").
        if (!fixes.length) {
          const fallback = candidates.find((c) => goodOfCard(c) && !ADVICE.test(c.text));
          if (fallback) fixes.push(fallback);
        }
        if (fixes.length) {
          // A sentence telling a fix's fact again (its date or figure) does not follow it.
          const rest = chosen.filter((c) => c !== flagged && !fixes.includes(c) && !fixes.some((f) => sharesFigure(c.text, f.text)));
          chosen.splice(0, chosen.length, flagged, ...fixes, ...rest);
        }
      }
      // A message asking two things ("when did it launch, and does it fix the cloud act issue?") is answered on
      // both: an asked part whose domain words no chosen sentence covers takes the best sentence that does, however
      // it scores against the lead.
      const holding = (words: string) => {
        const own = [...new Set(terms(words))].filter((t) => anchors.has(t) && !optional.has(t));
        const worth = own.reduce((a, t) => a + (weights.get(t) ?? 0), 0);
        return { worth, held: (c: ComposedSentence) => (worth ? own.reduce((a, t) => a + ((c.covered.get(t) ?? 0) >= ROOT_CREDIT ? (weights.get(t) ?? 0) : 0), 0) / worth : 0) };
      };
      const joins = (c: ComposedSentence) => !chosen.includes(c) && !chosen.some((x) => nearDuplicate(x.text, c.text)) && !unstated(c.text) && !(asked.size && elsewhere(c.text));
      for (const { text: part, query } of asks) {
        // A part asking for a kind of fact of its own ("…, and when did that ban start?": a date) that no chosen
        // sentence carries takes the best sentence that does and holds the part's subject.
        // A part naming a thing and nothing more ("sccs in plain english? and which gdpr article…") asks what it is.
        const wanted = answerCue(part) ?? (terms(part).length <= BARE_PART_TERMS && !ASKING_WORD.test(part) ? answerCue(`what is ${part}`) : undefined);
        if (wanted && !chosen.some((x) => wanted(x.text))) {
          const subject = holding(query);
          const pick = candidates.find((c) => joins(c) && wanted(c.text) && subject.held(c) >= PART_CUE_HELD && c.score >= PART_CUE_FLOOR * best.score);
          if (pick) {
            chosen.push(pick);
            continue;
          }
        }
        const { worth, held } = holding(part);
        if (!worth) continue;
        if (chosen.some((x) => held(x) >= PART_HELD)) continue;
        const pick = candidates.find((c) => joins(c) && held(c) >= PART_HELD && c.score >= CUE_FLOOR * best.score);
        if (pick) chosen.push(pick);
      }
      // The lead card's best sentence on the side asked for joins, taking the place of the last item when the answer
      // is full.
      const joinFromLead = (fits: (c: ComposedSentence) => boolean) => {
        const pick = candidates.find((c) => !chosen.includes(c) && c.chunk.cardId === best.chunk.cardId && fits(c));
        if (pick && chosen.length >= maxSentences) chosen.splice(chosen.length - 1, 1);
        if (pick) chosen.push(pick);
      };
      // A message asking both what should worry it and what to expect instead ("should that worry us, and what should
      // they be showing us instead?") is answered on both: when no chosen sentence gives a good answer, the lead card's
      // best one joins.
      // (A good-answer question also asking for red flags reads as a red-flag question: questionKind tests those first.)
      const wantsGood = polar && stance !== 'good-answer' && GOOD_SIDE_ASKED.test(messageText);
      const onSide = (c: ComposedSentence) => GOOD_ANSWER.test(c.text) && !RED_FLAG.test(c.text);
      if (wantsGood && !chosen.some(onSide)) joinFromLead((c) => onSide(c) && !ADVICE.test(c.text));
      // A good-answer question also asking what a bad one looks like ("what does a good answer look like vs a bad
      // one?") is answered on both: when no chosen sentence is a red flag, the lead card's best one joins.
      const wantsBad = stance === 'good-answer' && BAD_SIDE_ASKED.test(messageText);
      const statesFlag = (c: ComposedSentence) => RED_FLAG_OPENING.test(c.text);
      if (wantsBad && !chosen.some(statesFlag)) joinFromLead(statesFlag);
      // A comparison describes each side: a side that no chosen sentence speaks of on its own gets the best
      // sentence that names it and not the other side ("The IDTA is a standalone agreement...").
      if (sides.length >= 2) {
        const names = (c: ComposedSentence, e: (typeof sides)[number]) => e.forms.some((f) => normalizeName(c.text).includes(f));
        // Advice ("Check whether a deployment uses Gemma 1 to 3 or Gemma 4…") describes neither side, unless the
        // question asks what to do.
        const alone = (c: ComposedSentence, side: (typeof sides)[number]) => names(c, side) && sides.every((o) => o === side || !names(c, o)) && (asksAdvice || !ADVICE.test(c.text));
        // A price or figure asked of two alternatives is given for a side by any sentence naming it with the fact.
        const given = (c: ComposedSentence, side: (typeof sides)[number]) => names(c, side) && (!cue || cue(c.text));
        // A side the question counts ("2x a100 vs 2x h100") is spoken of only by a sentence giving that count of it.
        const counted = (c: ComposedSentence, side: (typeof sides)[number]) => sideCounts.get(side.name)?.test(c.text) ?? true;
        for (const side of sides) {
          const spoken = chosen.some((c) => (alone(c, side) && counted(c, side)) || (contrastedPair.length > 0 && given(c, side)));
          // A side already spoken of still takes its sentence with the asked-for fact when the answer lacks it.
          if (spoken && (!cue || chosen.some((c) => alone(c, side) && cue(c.text)))) continue;
          // The side's sentence that states the kind of fact asked for ("7% of turnover" for "which goes higher as a %")
          // is preferred to one that only names it.
          const fits = (c: ComposedSentence) => !chosen.includes(c) && alone(c, side) && c.score >= COMPARISON_FLOOR * best.score && !otherModel(c.text);
          // Failing that, the lead card's summary describes the side as the card's direct answer does ("Open-weight
          // models let you change the weights themselves…" for "open weights or api finetuning?"), before a section's
          // sentence that only names it.
          const summarised = (c: ComposedSentence) => fits(c) && c.chunk.kind === 'summary' && c.chunk.cardId === best.chunk.cardId;
          const pick = (sideCounts.has(side.name) ? candidates.find((c) => fits(c) && counted(c, side)) : undefined) ?? candidates.find((c) => fits(c) && cue?.(c.text)) ?? (spoken ? undefined : (candidates.find(summarised) ?? candidates.find(fits)));
          if (pick) chosen.push(pick);
        }
        // Asked a price or figure of two alternatives, the answer gives one sentence for each: a further sentence on a
        // side already given ("RunPod's serverless tier…" after "RunPod's secure cloud charges…") waits its turn.
        if (contrastedPair.length) {
          for (let i = chosen.length - 1; i >= 1; i -= 1) {
            const c = chosen[i]!;
            const its = sides.filter((side) => names(c, side));
            if (its.length === 1 && chosen.slice(0, i).some((x) => given(x, its[0]!)) && sides.every((side) => chosen.some((x) => x !== c && given(x, side)))) chosen.splice(i, 1);
          }
        }
      }
      // A list asked for ("what should our quarterly review cover?") whose lead is an item of a bulleted list ("A
      // quarterly review should list announced model retirements…") is answered with that list, every item in the
      // card's order, when it is short enough to give whole: a checklist asked for is the checklist, not its best items.
      const bullets = trim && !datedList && (analysis.kind === 'list' || WHAT_ASKED.test(lastSentence(analysis.core))) && best ? bulletItems(best, candidates) : undefined;
      if (bullets) chosen.splice(0, chosen.length, ...bullets);
      // So is a prose passage that is a list: the section saying what goes into what is asked about, or the run of
      // instructions the best sentence is one of, when what to do is asked.
      const passage = trim && !bullets && !datedList && !polar && best && (analysis.kind === 'list' || asksAdvice) ? passageItems(best, candidates, analysis.core, contentsAsked, pool) : undefined;
      // A run of instructions comes first; what else was chosen from elsewhere follows while the answer has room.
      if (passage) chosen.splice(0, chosen.length, ...passage, ...chosen.filter((c) => !passage.includes(c) && c.chunk.cardId !== passage[0]?.chunk.cardId).slice(0, Math.max(0, maxSentences - passage.length)));
      // A short answer takes the lead card's next best sentence that states a new figure or name, unless the question
      // asked for one figure and the lead states it ("six months" needs nothing after it). A two-sentence answer takes
      // it only when the asker did not ask for it short ("tl;dr") and asked for no one fact (a date, a figure).
      const lacking = chosen.length === 1 || (!analysis.brief && !FACT_KINDS.has(analysis.kind) && !(cue && chosen.some((x) => cue(x.text))));
      if (chosen.length <= EXTRA_UPTO && !factual && !listed && lacking) {
        const said = chosen.map((x) => x.text).join(' ');
        // Advice adds no fact to what something is ("Test OLMo 2 on your own tasks…" after what makes it open).
        const more = candidates.find((c) => fromLead(c, said) && !(factualAsk && ADVICE.test(c.text)) && c.score >= EXTRA_FLOOR * best.score && newFacts(c.text, said));
        if (more) chosen.push((extra = more));
      }
      // The lead card's summary is written as the direct answer to the card's question: a short answer to a broad
      // ask takes the summary's sentences that speak to the question (a domain word of it) and state what the answer
      // does not yet say. Like the extra fact above, they earn no confidence. Not for one fact asked, a definition
      // (its lead defines), a terse question its lead answers whole ("llama 4 mau cap?"), or an asker wanting it short.
      const terse = contentWords(analysis.core).filter((w) => !/^[\d.]+$/.test(w)).length <= TERSE_WORDS && ownShare(best) >= TERSE_HELD;
      if (trim && chosen.length < SUMMARY_UPTO && !factual && !listed && !terse && !analysis.brief && !FACT_KINDS.has(analysis.kind) && analysis.kind !== 'definition') {
        for (const c of candidates) {
          if (chosen.length >= SUMMARY_UPTO) break;
          if (c.chunk.kind !== 'summary' || !fromLead(c, chosen.map((x) => x.text).join(' '))) continue;
          if (![...c.covered].some(([t, v]) => v >= ROOT_CREDIT && anchors.has(t))) continue;
          if (chosen.some((x) => nearDuplicate(x.text, c.text) || retold(x, c)) || restates(c.text, chosen) || (polar && polarity(stance, c.text) < 0)) continue;
          // Not the card's standing advice ("Ask every AI vendor…") unless the question asks what to do, not what
          // something is, not a sentence bringing in other named things ("ENISA's framework…") without one the
          // question names, and no prices for a question about no money.
          if ((ADVICE.test(c.text) && !asksAdvice) || DEFINING.test(c.text) || bringsInOthers(c.text) || (MONEY.test(c.text) && !MONEY_ASKED.test(messageText))) continue;
          chosen.push(c);
          supporting.push(c);
        }
      }
    }
    // The passes after the first (a part asked, a side of a comparison, the summary's support) each test a sentence
    // against what was chosen when it joined; read in order, a later sentence whose words the ones before it already
    // hold, with no new name or figure, only restates them ("A red flag for any production use is a vendor that
    // offers no SLA" after "A red flag is an SLA that excludes the model endpoints…").
    // Weighed by rarity, so a distinct item in common words ("names only categories of them" after "a published list
    // of sub-processors") is not taken for a restatement.
    const retells = (c: ComposedSentence, before: ComposedSentence[]) => {
      const said = before.map((x) => x.text).join(' ');
      return idfShare(terms(c.text), new Set(terms(said)), retriever) >= RESTATED && !newFacts(c.text, said);
    };
    // A law, body, vendor or product the catalogue names that one sentence does and another does not ("the EU AI Act"
    // in "…the training-data summary required by the EU AI Act…").
    const namesMore = (text: string, before: string) => {
      const held = new Set(catalogue.mentions(before).flatMap((m) => (m.entry ? [m.entry.name] : [])));
      return catalogue.mentions(text).some((m) => m.entry && m.entry.kind !== 'concept' && !held.has(m.entry.name));
    };
    // A card's summary and the section it sums up, saying one thing in other words ("a vendor that calls itself a
    // processor but reuses your data…" and "a vendor that claims to be a processor while reusing your data…"), are
    // given once, whatever source either names, unless the second states a figure or names a thing the first does not.
    const twinned = (c: ComposedSentence, before: ComposedSentence[]) => before.some((x) => x.chunk.cardId === c.chunk.cardId && (x.chunk.kind === 'summary') !== (c.chunk.kind === 'summary') && idfShare(terms(c.text), new Set(terms(x.text)), retriever) >= TWINNED && !newFigures(c.text, x.text) && !namesMore(c.text, x.text));
    // A worked case tells what another firm did, with its own figures ("the 35-person support firm chose both…"): it
    // stays in an answer it does not lead only when the message asks for an example or names the case. (What it
    // covers still counts towards confidence, judged on the untrimmed choice.)
    const caseAside = (c: ComposedSentence) => WORKED_CASE_ID.test(c.chunk.cardId) && !WORKED_CASE_ID.test(chosen[0]?.chunk.cardId ?? '') && !EXAMPLE_ASKED.test(messageText);
    if (trim) for (let i = chosen.length - 1; i >= 1; i -= 1) if (retells(chosen[i]!, chosen.slice(0, i)) || twinned(chosen[i]!, chosen.slice(0, i)) || caseAside(chosen[i]!)) chosen.splice(i, 1);
    // A message asking what something is and then more ("what is iso 42001, and how many controls sit in its
    // annex?") is answered in the order asked: a sentence defining the first part's subject leads one answering a
    // later part.
    const [firstPart, ...laterParts] = analysis.core.split(PART_BREAK).map((p) => p.trim()).filter(Boolean);
    const defines = firstPart && laterParts.length && definitionSubject(firstPart) ? answerCue(firstPart) : undefined;
    const answersLater = (text: string) => laterParts.some((p) => answerCue(p)?.(text));
    if (trim && defines && !defines(chosen[0]?.text ?? '') && answersLater(chosen[0]?.text ?? '')) {
      const at = chosen.findIndex((c) => defines(c.text));
      if (at > 0) chosen.unshift(...chosen.splice(at, 1));
    }
    // Asked what to ask or put to a vendor ("what should we ask anthropic about training on our data?"), the answer is
    // the ask: the lead card's standing instruction ("Ask every AI vendor whether it trains…") comes first, then what
    // a good answer holds. Not when the message asks what a good answer or a red flag looks like, or judges wording it
    // quotes, or first weighs what the vendor offers against a red flag ("a self-assessment pdf and nothing else. is
    // that enough, or what should we be asking for?": the red flag it meets answers first).
    const weighedFirst = chosen[0] !== undefined && RED_FLAG_OPENING.test(chosen[0].text) && WEIGHED.test(messageText);
    if (trim && WHAT_TO_ASK.test(messageText) && !ANSWER_JUDGED_KINDS.has(analysis.kind) && !(analysis.kind === 'judge' && analysis.quoted.length) && !weighedFirst && chosen[0] && !STANDING_ASK.test(chosen[0].text)) {
      const leadCard = chosen[0].chunk.cardId;
      const leadAsk = (c: ComposedSentence) => STANDING_ASK.test(c.text) && c.chunk.cardId === leadCard;
      const at = chosen.findIndex(leadAsk);
      const standing = at > 0 ? chosen.splice(at, 1)[0] : candidates.find(leadAsk);
      if (standing) chosen.unshift(standing);
    }
    // Given in date order, once two or more items carry a date; an undated lead then gives way.
    const dated = datedList ? chosen.flatMap((c) => { const d = firstDate(c.text); return d === undefined ? [] : [{ c, d }]; }) : [];
    // Asked for the dates still ahead ("upcoming ai act deadlines?"), an item whose every date has passed is left out,
    // when one still ahead remains.
    const ahead = trim && dated.length && DATES_AHEAD.test(messageText) ? dated.filter(({ c }) => statedDates(c.text).some((d) => d >= today())) : dated;
    const ordered = ahead.length && ahead.length < dated.length ? ahead : dated.length >= 2 ? dated : [];
    if (ordered.length) chosen.splice(0, chosen.length, ...ordered.sort((a, b) => a.d - b.d).map(({ c }) => c));
    return { chosen, supporting, ...(extra ? { extra } : {}) };
  };
  const messageText = [analysis.context, analysis.qualifiers, analysis.core].join(' ');
  const namedHere = new Set(mentions.flatMap((m) => (m.entry ? [m.entry.name] : [])));
  const bringsInOthers = (text: string) => {
    const its = catalogue.mentions(text).flatMap((m) => (m.entry && m.entry.kind !== 'concept' ? [m.entry.name] : []));
    return its.length > 0 && !its.some((n) => namedHere.has(n));
  };
  const { chosen: picked, extra, supporting } = choose(true);
  const chosen = withoutRetold(picked.filter((c, i) => !retellsFigures(c.text, picked.slice(0, i))));
  // Confidence counts what the untrimmed answer covers; a sentence taken for the facts it adds earns none.
  const judged = choose(false);

  const covered = new Map<string, number>();
  for (const c of judged.chosen) if (c !== judged.extra) for (const [t, v] of c.covered) covered.set(t, Math.max(covered.get(t) ?? 0, v));
  // A soft match counts towards confidence only for words the knowledge base itself uses: otherwise "Canada"
  // would half-match "UK" and an off-topic question would look grounded.
  // A root match ("adoption" ~ "adopted", credit 0.8, above any soft match's 0.7) counts like a word match.
  const credit = (t: string, v: number) => (v >= ROOT_CREDIT || retriever.lexical.has(t) ? v : 0);
  const worth = (t: string, v: number) => (optional.has(t) ? 0 : (weights.get(t) ?? 0) * credit(t, v));
  // The situation's words the answer covers join both sides of the share: covered, they help; left out, they cost nothing.
  const gained = [...covered].reduce((a, [t, v]) => a + (situation.has(t) ? worth(t, v) : 0), 0);
  // A pasted clause put up with nothing but a verdict asked of it ("'…best endeavours to inform Customer of material
  // incidents.' ok?") asks about the clause's own words of the domain: the share of them the answer covers.
  const quotedOnly = !total && analysis.quoted.length > 0 ? [...situation].reduce((a, t) => a + (optional.has(t) ? 0 : (weights.get(t) ?? 0)), 0) : 0;
  const raw = total ? [...covered].reduce((a, [t, v]) => a + worth(t, v), 0) / (total + gained) : quotedOnly ? gained / quotedOnly : 0;
  // An answer that matches only everyday words of the question ("best", "europe") is not grounded in the domain; one
  // stating, word for word, a phrase of two words or more the asker quoted ("'best efforts'") in a message about the
  // domain is: the card flags that very wording. (A landlord's "best efforts" is no vendor's.)
  const quotedHeld = namesTheDomain([analysis.context, analysis.core].join(' '), retriever) && analysis.quoted.some((q) => judged.chosen.some((c) => statesQuote(c.text, q, SHORT_QUOTE)));
  // So is one whose lead passage is, by its card title or heading, about a domain word the question asks
  // ("oversight features?" answered from "## Human oversight" in words such as "oversee").
  const leadAbout = new Set(judged.chosen[0] ? terms(`${judged.chosen[0].chunk.title} ${judged.chosen[0].chunk.headingPath.join(' ')}`) : []);
  const anchored = quotedHeld || [...covered].some(([t, v]) => anchors.has(t) && (v >= 1 || leadAbout.has(t)));
  const coverage = anchored ? raw : raw * UNANCHORED_SHARE;

  const numbers = new Map<string, number>();
  const citations: Citation[] = [];
  // Asked about a vendor's own practice, a good answer's example is stated as the practice ("OpenAI's API has not…").
  const practice = asksPractice(messageText) ? catalogue.mentions(messageText).flatMap((m) => m.entry?.forms ?? []) : [];
  const shown = (c: ComposedSentence) => (practice.length ? plainExample(c.text, practice) : c.text);
  const said: string[] = [];
  const parts = chosen.flatMap((c) => {
    const text = shown(c);
    // Two good answers naming one practice say the same thing once the frame is gone ("OpenAI's API has not used
    // customer data to train models since 1 March 2023…" and "…has not trained on customer data since 1 March 2023…").
    if (text !== c.text && said.some((s) => nearDuplicate(s, text, UNFRAMED_ALIKE))) return [];
    said.push(text);
    const src = claimSource(c.chunk, c.text, c.sources ?? []);
    const key = `${c.chunk.cardId} ${src.url ?? ''}`;
    let n = numbers.get(key);
    if (n === undefined) {
      n = citations.length + 1;
      numbers.set(key, n);
      // The title names the topic; the link opens the page that states this sentence.
      citations.push({ n, id: c.chunk.cardId, title: c.chunk.title, url: src.url, snippet: c.text });
    }
    return [`${text} [${n}]`];
  });
  return { sentences: chosen, answer: parts.join(' '), citations, coverage, weights: scored, aside: (text: string) => asked.size > 0 && elsewhere(text), ...(extra || supporting.length ? { added: [extra, ...supporting].flatMap((x) => (x ? [shown(x)] : [])) } : {}) };
}

/** A text's words, lower case and single-spaced. */
const flatWords = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * True when a text states, word for word, a phrase the asker quoted: two words or more (at most `maxWords`), so a
 * quoted "best efforts" or "as long as necessary" is held by a sentence naming that wording.
 */
export function statesQuote(text: string, quote: string, maxWords = Number.POSITIVE_INFINITY): boolean {
  const words = flatWords(quote).split(' ').filter(Boolean);
  return words.length >= 2 && words.length <= maxWords && ` ${flatWords(text)} `.includes(` ${words.join(' ')} `);
}

/** A run of capitalised names after "such as", "for example", "e.g.", "including" or "like": "ChatGPT, Claude or Gemini". */
const EXAMPLE_NAMES = /\b(?:such as|for example|e\.g\.,?|including|like)\s+([A-Z0-9][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*(?:(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)[A-Z0-9][\w.-]*(?:\s+[A-Z0-9][\w.-]*)*)*)/g;

/** The terms a sentence names only within its examples, and nowhere else in it. */
export function namedAsExample(text: string): Set<string> {
  const examples = [...text.matchAll(EXAMPLE_NAMES)];
  if (!examples.length) return new Set();
  const outside = new Set(terms(examples.reduce((rest, m) => rest.replace(m[0], ' '), text)));
  return new Set(examples.flatMap((m) => terms(m[1] ?? '')).filter((t) => !outside.has(t)));
}

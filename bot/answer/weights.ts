import type { Retriever } from '../../knowledge/retrieval/retriever.ts';
import { joinedTerm, splitCompound, surfaceTokens, terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { stem } from '../../knowledge/retrieval/text/stem.ts';
import { isStopword } from '../../knowledge/retrieval/text/stopwords.ts';
import { bridges, type Crossing } from '../../knowledge/retrieval/text/bridges.ts';
import { coverageOf } from '../../knowledge/entities/coverage.ts';
import { CHAT_WORDS, CLAIM_CHECK, lastSentence, PLAN_VERDICTS, PRICE_UNIT_SHORTHAND, VERDICT_PHRASE, type QuestionAnalysis } from './question.ts';
import { FINE_AS_PENALTY } from './question-cues.ts';
import { speaksOfAi } from '../../workflows/decision/situation/asks.ts';

/** Below this frequency rank a word is function-like English ("get", "make", "way"), never a topic. */
const EVERYDAY_RANK = 300;
/**
 * How much more often the knowledge base uses a word than everyday English does: its share of passages over the
 * word's Zipf probability, 1 / ((rank + 1) x ~13). Words far above this are the domain's subjects ("licence",
 * "model", "data", "cost"); "best", "good", "europe" or "recommend" are not ("recommend a good restaurant").
 */
const SUBJECT_SALIENCE = 1000;
const ZIPF_HARMONIC = 13;

/** What an unseen word keeps of its weight in a message judging a vendor's answer. */
const JUDGED_UNSEEN = 0.3;

/**
 * Words asking for a verdict on what a vendor said ("good enough?", "acceptable?", "push back?"), not naming what it
 * is about.
 */
const VERDICT_ASKED: ReadonlySet<string> = new Set(['good', 'enough', 'acceptable', 'normal', 'fair', 'typical', 'usual', 'reasonable', 'sufficient', 'adequate', 'ok', 'okay', 'fine', 'standard', 'push', 'back', 'pushback']);

/**
 * Words asking which option wins without saying on what ("which one's cleaner?", "which is better for us?"): picking
 * between options, they ask for the comparison and never name its subject ("the answers got worse" tells what happened).
 */
const EVALUATIVES: ReadonlySet<string> = new Set(['better', 'worse', 'cleaner', 'simpler', 'easier', 'nicer', 'preferable', 'best', 'worst', 'cleanest', 'simplest', 'easiest']);

/** Words asking for a list's shape ("the full list", "the whole rundown", "what topics belong on it"), not naming what it lists. */
const LIST_FORM: ReadonlySet<string> = new Set(['list', 'full', 'whole', 'complete', 'entire', 'rundown', 'bullets', 'bulleted', 'topics', 'items', 'points', 'belong', 'belongs']);
/** Words dismissing a claim as empty: "their security isn't just fluff?", "marketing hype?". */
const DISMISSALS: ReadonlySet<string> = new Set(['fluff', 'hype', 'puffery', 'waffle', 'spin', 'bs', 'bullshit', 'nonsense', 'buzzwords', 'window-dressing', 'lip-service', 'guff', 'marketing-speak']);
/** "list" asked for as the answer's shape: "the full list", "list the…", "a bullet list" (not "the dpf list"). */
const LIST_ASKED = /(?:^|[.?!]\s*|\b(?:full|whole|complete|entire|a|the|bullet(?:ed)?|quick|short)\s+)list\b/i;

/** What an ordinary English word keeps of its idf in a message judging a vendor's answer (subjects keep all). */
const ORDINARY_SHARE = 0.5;

/**
 * What a word of the asker's situation keeps of its weight when the asking clause alone names too little, and what a
 * word of the domain in the message around the ask weighs when it helps pick the sentences.
 */
const SITUATION_SHARE = 0.5;

/** Longest quotation, in words, read as a phrase a card may use word for word (and that grounds an answer stating it). */
export const SHORT_QUOTE = 4;

/** A number of people: "200 staff", "12-person", "40 ppl", "a team of 8". */
const HEADCOUNT = /\b\d[\d,]*\s?-?\s?(?:staff|people|ppl|employees|persons?|seats|heads|fte|colleagues|lawyers|agents|engineers|developers|devs|partners)\b|\bteam of \d+\b/gi;

/** A sum the asker states: "£40k", "$1,000", "€4.5m". */
const MONEY_SAID = /[£$€]\s?\d[\d,.]*\s?(?:k|m|bn)?\b/gi;

/** An adverb of manner or frequency ("normally", "currently"): how something is said, seldom what it is about. */
const EVERYDAY_ADVERB = /^[a-z]{3,}ly$/;
/** Frequency rank below which such an adverb is everyday English. */
const ADVERB_RANK = 5000;

/** Share of the highest idf that a word the knowledge base never uses weighs. */
const UNSEEN_SHARE = 0.8;

/** Frequency rank from which a word the knowledge base never uses weighs in full ("canteen", "regex", "fintech"). */
const RARE_RANK = 50_000;
/** The least an unseen word weighs, however common ("hear", "deal"), so a question about nothing still fails. */
const COMMON_FLOOR = 0.4;

/**
 * What an unseen word keeps of its weight by how common it is in English: "hear", "deal", "agenda" or "mention"
 * (ranks 400-4,000) are how people ask and weigh about half; rare words and words English lacks weigh in full,
 * so a question about something absent still looks unanswered.
 */
function rarity(rank: number | undefined): number {
  if (rank === undefined) return 1;
  const share = (Math.log(rank) - Math.log(EVERYDAY_RANK)) / (Math.log(RARE_RANK) - Math.log(EVERYDAY_RANK));
  return Math.min(1, Math.max(COMMON_FLOOR, share));
}

/** How many times more often the knowledge base uses a term than everyday English uses a word of this rank. */
function salience(term: string, rank: number, retriever: Retriever): number {
  return (retriever.lexical.documentFrequency(term) / Math.max(1, retriever.lexical.size)) * (rank + 1) * ZIPF_HARMONIC;
}

/** A term the knowledge base uses far more than everyday English does (or a figure, or a word English lacks). */
function isSubject(term: string, rank: number | undefined, retriever: Retriever): boolean {
  return rank === undefined || salience(term, rank, retriever) >= SUBJECT_SALIENCE || /\d/.test(term);
}

/**
 * How much more often than everyday English the knowledge base must use a word for that word alone to place a
 * message in its domain: "vendor", "licence", "api", "gpu", "sla"; not "contract", "notice", "standard" or "client",
 * which any business question uses.
 */
const DOMAIN_SALIENCE = 5000;

/** The idf-weighted share of a text's terms (given, so a caller may read hyphenated words by their parts) that a set holds. */
export function idfShare(own: Iterable<string>, held: Set<string>, retriever: Retriever): number {
  const unique = [...new Set(own)];
  const total = unique.reduce((a, t) => a + retriever.lexical.idf(t), 0);
  return total ? unique.reduce((a, t) => a + (held.has(t) ? retriever.lexical.idf(t) : 0), 0) / total : 0;
}

/** Endings that turn a stem back into the plain word it was cut from ("servic" → "service", "licens" → "license"). */
const PLAIN_ENDINGS = ['e', 's', 'es', 'ed', 'ing', 'y'];

/**
 * The domain's words that name another thing in a compound whose other words the cards never use: a seller or fee
 * of something else ("our coffee machine vendor", "the plant supplier"), training or a licence of another kind
 * ("forklift training", "fire safety training", "a premises licence"), other tokens ("arcade tokens"), a model of
 * another kind ("a retainer model", "our franchise model"), and a model,
 * a token or a cloud that is not an AI model, an AI token or the computing cloud ("a model railway", "a token
 * economy", "a cloud of dust"). The first are modified by the words before them, the last by the noun after them, or
 * after "of" (only that word: "the model starts spitting out…" is a model that does something).
 */
const NAMED_BY_BEFORE: ReadonlySet<string> = new Set(['vendor', 'vendors', 'supplier', 'suppliers', 'provider', 'providers', 'training', 'token', 'tokens', 'licence', 'licences', 'license', 'licenses', 'fee', 'fees']);
/** A model named by the one word before it, a plain word the cards never use ("retainer model", "franchise model"). */
const MODEL_WORDS: ReadonlySet<string> = new Set(['model', 'models']);
/**
 * Models of another kind named by a word the cards do use elsewhere: "a role model", "our business model", "the
 * revenue model", "a hybrid working model" are people, plans and ways of working, never an AI model.
 */
const OTHER_MODELS_BEFORE: ReadonlySet<string> = new Set(['role', 'business', 'revenue', 'financial', 'working', 'staffing', 'delivery', 'engagement', 'funding', 'commission', 'franchise', 'retainer', 'care']);
const NAMED_BY_AFTER: ReadonlySet<string> = new Set(['model', 'models', 'token', 'tokens', 'cloud', 'clouds']);
/**
 * Tuning, in any form ("fine-tune", "finetuning", "tuned"): its sense is set by what is tuned. "fine-tune my golf
 * swing", "fine tuning a guitar" tune something the cards never name; "fine-tune llama", "tune the model on our data"
 * are the AI sense.
 */
const TUNING = /\b(?:fine[- ]?)?tun(?:e|es|ed|ing)\s+(?:(?:my|our|your|his|her|their|its|the|a|an|this|that|these|those)\s+)*((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\b(?![-.]?\d)/gi;

/**
 * The text with tuning in its everyday sense put plainly ("fine-tune my golf swing" → "adjust my golf swing"): the
 * cards' fine-tuning neither names nor covers it. What is tuned is the last word of the words after it, up to a stop
 * word ("our sales pitch for…" tunes a pitch). Tuning that tunes a word the cards use ("fine-tune llama", "tune the
 * open model") or nothing named ("fine-tune on our data", "fine-tune it") is left as it is.
 */
export function withEverydayTuning(text: string, retriever: Retriever): string {
  return text.replace(TUNING, (whole: string, words: string) => {
    const object = words.split(/\s+/);
    const upTo = object.findIndex((w) => isStopword(w));
    const head = (upTo < 0 ? object : object.slice(0, upTo)).at(-1);
    return head === undefined || retriever.lexical.has(stem(head)) ? whole : whole.replace(/^(?:fine[- ]?)?tun(?:e|es|ed|ing)/i, 'adjust');
  });
}
/**
 * Signing in, not keeping logs: "log in", "logged on", "logging out". Read as the one word "login", which the cards
 * never use, so the cards' logs neither cover it nor put the message in the domain.
 */
const SIGN_IN = /\blog(?:s|ged|ging)?\s+(?:in|into|on|onto|out|off)\b/gi;
const asSignIn = (text: string) => text.replace(SIGN_IN, 'login');

/** A message asking for the red flags of a topic, in the plural, rather than judging one thing it describes. */
export const LISTS_FLAGS = /\b(?:red[- ]?flags|warning signs|gotchas|pitfalls|traps|landmines|alarm bells|deal[- ]?breakers)\b/i;

/**
 * The choice the knowledge base is about, in everyday words that are each too common to name it: "decide 'open or
 * closed'", "one type, open or closed,", "our open vs closed call". Named as a choice: after a verb of choosing, a
 * quote, a comma or an article, or before a word for the choice; "should the office be open or closed" is not it.
 */
const OPEN_OR_CLOSED = /(?:^|[,:;'"‘“(]\s*|\b(?:decide|deciding|decision on|pick|picking|choose|choosing|go|going|between|whether|the|an?|on|about)\s+)(?:open\W{0,3}(?:or|vs\.?|versus|v\.?|\/)\W{0,3}closed|closed\W{0,3}(?:or|vs\.?|versus|v\.?|\/)\W{0,3}open)\b|\b(?:open\W{0,3}(?:or|vs\.?|versus|v\.?|\/)\W{0,3}closed|closed\W{0,3}(?:or|vs\.?|versus|v\.?|\/)\W{0,3}open)['"’”]?\s+(?:call|choice|decision|question|debate|policy|strategy|split|approach)\b/i;

/**
 * True when a text uses a word the knowledge base is distinctly about (see DOMAIN_SALIENCE), or one English lacks, or
 * names the open-or-closed choice.
 */
export function namesTheDomain(text: string, retriever: Retriever): boolean {
  if (OPEN_OR_CLOSED.test(text)) return true;
  const tokens = surfaceTokens(asSignIn(withEverydayTuning(text, retriever)));
  // A word of the text the cards never use (not a stop word or a figure).
  const foreign = (w: string) => !isStopword(w) && !/\d/.test(w) && !retriever.lexical.has(stem(w));
  // Such a word before the token in its compound (no stop word or figure between).
  const modifiedBefore = (at: number) => {
    for (let j = at - 1; j >= 0; j -= 1) {
      const w = tokens[j] ?? '';
      if (isStopword(w) || /\d/.test(w)) return false;
      if (foreign(w)) return true;
    }
    return false;
  };
  // (Only the word just before names a model so: "the big closed models", "a free-to-download model" are AI models.)
  const plainForeign = (w: string | undefined) => w !== undefined && /^[a-z]+$/.test(w) && foreign(w);
  const otherSense = (token: string, i: number) => (NAMED_BY_BEFORE.has(token) && modifiedBefore(i)) || (MODEL_WORDS.has(token) && (plainForeign(tokens[i - 1]) || OTHER_MODELS_BEFORE.has(tokens[i - 1] ?? ''))) || (NAMED_BY_AFTER.has(token) && (foreign(tokens[i + 1] ?? 'a') || (tokens[i + 1] === 'of' && foreign(tokens[i + 2] ?? 'a'))));
  // Once a message says which tokens or which vendor it means ("the organisers sell coffee tokens, can we expense the
  // extra tokens…"), the word means that wherever it comes again.
  const meantOtherwise = new Set(tokens.flatMap((token, i) => (otherSense(token, i) ? [stem(token)] : [])));
  for (const token of tokens) {
    if (/\d/.test(token)) continue;
    if (meantOtherwise.has(stem(token))) continue;
    for (const part of splitCompound(token)) {
      const t = stem(part);
      if (!retriever.lexical.has(t)) continue;
      // The word's commonest form counts: "keeps" is rarer in English than "keep", not more distinctive.
      // So does a plainer word the stem shares ("servicing" is "service", which any business uses).
      const ranks = [part, t, ...PLAIN_ENDINGS.map((e) => t + e)].map((w) => retriever.wordVectors?.rankOf?.(w)).filter((r): r is number => r !== undefined);
      if (!ranks.length || salience(t, Math.min(...ranks), retriever) >= DOMAIN_SALIENCE) return true;
    }
  }
  return false;
}

export interface QuestionWeights {
  /** Each distinct term of the core and what covering it is worth. */
  weights: Map<string, number>;
  total: number;
  /** Terms of the core that tie it to the knowledge base's domain (used by the knowledge base, and not everyday). */
  anchors: Set<string>;
  /**
   * Terms only a qualifying phrase brings ("lloyds" in "in the Lloyds research, ...") or the message around the ask
   * ("classification" before "should we go open or closed?"): they help pick the sentence but are left out of `total`,
   * so neither a qualifier nor the context ever changes confidence.
   */
  optional: Set<string>;
  /**
   * Everyday words of the asker's situation (borrowed because the asking clause named too little) and the domain's
   * words in a quotation: left out of `total`, they add to an answer's coverage only where it covers them.
   */
  situation: Set<string>;
}

/**
 * Price units typed as shorthand ("$/mtok", "per 1m tok") and "all-in" for a total: the cards write them out ("per
 * million tokens", "a month"), so the shorthand, which no card uses, would otherwise weigh as a rare word no answer covers.
 */
const PRICE_SHORTHAND: ReadonlySet<string> = new Set([...PRICE_UNIT_SHORTHAND, 'all-in', 'allin']);

/** Chat words as index terms ("actual", "real"). */
const CHAT_TERMS: ReadonlySet<string> = new Set([...CHAT_WORDS].flatMap((w) => terms(w)));

/**
 * The bridges the asked words (qualifiers and core) cross; a chat word may stand between a phrase's words ("where our
 * data actually lives" crosses "where our data lives").
 */
export function askedBridges(analysis: Pick<QuestionAnalysis, 'qualifiers' | 'core'>): Crossing {
  return bridges().cross([analysis.qualifiers, analysis.core].filter(Boolean).join(' '), CHAT_TERMS);
}

/** Words that put a claim up to be checked: "reckons", "right or wrong", "true or false", "fact or fiction". */
const CLAIM_PUT = /\b(?:reckons?|reckoned|right or wrong|true or false|fact or (?:fiction|myth)|myth or (?:fact|reality))\b/gi;

/**
 * What each word of a question's core is worth when judging whether an answer covers it. A word the knowledge
 * base uses weighs its idf. A word it never uses weighs like a rare word, because a question about something
 * absent ("the weather in paris") must not look answered; but chat words ("ok", "pls", "quick q") and everyday
 * English weigh nothing, so the way people type never lowers confidence.
 */
export function questionWeights(question: Pick<QuestionAnalysis, 'core' | 'qualifiers' | 'kind' | 'asking' | 'quoted'> & { context?: string }, retriever: Retriever): QuestionWeights {
  const { qualifiers, kind } = question;
  const core = asSignIn(question.core);
  // Words of the asker's situation, borrowed because the asking clause named too little, count for less.
  const asked = question.asking === undefined ? undefined : new Set(terms(question.asking));
  const share = (t: string) => (asked && !asked.has(t) ? SITUATION_SHARE : 1);
  const surfaceOf = new Map<string, string>();
  for (const token of surfaceTokens(core)) for (const part of splitCompound(token)) surfaceOf.set(stem(part), part);
  // A phrase typed with hyphens ("open-vs-closed", "self-host-or-not": words joined by "vs", "or", "and"…) is also
  // indexed joined up ("openvsclos", `joinedTerm`); joined up it is a word no card uses, and would weigh as a rare one
  // though its words carry all it says. A hyphenated word ("mid-contract", "swiss-us") is left to weigh as typed.
  // ("vs" and "versus" are stop words; "v" is not.)
  const joined = new Set(surfaceTokens(core).flatMap((token) => {
    const parts = splitCompound(token);
    const phrase = parts.length > 2 && parts.slice(1, -1).some((p) => isStopword(p) || p === 'v');
    const term = phrase ? joinedTerm(parts) : undefined;
    return term ? [term] : [];
  }));
  // A message judging a vendor's answer describes that answer in the vendor's own terms ("proprietary blend",
  // "self-assessed"): words the cards never use weigh less there, since the vendor is not what is asked about.
  // So does one asking whether a thing it describes is a red flag ("hr docs saas won't say which llm is under the hood.
  // should that bother me?"), rather than for the red flags of a topic.
  const judging = kind === 'judge' || (kind === 'red-flags' && !LISTS_FLAGS.test(core));
  const unseen = retriever.lexical.idf('\u0000unseen') * UNSEEN_SHARE * (judging ? JUDGED_UNSEEN : 1);
  const weights = new Map<string, number>();
  const anchors = new Set<string>();
  const optional = new Set<string>();
  // The situation's everyday words ("paying", "image", "busy") count for an answer that covers them and never
  // against one that does not.
  const situation = new Set<string>();
  // The asker's headcount ("roll it out to 200 staff", "a 12 person firm") and the sums they state ("we'd be paying
  // ~£40k for the tuning work") describe them, not what is asked.
  // Only in a message about AI: elsewhere ("zoom renewal, 40 seats") they are part of what no card covers.
  const judged = new Set([...core.matchAll(new RegExp(VERDICT_PHRASE.source, 'gi'))].flatMap((m) => terms(m[0])));
  // How a claim is put up to be checked ("our cto reckons…", "… right or wrong?", "… accurate?") asks for the verdict,
  // never what it is about.
  const lastAsked = lastSentence(core).trim();
  // Picking between options ("which one's cleaner?", "x or y, which is better"), not describing how a thing went.
  const choosing = kind === 'comparison' || /\bwhich\b/i.test(core);
  const claimWords = new Set([...core.matchAll(CLAIM_PUT)].flatMap((m) => terms(m[0])).concat(CLAIM_CHECK.test(lastAsked) ? terms(lastAsked) : []));
  const described = new Set(speaksOfAi(core) ? [...core.matchAll(HEADCOUNT), ...core.matchAll(MONEY_SAID)].flatMap((m) => terms(m[0])) : []);
  for (const t of new Set(terms(core))) {
    if (joined.has(t) && !retriever.lexical.has(t)) continue;
    if (described.has(t)) {
      weights.set(t, retriever.lexical.has(t) ? retriever.lexical.idf(t) : 0);
      situation.add(t);
      continue;
    }
    const surface = surfaceOf.get(t) ?? t;
    const rank = retriever.wordVectors?.rankOf?.(surface);
    const subject = isSubject(t, rank, retriever);
    // Words that name nothing weigh nothing: chat words; judging what a vendor said, "good enough?", "acceptable?",
    // "normal?", which ask for the verdict; an everyday adverb ("normally", "usually", "currently"), however rarely
    // the cards use it; and a verdict asked of a plan ("sensible?", "realistic?", "overkill?"), whether or not a card
    // happens to use the word.
    const chat = (CHAT_WORDS.has(surface) || CHAT_WORDS.has(t)) && !(surface === 'fine' && FINE_AS_PENALTY.test(core));
    const verdictAsked = kind === 'judge' && VERDICT_ASKED.has(surface);
    const adverb = EVERYDAY_ADVERB.test(surface) && rank !== undefined && rank < ADVERB_RANK && !subject;
    // A list asked for ("what's the full list?") names its form, not its subject.
    const form = kind === 'list' && LIST_FORM.has(surface) && (surface !== 'list' || LIST_ASKED.test(core));
    // So does a word dismissing a claim as empty ("isn't just fluff?", "marketing hype?"), which asks for a verdict.
    if (chat || verdictAsked || adverb || form || DISMISSALS.has(surface) || (choosing && EVALUATIVES.has(surface)) || judged.has(t) || claimWords.has(t) || PRICE_SHORTHAND.has(surface) || PLAN_VERDICTS.has(surface) || PLAN_VERDICTS.has(t)) {
      weights.set(t, 0);
      continue;
    }
    if (share(t) < 1 && !subject && retriever.lexical.has(t)) situation.add(t);
    if (retriever.lexical.has(t)) {
      // Judging a vendor's answer, ordinary English ("insist", "lets", "sent") retells what the vendor did: it
      // weighs less than the domain's own words, which name what is asked about.
      weights.set(t, retriever.lexical.idf(t) * (subject || kind !== 'judge' ? 1 : ORDINARY_SHARE) * share(t));
      if (subject) anchors.add(t);
      continue;
    }
    const everyday = rank !== undefined && rank < EVERYDAY_RANK;
    weights.set(t, everyday ? 0 : unseen * rarity(rank) * share(t));
  }
  // A quotation naming something the knowledge base covers ("powered by Llama 4 multimodal") is about it: that
  // name counts; the rest of someone else's wording (a pasted clause) never does.
  const catalogue = coverageOf(retriever.chunks).catalogue;
  // Its other words of the domain ("benchmark", "evaluations") count where an answer covers them, like the situation's.
  const quotes = question.quoted.join(' . ');
  const quotedNames = new Set(catalogue.mentions(quotes).flatMap((m) => (m.entry ? terms(m.form) : [])));
  // A short quoted phrase ("'best efforts'", "'as long as necessary'") is the very wording a card may flag: all its
  // words the cards use count where an answer covers them, not only the domain's.
  const phrased = new Set(question.quoted.filter((q) => q.trim().split(/\s+/).length <= SHORT_QUOTE).flatMap((q) => terms(q)));
  // So are all of a clause's words the cards use when the message asks nothing else of it ("'we may keep prompts as
  // long as necessary' thoughts?"): the clause is then what is asked about.
  const asksNothingElse = [...weights.values()].every((w) => w === 0);
  for (const t of new Set(terms(quotes))) {
    if (weights.has(t) || CHAT_WORDS.has(t) || !retriever.lexical.has(t)) continue;
    const named = quotedNames.has(t);
    const subject = isSubject(t, retriever.wordVectors?.rankOf?.(t), retriever);
    if (!named && !subject && !phrased.has(t) && !asksNothingElse) continue;
    weights.set(t, retriever.lexical.idf(t));
    if (named || subject) anchors.add(t);
    if (!named) situation.add(t);
  }
  // A qualifying phrase ("in the Lloyds research") adds the words the knowledge base uses, and nothing else.
  for (const t of new Set(terms(qualifiers))) {
    if (weights.has(t) || !retriever.lexical.has(t) || CHAT_WORDS.has(t)) continue;
    weights.set(t, retriever.lexical.idf(t));
    optional.add(t);
    if (isSubject(t, retriever.wordVectors?.rankOf?.(t), retriever)) anchors.add(t);
  }
  // A name from the catalogue ("foundation model", "open weight") anchors the question whatever its words.
  for (const m of catalogue.mentions(`${qualifiers} ${core}`)) {
    if (m.entry) for (const t of terms(m.entry.name)) if (weights.has(t)) anchors.add(t);
  }
  // The message around the ask often names what the choice turns on ("the work is mostly high-volume ticket
  // classification. should we go open or closed?"): its words of the domain help pick the sentences that speak to it,
  // at a share of their weight, and like a qualifier's never count towards confidence, for the context is not what is
  // asked. Not for a definition: what a thing is does not depend on who asks. (Everyday words, "reasoning" among them,
  // are not words of the domain here.)
  if (question.context && kind !== 'definition') {
    for (const t of new Set(terms(question.context))) {
      if (weights.has(t) || CHAT_TERMS.has(t) || !retriever.lexical.has(t) || !isSubject(t, retriever.wordVectors?.rankOf?.(t), retriever)) continue;
      weights.set(t, retriever.lexical.idf(t) * SITUATION_SHARE);
      optional.add(t);
    }
  }
  const total = [...weights].reduce((a, [t, w]) => a + (optional.has(t) || situation.has(t) ? 0 : w), 0);
  return { weights, total, anchors, optional, situation };
}

import { speaksOfAi, speaksPlainlyOfAi } from '../../workflows/decision/situation/asks.ts';
import { earlierAskOf, searchQuery, withSiblingNamed } from './follow-up.ts';
import type { Logger } from '../logger.ts';
import type { AnswerRequest, AnswerResult, Answerer } from './types.ts';
import type { Retriever, RetrievalMode, RetrievedChunk } from '../../knowledge/retrieval/retriever.ts';
import { retrievePassages, type Passage } from '../../knowledge/retrieval/passages.ts';
import { askedParts, compose, DEFAULT_COMPOSE, MONEY, nearDuplicate, POLAR_KINDS, type ComposedSentence, type ComposeOptions, type Composition } from './compose.ts';
import { appendCited, citedSentences, compactCitations, keepSentences, NUMBERED_ITEMS, reorderCited } from './citations.ts';
import type { Citation } from '../turn.ts';
import { answerConfidence } from './confidence.ts';
import { detectInjection } from './guard.ts';
import { claimedFigureVerdict, withClaimedFigures } from './claimed-figures.ts';
import { cardModel, predictCards, type CardPrediction } from './card-model.ts';
import { leansOnTopic, readsOffTopic } from './offtopic-model.ts';
import { ENGLISH_ONLY_TEXT, inOtherLanguage } from './language.ts';
import { analyseQuestion, asksForCall, asksForListLayout, tagQuestion, asksWhatItMeans, AUXILIARY_OPENING, CHAT_WORDS, contentWords, definitionSubject, expandShorthand, pointsBack, lastSentence, wholeMessage, withoutLeftOut, type QuestionAnalysis } from './question.ts';
import { answerCue } from './question-cues.ts';
import { askedBridges, namesTheDomain, questionWeights, withEverydayTuning, type QuestionWeights } from './weights.ts';
import { chunkEmbedText } from '../../knowledge/chunk.ts';
import { findUncovered, type Uncovered } from './uncovered.ts';
import { findVerdict, MODEL_KINDS, RESTATES, restatesVerdict, withVerdict, type Verdict } from './verdict.ts';
import { affirmation } from './affirmation.ts';
import { leadWithRedFlagVerdict } from './red-flag-verdict.ts';
import { crossoverVerdict } from './crossover-verdict.ts';
import { batchVerdict, billVerdict, cacheVerdict } from './bill-verdict.ts';
import { savingVerdict } from './saving-verdict.ts';
import { utilisationVerdict } from './utilisation-verdict.ts';
import { fineVerdict } from './fine-verdict.ts';
import { timelineVerdict } from './timeline-verdict.ts';
import { userCapVerdict } from './user-cap-verdict.ts';
import { capacityVerdict, throughputVerdict } from './capacity-verdict.ts';
import { rentalVerdict } from './rental-verdict.ts';
import { askedText, asksPrice, priceVerdict } from './price-verdict.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { retiredVerdict } from './retired-verdict.ts';
import { comparedSides } from './sides.ts';
import { coverageOf } from '../../knowledge/entities/coverage.ts';
import type { Catalogue, CatalogueEntry } from '../../knowledge/entities/catalogue.ts';
import { terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { normalizeName } from '../../knowledge/entities/normalize.ts';
import { markdownClaims } from '../../knowledge/claims/claims.ts';

/** A request to produce something the knowledge base cannot: code, a query, a poem, a letter, a translation. */
const OTHER_WORK = /^\s*(?:(?:can|could|would) (?:you|u) |pls |please )?(?:write|draft|generate|compose|code|create|make) (?:me )?(?:a |an |the |some )?(?:sql|python|javascript|typescript|java|bash|powershell|regex|excel formula|spreadsheet formula|code|script|query|function|poem|song|haiku|limerick|story|joke|essay|cover letter|leaving card|birthday|tweet|linkedin post)\b/i;

/**
 * The noun a comparison is asked with ("what's the difference?"): it names neither side. (Leaving out "differ" and
 * "compare" as well cost answers: a sentence contrasting the two sides is often found through them.)
 */
const COMPARING = /\bdifferences?\b/gi;

/** Content words from which a core names its subject without the names in the message around it. */
const SAYS_ENOUGH = 6;
/** A question taking up the thing its context named: "can we take that as proof", "is it enough on its own". */
const TAKES_UP = /\b(?:take|accept|trust|rely on|count|treat|use|believe)\s+(?:that|this|it|them)\b|\b(?:is|are|was)\s+(?:that|this|it|they)\s+(?:enough|ok|okay|sufficient|proof|evidence|valid|real|legit|true)\b/i;
/** A judgement pointing at what was said before it: "any red flags there?", "problem with that?", "is this ok?". */
const JUDGES_THE_CONTEXT = /\b(?:red[- ]?flags?|issues?|problems?|concerns?|catch(?:es)?|gotchas?|worries|risks?)\s+(?:in |with )?(?:there|that|this|those|these|it)\b|\b(?:is|are) (?:that|this|it|those|these) (?:ok|okay|fine|normal|acceptable|a red flag|a problem)\b/i;

/**
 * A verdict asked with no subject of its own: "good enough for daily use?", "ok for client data?", "fine?"; not a
 * message that only opens with the word ("ok so what does gpt-5 cost", "fine tuning on our docs?").
 */
const VERDICT_ALONE = /^\s*(?:(?:so|and|but),?\s+)?(?:(?:is|are|was|would|does|do) (?:that|this|it|those|these|they)(?: (?:be|look|seem|sound)s?)? )?(?:(?:an? )?(?:red flag|problem|issue|concern|worry|deal[- ]?breaker)s?|good enough|ok|okay|acceptable|fine|sufficient|enough|adequate|reasonable|safe enough|normal|standard|risky|worrying)\s*(?:[?!.]|$|for\b|or\b)/i;

/** What the bot says when it has no grounded answer. */
export const NO_ANSWER_TEXT = "I don't have a grounded answer to that.";

/** Below this confidence the answer is withheld (chosen with `kb eval` and the off-topic fixtures). */
export const DEFAULT_THRESHOLD = 0.45;
/** What the coverage of a message outside the knowledge base's domain (see `namesTheDomain`) keeps. */
const OUT_OF_DOMAIN_SHARE = 0.7;

/** Places a message may name (as a region, or added for a city: "frankfurt" is read as in the EU): no subject alone. */
const PLACE_TERMS: ReadonlySet<string> = new Set(['eu', 'uk', 'us', 'europ']);

/** A context that is only a short lead set off by a colon or dash: "dpf certified us vendor:", "llama 4 -". */
const SUBJECT_LEAD = /^[^.?!,;]{2,60}?\s*(?::|\s[—–-]{1,2})\s*$/;

/**
 * The share of the threshold down to which a lead from the card the card model is sure of is answered. Chosen on
 * the tune halves (0.8: 10 more right, 0.75: 11, 0.7: 12, 0.6: 14, none lost at any): the higher of the close
 * values, since the tune halves are the card model's own training questions and flatter it.
 */
const CARD_BACKED_SHARE = 0.75;
/**
 * How sure the card model must be of that card: more likely than every other card together. A name alone can make it
 * sure enough to lead the search ("claude opus 4.6 for hr decisions under the ai act?" puts the price card at 0.45);
 * on the tune halves 0.5 answered as many more (11) as 0.4, and 0.6 one fewer.
 */
const CARD_BACKED_SURE = 0.5;
/**
 * A card the model is surer of still (and twice the next card) is answered down to a lower share of the threshold:
 * a message wrapping the card's subject in its own words and situation ("…their bar chart says 'beats gpt-5' and the
 * contract says we can't test them ourselves. problem?") covers few of its sentences' words. Chosen on the tune
 * halves: 0.7 and 0.6 with a half share each gained 3 right answers and lost none, 0.8 and 0.9 gained 2, and shares of
 * 0.3 and 0.4 no more than 0.5; the higher of the close values, as above.
 */
const CARD_BACKED_VERY_SURE = 0.7;
const CARD_BACKED_VERY_SURE_SHARE = 0.5;
/** The share of the threshold at which a gap's covered relative ("Sonnet 4.5" for "Sonnet 4.6") is still offered. */
const RELATIVE_SHARE = 0.6;

/** Kinds of named thing that are a question's subject: a question naming none takes its subject from its context. */
const SUBJECT_KINDS: ReadonlySet<string> = new Set(['model', 'family', 'gpu']);
/** True when a text names a model, family or GPU the catalogue holds. */
const namesSubject = (text: string, catalogue: Catalogue): boolean => catalogue.mentions(text).some((m) => m.entry !== undefined && SUBJECT_KINDS.has(m.entry.kind));
/** A product's name typed with its version joined on: "Phi-4", "MI300X", "A6000"; not "H2", nor "summarising 10m". */
const VERSIONED_NAME = /^[a-z]{2,}-?\d|^[a-z]\d{2,}/i;

export interface UnansweredInfo {
  reason: 'low-confidence' | 'injection' | 'empty' | 'not-covered' | 'task' | 'language' | 'off-topic';
  confidence: number;
  closestTopics: { id: string; title: string }[];
}

export interface ExtractiveAnswererOptions {
  /** The retriever, or a function returning it (called for every question; it should cache). */
  retriever: Retriever | (() => Promise<Retriever>);
  threshold?: number;
  /** Called for every question left unanswered, so knowledge owners can see the gaps (the store logs it). */
  onUnanswered?: (question: string, info: UnansweredInfo) => void | Promise<void>;
  logger?: Logger;
  /** Retrieval mode (default "fused"). */
  mode?: RetrievalMode;
  compose?: Partial<ComposeOptions>;
}

/** The extractive answerer, plus the lower-level calls grounded generation reuses. */
export interface ExtractiveAnswerer extends Answerer {
  /** The k best passages for a question. */
  retrieve(question: string, k?: number, mode?: RetrievalMode): Promise<Passage[]>;
  /** Answers with an explicit retrieval mode (used by `kb eval`). */
  /**
   * @param thread the asker's earlier messages in the thread, read for where the conversation is set (the EU or the
   * UK) and for the prompt size a price is asked at.
   */
  answerWithMode(question: string, mode: RetrievalMode, thread?: string): Promise<AnswerResult>;
}

/**
 * Creates the no-model answerer: question -> hybrid retrieval -> the best sentences of the best chunks, each with
 * a numbered citation, and a confidence. Below the threshold, or for text that tries to steer the bot, it answers
 * "I don't have a grounded answer to that." with the closest topics, and reports the question to `onUnanswered`.
 */
export async function createExtractiveAnswerer(options: ExtractiveAnswererOptions): Promise<ExtractiveAnswerer> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const composeOptions = { ...DEFAULT_COMPOSE, ...options.compose };
  // Asked on every question: the provider caches, and may reopen the index when the cards changed.
  const getRetriever = () => (typeof options.retriever === 'function' ? options.retriever() : Promise.resolve(options.retriever));

  const unanswered = async (question: string, info: UnansweredInfo): Promise<AnswerResult> => {
    try {
      await options.onUnanswered?.(question, info);
    } catch (err) {
      // Logging a gap must never cost the user their reply.
      options.logger?.warn({ err }, 'onUnanswered hook failed');
    }
    return { answered: false, answer: NO_ANSWER_TEXT, citations: [], confidence: info.confidence, mode: 'extractive', closestTopics: info.closestTopics, unknown: [], ...(info.reason === 'injection' ? { steered: true as const } : {}), ...(info.reason === 'off-topic' ? { offTopic: true as const } : {}) };
  };

  /**
   * The search text: the core, plus the catalogue names its context mentions when the core names none of its own
   * ("we use claude opus 4.6. price?"; but "what is a DPIA? cfo is nervous about lock-in" searches for the DPIA alone).
   */
  const searchText = (analysis: QuestionAnalysis, retriever: Retriever): string => {
    const core = [analysis.qualifiers, analysis.core].filter(Boolean).join(' ');
    const { catalogue } = coverageOf(retriever.chunks);
    // A core that says enough on its own ("what are the legal routes for sending customer data out of the eu?") is
    // not pulled towards a name its purpose mentions ("need them for the dpia appendix").
    // One that takes up what the context named ("vendor's got an iso 42001 badge. can we take that as proof…") is.
    // A judgement asked of what the context describes ("their uptime promise is 99.5%… any red flags there?") searches
    // for that too.
    if (analysis.context && (analysis.kind === 'red-flags' || analysis.kind === 'judge') && JUDGES_THE_CONTEXT.test(analysis.asking ?? analysis.core)) return `${analysis.context} ${core}`;
    // A definition naming its own subject ("what is closed models", from "chatgpt is 'closed', what does that mean?") is
    // not pulled towards the product its context names.
    if (analysis.kind === 'definition' && definitionSubject(analysis.core) !== undefined && !pointsBack(analysis.core)) return core;
    if (!analysis.context) return core;
    // A short lead set off by a colon or dash names the question's subject ("dpf certified us vendor: drop the
    // sccs?"), not the asker's circumstances: what it names is searched for beside what the core names, however much
    // the core says.
    if (!SUBJECT_LEAD.test(analysis.context) && (catalogue.names(core).length || (contentWords(core).length >= SAYS_ENOUGH && !TAKES_UP.test(core)))) return core;
    return [core, ...new Set(catalogue.names(analysis.context))].join(' ');
  };

  /**
   * @param cardModelLeads let the card model's card lead the passages (off for the second try described below).
   * @param ownMessage the question is the asker's message as typed, not a follow-up read with the one before it.
   */
  async function answerWithMode(question: string, mode: RetrievalMode, thread = '', cardModelLeads = true, ownMessage = true): Promise<AnswerResult> {
    if (!question.trim()) return unanswered(question, { reason: 'empty', confidence: 0, closestTopics: [] });
    const retriever = await getRetriever();
    // "recieve", "gdrp", "commerical": read as the words meant.
    const q = retriever.spelling.correct(question.trim());
    const { catalogue } = coverageOf(retriever.chunks);
    const asked = namedAlone(q, quotedReferent(q, indirectDefinition(analyseQuestion(q), catalogue), catalogue), catalogue);
    // A core naming nothing the knowledge base is about ("what topics belong on the agenda?") takes its subject
    // from the message around it ("first time running our quarterly model review.").
    // So does one naming no model or GPU while its context names one ("we want to run a llama 4 version that understands images
    // on our own servers. any licence catches…?"), and a verdict asked with no subject of its own ("…if they miss it we
    // just get credits. good enough for something our customers use every day?"), which judges what the context describes.
    const whole = asked.context && (!questionWeights(asked, retriever).anchors.size || (!namesSubject([asked.qualifiers, asked.core].join(' '), catalogue) && namesSubject(asked.context, catalogue)) || VERDICT_ALONE.test(asked.core)) ? wholeMessage(asked) : asked;
    // "open source vs open weight, whats the difference?": the words asking for a comparison name neither side, and a
    // passage or sentence about some other difference ("the difference is where the weights live") must not win on them.
    const read = whole.kind === 'comparison' ? { ...whole, core: whole.core.replace(COMPARING, ' ').replace(/\s+/g, ' ').trim() || whole.core } : whole;
    const query = searchText(read, retriever);
    // "they self certify" also searches, more lightly, for the cards' "self-attestation".
    const expand = askedBridges(read).means;
    const search = (k: number) => retriever.search(query, { k, mode, expand });
    // The card model picks one card for the whole message: a comparison (searched side by side below) or a message
    // asking two things (searched part by part) would keep one side or part only, and a definition is found by the
    // name it asks about, which the card that spells it out may hold in passing.
    const first = await search(Math.max(8, composeOptions.chunks));
    // So may a comparison whose first side is what the message said before it ("…azure openai in an eu region. is that
    // good enough, or is a self-hosted setup the safer bet?"): it weighs the plan described, which the card model reads
    // whole.
    const oneCard = cardModelLeads && (oneCardQuestion(read, retriever) || (read.kind === 'comparison' && Boolean(read.context) && WEIGHS_WHAT_WAS_SAID.test(read.core)));
    // The card model reads the message once; the lead below and the card-backed answer further down use its reading.
    let cardReading: CardPrediction[] | undefined;
    const cards = () => (cardReading ??= predictCards(cardModel(), q));
    const predicted = oneCard ? await preferPredictedCard(first, cards(), search) : first;
    const searched = preferNumberedQuestion(preferQuotedPassages(preferTitledCards(preferNamedCards(predicted, query, retriever), query, (t) => retriever.lexical.idf(t)), read.quoted, retriever), q, retriever);
    // Words a vendor wrote, pasted to be judged ("'we may use customer content to improve our services'. ok?"),
    // are judged against the vendor questions: the best of them leads whatever else the words resemble.
    const pasted = pastedFromVendor(q, read, retriever);
    // What is judged is the pasted wording when the ask itself names nothing ("…opts out in writing." — that's in the
    // MSA for a CV-screening tool our HR team wants. is this ok?"): the vendor question its words meet leads, not the
    // one the asker's circumstances meet.
    const judgedWording = pasted && judgesWordingAlone(read, retriever) ? await quotedVendorCard(read.quoted.filter((x) => pastedAlone(q, x)), retriever, mode, expand) : undefined;
    // With no vendor question among the passages found, the one the card model puts first, when it is one, judges the
    // words from further down the search.
    const predictedVendor = pasted && !judgedWording && !searched.some((h) => judgesVendors(h.chunk.cardId, retriever)) ? cards()[0]?.card : undefined;
    const judging = predictedVendor && judgesVendors(predictedVendor, retriever) ? await cardPassages(predictedVendor, search, VENDOR_DEPTH) : undefined;
    // The place the message names is the one asked about, whatever the thread said before ("…for our eu entity?" after
    // a UK question); a message naming none is placed by the thread.
    const placedBy = NAMES_EU.test(expandShorthand(q)) || NAMES_UK.test(q) ? q : `${thread} ${q}`;
    const found = preferAskedJurisdiction(pasted ? preferCard(preferVendorQuestions(searched, retriever), judgedWording ?? judging) : searched, placedBy);
    // A message about what a vendor said or offers, whose best card is one of the vendor questions (it has red
    // flags and a good answer to judge by), is judged against that card however it is worded.
    const analysis = JUDGEABLE.has(read.kind) && VENDOR_SIDE.test(q) && judgesVendors(found[0]?.chunk.cardId, retriever) ? { ...read, kind: 'judge' as const } : read;
    const polar = POLAR_KINDS.has(analysis.kind) ? preferPointedQuestion(found, analysis, retriever) : found;
    // The preferences above lead with a card by one cue each (a name, a title, a numbered question, a jurisdiction);
    // a card the card model is surer of than that, having read the whole message, leads after them all.
    const pointed = oneCard ? await preferPredictedCard(polar, cards(), search, CARD_MODEL_LAST) : polar;
    // A last ask that only names another thing ("…start date? dpf?"), read once: searched for, then answered.
    const renamed = namedAgain(analysis.core, coverageOf(retriever.chunks).catalogue, thread);
    const hits = analysis.kind === 'comparison' ? await withEachSide(pointed, analysis, retriever, mode, composeOptions.chunks) : await withEachPart(pointed, analysis, retriever, mode, composeOptions.chunks, renamed);
    const closestTopics = [...new Map(hits.map((h) => [h.chunk.cardId, { id: h.chunk.cardId, title: h.chunk.title }])).values()].slice(0, 3);
    if (detectInjection(q)) return unanswered(question, { reason: 'injection', confidence: 0, closestTopics });
    // The cards and their answers are in English: a question in another language is asked to be put in English.
    if (inOtherLanguage(q)) return { ...(await unanswered(question, { reason: 'language', confidence: 0, closestTopics: [] })), answer: ENGLISH_ONLY_TEXT };
    // "write a sql query joining orders and customers": a piece of work of a kind no card holds, whatever words it shares.
    if (OTHER_WORK.test(q)) return unanswered(question, { reason: 'task', confidence: 0, closestTopics });

    const coverage = coverageOf(retriever.chunks);
    // (Tuning something the cards never name, "fine-tune my golf swing", names no fine-tuning.)
    const mentionedInMessage = coverage.catalogue.mentions(withEverydayTuning(q, retriever));
    const namedInMessage = mentionedInMessage.flatMap((m) => (m.entry ? [m.entry.name] : []));
    // A message the off-topic model reads as about something other than buying AI ("landlord wants to drop the break
    // clause from our lease. normal??"), naming nothing the knowledge base holds and no word of AI at all, whatever
    // words it shares with the cards. Not a follow-up read with the question before it: that is about what the thread
    // is about.
    // A concept named by one everyday word ("best food processor for hummus?") does not keep the model from reading it.
    const namedPlainly = mentionedInMessage.some((m) => m.entry !== undefined && !(m.entry.kind === 'concept' && !/\s\S/.test(m.form.trim())));
    if (ownMessage && !speaksPlainlyOfAi(q) && !namedPlainly && readsOffTopic(q)) return unanswered(question, { reason: 'off-topic', confidence: 0, closestTopics });
    const words = retriever.wordVectors;
    // The context is not asked about, unless the question points back at what it names ("should we go with it?").
    const askedAbout = [pointsBack(analysis.core) ? analysis.context : '', analysis.qualifiers, analysis.core].filter(Boolean).join(', ');
    const wordFacts = { known: (w: string) => terms(w).some((t) => retriever.lexical.has(t)), rank: words?.rankOf ? (w: string) => words.rankOf?.(w) : undefined };
    // A question naming no model or GPU of its own asks about the one its context names with a version ("thinking 2x
    // mi300x for llama 3.1 70b. what tok/s would we get?"); a bare word or a short code there ("h2 planning") is not one.
    const subjectless = !namesSubject([analysis.qualifiers, analysis.core].join(' '), coverage.catalogue);
    // ("gemini 3.5 pro", typed with a space, is one when its first word is a model family the catalogue holds.)
    const versioned = (name: string) => VERSIONED_NAME.test(name) || (/\s\d/.test(name) && namesSubject(name.split(/\s/)[0] ?? '', coverage.catalogue));
    const inCore = findUncovered(askedAbout, coverage, wordFacts, q);
    // Asked only a price, naming nothing ("…everyone google ai ultra seats. what's the per seat price?"), it asks the
    // price of whatever its context names.
    const pricedOnly = subjectless && !inCore.length && asksPrice([analysis.qualifiers, analysis.core].join(' '));
    const fromContext = subjectless && analysis.context ? findUncovered(analysis.context, coverage, wordFacts).filter((u) => pricedOnly || versioned(u.name)) : [];
    const gaps = [...inCore, ...fromContext.filter((u) => !inCore.some((a) => a.name.includes(u.name) || u.name.includes(a.name)))];
    const uncovered = withNamedNeighbours(gaps, askedAbout, coverage.catalogue);
    // The asker's token volumes on a priced model ("10m input and 2m output tokens on gpt-5.2, nightly bill?") are
    // costed from the same data file, and so are the GPUs a target throughput needs and the EU AI Act fine cap at the
    // asker's turnover.
    // The verdicts computed from the data read the message without what the asker leaves out ("…, ignoring batch discounts").
    const kept = withoutLeftOut(q);
    // Those sums on the asker's own figures (a bill, a saving, GPU-hours, a fine, a user cap) answer what was asked
    // however the message reads as a situation: no deployment recommendation takes their place (`figured`).
    // (Not worked out for a message naming what the knowledge base lacks: that is answered before any verdict.)
    const figured = uncovered.length ? undefined : cacheVerdict(kept, namedInMessage) ?? billVerdict(kept, namedInMessage) ?? savingVerdict(kept, (text) => coverage.catalogue.names(text)) ?? batchVerdict(kept, namedInMessage) ?? utilisationVerdict(kept) ?? capacityVerdict(kept) ?? throughputVerdict(kept) ?? rentalVerdict(kept) ?? fineVerdict(kept) ?? timelineVerdict(kept) ?? userCapVerdict(kept, analysis.kind, namedInMessage);
    // The sure card's own passages (those found, else deeper in the search), composed alone, when they cover the
    // question down to `floor` and it leans on-topic; undefined when that card already leads `base`. `standing`: `base`
    // answers the question, so it keeps a lead naming more of what the message names.
    // The question's own words: names borrowed from the context help the search, not the confidence.
    const askedOwn = [analysis.qualifiers, analysis.core].filter(Boolean).join(' ');
    async function ownCardComposition(card: string | undefined, base: ReturnType<typeof compose>, floor = threshold, standing = true) {
      if (!card || base.sentences[0]?.chunk.cardId === card || !leansOnTopic(q)) return undefined;
      const mine = hits.some((h) => h.chunk.cardId === card) ? hits.filter((h) => h.chunk.cardId === card) : await cardPassages(card, search, PREDICTED_DEPTH);
      const alone = mine ? compose(analysis, mine, retriever, composeOptions) : undefined;
      const top = alone?.sentences[0];
      if (!alone || !top) return undefined;
      const covered = answerConfidence({ coverage: alone.coverage, similarity: await retriever.similarity(askedOwn, top.chunk.id) });
      // Not in place of a lead naming more of what the message names ("vendor says mistral large 3 is closed weights.
      // right?": the Mistral prices card's "Mistral Large 3 has open weights…", not the licence card's Medium 3).
      const named = new Set(coverage.catalogue.names(askedOwn));
      const namesAsked = (text: string) => new Set(coverage.catalogue.names(text).filter((n) => named.has(n))).size;
      return covered >= floor && (!standing || namesAsked(top.text) >= namesAsked(base.sentences[0]?.text ?? '')) ? alone : undefined;
    }
    // A comparison composes from the passages found for each side, and a message asking two things from those found
    // for each part, as well as from those for the whole question.
    const searchedComposition = compose(analysis, hits, retriever, analysis.kind === 'comparison' || hits !== found ? { ...composeOptions, chunks: Math.max(composeOptions.chunks, hits.length) } : composeOptions);
    // The card the card model is sure of, leading the passages, can still lose the lead sentence to another card's that
    // shares more of the message's words ("…the draft contract says the vendor will tell us about problems 'promptly'.
    // what should that clause say instead??" led with the ICO on what a contract says): its own passages answer, when
    // they cover the question as well as any answer must.
    // (Not where a sum on the asker's own figures leads: its verdict stands alone.)
    const composition = (oneCard && !uncovered.length && !figured ? await ownCardComposition(sureCard(cards(), CARD_MODEL_LAST), searchedComposition) : undefined) ?? searchedComposition;
    const lead = composition.sentences[0];
    const similarity = lead ? await retriever.similarity(askedOwn, lead.chunk.id) : 0;
    // A message using no word the knowledge base is distinctly about, and naming nothing it catalogues (`namedInMessage`:
    // "vpn keeps dropping, who do we call: the it support contract or the isp?"), is held to a higher bar.
    // The domain's words only in the scene before a question that stands on its own ("we're moving to a hybrid working
    // model, 3 days in the office — do we have to issue everyone new contracts…?") do not put the question in it.
    const ownCore = [analysis.qualifiers, analysis.core].join(' ');
    const standsAlone = analysis.context !== '' && contentWords(analysis.core).length >= 3 && !pointsBack(analysis.core);
    // The card model is very sure of a card (70%, and twice the next), and the message's words lean on-topic.
    const verySure = (card: string) => sureCard(cards(), CARD_BACKED_VERY_SURE) === card && leansOnTopic(q);
    // So does one saying in everyday words what the cards name ("their protection if we get sued over copied content"
    // is the cards' "IP indemnity"): a bridge it crosses into a concept the domain's words name.
    // So is one whose lead comes from the card the card model is very sure of, in words that lean on-topic: "they train
    // on our chats unless we untick. fine?" uses no word only the domain uses, yet both learned readings place it.
    const inDomain = namedInMessage.length > 0 || namesTheDomain(standsAlone ? ownCore : q, retriever) || (expand.length > 0 && namesTheDomain(expand.join(', '), retriever)) || (lead !== undefined && verySure(lead.chunk.cardId));
    // Nor is one whose only ties to the cards are a year or a place ("who won the final in 2024?", "weather in
    // frankfurt next week?"), outside a thread: the knowledge base has nothing to say to it.
    const placeOrFigureOnly = !inDomain && !thread && ![...composition.weights.anchors].some((t) => !/\d/.test(t) && !PLACE_TERMS.has(t));
    const confidence = placeOrFigureOnly ? 0 : answerConfidence({ coverage: composition.coverage * (inDomain ? 1 : OUT_OF_DOMAIN_SHARE), similarity });
    options.logger?.debug({ mode, confidence, coverage: composition.coverage, similarity, lead: lead?.chunk.id, kind: analysis.kind, uncovered: uncovered.length }, 'extractive answer');
    const unknown = uncovered.map((u) => u.name);
    if (uncovered.length) {
      // The closest fact must come from a card holding a covered relative ("Sonnet 4.5" for "Sonnet 4.6").
      const relatives = new Set(uncovered.flatMap((u) => u.cards));
      const near = hits.filter((h) => relatives.has(h.chunk.cardId));
      const closest = near.length ? compose(analysis, near, retriever, composeOptions) : undefined;
      return notCovered(question, analysis, uncovered, closest, confidence, closestTopics);
    }
    // The asker's own spend settles the crossover question better than any card's general verdict, and it is
    // grounded in the data file whatever the rest of the message says ("we're a 30 person fintech in lisbon…").
    // So do the prices in the data file when the question sets two priced models side by side ("how much cheaper is
    // haiku 4.5 than opus 4.6?") or asks for the cheapest of several.
    // The models may be named in the context when the question points back at them ("we're on gemini 2.5 pro,
    // thinking of 3.1 pro - how much more is that?").
    const priced = coverage.catalogue.names(askedText(analysis));
    // "what replaced it, same price?" asks for the successor first: the price of the one it names is not the answer.
    // A plan to build on a model its maker no longer sells is told so first, unless a card's own verdict says no to
    // it in its words ("No: Google shut down Gemini 3 Pro Preview on 9 March 2026…").
    const retired = figured ? undefined : retiredVerdict(kept, analysis.kind, priced);
    const carded = retired && lead ? findVerdict(analysis, hits, retriever, composition.weights, ownMessage) : undefined;
    const computed = figured ?? crossoverVerdict(kept, analysis) ?? (carded?.text.startsWith('No') ? undefined : retired) ?? (SUCCESSOR_ASKED.test(q) ? undefined : priceVerdict(kept, analysis, priced.length >= 2 || !analysis.context ? priced : coverage.catalogue.names(`${analysis.context}, ${askedText(analysis)}`), thread) ) ?? numberedQuestionVerdict(kept, analysis, retriever) ?? wholeSetVerdict(kept, analysis, lead, retriever);
    // A card verdict settling what a yes/no or should-we asks answers it however much of the asker's situation no
    // sentence covers ("hr keeps pasting disciplinary notes into personal chatgpt accounts… should i let them?"), in a
    // message about the domain: the verdict question matched most of the core, which is what answerability is about.
    // (Read already when a retired model's verdict was weighed against it.)
    const cardVerdict = lead && !computed ? (retired ? carded : findVerdict(analysis, hits, retriever, composition.weights, ownMessage)) : undefined;
    const settled = computed ?? (cardVerdict && inDomain ? cardVerdict : undefined);
    // A vendor's pasted wording judged by the red flag it meets ("\"Provider may use Customer Inputs to improve its
    // models unless Customer opts out…\" is this ok?") is answered by that verdict however few of the vendor's words
    // the cards use: the red flag is what the message describes.
    const judgedFlag = !settled && pasted && inDomain && leadWithRedFlagVerdict(q, analysis.quoted, composition.answer, composition.citations, expand).answer !== composition.answer;
    // A lead from the very card the card model is sure the message asks about, in a message about the domain, is
    // answered a little below the threshold: the model has read how people ask for that card, in words no sentence
    // of it may use ("what jobs land on our plate if we run it ourselves?").
    // The surer the model, the further below: a card it gives 70% leads answers down to half the threshold, in a
    // message whose words lean on-topic; one domain word is not enough ("any tips to fine-tune my golf swing?").
    // (Read only for a lead under the threshold, or for a message naming nothing of the domain by its words: the card
    // model and the off-topic model are not asked of every answer.)
    // A vendor's price list backs no answer to a law-framed message asking no price (`pricedOnlyIfAsked`).
    const backed = lead !== undefined && inDomain && confidence < threshold && sureCard(pricedOnlyIfAsked(cards(), q, coverage.catalogue), CARD_BACKED_SURE) === lead.chunk.cardId && confidence >= threshold * (verySure(lead.chunk.cardId) ? CARD_BACKED_VERY_SURE_SHARE : CARD_BACKED_SHARE);
    if (lead && confidence < threshold && !settled && !judgedFlag) {
      // No sentence covers the question, but the best card as a whole covers its subject: its summary, written as
      // the direct answer to the card's question, answers it ("what should be on the agenda when we re-check our
      // llm setup every few months?" -> the quarterly review).
      const card = hits[0]?.chunk.cardId;
      const summary = card ? retriever.chunk(`${card}#summary`) : undefined;
      if (summary && hits[0] && inDomain && (namedInMessage.length > 0 || speaksOfAi(q)) && coversSubject(composition.weights, card ?? '', retriever)) {
        const fallback = compose(analysis, [{ ...hits[0], chunk: summary }], retriever, composeOptions);
        if (fallback.sentences.length) return { answered: true, answer: fallback.answer, citations: fallback.citations, confidence: threshold, mode: 'extractive', unknown };
      }
    }
    if (!lead || (confidence < threshold && !settled && !backed && !judgedFlag)) {
      // The card the card model is very sure of, in words that lean on-topic, whose passages were found but gave
      // no lead ("what do we ask about how fast they tell us if something goes wrong": a sentence on what a
      // self-hosting firm must run covered more of its words), answers from its own passages when they cover the
      // question as well as a very sure card's lead must.
      const own = lead && !uncovered.length ? await ownCardComposition(sureCard(cards(), CARD_BACKED_VERY_SURE), composition, threshold * CARD_BACKED_VERY_SURE_SHARE, false) : undefined;
      if (own) return { answered: true, answer: own.answer, citations: own.citations, confidence: threshold, mode: 'extractive', unknown };
      // The card the model put first gave nothing answerable: the passages in the search's own order get a second try.
      if (predicted !== first) return answerWithMode(question, mode, thread, false, ownMessage);
      return unanswered(question, { reason: 'low-confidence', confidence, closestTopics });
    }
    // Failing a card's verdict, a lead that plainly says yes to all the question asks is introduced as the yes.
    const settles = computed ?? cardVerdict ?? affirmation(analysis, composition, coverage.catalogue) ?? claimedFigureVerdict(analysis.core, composition, coverage.catalogue);
    // A claim's figure that the verdict contradicts ("3 months" against "at least six months") turns its yes to a no.
    // A card's yes or no to a message weighing two courses ("send them the csa questionnaire or write our own?", "lean
    // on a vendor to filter outputs or build that ourselves?") says yes or no to the card's question, not to either
    // course: the call word goes, what it stands on stays ("Alongside independent evidence: a completed CSA AI-CAIQ…").
    const called = settles && withClaimedFigures(analysis.core, settles);
    const weighed = called && cardVerdict && settles === cardVerdict && !cardVerdict.choice && weighsTwoCourses(q) ? withoutCall(called) : called;
    // A bare yes or no to a tag question says what it agrees to: "falcon 180b's apache too, isn't it" -> "No, it isn't: …".
    const verdict = weighed && withTagEcho(weighed, q);
    // A sentence saying again what the verdict says, in other forms of its names, does not follow it.
    const retold = verdict && restatesVerdict(verdict.text, coverage.catalogue);
    // After a sum from the asker's figures, a price list of models the message never names is padding ("Gemini 3 Flash
    // costs $0.50 and $3, Gemini 2.5 Flash $0.30 and $2.50, and…" after a Gemini 2.5 Flash bill).
    // Not when the message looks for something cheaper or sets its spend against another option ("how do we cut it",
    // "vs just using an api"): other models' prices are then on the point.
    const otherPrices = (sentence: string) => verdict !== undefined && settles === computed && !LOOKS_ELSEWHERE.test(q.replace(SCOPED_CHEAPEST, ' ')) && listsOtherPrices(sentence, namedInMessage, coverage.catalogue);
    const verdictLed = verdict && retold ? withVerdict(verdict, { ...composition, aside: (sentence) => composition.aside(sentence) || retold(sentence) || otherPrices(sentence) }) : composition;
    const supported = verdict && settles === cardVerdict ? withVerdictSupport(analysis, verdict, verdictLed, hits, retriever, composeOptions) : verdictLed;
    const composed = withSecondAsk(analysis, supported, composition, hits, retriever, composeOptions, verdict?.text, thread, renamed);
    // With no verdict to lead, "…red flag?" asked of the red flag the message describes opens with "Yes".
    const { answer, citations } = verdict ? composed : leadWithRedFlagVerdict(q, analysis.quoted, composed.answer, composed.citations, expand);
    return { answered: true, answer, citations, confidence: settled || backed || judgedFlag ? Math.max(confidence, threshold) : confidence, mode: 'extractive', unknown, ...(verdict ? { verdict: verdict.text } : {}), ...(figured && verdict ? { figured: true as const } : {}), ...(verdict && settles === cardVerdict && cardVerdict?.choice ? { chosen: true as const } : {}) };
  }

  /**
   * The question names something the knowledge base does not hold: say so first, then offer the closest fact,
   * labelled as the closest, when one is grounded enough to be useful.
   */
  const notCovered = async (question: string, analysis: QuestionAnalysis, uncovered: Uncovered[], composition: ReturnType<typeof compose> | undefined, confidence: number, closestTopics: UnansweredInfo['closestTopics']): Promise<AnswerResult> => {
    const names = uncovered.map((u) => u.name);
    const what = analysis.kind === 'price' && !uncovered.some((u) => u.property) ? 'no price for' : 'nothing on';
    const opening = `The knowledge base has ${what} ${joinNames(names)}.`;
    const unknown = names;
    // Only a covered relative of the thing asked about ("Claude Sonnet 4.5" for "Sonnet 4.6"), or a covered thing the
    // question names beside it ("on Lambda" for "H200", `withNamedNeighbours`), is worth offering: for "Phi-4" alone
    // any fact would be beside the point.
    const closest = [...new Set(uncovered.flatMap((u) => u.closest))].slice(0, 2);
    // A relative of the same family is worth offering on a partial match; a thing merely named beside the gap only
    // when the rest of the question is answered as well as any question must be.
    const floor = uncovered.some((u) => u.beside) ? threshold : threshold * RELATIVE_SHARE;
    // A price asked for is answered by a closest fact with a price in it, not by whatever else is known of a neighbour
    // ("amazon nova pro on bedrock, $/mtok?" is not answered with where Bedrock keeps data).
    const priceless = asksPrice(askedText(analysis) || question) && !MONEY.test(composition?.answer ?? '');
    if (!closest.length || !composition?.sentences.length || confidence < floor || priceless) {
      const result = await unanswered(question, { reason: 'not-covered', confidence: Math.min(confidence, threshold / 2), closestTopics });
      return { ...result, answer: opening, unknown };
    }
    const label = `The closest it holds, for ${joinNames(closest)}:`;
    return { answered: true, answer: `${opening} ${label} ${composition.answer}`, citations: composition.citations, confidence: Math.min(confidence, threshold), mode: 'extractive', unknown };
  };

  return {
    answer: async (request: AnswerRequest) => {
      const question = searchQuery(request, coverageOf((await getRetriever()).chunks).catalogue);
      const asTyped = question === request.question.trim();
      const result = await answerWithMode(question, options.mode ?? 'fused', (request.history ?? []).flatMap((h) => (h.role === 'user' ? [h.text] : [])).join(' '), true, asTyped);
      // A follow-up read with the question before it is not answered with what the bot said to that question.
      const catalogue = coverageOf((await getRetriever()).chunks).catalogue;
      return laidOut(withoutRetold(asTyped ? result : leadWithOwnAsk(withoutRepeats(result, request.history), request.question.trim(), question), catalogue), request.question);
    },
    answerWithMode,
    retrieve: async (question, k = 5, mode = options.mode ?? 'fused') => {
      const retriever = await getRetriever();
      const q = retriever.spelling.correct(question);
      // The passages a model is given lead with the card the card model is sure of, as the extractive answer's do.
      return retrievePassages(retriever, q, k, mode, oneCardQuestion(analyseQuestion(q), retriever) ? (hits, search) => preferPredictedCard(hits, predictCards(cardModel(), q), search) : undefined);
    },
  };
}

/** An ask for what took something's place: "what replaced it", "its successor", "what superseded gemini 3 pro preview". */
const SUCCESSOR_ASKED = /\bwhat (?:has |have )?(?:replaced|replaces|succeeded|superseded|took (?:its|their) place)\b|\b(?:replacement|successor)s?\b/i;

/** Kinds of named thing that can stand as the closest a question holds when a thing it names is not covered. */
const NEIGHBOUR_KINDS: ReadonlySet<string> = new Set(['model', 'family', 'gpu', 'vendor', 'product', 'standard', 'licence', 'law']);

/**
 * A gap with no covered relative of its own ("H200", "Fireworks", "Jira") takes as its closest the covered things the
 * question names beside it ("on lambda", "for llama 4 maverick", "vs an h100"): the answer then says what is not
 * covered and offers what the question also asked about, labelled as the closest. A thing inside the gap's own name
 * ("AI Act" in "Colorado AI Act", "GDPR" in "GDPR Article 22") is not beside it.
 */
function withNamedNeighbours(gaps: Uncovered[], asked: string, catalogue: Catalogue): Uncovered[] {
  if (!gaps.some((u) => !u.closest.length)) return gaps;
  const inGap = (form: string) => gaps.some((u) => normalizeName(u.name).includes(form.trim()));
  // A vendor sells many things: beside it, only a product typed with its version ("an h200 on lambda") is a thing of
  // the kind it prices, not "our aws s3 storage bill".
  const productGap = gaps.some((u) => VERSIONED_NAME.test(u.name));
  const beside = (kind: string) => NEIGHBOUR_KINDS.has(kind) && (kind !== 'vendor' || productGap);
  const named = catalogue.mentions(asked).flatMap((m) => (m.entry && beside(m.entry.kind) && !inGap(m.form) ? [m.entry] : []));
  const neighbours = [...new Map(named.map((e) => [e.name, e])).values()];
  if (!neighbours.length) return gaps;
  return gaps.map((u) => (u.closest.length ? u : { ...u, closest: neighbours.map((e) => e.name), cards: [...new Set(neighbours.flatMap((e) => e.cards))], beside: true }));
}

/**
 * A message ending on two courses, the second a thing to do of its own: "…or write our own 200-question sheet?",
 * "…or build that ourselves?", "…or can we drop them?". Not "…or not?", which asks yes or no, nor "…, or is that a
 * licence problem?", the same yes or no put the other way.
 */
const TWO_COURSES = /\bor\s+(?:(?:do|should|shall|can|could|would|will|must)\s+(?:we|i)\b|(?:we|i)\s+(?:should|just|can|could|need)\b|just\s+[a-z]+\b|(?:write|build|use|go|keep|drop|stick|pay|buy|host|run|switch|move|wait|do|make|send|lean|roll)\b)[^?]*\?*\s*$/i;
/**
 * The last sentence weighs two courses. Not a second course asked after a question of its own ("…so we're fine,
 * right? or should we host something ourselves"): the yes or no answers that question.
 */
const weighsTwoCourses = (message: string) => {
  const last = lastSentence(message.trim());
  return TWO_COURSES.test(last) && !/^\s*or\b/i.test(last);
};
/** A verdict's yes or no opening it ("Yes, as a fallback: …", "No: buy …"), and the text without it. */
const CALL_WORD = /^(?:Yes|No)(?:,\s*|:\s*)/;
function withoutCall(verdict: Verdict): Verdict {
  const rest = verdict.text.replace(CALL_WORD, '');
  return rest === verdict.text || !rest ? verdict : { ...verdict, text: rest.charAt(0).toUpperCase() + rest.slice(1) };
}

/** A bare call word opening a verdict: "Yes: …", "No: …" (not "Yes, on conditions: …"). */
const BARE_CALL = /^(Yes|No):\s*/;
/** The verdict with its bare yes or no echoing the message's tag question ("…, isn't it?" -> "No, it isn't: …"). */
function withTagEcho(verdict: Verdict, message: string): Verdict {
  const call = BARE_CALL.exec(verdict.text);
  const tag = call ? tagQuestion(message) : undefined;
  if (!call || !tag) return verdict;
  return { ...verdict, text: `${call[1]}, ${tag.subject} ${call[1] === 'Yes' ? tag.auxiliary : tag.negated}: ${verdict.text.slice(call[0].length)}` };
}

/** A later ask of a two-part message ("…and why does our dpo want one?") whose subject is a pronoun for the first's. */
const SECOND_ASK = /^(.{6,}?)\s+(?:and|&|also|plus)\s+((?:why|when|where|how|what|which|who|is|are|does|do|did|can|could|should|would|will)\b.{6,})$/i;
const STANDS_IN = /\b(one|it|they|them|that|this|those|these)\b/i;
/**
 * A course of action a first yes or no asks about, the subject a later "it" stands for: "does hosting our own model pay
 * off yet, and how long would it take…" -> "hosting our own model".
 */
const GERUND_SUBJECT = /^(?:(?:so|and|ok)\s+)?(?:does|do|did|is|was|would|will|can|could|should)\s+([a-z]+ing\b(?:\s+[\w'-]+){0,4}?)\s+(?:pay|pays|make|makes|work|works|cost|costs|save|saves|need|needs|require|requires|take|takes|beat|beats|help|helps|add|adds|break|breaks|still|actually|really|even|ever)\b/i;
/** The most words a later ask leaning on the first may have to be read as elliptical ("the serverless one"). */
const ELLIPTICAL_WORDS = 5;
/** Two questions in one message, each with its own question mark: "quarterly review checklist? and why quarterly?". */
const ASK_OPENING = /^\s*(?:(?:and|also|plus|&)\s+)?/i;
const ASK_WORDS = 2;

/** The first ask of a two-part message and the later one; `asked` when each carried its own question mark. */
function laterAsk(core: string): { first: string; second: string; asked: boolean; tail?: true } | undefined {
  // Read up to the last question mark: past it every start would scan to the end for one (slow on a long message).
  const pieces = (core.slice(0, core.lastIndexOf('?') + 1).match(/[^?]+\?+/g) ?? []).map((p) => p.replace(ASK_OPENING, '').replace(/[?!.\s]+$/, '').trim()).filter((p) => p.split(/\s+/).length >= ASK_WORDS);
  if (pieces.length >= 2) return { first: pieces[0] ?? '', second: pieces.slice(1).join('? '), asked: true };
  const tail = TRAILING_ASK.exec(core.trim());
  if (tail) return { first: tail[1] ?? '', second: tail[2] ?? '', asked: false, tail: true };
  const parts = SECOND_ASK.exec(core.replace(/[?!.\s]+$/, ''));
  return parts ? { first: parts[1] ?? '', second: parts[2] ?? '', asked: false } : undefined;
}

/** A last ask naming only another thing, as the ask before it asked of that thing, and the cards to answer it from. */
type Renamed = { ask: string; cards: ReadonlySet<string> };

/**
 * The ask before a message's last, asked of the thing the last one only names ("uk data bridge start date? dpf?" ->
 * "dpf start date"); undefined unless each ends with its own question mark and the last names nothing else.
 */
function namedAgain(core: string, catalogue: Pick<Catalogue, 'mentions'>, thread: string): Renamed | undefined {
  const pieces = (core.slice(0, core.lastIndexOf('?') + 1).match(/[^?]+\?+/g) ?? []).map((p) => p.replace(/[?!.\s]+$/, '').trim()).filter(Boolean);
  const [earlier, last] = pieces.slice(-2);
  // Not the thread's earlier question read with a follow-up ("when was the nist ai rmf released? and the genai
  // profile?"): the follow-up was asked of it already.
  const ask = pieces.length >= 2 && earlier && last && !wordsOf(thread).includes(wordsOf(earlier)) ? earlierAskOf(last, earlier, catalogue) : undefined;
  if (!ask || !earlier || !last) return undefined;
  // Answered from the cards holding what the last ask names and not what the earlier one did ("…start date? dpf?" is
  // not answered again by the data bridge's card, which names the DPF too), failing those from any holding it.
  const cardsOf = (text: string) => new Set(catalogue.mentions(text).flatMap((m) => m.entry?.cards ?? []));
  const before = cardsOf(earlier);
  const named = cardsOf(last);
  const own = [...named].filter((c) => !before.has(c));
  return { ask, cards: new Set(own.length ? own : named) };
}

/** An elliptical ask after a comma that leans on the question before it: "how long do they keep prompts, any exceptions?". */
const TRAILING_ASK = /^(\S.{11,}?)\s*[,;–—-]\s*((?:and\s+|but\s+)?(?:any|what about|how about)\s+[^,;?]{3,40})\?$/i;

/** An ask for what a term said before it means: "what does the term actually mean", "what does that word mean". */
const THE_TERM = /\bwhat (?:does|do) (?:the|that|this) (?:term|word|phrase|label|buzzword|acronym|expression) (?:\w+ )?mean\b/i;

/** An ask that is only "what is that?", "what even is one?", "wtf is it exactly?". */
const ONLY_WHAT_IS = /^\s*(?:(?:so|and|ok|okay|but|sorry)[,\s]+)?(?:what|wat|wtf|wth)\s+(?:even\s+|exactly\s+|actually\s+|really\s+)?(?:is|are|'s|s)\s+(?:that|this|it|one|an? one|those|these|they)(?:\s+(?:exactly|even|actually|again|then))?\s*[?!.]*\s*$/i;

/**
 * "dpo keeps saying 'we need a dpia before this goes live'. what is that?": a question about the meaning of something
 * a quotation says asks what the one thing the quotation names from the catalogue is, as "legal keeps saying 'dpia' -
 * what is that?" does. A quotation naming none, or several, leaves the question as it was. Unquoted, a message whose
 * ask is only "what is that?" asks about the one thing it names before the ask.
 */
function quotedReferent(message: string, analysis: QuestionAnalysis, catalogue: Catalogue): QuestionAnalysis {
  // "a client asked whether we rely on 'foundation models'. what does the term actually mean, and…?": the term is the
  // one thing named before the ask, which is asked as by its name.
  const term = THE_TERM.exec(message);
  if (term && analysis.kind !== 'definition') {
    const named = [...new Set(catalogue.mentions(message.slice(0, term.index)).flatMap((m) => (m.entry ? [m.entry.name] : [])))];
    if (named.length === 1) return analyseQuestion(`${message.slice(0, term.index)}what does ${named[0]} mean${message.slice(term.index + term[0].length)}`);
  }
  if (analysis.kind === 'definition' || !asksWhatItMeans(analysis.asking ?? analysis.core)) return analysis;
  // Unquoted, the one thing the message names before the ask is what it asks about: "our dpo says we need a DPIA
  // before the chatbot goes live. what even is one?" asks what a DPIA is.
  if (!analysis.quoted.length && analysis.asking && ONLY_WHAT_IS.test(analysis.asking)) {
    const told = message.slice(0, Math.max(0, message.lastIndexOf(analysis.asking.replace(/\?+$/, '').trim().split(/\s+/)[0] ?? '')));
    const named = [...new Set(catalogue.mentions(told).flatMap((m) => (m.entry ? [m.entry.name] : [])))];
    return named.length === 1 ? { ...analyseQuestion(`what is ${named[0]}?`), context: told.trim() } : analysis;
  }
  if (analysis.quoted.length !== 1) return analysis;
  const quote = analysis.quoted[0] ?? '';
  const named = [...new Map(catalogue.mentions(quote).flatMap((m) => (m.entry ? [[m.entry.name, m.text] as const] : []))).values()];
  const only = named.length === 1 ? named[0] : undefined;
  return only && message.includes(quote) ? analyseQuestion(message.replace(quote, only)) : analysis;
}

/**
 * A question reported in the context ("dpo asking me what a TRA actually is", "the cfo wants to know what a DPIA
 * means"), naming one thing the catalogue holds.
 */
const REPORTED_WHAT = /\b(?:ask(?:s|ed|ing)?|wants? to know|want(?:s|ed)? to understand|wondering|wonders|explain(?:s|ed|ing)?(?: to \w+)?|tell(?:s|ing)?)\s+(?:(?:me|us|him|her|them|everyone|the team)\s+)?what\s+((?:an?\s+|the\s+)?[\w/.-]+(?:\s+[\w/.-]+){0,3}?)\s+(?:actually\s+|really\s+|even\s+|exactly\s+)?(?:is|are|means?)\b/i;
/** "one", "it", "that": a pronoun for the thing the reported question asked about. */
const FOR_THE_THING = /\b(one|it|that)\b/i;

/**
 * A context reporting someone's question about one catalogued thing, then a question leaning on it with a pronoun and
 * not naming it ("dpo asking me what a TRA actually is … what goes into one, and do we need one per
 * vendor?"), asks both: what the thing is, then the question, its pronoun read as the thing.
 */
function indirectDefinition(analysis: QuestionAnalysis, catalogue: Catalogue): QuestionAnalysis {
  // The report sits in the context, or in the core before the clause that asks ("legal asked me what a TRA is. what
  // goes into one?" is read whole, asking "what goes into one?").
  const at = analysis.asking ? analysis.core.lastIndexOf(analysis.asking) : -1;
  const leaning = at > 0 ? (analysis.asking ?? '') : analysis.core;
  const told = `${analysis.context} ${at > 0 ? analysis.core.slice(0, at) : ''}`.trim();
  const reported = REPORTED_WHAT.exec(told);
  if (!reported || analysis.kind === 'definition' || !FOR_THE_THING.test(leaning)) return analysis;
  const named = [...new Map(catalogue.mentions(reported[1] ?? '').flatMap((m) => (m.entry ? [[m.entry.name, m.text] as const] : []))).entries()];
  // The question leaning on it names it no more ("…under the idta - what's in one?" names another thing).
  if (named.length !== 1 || catalogue.names(leaning).includes(named[0]![0])) return analysis;
  const thing = named[0]![1];
  return { ...analyseQuestion(`what is ${thing}? ${leaning}`), context: told };
}

/** How much of its own question the later ask's best sentence must cover to join the answer. */
const SECOND_COVERAGE = 0.45;
/**
 * ...and the first ask's, when nothing else marks it out as an ask of its own (a definition, a short ask leaning on
 * it): a first ask that is only the message's opening ("we've decided against openai… does the checklist still apply")
 * finds a sentence of its own only by chance.
 */
const FIRST_COVERAGE = 0.75;

/**
 * A message asking two things about one subject ("whats a TRA and why does our dpo want one?"): the second ask, its
 * pronoun read as the first ask's subject, gets its own best sentence when the answer lacks it.
 */
function withSecondAsk(analysis: QuestionAnalysis, answered: { answer: string; citations: Citation[] }, composition: Composition, hits: RetrievedChunk[], retriever: Retriever, options: ComposeOptions, verdict: string | undefined, thread = '', renamed?: Renamed): { answer: string; citations: Citation[] } {
  // "what does openai charge for gpt-5.2, any batch discount?" may be read as the tail asking after a context that
  // is itself the first ask: the two are read together again.
  const together = `${analysis.context} ${analysis.core}`;
  // A last ask that only names another thing ("…start date? dpf?") is the ask before it, asked of that thing.
  // (Unless that adds nothing: "can google restrict gemma 3 remotely? gemma 4?" is then answered as two asks.)
  const withRenamed = renamed && withOwnSentence(analyseQuestion(renamed.ask), answered, composition, hits.filter((h) => renamed.cards.has(h.chunk.cardId)), retriever, options, 'after', verdict);
  if (withRenamed && withRenamed !== answered) return withRenamed;
  const parts = laterAsk(analysis.context && /[,;–—-]\s*$/.test(analysis.context) && TRAILING_ASK.test(together) ? together : analysis.core);
  if (!parts) return answered;
  // The whole message's best sentence answers the elliptical tail ("any exceptions?"); the ask before it gets its
  // own, first unless a verdict leads.
  if (parts.tail) return withOwnSentence(analyseQuestion(`${parts.first}?`), answered, composition, hits, retriever, options, verdict ? 'after' : 'before', verdict);
  const { first, second } = parts;
  // The first ask's subject, or, when it has none ("what's that per month, and is it…"), the last thing the context
  // before the asks names.
  const catalogue = coverageOf(retriever.chunks).catalogue;
  const subject = definitionSubject(first) ?? GERUND_SUBJECT.exec(lastSentence(first))?.[1] ?? catalogue.mentions(first).find((m) => m.entry)?.text ?? catalogue.mentions(analysis.context).filter((m) => m.entry).at(-1)?.text;
  // A pronoun standing for the first ask's subject is read as it; a later question without one asks on its own.
  const leans = STANDS_IN.test(second);
  // Two questions each with its question mark, the later a few words leaning on the first ("runpod h100 hourly? and
  // the serverless one?"): the whole message's best sentence may answer only the later one, so the first gets its own.
  // So does a definition asked first that the later ask leans on ("what is a TRA? what goes into one?", "what is a
  // transfer risk assessment, and when does the ICO expect one?"), which the later ask's sentences may not give.
  // A definition asked first in this message gets its sentence whether or not the later ask leans on it ("nist ai
  // 600-1, what is it and why would procurement care": the later ask's sentences name the subject without saying what
  // it is); not the thread's earlier question read with a follow-up.
  const defined = definitionSubject(first) !== undefined;
  const earlier = wordsOf(thread).includes(wordsOf(first));
  const shaped = (leans && ((parts.asked && second.split(/\s+/).length <= ELLIPTICAL_WORDS) || defined)) || (defined && !earlier);
  // Any other first ask ("how long does anthropic keep what we send? any exceptions?", "what even is a foundation
  // model, and does using one over the api make us a provider?") gets its own sentence too, first, when the answer
  // leaves some of its words unsaid and a sentence covers most of it. Not when it is the thread's earlier question, read
  // with a follow-up ("…? And the Data (Use and Access) Act?"): the follow-up leads then.
  const said = new Set(terms(`${answered.answer} ${verdict ?? ''}`));
  const unsaid = terms(contentWords(first).join(' ')).some((t) => !said.has(t));
  const wide = !shaped && unsaid && !earlier;
  const withFirst = shaped || wide ? withOwnSentence(analyseQuestion(`${first}?`), answered, composition, hits, retriever, options, verdict ? 'after' : 'before', verdict, wide ? FIRST_COVERAGE : SECOND_COVERAGE) : answered;
  if (leans && !subject) return withFirst;
  // A later question run on without its own question mark ("…per mtok and does anthropic train on api data?") is
  // answered when a sentence covers most of it, as a first ask left unsaid is.
  const floor = leans || parts.asked ? SECOND_COVERAGE : FIRST_COVERAGE;
  // Nor is one the answer already speaks to in all its words ("…how much off for batch, and what do cached reads cost
  // vs normal input?" after "cache reads at a tenth of the input price, and … batch processing halves the price").
  const saidNow = new Set(terms(`${withFirst.answer} ${verdict ?? ''}`));
  // (Unless it asks a kind of fact the answer lacks: "…, and how many domains?" after a sentence naming the domains.)
  const cue = answerCue(second);
  // "…? nano still around?" after a GPT-5 mini price asks of GPT-5 nano.
  const secondAsk = analyseQuestion(`${leans && subject ? second.replace(STANDS_IN, subject) : parts.asked ? withSiblingNamed(second, first, catalogue) : second}?`);
  const settled = withSecondVerdict(secondAsk, analysis, withFirst, hits, retriever, verdict);
  if (settled) return settled;
  if (!leans && !parts.asked && terms(contentWords(second).join(' ')).every((t) => saidNow.has(t)) && (!cue || cue(withFirst.answer))) return withFirst;
  return withOwnSentence(secondAsk, withFirst, composition, hits, retriever, options, 'after', verdict, floor);
}

/** Amounts of money a sentence must state to be a price list. */
const PRICE_LIST_AMOUNTS = 2;

/** A message looking for something cheaper, or weighing its spend against another option. */
const LOOKS_ELSEWHERE = /\b(?:cheaper|cheapest|cut|cuts|cutting|save|saves|saving|savings|reduce|lower|alternatives?|instead|vs\.?|versus|compared?|against|other|options?|switch\w*|move|moving)\b/i;
/**
 * The cheapest of a scope the message names ("cheapest claude model", "cheapest openai option"): the computed pick
 * answers it, so it looks nowhere else.
 */
const SCOPED_CHEAPEST = /\b(?:cheapest|cheepest|least expensive)\s+(?:[\w.-]+\s+){1,3}?(?:models?|options?|ones?|tiers?|variants?|versions?)\b/gi;
/** Per-token prices side by side: "$0.50 and $3", "per million tokens". */
const TOKEN_PRICES = /\$\d[\d.,]*\s+and\s+\$\d|\bper million\b/i;

/** A sentence giving per-token prices ("… costs $0.50 and $3, … $0.30 and $2.50…") mostly of models the message does not name. */
function listsOtherPrices(sentence: string, named: readonly string[], catalogue: Pick<Catalogue, 'mentions'>): boolean {
  if ((sentence.match(/[$£€]\s?\d/g) ?? []).length < PRICE_LIST_AMOUNTS || !TOKEN_PRICES.test(sentence)) return false;
  const models = [...new Set(catalogue.mentions(sentence).flatMap((m) => (m.entry && MODEL_KINDS.has(m.entry.kind) ? [m.entry.name] : [])))];
  const unnamed = models.filter((m) => !named.includes(m));
  return unnamed.length > models.length - unnamed.length;
}

/** Kinds of catalogue entry a verdict for a later ask must not name unless the message does: another model's "Yes". */
const MAKERS_AND_MODELS: ReadonlySet<string> = new Set([...MODEL_KINDS, 'vendor']);

/**
 * A later yes or no of a two-part message that a card verdict settles ("…does any data go back to china, and is
 * commercial use even allowed?"), read with the rest of the message as its context ("deepseek-r1 self-hosted…"), when
 * the answer gives much the same of another model than the message names ("…DeepSeek-V3 … allows commercial use…"):
 * the verdict takes that sentence's place, after the answer. Only a verdict naming no model or vendor the message
 * leaves unnamed. (Appended wherever the answer lacks it, a later ask's verdict was too often the wrong call: a "No"
 * to "should we bother with two setups?".)
 */
function withSecondVerdict(asked: QuestionAnalysis, whole: QuestionAnalysis, answered: { answer: string; citations: Citation[] }, hits: RetrievedChunk[], retriever: Retriever, verdict: string | undefined): { answer: string; citations: Citation[] } | undefined {
  if (!asksForCall(asked.kind)) return undefined;
  const message = `${whole.context} ${whole.core}`;
  const found = findVerdict({ ...asked, context: message.replace(asked.core.replace(/\?+$/, ''), ' ').trim() }, hits, retriever, undefined, false);
  if (!found) return undefined;
  const catalogue = coverageOf(retriever.chunks).catalogue;
  const named = new Set(catalogue.names(message));
  const elsewhere = (text: string, kinds = MAKERS_AND_MODELS) => catalogue.mentions(text).some((m) => m.entry && kinds.has(m.entry.kind) && !named.has(m.entry.name));
  if (elsewhere(found.text)) return undefined;
  const restates = (t: string) => t === found.text || nearDuplicate(t, found.text, RESTATES);
  if (verdict !== undefined && restates(verdict)) return undefined;
  // An answer saying it already is not told it again; a sentence saying much the same of another model than the
  // message names ("…DeepSeek-V3 … allows commercial use…" for DeepSeek-R1) gives way to the verdict.
  const retelling = citedSentences(answered.answer).filter((p) => p.sentence !== verdict && restates(p.sentence));
  // (A model, not its maker: "…instead of Mistral's API" is still said of Mistral Large 3.)
  if (!retelling.length || retelling.some((p) => !elsewhere(p.sentence, MODEL_KINDS))) return undefined;
  const rest = keepSentences({ text: answered.answer, citations: answered.citations }, (sentence) => !retelling.some((p) => p.sentence === sentence));
  const added = withSentenceAfter({ answer: rest.text, citations: rest.citations }, found.text, { n: 1, id: found.cardId, title: found.title, url: found.url, snippet: found.text });
  return { ...added, answer: added.answer.trim() };
}

/**
 * A card's verdict standing alone, every sentence the search chose only restating it, is backed by the best sentence
 * of its own card that says something it does not and names something the question asks that the verdict leaves out
 * ("thinking mistral medium 3 but we may need to self host in a year. bad idea?": "No: Mistral Medium 3 has closed
 * weights…" then that Mistral Large 3 has open weights). A sentence on another subject of the card is not added.
 */
function withVerdictSupport(analysis: QuestionAnalysis, verdict: Verdict, answered: { answer: string; citations: Citation[] }, hits: RetrievedChunk[], retriever: Retriever, options: ComposeOptions): { answer: string; citations: Citation[] } {
  if (citedSentences(answered.answer).length > 1) return answered;
  const own = hits.filter((h) => h.chunk.cardId === verdict.cardId);
  if (!own.length) return answered;
  const composed = compose(analysis, own, retriever, options);
  const said = new Set(terms(verdict.text));
  const unsaid = terms(contentWords(analysis.core).join(' ')).filter((t) => !said.has(t));
  const addsAsked = (sentence: string) => {
    const has = new Set(terms(sentence));
    return unsaid.some((t) => has.has(t));
  };
  const shown = citedSentences(composed.answer);
  const at = shown.findIndex((p) => !nearDuplicate(p.sentence, verdict.text, RESTATES) && !nearDuplicate(verdict.text, p.sentence, RESTATES) && addsAsked(p.sentence));
  const cited = at < 0 ? undefined : composed.citations.find((c) => `[${c.n}]` === shown[at]?.marker);
  return cited ? withSentenceAfter(answered, shown[at]!.sentence, cited) : answered;
}

/** The answer with one more sentence after it, cited to `cited`, its marker numbered on from the answer's. */
function withSentenceAfter(answered: { answer: string; citations: Citation[] }, sentence: string, cited: Citation): { answer: string; citations: Citation[] } {
  const added = appendCited(answered.citations, { text: `${sentence} [1]`, citations: [{ ...cited, n: 1 }] });
  return { answer: `${answered.answer} ${added.text}`, citations: added.citations };
}

/**
 * One ask of a two-part message gets its own best sentence, before or after the answer, when the answer lacks it.
 * @param floor how much of the ask that sentence's composition must cover.
 */
function withOwnSentence(asked: QuestionAnalysis, answered: { answer: string; citations: Citation[] }, composition: Composition, hits: RetrievedChunk[], retriever: Retriever, options: ComposeOptions, where: 'before' | 'after', verdict?: string, floor = SECOND_COVERAGE): { answer: string; citations: Citation[] } {
  const own = compose(asked, hits, retriever, options);
  const lead = own.sentences[0];
  if (floor > SECOND_COVERAGE && own.coverage < floor) return answered;
  // The first ask's sentence, already in the answer below the later one's, moves up to answer it first.
  if (lead && where === 'before' && !verdict) {
    const parts = citedSentences(answered.answer);
    const at = parts.findIndex((p) => p.sentence === lead.text);
    if (at > 0) {
      const moved = reorderCited([parts[at]!, ...parts.filter((_, i) => i !== at)], answered.citations);
      return { answer: moved.text, citations: moved.citations };
    }
  }
  // A sentence the verdict leading the answer already states ("…$1.75 input and $14 output per million tokens at list,
  // or… with OpenAI's 50% batch discount") is not added after it. Said already: in the composition, or, when a verdict
  // leads and kept only some of it, in the answer as it stands.
  if (!lead || own.coverage < SECOND_COVERAGE) return answered;
  const said = verdict === undefined ? composition.sentences.map((c) => c.text) : citedSentences(answered.answer).map((p) => p.sentence);
  const catalogue = coverageOf(retriever.chunks).catalogue;
  const retold = verdict === undefined ? undefined : restatesVerdict(verdict, catalogue, new Set(catalogue.names(asked.core)));
  const fresh = (sentence: string) => !said.some((t) => t === sentence || nearDuplicate(t, sentence)) && !retold?.(sentence);
  // The ask's best sentence; when the answer already says it, a later one of its own that names what the ask names and
  // the answer does not yet ("…is it the same thing as the managed EU option?" -> the managed European host).
  const shown = citedSentences(own.answer);
  const present = new Set(terms(`${answered.answer} ${verdict ?? ''}`));
  const missing = new Set(terms(contentWords(asked.core).join(' ')).filter((t) => !present.has(t)));
  // Judged as it would be shown: "Anthropic's API deletes data within 30 days" out of a good answer naming OpenAI too.
  const seen = (i: number) => shown[i]?.sentence ?? own.sentences[i]?.text ?? '';
  const newToo = (i: number) => fresh(own.sentences[i]?.text ?? '') && fresh(seen(i));
  const at = newToo(0) ? 0 : own.sentences.findIndex((x, i) => i > 0 && newToo(i) && terms(x.text).some((t) => missing.has(t)));
  const cited = at < 0 ? undefined : own.citations.find((c) => `[${c.n}]` === shown[at]?.marker);
  if (!cited) return answered;
  // The sentence as the composition shows it (a vendor's practice without its good-answer frame).
  const text = seen(at);
  if (where === 'after') return withSentenceAfter(answered, text, cited);
  const merged = appendCited([{ ...cited, n: 1 }], { text: answered.answer, citations: answered.citations });
  return { answer: `${text} [1] ${merged.text}`, citations: merged.citations };
}

/** Text reduced to its words and figures, for telling whether a sentence was said before. */
const wordsOf = (text: string) => ` ${text.toLowerCase().replace(/\[\d+\]/g, ' ').replace(/[^a-z0-9.%£$€]+/g, ' ').trim()} `;

/** Shortest sentence checked against what the bot said: "Yes. [1]" may well be said twice. */
const REPEAT_CHARS = 24;

/**
 * The answer without the sentences the bot's last turn in the thread already gave ("and the SMEs?" after the fines
 * question is not told the €35 million tier again), unless nothing would be left.
 */
/**
 * An answer to a message asking for a list ("bullets pls", "one line each") is marked to be shown as one: when it has
 * items to show, two sentences or more, or one numbering its own ("(1) data use: …; (2) …").
 */
function laidOut(result: AnswerResult, message: string): AnswerResult {
  if (!result.answered || !asksForListLayout(message)) return result;
  const items = citedSentences(result.answer);
  return items.length >= 2 || items.some((x) => NUMBERED_ITEMS.test(x.sentence)) ? { ...result, listed: true } : result;
}

function withoutRepeats(result: AnswerResult, history: AnswerRequest['history']): AnswerResult {
  const said = [...(history ?? [])].reverse().find((h) => h.role === 'bot')?.text;
  if (!result.answered || !said) return result;
  const before = wordsOf(said);
  const fresh = (sentence: string) => sentence.length < REPEAT_CHARS || !before.includes(wordsOf(sentence));
  const sentences = citedSentences(result.answer);
  if (sentences.every((x) => fresh(x.sentence)) || !sentences.some((x) => fresh(x.sentence))) return result;
  const kept = keepSentences({ text: result.answer, citations: result.citations }, fresh);
  const { verdict, ...rest } = result;
  return { ...rest, answer: kept.text, citations: kept.citations, ...(verdict && kept.text.includes(verdict) ? { verdict } : {}) };
}

/** Share of a sentence's words that the sentences before it already hold, at which it tells them again. */
const RETOLD_SHARE = 0.85;
/** Fewest words a sentence must have to be judged a retelling: "Yes. [1]" says little either way. */
const RETOLD_WORDS = 4;
const FIGURES = /\d[\d,.]*\d|\d/g;

/**
 * The answer without a sentence that tells again what the sentences before it said: nearly all its words, every figure
 * and every named thing already given ("OLMo, Pythia and T5 meet the OSI Open Source AI Definition." after "Under the
 * OSI test OLMo, Pythia and T5 qualify as open source…"), or the same sentence twice. A sentence saying the same of
 * another thing ("Mistral Large 3, released on…, is licensed under Apache 2.0." after the same of Mistral Small 3) stays.
 */
function withoutRetold(result: AnswerResult, catalogue: Catalogue): AnswerResult {
  if (!result.answered) return result;
  const sentences = citedSentences(result.answer);
  const dropped = new Set<number>();
  // What the sentences kept so far say: their words, figures and named things, gathered as they are kept.
  const held = new Set<string>();
  const figures = new Set<string>();
  const named = new Set<string>();
  sentences.forEach((x, i) => {
    const own = terms(x.sentence);
    const ownFigures = x.sentence.match(FIGURES) ?? [];
    const ownNames = catalogue.names(x.sentence);
    const retold = i > 0 && own.length >= RETOLD_WORDS && own.filter((t) => held.has(t)).length >= RETOLD_SHARE * own.length && ownFigures.every((f) => figures.has(f)) && ownNames.every((n) => named.has(n));
    if (retold) return void dropped.add(i);
    for (const t of own) held.add(t);
    for (const f of ownFigures) figures.add(f);
    for (const n of ownNames) named.add(n);
  });
  if (!dropped.size) return result;
  // By place, not by text: of a sentence given twice, the first stays.
  const kept = compactCitations(sentences.flatMap((p, i) => (dropped.has(i) ? [] : [`${p.sentence} ${p.marker}`])).join(' '), result.citations);
  return { ...result, answer: kept.text, citations: kept.citations };
}

/**
 * A follow-up read together with the question before it ("and the genai profile?" after "what is the nist ai rmf?")
 * asks about what it adds: when the answer opens on the earlier question's subject and a later sentence speaks of the
 * follow-up's own words, that sentence leads. Not when a verdict leads (it answers the whole), nor when the follow-up
 * was rewritten as the earlier question about another thing (the whole question is then the follow-up's own).
 */
function leadWithOwnAsk(result: AnswerResult, followUp: string, read: string): AnswerResult {
  if (!result.answered || result.verdict || !read.endsWith(followUp)) return result;
  const before = new Set(terms(read.slice(0, read.length - followUp.length)));
  const own = new Set(terms(followUp).filter((t) => !before.has(t) && !/^\d+$/.test(t)));
  if (!own.size) return result;
  const parts = citedSentences(result.answer);
  const speaks = (sentence: string) => terms(sentence).some((t) => own.has(t));
  const at = parts.findIndex((p) => speaks(p.sentence));
  if (at <= 0) return result;
  const { text, citations } = reorderCited([parts[at]!, ...parts.filter((_, i) => i !== at)], result.citations);
  return { ...result, answer: text, citations };
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A card answers a question's subject when it uses this share of the question's weight... */
const CARD_COVERAGE = 0.45;
/** ...and this share of the weight of its domain words, of which there are at least SUBJECT_WORDS. */
const CARD_ANCHORS = 0.5;
const SUBJECT_WORDS = 3;

/** True when the card's passages, taken together, use enough of the question's words and at least half the weight of its domain words. */
function coversSubject(scored: QuestionWeights, cardId: string, retriever: Retriever): boolean {
  const { weights, anchors, optional, situation, total } = scored;
  if (anchors.size < SUBJECT_WORDS || total <= 0) return false;
  const used = new Set(retriever.chunks.filter((c) => c.cardId === cardId).flatMap((c) => terms(chunkEmbedText(c))));
  let covered = 0;
  let subject = 0;
  let subjectCovered = 0;
  for (const [t, w] of weights) {
    if (optional.has(t) || situation.has(t)) continue;
    if (used.has(t)) covered += w;
    if (anchors.has(t)) {
      subject += w;
      if (used.has(t)) subjectCovered += w;
    }
  }
  return covered / total >= CARD_COVERAGE && subjectCovered / subject >= CARD_ANCHORS;
}

/** Kinds a message about a vendor's answer may be read as before retrieval says which card it concerns. */
const JUDGEABLE = new Set(['other', 'yes-no', 'should', 'how']);
/**
 * Words that put a vendor's side in the message: the vendor itself or its paperwork ("they" after customers, users or
 * staff is those people: "tell customers they are chatting to a bot").
 */
const VENDOR_SIDE = /\b(vendors?|suppliers?|providers?|(?<!\b(?:customers?|users?|people|staff|employees|clients?|candidates?|applicants?|members?|patients?|students?|visitors?|callers?)\s)(?:they|their|them)|contract|clause|dpa|msa|sla|terms|trust (page|centre|center)|questionnaire|rep|account manager|sales)\b/i;

/** Words claiming to meet a law: "gdpr compliant", "ai act ready", "conforms to the gdpr". */
const CLAIMS_TO_MEET = /\b(?:compliant|compliance|conform\w*|certified|ready|adheres?|aligned)\b/i;

/** A message quoting a vendor's words to have them judged: a quotation, a vendor's side, and a judging ask. */
function pastedFromVendor(q: string, read: QuestionAnalysis, retriever: Retriever): boolean {
  // A sentence of theirs, not a name in quotes ("'uk data bridge'") nor a quotation naming what it is about
  // ("'powered by Llama 4 multimodal'").
  const { catalogue } = coverageOf(retriever.chunks);
  // A concept the vendor's sentence uses ("a leading third-party foundation model") does not make it a name, nor a law
  // it claims to meet ("EU hosted, 100% gdpr compliant, fully sovereign").
  const named = (x: string) => catalogue.mentions(x).some((m) => m.entry && m.entry.kind !== 'concept' && !(m.entry.kind === 'law' && CLAIMS_TO_MEET.test(x)));
  const pasted = read.quoted.some((x) => x.trim().split(/\s+/).length >= PASTED_WORDS && !named(x));
  return pasted && VENDOR_SIDE.test(q) && (JUDGEABLE.has(read.kind) || read.kind === 'judge' || read.kind === 'red-flags');
}

/**
 * A message placing itself in the EU: the bloc, its law, its transfer tools; its cities and countries are read as "EU"
 * by `expandShorthand` ("frankfurt" -> "frankfurt EU"), which the message passes through first.
 */
const NAMES_EU = /\b(?:eu|e\.u\.|europe|european|gdpr|sccs?|dpf|schrems)\b/i;
/**
 * A message placing itself in the UK: the country, its regulator, its transfer tools, its cities and public bodies (not
 * "english", which asks for plain English far more often than it places anyone).
 */
const NAMES_UK = /\b(?:uk|u\.k\.|britain|british|england|scotland|scottish|wales|welsh|ico|idta|addendum|data bridge|london|manchester|leeds|bristol|birmingham|glasgow|edinburgh|nhs|hmrc|dsit|ncsc|crown commercial)\b/i;
/** A card about the UK alone, by its title: "UK transfer tools…", "The UK-US data bridge…". */
const UK_CARD_TITLE = /^(?:the )?uk\b/i;

/**
 * A message set in the EU and nowhere in the UK ("our us supplier signed up to the eu-us privacy scheme, do we still
 * need the eu model clauses?") is answered from the EU's cards: the UK's own tools (the IDTA, the data bridge) are
 * read after every other passage.
 */
function preferAskedJurisdiction(hits: RetrievedChunk[], message: string): RetrievedChunk[] {
  const placed = expandShorthand(message);
  if (!NAMES_EU.test(placed) || NAMES_UK.test(placed)) return hits;
  const uk = (h: RetrievedChunk) => UK_CARD_TITLE.test(h.chunk.title);
  if (!hits.some(uk)) return hits;
  return [...hits.filter((h) => !uk(h)), ...hits.filter(uk)];
}

/** Words a quotation needs to be a vendor's sentence rather than a name. */
const PASTED_WORDS = 5;

/**
 * Whether a message's ask names nothing of its own beyond judging it ("is this ok or not?", "how bad?", "ok to use it
 * on client calls?"): no word of the knowledge base's domain in the ask.
 */
function judgesWordingAlone(read: QuestionAnalysis, retriever: Retriever): boolean {
  const asking = read.asking ?? lastSentence(read.core);
  return !questionWeights({ ...read, core: asking, qualifiers: '', context: '', quoted: [] }, retriever).anchors.size;
}

/**
 * A quotation pasted as a sentence of its own, opening the message or after a full stop, colon or dash ("\"Provider may
 * use Customer Inputs…\" — that's in the MSA"), not one the asker's sentence frames ("section 7 lets them use
 * \"aggregated and de-identified customer content…\"", where the frame says what is judged).
 */
function pastedAlone(message: string, quote: string): boolean {
  const at = message.indexOf(quote);
  return at >= 0 && /(?:^|[.!?:;—–-]|\n)\s*["“'‘]?\s*$/.test(message.slice(0, at));
}

/** The passages of the vendor question a pasted wording, searched alone, meets best; undefined when none. */
async function quotedVendorCard(quoted: readonly string[], retriever: Retriever, mode: RetrievalMode, expand: readonly string[]): Promise<RetrievedChunk[] | undefined> {
  const wording = quoted.filter((x) => x.trim().split(/\s+/).length >= PASTED_WORDS).join(' ');
  if (!wording) return undefined;
  const hits = await retriever.search(wording, { k: 8, mode, expand: [...expand] });
  const card = hits.find((h) => judgesVendors(h.chunk.cardId, retriever))?.chunk.cardId;
  return card ? hits.filter((h) => h.chunk.cardId === card) : undefined;
}

/** How far down the search the card model's vendor question is looked for, for pasted wording. */
const VENDOR_DEPTH = 30;

/** A card's passages in a search `depth` deep, in the search's order; undefined when none is found. */
async function cardPassages(cardId: string, search: (k: number) => Promise<RetrievedChunk[]>, depth: number): Promise<RetrievedChunk[] | undefined> {
  const own = (await search(depth)).filter((h) => h.chunk.cardId === cardId);
  return own.length ? own : undefined;
}

/**
 * The passages given first, in their order and scored above every other, then the search's others: what the
 * preferences below use to put a card's passages at the top.
 */
function leadingWith(hits: RetrievedChunk[], lead: RetrievedChunk[]): RetrievedChunk[] {
  const top = hits[0]?.score ?? 0;
  const led = new Set(lead.map((h) => h.chunk.id));
  return [...lead.map((h, i) => ({ ...h, score: top + lead.length - i })), ...hits.filter((h) => !led.has(h.chunk.id))];
}

/** The given card's passages first (those the search already holds, else the ones given), then the rest. */
function preferCard(hits: RetrievedChunk[], own: RetrievedChunk[] | undefined): RetrievedChunk[] {
  const card = own?.[0]?.chunk.cardId;
  if (!card || hits[0]?.chunk.cardId === card) return hits;
  const held = hits.filter((h) => h.chunk.cardId === card);
  return leadingWith(hits, held.length ? held : own!);
}

/** The passages of vendor-question cards first, each list in its own order. */
function preferVendorQuestions(hits: RetrievedChunk[], retriever: Retriever): RetrievedChunk[] {
  const judging = hits.filter((h) => judgesVendors(h.chunk.cardId, retriever));
  if (!judging.length || judging[0] === hits[0]) return hits;
  return leadingWith(hits, judging);
}

/** Words of a message about what something costs, besides asking its price: a bill, a budget, tokens, a saving. */
const COST_TALK = /\b(?:spend|spending|bill|billed|budget|tokens?|mtok|save|saving|savings|afford|paying|pay|fees?)\b/i;
/** The cards listing a vendor's or a host's token prices (the price list's own card for each), read once. */
let priceListCards: ReadonlySet<string> | undefined;
/**
 * The card model's reading without the vendors' price lists when the message asks no price: a model named in a
 * question about something else ("can we use claude opus 4.6 for hr decisions under the ai act?") is not asked what it
 * costs. (Cards weighing prices against each other or against a GPU's, and the GPU rentals, stay.)
 */
function pricedOnlyIfAsked(reading: CardPrediction[], message: string, catalogue: Catalogue): CardPrediction[] {
  // Only a message framed by a law ("…under the ai act?"), which asks what the law allows, and says nothing of money.
  const framedByLaw = catalogue.mentions(message).some((m) => m.entry?.kind === 'law');
  if (!framedByLaw || asksPrice(message) || MONEY.test(message) || COST_TALK.test(message)) return reading;
  priceListCards ??= new Set(loadPrices().model_prices_usd_per_million.filter((p) => p.card.endsWith('-prices') && p.card !== 'open-vs-closed-token-prices').map((p) => p.card));
  return reading.filter((r) => !priceListCards?.has(r.card));
}

/** A comparison opening on what was said before it: "is that good enough, or…", "would it be safer to…, or…". */
const WEIGHS_WHAT_WAS_SAID = /^(?:(?:so|and|but|ok|okay)\s+)?(?:is|are|was|were|would|does|do|will)\s+(?:that|this|it|those|these)\b(?![^,?]*\b(?:than|vs\.?|versus)\b)/i;

/** Kinds of question the card model's one card does not lead. */
const NOT_ONE_CARD: ReadonlySet<QuestionAnalysis['kind']> = new Set(['comparison', 'definition']);
/** Whether the card model's one card may lead the passages for a question read this way. */
function oneCardQuestion(read: QuestionAnalysis, retriever: Retriever): boolean {
  return !NOT_ONE_CARD.has(read.kind) && !askedParts(read.core, retriever, { fullParts: true }).length;
}
/**
 * How sure the card model must be of a card for it to lead the search's passages: this probability, and this many
 * times the next card's (a card at 45% with another at 39% is a toss-up, not a lead).
 */
const CARD_MODEL_SURE = 0.4;
const CARD_MODEL_LEAD = 2;
/**
 * How sure the card model must be for its card to lead after the cue-by-cue preferences as well (and twice the next
 * card): chosen on the tune halves, where 0.5 gained 8 right answers and lost 1 (0.6 and 0.8 gained less).
 */
const CARD_MODEL_LAST = 0.5;
/** The card the card model is sure a message asks about, if any, from its reading of the message (best first). */
function sureCard(reading: readonly CardPrediction[], sure = CARD_MODEL_SURE, lead = CARD_MODEL_LEAD): string | undefined {
  const [best, next] = reading;
  return best && best.p >= sure && (!next || best.p >= lead * next.p) ? best.card : undefined;
}
/** How deep to look for the predicted card's passages when the search did not bring any, and how many to take. */
const PREDICTED_DEPTH = 60;
const PREDICTED_PASSAGES = 2;

/**
 * The card the card model is sure the message asks about leads the passages, when search put another card first:
 * its passages move to the top, found deeper in the search when none came back.
 */
async function preferPredictedCard(hits: RetrievedChunk[], reading: readonly CardPrediction[], search: (k: number) => Promise<RetrievedChunk[]>, sure = CARD_MODEL_SURE, lead = CARD_MODEL_LEAD): Promise<RetrievedChunk[]> {
  const card = sureCard(reading, sure, lead);
  if (!card || !hits.length || hits[0]!.chunk.cardId === card) return hits;
  const held = hits.filter((h) => h.chunk.cardId === card);
  const own = held.length ? held : (await cardPassages(card, search, PREDICTED_DEPTH))?.slice(0, PREDICTED_PASSAGES);
  return own ? leadingWith(hits, own) : hits;
}

/** True for a card written to judge a vendor's answer: it has both a good-answer section and a red-flags section. */
function judgesVendors(cardId: string | undefined, retriever: Retriever): boolean {
  if (!cardId) return false;
  const headings = retriever.chunks.filter((c) => c.cardId === cardId).map((c) => c.headingPath.join(' ').toLowerCase());
  return headings.some((h) => h.includes('red flags')) && headings.some((h) => h.includes('good answer'));
}

/** Passages each side of a comparison adds to the question's own. */
const PER_SIDE = 2;

/**
 * A comparison names two or more things ("gemini 3.1 pro vs gpt-5.2 output price"); the passages that best answer
 * the whole question often speak of one side only. Each side is searched on its own, with the rest of the
 * question (what is compared) and without the other sides, and its best passages join the question's top ones.
 */
async function withEachSide(hits: RetrievedChunk[], analysis: QuestionAnalysis, retriever: Retriever, mode: RetrievalMode, chunks: number): Promise<RetrievedChunk[]> {
  const { catalogue } = coverageOf(retriever.chunks);
  const sides = comparedSides(analysis.core, catalogue.mentions(analysis.core));
  if (sides.length < 2) return hits;
  const out = hits.slice(0, chunks);
  for (const side of sides) {
    let query = ` ${normalizeName(analysis.core)} `;
    for (const other of sides) if (other !== side) query = query.replace(other.form, ' ');
    // The card about the side (its title names it: "Schrems II and the EU-US Data Privacy Framework") speaks for it
    // before one that only mentions it ("The UK-US data bridge…").
    const own = normalizeName(side.entry?.name ?? '');
    const about = (h: RetrievedChunk) => (own.trim() && normalizeName(h.chunk.title).includes(own) ? 0 : 1);
    // A family speaks through the cards of its members too: "claude" through the card pricing Claude Opus 4.6.
    const cards = new Set([...(side.entry?.cards ?? []), ...(side.entry?.kind === 'family' ? catalogue.entries.filter((e) => normalizeName(e.name).startsWith(own)).flatMap((e) => e.cards) : [])]);
    const found = (await retriever.search(query, { k: PER_SIDE * 2, mode })).filter((x) => cards.has(x.chunk.cardId));
    for (const h of [...found].sort((a, b) => about(a) - about(b)).slice(0, PER_SIDE)) {
      if (!out.some((o) => o.chunk.id === h.chunk.id)) out.push(h);
    }
  }
  return out;
}

/** Passages searched for a last ask naming another thing, its best from that thing's cards taken. */
const RENAMED_SEARCH = 8;

/**
 * A message asking two things ("openai eu data residency: when did it launch, and does it fix the cloud act
 * issue?") is searched for each as well: each asked part's best passage joins the whole message's, so the answer
 * can speak to both.
 */
async function withEachPart(hits: RetrievedChunk[], analysis: QuestionAnalysis, retriever: Retriever, mode: RetrievalMode, chunks: number, renamed: Renamed | undefined): Promise<RetrievedChunk[]> {
  // A last ask only naming another thing is searched as the ask before it asked of that thing ("dpf start date").
  const queries = askedParts(analysis.core, retriever).map((p) => ({ query: p.query, cards: undefined as ReadonlySet<string> | undefined }));
  if (renamed) queries.push({ query: renamed.ask, cards: renamed.cards });
  if (!queries.length) return hits;
  const out = hits.slice(0, chunks);
  for (const { query, cards } of queries) {
    const best = (await retriever.search(query, { k: cards ? RENAMED_SEARCH : 1, mode })).find((h) => !cards || cards.has(h.chunk.cardId));
    if (best && !out.some((o) => o.chunk.id === best.chunk.id)) out.push(best);
  }
  return out;
}

/** Share of a card title's words (two at least) a question must use for the title to say what it asks... */
const TITLE_SHARE = 0.6;
/** ...and what that adds to its passages' scores, as a share of the best score. */
const TITLE_BOOST = 0.15;

/**
 * A passage whose card title the question mostly restates gains: "when does self hosting actually make sense?"
 * asks what "When to self-host an open-weight model" answers, more than the crossover figures it also matches.
 */
export function preferTitledCards(hits: RetrievedChunk[], query: string, idf: (term: string) => number = () => 1): RetrievedChunk[] {
  if (!hits.length) return hits;
  const asked = new Set(terms(query));
  const top = hits[0]?.score ?? 0;
  // Weighed by idf, so a title's distinctive words must be asked, not only the words every title shares ("open",
  // "weight", "model", "closed").
  const share = (title: string) => {
    const own = [...new Set(terms(title))];
    const hit = own.filter((t) => asked.has(t));
    const weight = (ts: string[]) => ts.reduce((a, t) => a + idf(t), 0);
    return own.length >= 2 && hit.length >= 2 ? weight(hit) / weight(own) : 0;
  };
  return hits.map((h) => ({ ...h, score: h.score + (share(h.chunk.title) >= TITLE_SHARE ? TITLE_BOOST * top : 0) })).sort((a, b) => b.score - a.score);
}

/**
 * A vendor question named by its number ("q4 vendor answer", "question 7 on the checklist"), with a vendor beside it;
 * never a quarter ("in q4", "q4 2026").
 */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
const NUMBERED_QUESTION = new RegExp(`(?<!\\b(?:in|by|for|during|this|next|last|until|before|after|from|since|of|end of|early|late|mid)\\s)\\b(?:q|question|qn)\\s?(?:#|no\\.?\\s?|number\\s)?(\\d{1,2})\\b(?!\\s?(?:20)?\\d\\d\\b|\\s?fy)|\\b(\\d{1,2})(?:st|nd|rd|th)\\s+(?:vendor\\s+|supplier\\s+)?question\\b|\\b(${ORDINALS.join('|')})\\s+(?:vendor\\s+|supplier\\s+)?question\\b`, 'i');

/** A run of the numbered questions: "questions 5 to 8", "q5-q8", "qs 9-12", "vendor questions 1 through 4". */
const QUESTION_RANGE = /\b(?:q|qs|qns?|questions?)\s?#?(\d{1,2})\s*(?:-|–|to|through|thru)\s*(?:q|question)?\s?#?(\d{1,2})\b(?!\s?(?:20)?\d\d\b)/i;

/** The first and last of a run of numbered questions a message asks for, first below last. */
function questionRange(message: string): [number, number] | undefined {
  const m = QUESTION_RANGE.exec(expandShorthand(message));
  const [a, b] = [Number(m?.[1]), Number(m?.[2])];
  return m && a >= 1 && b > a ? [a, b] : undefined;
}

/** The vendor question a message names by its number or ordinal ("q4", "question #8", "the 3rd vendor question"). */
function questionNumber(message: string): number | undefined {
  // A run of them ("q5-q8") names no one question.
  if (questionRange(message)) return undefined;
  const m = NUMBERED_QUESTION.exec(expandShorthand(message));
  if (!m) return undefined;
  const digits = m[1] ?? m[2];
  const n = digits !== undefined ? Number(digits) : ORDINALS.indexOf((m[3] ?? '').toLowerCase()) + 1;
  return n >= 1 ? n : undefined;
}
const ABOUT_VENDORS = /\b(vendors?|suppliers?|providers?|checklist|questionnaire|rfp|rfq|twelve|12 questions|their answer|answer)\b/i;

/**
 * People name the twelve vendor questions by number: "q4 vendor answer: what evidence should we expect?" is about
 * question 4's card, whose summary lists "Q4" and "question 4" among its keywords. It leads, ahead of the overview
 * that merely mentions every question.
 */
function preferNumberedQuestion(hits: RetrievedChunk[], message: string, retriever: Retriever): RetrievedChunk[] {
  const card = numberedCard(message, retriever);
  if (!card || !hits.length || hits[0]?.chunk.cardId === card.cardId) return hits;
  const own = hits.filter((h) => h.chunk.cardId === card.cardId);
  return leadWith(hits, own.length ? own : [{ chunk: card, score: 0, bm25: 0, dense: 0 }]);
}

/** A sentence of the overview pointing at one of the numbered vendor questions: "Question 3 asks where your data is…". */
const POINTS_AT_QUESTION = /^Question (\d{1,2}) asks (.+?)\.?$/;

/**
 * "what do we ask a vendor about where our data physically lives?": when the passage found first is the overview of
 * the numbered vendor questions, the one whose line there covers most of what is asked ("Question 3 asks where your
 * data is…") speaks instead, from its own card with its good answers and red flags, rather than the overview reciting
 * every question.
 */
function preferPointedQuestion(hits: RetrievedChunk[], analysis: QuestionAnalysis, retriever: Retriever): RetrievedChunk[] {
  const first = hits[0];
  if (!first) return hits;
  const lines = retriever.chunks.filter((c) => c.cardId === first.chunk.cardId).flatMap((c) => markdownClaims(c.text).flatMap((claim) => {
    const n = POINTS_AT_QUESTION.exec(claim.text)?.[1];
    return n ? [{ n, text: claim.text }] : [];
  }));
  if (!lines.length) return hits;
  const { weights } = questionWeights(analysis, retriever);
  const covered = (text: string) => {
    const own = new Set(terms(text));
    return [...weights].reduce((a, [t, w]) => a + (own.has(t) ? w : 0), 0);
  };
  const ranked = lines.map((l) => ({ ...l, covered: covered(l.text) })).sort((a, b) => b.covered - a.covered);
  const [best, next] = ranked;
  if (!best || best.covered <= 0 || (next && next.covered >= best.covered)) return hits;
  const card = retriever.chunks.find((c) => c.kind === 'summary' && (c.keywords ?? '').split('; ').includes(`question ${best.n}`));
  if (!card || card.cardId === first.chunk.cardId) return hits;
  const own = hits.filter((h) => h.chunk.cardId === card.cardId);
  return leadWith(hits, own.length ? own : [{ chunk: card, score: 0, bm25: 0, dense: 0 }]);
}

/** The summary passage of the vendor question a message names by number, when it speaks of vendors. */
function numberedCard(message: string, retriever: Retriever) {
  const n = questionNumber(message);
  if (!n || !ABOUT_VENDORS.test(message)) return undefined;
  return retriever.chunks.find((c) => c.kind === 'summary' && (c.keywords ?? '').split('; ').includes(`question ${n}`));
}

/** Words that only point at a numbered vendor question ("whats vendor question 8 on the checklist again"). */
const POINTING = new RegExp(`^(?:q\\d{1,2}|qn|question|questions|no|number|\\d{1,2}(?:st|nd|rd|th)?|${ORDINALS.join('|')}|vendor|vendors|supplier|suppliers|checklist|list|again|one|remind|exactly|actually)$`);

/**
 * "whats vendor question 8 on the checklist again?": a message asking only which question a number names is
 * answered with that question, from its card's title ("Vendor question 8: How do you evaluate…?"), before the card.
 */
function numberedQuestionVerdict(message: string, analysis: QuestionAnalysis, retriever: Retriever): Verdict | undefined {
  const card = numberedCard(message, retriever);
  const asked = /^Vendor question (\d+): (.+)$/.exec(card?.title ?? '');
  if (!card || !asked || contentWords(expandShorthand(analysis.core)).some((w) => !POINTING.test(w))) return undefined;
  return { text: `Vendor question ${asked[1]} of the twelve asks: "${asked[2]}"`, cardId: card.cardId, title: card.title, url: card.sources[0]?.url ?? null };
}

/** A message asking for the whole set: "list the 12 vendor questions", "what are all the questions to ask suppliers?". */
const ASKS_WHOLE_SET = /\b(?:list|name|enumerate|what are|which are|give (?:me|us)|send (?:me|us)|remind me (?:of )?)\b|\b(?:all|every|full|whole|complete|entire)\b[^.?!]{0,30}\b(?:questions|list|checklist|set)\b|\bhow many questions\b/i;
/** A request put as a question: "can you send me…", "could someone list…". */
const ASKED_TO_GIVE = /^(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone)\s+(?:please\s+|pls\s+|just\s+)?(?:list|send|give|name|share|show|tell|remind|paste|write out|spell out)\b/i;

/**
 * "list the 12 vendor questions pls": when the answer's lead comes from a card of numbered questions ("Question 3 asks
 * where your data is…") and the message asks for the whole set, the set is the answer, every question in order in one
 * line ("Ask every AI vendor twelve questions: (1) whether the vendor trains on your data…; … and (12) how you exit."),
 * rather than the card's summary that names their topics.
 */
function wholeSetVerdict(message: string, analysis: QuestionAnalysis, lead: ComposedSentence | undefined, retriever: Retriever): Verdict | undefined {
  // "do the twelve questions apply to open models?" asks a yes or no of the set, not for it.
  const last = lastSentence(analysis.core);
  if (AUXILIARY_OPENING.test(last) && !ASKED_TO_GIVE.test(last)) return undefined;
  // "vendor questions 5 to 8 only?" asks for that run of the set, from the card that numbers them, whichever card leads.
  const range = ABOUT_VENDORS.test(message) ? questionRange(message) : undefined;
  if (!range && (!lead || !(analysis.kind === 'list' || ASKS_WHOLE_SET.test(analysis.core)) || !/\b(?:questions|checklist)\b/i.test(expandShorthand(analysis.core)) || questionNumber(message))) return undefined;
  const cardId = range ? retriever.chunks.find((c) => markdownClaims(c.text).some((claim) => POINTS_AT_QUESTION.test(claim.text)))?.cardId : lead?.chunk.cardId;
  if (!cardId) return undefined;
  const claims = retriever.chunks.filter((c) => c.cardId === cardId).flatMap((c) => markdownClaims(c.text));
  const all = [...new Map(claims.flatMap((claim) => {
    const m = POINTS_AT_QUESTION.exec(claim.text);
    return m ? [[Number(m[1]), m[2] ?? ''] as const] : [];
  })).entries()].sort((a, b) => a[0] - b[0]);
  if (all.length < 3 || all.some(([n], i) => n !== i + 1) || (range && range[1] > all.length)) return undefined;
  const lines = range ? all.slice(range[0] - 1, range[1]) : all;
  const summary = retriever.chunk(`${cardId}#summary`);
  const source = summary?.sources.find((s) => claims.some((c) => POINTS_AT_QUESTION.test(c.text) && c.sources.includes(s.id ?? ''))) ?? summary?.sources[0];
  // The summary's sentence naming them ("Ask every AI vendor twelve questions, covering data use, processor role, …")
  // opens the line, and its names, when it names each one, label the items.
  const covering = summary ? markdownClaims(summary.text).map((c) => /^(.+?),\s*covering (.+?)\.?$/.exec(c.text)).find(Boolean) : undefined;
  const labels = covering?.[2]?.split(/,\s*(?:and\s+)?/);
  const items = lines.map(([n, text]) => `(${n}) ${labels?.length === all.length ? `${labels[n - 1]}: ` : ''}${text}`);
  const opening = `${covering?.[1] ?? 'The questions'}${range ? `; questions ${range[0]} to ${range[1]}` : ''}`;
  const text = `${opening}: ${items.slice(0, -1).join('; ')}; and ${items.at(-1)}.`;
  return { text, cardId, title: summary?.title ?? cardId, url: source?.url ?? null };
}

/** Words a quoted phrase needs before finding it word for word in a card means something. */
const QUOTE_MIN_WORDS = 2;

/**
 * A phrase the asker quotes that a card states word for word ("as long as necessary" in the data-use card's red
 * flags) points at that passage more surely than any similarity: it leads, ahead of the retrieved passages.
 */
function preferQuotedPassages(hits: RetrievedChunk[], quoted: string[], retriever: Retriever): RetrievedChunk[] {
  const phrases = quoted.map((q) => normalizeName(q)).filter((q) => q.split(' ').length >= QUOTE_MIN_WORDS);
  if (!phrases.length || !hits.length) return hits;
  // A card whose title is the quoted phrase ("a bad answer to 'where is our data?'") is found by its summary.
  const titled = new Set(retriever.chunks.filter((c) => phrases.some((p) => normalizeName(c.title).includes(p))).map((c) => c.cardId));
  const found = retriever.chunks.filter((c) => phrases.some((p) => normalizeName(c.text).includes(p)) || (titled.has(c.cardId) && c.kind === 'summary'));
  if (!found.length || found.length > SPECIFIC_CARDS) return hits;
  return leadWith(hits, found.map((chunk) => hits.find((h) => h.chunk.id === chunk.id) ?? { chunk, score: 0, bm25: 0, dense: 0 }));
}

/** These passages first, at the score a named card's passages get, then the other retrieved ones in their order. */
function leadWith(hits: RetrievedChunk[], lifted: RetrievedChunk[]): RetrievedChunk[] {
  const top = hits[0]?.score ?? 0;
  const ids = new Set(lifted.map((h) => h.chunk.id));
  return [...lifted.map((h) => ({ ...h, score: top * (1 + NAMED_CARD_BOOST) })), ...hits.filter((h) => !ids.has(h.chunk.id))];
}

/** Boost of a passage whose card holds a specific thing the question names (a model, law, GPU, concept). */
const NAMED_CARD_BOOST = 0.25;
/** A name held by more cards than this is too general to point at one ("GDPR", "Llama"). */
const SPECIFIC_CARDS = 3;
/** A model's name ending on its size ("Llama 3.1 70B", "Qwen2.5-72B"): the name without it. */
const MODEL_SIZE_NAME = /^(.+?)[\s-]\d+(?:\.\d+)?[BM]$/;

/**
 * Re-ranks retrieved passages towards the cards that hold the specific things the question names: "model
 * provenance" points at the provenance card rather than the overview of all twelve questions, "H100" at the
 * cost-per-token card rather than any price list.
 */
function preferNamedCards(hits: RetrievedChunk[], core: string, retriever: Retriever): RetrievedChunk[] {
  const { catalogue } = coverageOf(retriever.chunks);
  const named = catalogue.mentions(core).flatMap((m) => (m.entry && m.entry.cards.length <= SPECIFIC_CARDS ? [m.entry] : []));
  if (!named.length || !hits.length) return hits;
  const top = hits[0]?.score ?? 0;
  // A size of a model ("Llama 3.1 70B") is that model ("Llama 3.1"): its licence and its other cards hold for every
  // size, so they count as named too (once, with the size's own).
  const cardsOf = (e: CatalogueEntry) => {
    const base = MODEL_SIZE_NAME.exec(e.name)?.[1];
    const of = base && e.kind === 'model' ? catalogue.mentions(base).find((m) => m.entry && normalizeName(m.entry.name) === normalizeName(base))?.entry : undefined;
    return new Set([...e.cards, ...(of ? of.cards : [])]);
  };
  const held = named.map(cardsOf);
  const boost = (cardId: string) => held.filter((cards) => cards.has(cardId)).length;
  return hits
    .map((h) => ({ ...h, score: h.score + NAMED_CARD_BOOST * top * Math.min(2, boost(h.chunk.cardId)) }))
    .sort((a, b) => b.score - a.score);
}

/**
 * A message that is nothing but a name the catalogue holds, asked ("dpia?", "sccs??", "'sovereign ai'?"), asks what
 * the thing is: read as "what is <name>". A model, a product or a law named alone ("cloud act?") is left as asked,
 * to be answered with what it is and what follows from it.
 */
function namedAlone(message: string, analysis: QuestionAnalysis, catalogue: Catalogue): QuestionAnalysis {
  if (analysis.kind === 'definition') return analysis;
  // "sccs in plain english pls": with the asker's shaping and chat words gone, the name is all that is left.
  const said = analysis.core.split(/\s+/).filter((w) => !CHAT_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ''))).join(' ');
  // "TRA?? dpo keeps saying we need one": the name asked after is the question, whatever the message says of it.
  const asking = analysis.asking !== undefined && /\?\s*$/.test(analysis.asking) ? analysis.asking : undefined;
  const asked = /\?\s*$/.test(message) ? message : (asking ?? (said !== analysis.core && !analysis.context && !analysis.qualifiers ? said : undefined));
  if (!asked) return analysis;
  const bare = asked.replace(/[?!.\s'"‘’“”]+$/, '').replace(/^['"‘’“”\s]+/, '').trim();
  const [only, ...rest] = catalogue.mentions(bare);
  if (!only?.entry || rest.length || !ALONE_KINDS.has(only.entry.kind) || normalizeName(bare) !== only.form) return analysis;
  return { ...analysis, core: `what is ${bare}`, kind: 'definition' };
}
const ALONE_KINDS: ReadonlySet<string> = new Set(['concept', 'standard']);

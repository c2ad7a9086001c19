import type { Citation } from '../turn.ts';
import type { Retriever, RetrievedChunk } from '../../knowledge/retrieval/retriever.ts';
import { markdownClaims, stripMarkers } from '../../knowledge/claims/claims.ts';
import { YES_NO_CALL } from '../../knowledge/card-schema.ts';
import { coverageOf } from '../../knowledge/entities/coverage.ts';
import type { Catalogue, Mention } from '../../knowledge/entities/catalogue.ts';
import { normalizeName } from '../../knowledge/entities/normalize.ts';
import { escapeRegExp, terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { asksForCall, AUXILIARY_OPENING, checksClaim, claimFraming, firstYesNo, lastSentence, PRONOUN_SUBJECT, questionKind, sentencesOf, type QuestionAnalysis } from './question.ts';
import { askedBridges, idfShare, questionWeights, type QuestionWeights } from './weights.ts';
import { nearDuplicate, newFigures, statedAmounts, statedTerms, unmetCondition } from './compose.ts';
import { appendCited, citedSentences, compactCitations } from './citations.ts';
import { asksConditions, withoutReasons } from './question-cues.ts';

/** A one-line answer that leads the reply, with the page that supports it. */
export interface Verdict {
  text: string;
  cardId: string;
  title: string;
  url: string | null;
  /**
   * Supported only by its own card's sentences: a verdict on one fact of a card the search did not lead with (a
   * licence's user threshold asked of a model whose prices the search found) is not followed by that other card.
   */
  ownCardSupport?: true;
  /** A card's choice verdict: it picks one of the two options the message names ("Tune an open-weight model yourselves…"). */
  choice?: true;
}

/** A supporting sentence sharing this much of the verdict's words restates it. */
export const RESTATES = 0.6;

/** The purpose a verdict question states after its course: "…self-host to fine-tune on our own data?". */
const PURPOSE = /\b(?:should|can|could|do|does|must|is it worth)\b[^?]*?\b(?:to|so (?:that )?(?:we|you) can)\s+((?:fine-?tune|train|tune|keep|meet|win|cut|save|avoid|comply|protect|get|run|serve)\b[^?]*)\??$/i;
/** Share of the core's weight a card verdict's question must cover to be taken as the answer. */
const MATCH_SHARE = 0.55;
/**
 * A verdict whose question the message states nearly whole in its own way ("is the eu-us dpf still standing?" for
 * "Is the EU-US Data Privacy Framework still valid?") is taken too, when the two shares together (their harmonic
 * mean) reach `MUTUAL_SHARE` and the message holds at least `HELD_SHARE` of the verdict question's weight.
 */
const MUTUAL_SHARE = 0.45;
const HELD_SHARE = 0.45;
/** A verdict question weighing a course rather than stating a fact: "worth it?", "should we…?", "better…?". */
const COURSE_ASKED = /\b(?:worth|should|sensible|better|best|wise|recommended|good idea|make sense)\b/i;
/** Share of what a claim says of the things it names that a verdict question must hold too. */
const PREDICATE_SHARE = 0.5;
/** Cards whose verdicts are considered: the best few retrieved. */
const CARDS = 3;
/** Share of a verdict question's own weight the asked question must cover. */
const REVERSE_SHARE = 0.35;
/**
 * A question weighing something against a baseline ("should we review more often than once a year?"): a verdict on
 * the baseline itself ("Is a yearly review enough?" -> "No") would answer it with the opposite yes or no.
 */
const AGAINST_BASELINE = /\b(more|less|fewer)\b[^.?!]{0,30}\bthan\b|\b(more|less) (often|frequently)\b/i;
/** A message asking whether something falls short: "is anything missing from that promise?", "any gaps?". */
const MISSING_ASKED = /\b(?:missing|lacking|left out|leaves? out|gaps?|holes?|falls? short)\b/i;
/** A message asking whether a baseline is enough on its own: "once a year, enough?", "is yearly plenty?". */
const BASELINE_ASKED = /\b(?:enough|sufficient|plenty|adequate)\b/i;
/**
 * A question choosing between two options: a verb of doing, one option, "or", the other at the end ("go closed-api fine
 * tuning or open weights?", "do we tweak a model thru openai's fine tuning or take an open model…?"), or a when
 * ("…now, or later?"). No yes or no settles it: only a choice verdict does.
 */
const NOW_OR_LATER = String.raw`\bnow,?\s+or\s+(?:later|wait|once|when|until|till|after)\b`;
const EITHER_OR = new RegExp(
  String.raw`\b(go|goes|going|send|route|run|use|pick|choose|tune|tweak|train|retrain|fine[- ]?tune|start|stay|keep|host|self[- ]?host|buy|build|pay|take|add|split|switch|move|bring|put|sign)\s+(to\s+|with\s+|on\s+)?[\w .'’-]{2,50}(?:\s+or\s+|,\s+or\s+(?!(?:is|are|am|do|does|should|would|could|can|will)\s))(to\s+|with\s+|on\s+)?[\w .'’-]{2,80}\??\s*$|${NOW_OR_LATER}`,
  'i',
);

/** A verb of running a model just before its name: "self-host qwen3", "run llama 4 on our own gpus". */
const RUN_BEFORE = /\b(?:self[- ]?host(?:ing)?|host(?:ing)?|run(?:ning)?|deploy(?:ing)?|serv(?:e|ing))\s+(?:it\s+|our own\s+|the\s+)?$/;

/** Kinds of catalogue entry that frame what a yes or no is about: a law or a licence ("is the anthropic api gdpr ready?"). */
const FRAME_KINDS: ReadonlySet<string> = new Set(['law', 'licence']);

/**
 * True when the message names (`asked`) a law or licence that a verdict leaves out: named neither in what the verdict
 * says (`said`, the named things of its text; nor as
 * a wider or narrower name, "GDPR" for "UK GDPR") nor among the entities of the card it comes from. A case study's
 * "ready in two weeks" says nothing on whether "the anthropic api [is] gdpr ready", nor the Llama 4 licence's
 * conditions on whether it is "gdpr friendly".
 */
export function leavesOutRule(asked: Mention[], said: Mention[], cardId: string): boolean {
  const names = said.flatMap((m) => (m.entry ? [` ${normalizeName(m.entry.name)} `] : []));
  return asked.some((m) => {
    if (!m.entry || !FRAME_KINDS.has(m.entry.kind) || m.entry.cards.includes(cardId)) return false;
    const name = ` ${normalizeName(m.entry.name)} `;
    return !names.some((n) => n.includes(name) || name.includes(n));
  });
}

/** A text's terms, with every name and alias of each catalogue entry it mentions ("dpf" brings "Data Privacy Framework"). */
function namedTerms(text: string, catalogue: Catalogue): Set<string> {
  const names = catalogue.mentions(text).flatMap((m) => (m.entry ? [m.entry.name, ...m.entry.forms] : []));
  const all = [text, ...names].join(' . ');
  // Hyphenated words count whole and by their parts: "self-host" meets "self-host" and "self host".
  return new Set([...terms(all), ...terms(all.replace(/-/g, ' '))]);
}

/** The idf-weighted share of a text's words that a set of terms holds. */
function sharedShare(text: string, held: Set<string>, retriever: Retriever): number {
  // Hyphenated words count by their parts ("open-or-closed" is "open", "or", "closed"), not as one rare compound.
  return idfShare(terms(text.replace(/-/g, ' ')), held, retriever);
}

/** True when most pairs of the words two questions share come in the opposite order: the roles are reversed. */
function turnedRound(a: string[], b: string[]): boolean {
  const shared = [...new Set(a)].filter((t) => b.includes(t));
  let pairs = 0;
  let inverted = 0;
  for (let i = 0; i < shared.length; i += 1) {
    for (let j = i + 1; j < shared.length; j += 1) {
      pairs += 1;
      if (b.indexOf(shared[i] ?? '') > b.indexOf(shared[j] ?? '')) inverted += 1;
    }
  }
  return pairs >= 3 && inverted / pairs > 0.5;
}

/**
 * A clause ending on two options, "A or B?" ("closed api or self-host?", "keep the sccs in the contract or drop
 * them?", with a short qualifier after a comma, not a question: "gemma 3 or gemma 4 for our product,
 * licence-wise?"), or on a when ("…now or later?"), not on a yes or no put another way ("…or not?", "…or is that
 * overkill?", "…or are we kidding ourselves?").
 */
const TWO_OPTIONS = new RegExp(
  String.raw`(?:^|[,;:]\s*|\b(?:should|do|does|can|could|would|shall|will|is|are|must)\s+(?:we|i|they|you|it)\s+(?:just\s+|still\s+|actually\s+)?)[\w'’.-]+(?:\s+[\w'’.-]+){0,8}\s*,?\s+or\s+(?!not\b|no\b|nah\b|what\b|something\b|anything\b|so\b|is\s+(?:that|it|this|there)\b|are\s+(?:we|they|you)\b|am\s+i\b|should\s+(?:we|i)\s+not\b|do\s+we\s+not\b)[\w'’ .-]{2,80}(?:,(?!\s*(?:how|what|which|who|why|when|where|is|are|do|does|can|could|should|would|will)\b)\s*[\w'’ -]{2,30})?\?*\s*$|${NOW_OR_LATER}`,
  'i',
);
/** A question asking which of several ("…, which should we demand?", "which one"), not a clause ("review which vendor we use"). */
const WHICH = /\bwhich (?:one|ones|of|should|would|do|does|is|are|option|to)\b|(?:^|[,;:—–-]\s*)which\b/i;
/** A sentence asking what, how, who, where or why ("what should we insist on?"). */
const WH_ASKED = /^(?:so |and |ok |okay )?(?:what|how|who|where|why)\b/i;
/** "without", and the word it governs ("without passing…", "without a separate deal"). */
const WITHOUT = /\bwithout\b/i;
const WITHOUT_WHAT = /\bwithout\s+(?:(?:a|an|the|any|our|their|its)\s+)?(?:own\s+)?([a-z][a-z'’-]*)/gi;
/** A verdict opening on a plain yes or no, which a message asking the other way round turns. */
const PLAIN_CALL = /^(?:Yes|No):/;
/** Doing without something, and what: "without an IDTA". */
const DONE_WITHOUT = /\bwithout\s+(?:(?:a|an|the|any|our|their|its)\s+)?([a-z][a-z'’-]*)/gi;
/** A message asking about doing without something rather than whether it is needed. */
const DONE_WITHOUT_ASKED = /\b(?:without|with no|skip|skipping|drop|dropping|no need for)\b/i;
/** A message asking whether something is needed: "do we need…", "is an IDTA required", "still have to sign…". */
const NEEDED = /\b(?:need|needs|needed|required?|requires|necessary|mandatory|have to|has to|must)\b/i;
/** Words saying something has ended or no longer holds: "retired", "shut down", "dead", "struck down", "invalid". */
const ENDED = /\b(?:retired?|retiring|deprecated?|deprecating|withdrawn|withdrew|shut\s?down|shut|sunset(?:ted)?|discontinued|dead|gone|killed|pulled|scrapped|struck down|strike down|invalid(?:ated)?|annulled|overturned|expired?|defunct|obsolete|no longer)\b/i;
/** Words saying something goes on or still holds: "still", "available", "valid", "in force", "standing". */
const GOES_ON = /\b(?:still|available|valid|in force|standing|alive|around|supported|usable|in effect)\b/i;
/** Whether a question asks if something has ended or if it goes on; undefined when it asks neither, or both. */
function stateAsked(text: string): 'ended' | 'goes-on' | undefined {
  const ended = ENDED.test(text);
  const goesOn = GOES_ON.test(text);
  return ended === goesOn ? undefined : ended ? 'ended' : 'goes-on';
}
/** A verdict whose yes or no may be turned for a question asking the other way: "Yes:", "No:", "Yes, for now:". */
const TURNABLE_CALL = /^(?:Yes|No)(?=:|, for now:)/;

/** Kinds of question asking how long, how many or how much, which a verdict stating an amount may answer. */
const HOW_MUCH_KINDS: ReadonlySet<QuestionAnalysis['kind']> = new Set(['number']);
/** Kinds of question a choice between two options may read as. */
const CHOOSING_KINDS: ReadonlySet<QuestionAnalysis['kind']> = new Set(['yes-no', 'should', 'comparison', 'judge', 'other']);
/**
 * Kinds of catalogue entry a question asks about as its predicate ("is falcon 180b apache?"). A law is more often the
 * frame of the question ("does the EU AI Act have a compute threshold…?") than what it asks, so it is not one.
 */
const RULE_KINDS: ReadonlySet<string> = new Set(['licence']);
/** Kinds of catalogue entry that name a model: a verdict on the class does not answer a question about one of them. */
export const MODEL_KINDS: ReadonlySet<string> = new Set(['model', 'family', 'product']);

/**
 * The card verdict that settles a yes/no, should-we or choice question: among the verdicts of the best retrieved cards,
 * the one whose question covers most of the core (and names nothing the core contradicts), or failing that the one
 * the message states most nearly in its own words and abbreviations. Undefined when none
 * matches well enough: the reply then gives the facts without a verdict rather than a guessed one.
 * @param wholeScored the question's weights when the caller has them already (the composition's), so they are not worked out twice.
 * @param ownMessage the question is the asker's message as typed, not a follow-up read with the one before it.
 */
export function findVerdict(whole: QuestionAnalysis, hits: RetrievedChunk[], retriever: Retriever, wholeScored?: QuestionWeights, ownMessage = true): Verdict | undefined {
  // "is llama 4 ok for commercial use? what about the 700m clause?": the verdict settles the yes or no asked first; the
  // what after it is answered by the facts beneath. A first ask no verdict settles leaves the whole message to be
  // ("should we allow it, and can we even use it commercially?").
  // (Not in a follow-up read with the question before it: "what about the 72b one?" after "is qwen3 ok…?" asks anew.)
  const first = ownMessage ? firstYesNo(whole.core) : undefined;
  return (first && verdictOf({ ...whole, core: first, kind: questionKind(first) }, hits, retriever, undefined, ownMessage)) || verdictOf(whole, hits, retriever, wholeScored, ownMessage);
}

/** The card verdict settling `analysis` as asked (see `findVerdict`). */
function verdictOf(analysis: QuestionAnalysis, hits: RetrievedChunk[], retriever: Retriever, scored: QuestionWeights | undefined, ownMessage: boolean): Verdict | undefined {
  // A question ending on two options ("one tool for everything or split it up?") may be settled by a choice verdict,
  // whatever kind it reads as ("go closed-api fine tuning or open weights?" reads as a comparison); one picking
  // between two courses ("should health data go to claude or to llama?") by nothing else, since no yes or no settles it.
  // A yes or no about what a vendor does, judged against a vendor question ("does openai train on our data and how long
  // do they keep it?"), is still settled by that question's verdict first.
  const yesNo = asksForCall(analysis.kind) || (analysis.kind === 'judge' && questionKind(analysis.core) === 'yes-no');
  // "iso 27001 or 42001, which should we demand?", "between mistral large 2 and large 3, which one…?", "what should they
  // hunt for in the small print?": a which- or what-question is never settled by a yes or no.
  const which = WHICH.test(analysis.core);
  const last = lastSentence(analysis.core);
  const choosing = CHOOSING_KINDS.has(analysis.kind) && (TWO_OPTIONS.test(last) || (which && /\bor\b|\bvs\.?(?=\s)|\bversus\b|\bbetween\b.+\band\b/i.test(`${analysis.qualifiers} ${analysis.context} ${analysis.core}`)));
  // "how long does anthropic keep our api data?": a verdict that is no yes or no ("Only briefly by default: …")
  // answers how long or how much as directly as it answers the yes or no on the card.
  const howMuch = !choosing && !yesNo && HOW_MUCH_KINDS.has(analysis.kind);
  // "when does self-hosting actually make sense?" asks for the conditions, which no one verdict states.
  if ((!choosing && !yesNo && !howMuch) || asksConditions(analysis.core)) return undefined;
  const onlyChoices = !howMuch && (!yesNo || which || EITHER_OR.test(analysis.core));
  // A verdict that answers "how long?" ("At least six months: …") may lead a what- or how-question; one opening with
  // a yes or a no may not.
  // Unless an earlier sentence asks yes or no ("can we take that as proof their model is safe? what else should we ask
  // for?"): that part is settled first.
  const noYesOrNo = WH_ASKED.test(last) && !sentencesOf(analysis.core).some((s) => s !== last && (AUXILIARY_OPENING.test(s) || (ownMessage && /\?\s*$/.test(s) && asksForCall(questionKind(s)))));
  const all = scored ?? questionWeights(analysis, retriever);
  // A call is asked on the course, not on the reason given for it ("…because it won the bake-off. any reason not
  // to?"): words only the reason uses weigh nothing.
  const course = new Set(terms(withoutReasons(analysis.core)));
  const reasonOnly = new Set(terms(analysis.core).filter((t) => !course.has(t)));
  const dropped = yesNo ? [...all.weights].filter(([t]) => reasonOnly.has(t)) : [];
  const weights = dropped.length ? new Map([...all.weights].filter(([t]) => !reasonOnly.has(t))) : all.weights;
  const total = all.total - dropped.reduce((a, [, w]) => a + w, 0);
  if (!total) return undefined;
  const catalogue = coverageOf(retriever.chunks).catalogue;
  // The core's named things, read once.
  const coreMentions = catalogue.mentions(analysis.core);
  const named = new Set(coreMentions.flatMap((m) => (m.entry ? [m.entry.name] : [])));
  const cards = [...new Set(hits.map((h) => h.chunk.cardId))].slice(0, CARDS);
  // Tier 1 is a verdict question covering most of the core; tier 2 one the message states nearly whole.
  let best: { tier: number; score: number; verdict: Verdict } | undefined;
  const asked = terms(analysis.core);
  const asksOfModel = coreMentions.some((m) => m.entry && MODEL_KINDS.has(m.entry.kind));
  const lowerCore = analysis.core.toLowerCase();
  const onlyRun = asksOfModel && coreMentions.filter((m) => m.entry && MODEL_KINDS.has(m.entry.kind)).every((m) => RUN_BEFORE.test(lowerCore.slice(0, Math.max(0, lowerCore.indexOf(m.text.trim().toLowerCase())))));
  const askedModels = new Set(coreMentions.flatMap((m) => (m.entry?.kind === 'model' ? [m.entry.name] : [])));
  // The model a yes or no opens on, its subject: "is gemma 4 …", "does llama 3.1 …"; or the one a claim put up for
  // agreement opens on ("mistral large 2 is apache licensed just like large 3 so either works, right?").
  const opening = normalizeName(lastSentence(analysis.core)).trim();
  const opensOn = (form: string) => new RegExp(`^(?:so |and |but )?(?:(?:is|are|does|do|did|can|could|will|would|has|have) (?:the )?${form}(?: |$)|(?:since |given |as )?(?:the )?${form} (?:is|are|was|has|does|can|uses|ships|costs|comes|runs|allows|lets) )`).test(opening);
  const subjectModel = yesNo && askedModels.size > 1 ? coreMentions.find((m) => m.entry?.kind === 'model' && opensOn(escapeRegExp(m.form.trim())))?.entry?.name : undefined;
  const askedProducts = coreMentions.flatMap((m) => (m.entry && MODEL_KINDS.has(m.entry.kind) ? [normalizeName(m.entry.name).trim()] : []));
  const rules = new Set(coreMentions.flatMap((m) => (m.entry && RULE_KINDS.has(m.entry.kind) ? [m.entry.name] : [])));
  const frames = coreMentions.filter((m) => m.entry && FRAME_KINDS.has(m.entry.kind));
  const parties = new Set(coreMentions.flatMap((m) => (m.entry && m.entry.kind !== 'concept' ? terms(m.form) : [])));
  // The verdict's question may be met by the asker's situation as well ("~5m monthly users on llama 4. do we need a
  // special licence from meta?" meets "Does a company with fewer than 700 million monthly active users need…").
  const said = [analysis.context, analysis.core, ...analysis.quoted].join(' ');
  // The cards' words for what the message says in everyday ones ("legally obliged" is "mandatory") meet a verdict
  // question written in them.
  const { stands, means } = askedBridges(analysis);
  const told = new Set([...namedTerms(said, catalogue), ...terms(means.join(' '))]);
  const mentioned = new Set(catalogue.names(said));
  const stated = statedTerms(said);
  // Whether a verdict is on doing without something the message asks is needed.
  const saidTerms = new Set(terms(said));
  const neededOf = (v: { question: string; also?: string[]; choice?: boolean }) => !v.choice && NEEDED.test(said) && [v.question, ...(v.also ?? [])].some((q) => [...q.matchAll(DONE_WITHOUT)].some((m) => terms(m[1] ?? '').some((t) => saidTerms.has(t))));
  // The share of the core's weight a verdict question's terms cover.
  // A bridged word counts when the verdict question holds the whole of what it stands for, not one word of it.
  const bridged = (t: string, held: Set<string>) => (stands.get(t) ?? []).length > 0 && (stands.get(t) ?? []).every((m) => held.has(m));
  const share = (held: Set<string>) => [...weights].reduce((a, [t, w]) => a + (held.has(t) || bridged(t, held) ? w : 0), 0) / total;
  // A short ask pointing back at what the message said before it ("openai now keeps data in europe. does that stop the
  // us government getting at it?") is what must be settled: a verdict on the statement before it, holding none of the
  // ask's own words, settles something else.
  const ownAsk = analysis.asking && PRONOUN_SUBJECT.test(analysis.asking) ? terms(analysis.asking).filter((t) => weights.has(t)) : [];
  // (An ask of one word of its own, "is that legally …?", says too little to judge by.)
  const settlesAsk = (held: Set<string>) => ownAsk.length < 2 || ownAsk.some((t) => held.has(t) || bridged(t, held));
  // What a claim put up to be checked says of the things it names ("closed weights" of "vendor says mistral large 3 is
  // closed weights. right?"): a verdict question sharing only the names ("Can Mistral Large 3 be used commercially?")
  // settles something else, and its yes or no would read as a verdict on the claim.
  const claimChecked = checksClaim(analysis.core);
  const framing = new Set(claimChecked ? terms(claimFraming(analysis.core).join(' ')) : []);
  const predicate = yesNo && claimChecked ? [...weights].filter(([t, w]) => w > 0 && !parties.has(t) && !framing.has(t) && !all.optional.has(t) && !all.situation.has(t)) : [];
  const predicateTotal = predicate.reduce((a, [, w]) => a + w, 0);
  const predicateShare = (held: Set<string>) => (predicateTotal ? predicate.reduce((a, [t, w]) => a + (held.has(t) || bridged(t, held) ? w : 0), 0) / predicateTotal : 1);
  // What the message would do without ("without passing…" -> "pass").
  const withoutWhat = [...analysis.core.matchAll(WITHOUT_WHAT)].flatMap((m) => terms(m[1] ?? ''));
  // "is gpt-5 nano retired?" asks the other way round from "Is GPT-5 nano still available?": its yes is that verdict's no.
  const askedState = stateAsked(analysis.core);
  const missingAsked = MISSING_ASKED.test(analysis.core) && !BASELINE_ASKED.test(analysis.core);
  for (const cardId of cards) {
    const summary = retriever.chunk(`${cardId}#summary`);
    for (const v of summary?.verdicts ?? []) {
      if ((v.choice ? !choosing : onlyChoices) || ((noYesOrNo || howMuch) && YES_NO_CALL.test(v.verdict))) continue;
      // The licences the verdict's answer names, read once for all its ways of asking (only when the question names one).
      // (Read without its source markers: "[^gemma-terms]" names no licence.)
      const answerNames = rules.size || frames.length ? catalogue.mentions(stripMarkers(v.verdict)) : [];
      // The verdict is taken on the way of asking it that the message matches best.
      for (const question of [v.question, ...(v.also ?? [])]) {
        const vTerms = terms(question);
        const covers = share(new Set(vTerms));
        const held = sharedShare(question, told, retriever);
        // The verdict's question must be this one, not a wider one that shares its words ("Should a small support
        // firm start with a closed API and move to open weights later?" for "start with open weights?"), nor one
        // with the roles turned round ("Does Meta indemnify users of Llama 4?" for "does the licence make us
        // indemnify Meta?").
        // Roles belong to parties: the words turned round must include a named party ("Meta", "Llama 4"), not only the
        // situation's words ("govt customers … self host?" for "self-host when our customers are government…?").
        if (held < REVERSE_SHARE || (turnedRound(asked, vTerms) && vTerms.some((t) => parties.has(t)))) continue;
        // A verdict limited by a negated condition ("…good enough for unregulated data?") answers only a question that
        // states it: a fintech's customer data is not "unregulated" because the message did not say otherwise.
        if (unmetCondition(question, stated, retriever)) continue;
        // Nor does one weighing more than a baseline answer a message asking whether the baseline is enough: "more
        // often than once a year?" is a yes where "once a year, enough?" gets a no.
        if (BASELINE_ASKED.test(analysis.core) && AGAINST_BASELINE.test(question) && !AGAINST_BASELINE.test(analysis.core)) continue;
        // A verdict on whether something must be done answers a message asking to do without it the other way round:
        // "can we ship gemma 3 without passing google's usage rules on?" gets "No: anyone who builds … must pass…"
        // from "Must a product built on Gemma 3 pass…? Yes: …". One that is no plain yes or no does not answer it.
        const turned = withoutWhat.some((t) => vTerms.includes(t)) && !WITHOUT.test(question);
        if (turned && !PLAIN_CALL.test(v.verdict)) continue;
        // Nor does one on doing without something ("Can a UK firm send data … under the data bridge without an IDTA?
        // Yes, if…") answer a message asking whether it is needed ("do we need an IDTA even on the data bridge?"), however
        // the verdict's question is worded this time.
        if (neededOf(v) && !DONE_WITHOUT_ASKED.test(said)) continue;
        // A verdict on whether something goes on answers a message asking whether it has ended with the other yes or no
        // ("is the dpf dead?" gets "No, for now: …" from "Is the DPF still valid? Yes, for now: …"); one that is no plain
        // yes or no does not answer it.
        const itsState = askedState && stateAsked(question);
        // "is anything missing from that promise?" asks the other way round from "Is … enough?": its yes is that no.
        const lacking = missingAsked && BASELINE_ASKED.test(question);
        const reversed = (Boolean(itsState) && itsState !== askedState) || lacking;
        if (reversed && !TURNABLE_CALL.test(v.verdict)) continue;
        // A verdict about another named thing ("Llama 3") does not answer a question naming "Llama 4".
        const vMentions = catalogue.mentions(question);
        const its = vMentions.flatMap((m) => (m.entry ? [m.entry.name] : []));
        // A verdict on what a vendor does with a model of its that the message names by the model's own name
        // ("Does self-hosting DeepSeek weights send our data to DeepSeek?" for "deepseek-r1 self-hosted … does any data
        // go back to china?") is about that model: the model's name begins with the maker's.
        const maker = vMentions.some((m) => m.entry?.kind === 'vendor' && askedProducts.some((a) => a.startsWith(normalizeName(m.entry!.name).trim())));
        if (named.size && its.length && !its.some((n) => named.has(n)) && !maker) continue;
        // Nor one about another version of the model asked about ("Gemma 3" for "does gemma 4 still let google…"),
        // whatever else the two share ("Google").
        const versions = vMentions.flatMap((m) => (m.entry?.kind === 'model' ? [m.entry.name] : []));
        if (askedModels.size && versions.length && !versions.some((n) => askedModels.has(n))) continue;
        // Nor, when a yes or no opens on a model as its subject ("is gemma 4 free of that clause gemma 3 had?"), one
        // naming other models of the message but not that one.
        if (subjectModel && versions.length && !versions.includes(subjectModel)) continue;
        // Nor one on another member of a family asked about by its version ("Is Qwen2.5-72B under Apache 2.0?" for "is
        // qwen3 apache 2.0?"): some model it names must be one the question names, or a wider or narrower name of it.
        const itsProducts = vMentions.flatMap((m) => (m.entry && MODEL_KINDS.has(m.entry.kind) ? [normalizeName(m.entry.name).trim()] : []));
        if (askedProducts.length && itsProducts.length && !itsProducts.some((n) => askedProducts.some((a) => a.startsWith(n) || n.startsWith(a)))) continue;
        // Nor does a verdict on a whole class ("Is an open-weight model open source?") answer one asked of a named model
        // ("is olmo 2 open source, or only open-weight?"), which may be the exception. A choice between two ways of doing
        // something ("fine-tune via the openai api or take llama and tune it ourselves?") names models as examples of
        // each way: the verdict on the ways answers it.
        // (Unless the models are named only as what the asker would run: "can we self-host qwen3 without our own content
        // filtering?" asks about self-hosting, which the verdict on any self-hosting firm settles.)
        if (asksOfModel && !v.choice && !maker && !onlyRun && !vMentions.some((m) => m.entry && MODEL_KINDS.has(m.entry.kind))) continue;
        // A licence the question names is what it asks about ("is falcon 180b apache?"): a verdict naming it in
        // neither its question nor its answer settles something else ("Can TII change the Falcon 180B terms?").
        if (rules.size && ![...vMentions, ...answerNames].some((m) => m.entry && rules.has(m.entry.name))) continue;
        // Nor does one leaving out a law or licence the question names, from a card that does not hold it either.
        if (frames.length && leavesOutRule(frames, [...vMentions, ...answerNames], cardId)) continue;
        // Read with the names' other forms, a verdict question covers a core that abbreviates them ("dpf").
        // Its terms with the other forms of the names it mentions, read once here and for the ask's own words below.
        const withNames = namedTerms(question, catalogue);
        // (A verdict that is no yes or no, "Only briefly by default: …", reads as no call on the claim.)
        if (YES_NO_CALL.test(v.verdict) && predicateShare(withNames) < PREDICATE_SHARE) continue;
        // Nor does a verdict on a course ("Is moving from Gemma 3 to Gemma 4 worth it…?") settle a claim of fact ("gemma 4
        // still has the gemma terms of use. true?"): its yes is a recommendation, not that the claim holds.
        if (claimChecked && COURSE_ASKED.test(question)) continue;
        const byName = share(withNames);
        const mutual = byName + held > 0 ? (2 * byName * held) / (byName + held) : 0;
        // Stated in the message's own way, the verdict question still names nothing the message does not ("Does OLMo
        // pass the OSI definition?" does not answer "does Phi-2?", nor "Is Qwen2.5-72B under Apache 2.0?" a question on
        // its notice); concepts may be paraphrased.
        // A verdict on two models answers a question on one of them ("Can Falcon 7B and Falcon 40B…" for "falcon 40b?").
        const meets = vMentions.some((m) => m.entry && MODEL_KINDS.has(m.entry.kind) && mentioned.has(m.entry.name));
        // A verdict on what something costs answers only a message about money: "Does Claude Opus 4.6 cost more than
        // Claude Opus 4.5?" shares a name with "can we use claude opus 4.6 for hr decisions under the ai act?" and
        // settles nothing it asks.
        // One on uptime answers only a message about uptime ("What availability SLA does Azure OpenAI offer?" is no answer to
        // "does azure openai keep data in the eu?").
        if (VERDICT_TOPICS.some((topic) => topic.test(question) && !topic.test(said))) continue;
        // One asked of a sum ("Should we self-host if our API spend is under £1,500 a month?") answers only a message
        // giving one: "is self hosting worth looking at if our api bill jumps around?" states no spend to be under it.
        if (STATES_SUM.test(question) && !STATES_SUM.test(said)) continue;
        const stands = mutual >= MUTUAL_SHARE && held >= HELD_SHARE && vMentions.every((m) => !m.entry || m.entry.kind === 'concept' || mentioned.has(m.entry.name) || (meets && MODEL_KINDS.has(m.entry.kind)));
        if (!settlesAsk(withNames)) continue;
        // A verdict question adding a purpose the message never states ("Should we self-host to fine-tune on our own
        // data?" for "should we self host?") asks something narrower.
        const purpose = PURPOSE.exec(question)?.[1];
        if (purpose && !terms(purpose).some((t) => told.has(t) || weights.has(t) || bridged(t, told))) continue;
        const [tier, score] = covers >= MATCH_SHARE ? [1, covers] : stands ? [2, mutual] : [0, 0];
        if (!tier || (best && (best.tier < tier || (best.tier === tier && best.score >= score)))) continue;
        const claim = markdownClaims(v.verdict)[0];
        const source = summary?.sources.find((s) => claim?.sources.includes(s.id ?? '')) ?? summary?.sources[0];
        const text = claim?.text ?? v.verdict;
        const flipped = turned ? text.replace(PLAIN_CALL, (call) => (call === 'Yes:' ? 'No:' : 'Yes:')) : text;
        const called = reversed ? flipped.replace(TURNABLE_CALL, (call) => (call === 'Yes' ? 'No' : 'Yes')) : flipped;
        best = { tier, score, verdict: { text: called, cardId, title: summary?.title ?? cardId, url: source?.url ?? null, ...(v.choice ? { choice: true as const } : {}) } };
      }
    }
  }
  return best?.verdict;
}

/** Words about money: what something costs, what it is paid, what is saved. */
const ABOUT_MONEY = /[$£€]|\b(?:cost|costs|costing|costly|price[sd]?|pricing|pricier|priciest|cheap\w*|cheep\w*|dearer|dearest|expensive|pay|pays|paying|paid|bill\w*|fees?|discounts?|spend\w*|budget\w*|saving|savings|save|money|per (?:token|million|mtok|hour)|mtok|invoice\w*|rates?)\b/i;

/** Words about a service staying up: its SLA, uptime, outages. */
const ABOUT_UPTIME = /\b(?:sla|slas|uptime|up[- ]time|availability|available|outages?|downtime|down|service credits?|reliab\w*|nines)\b/i;
/** A sum of money stated: "£1,500", "$2k", "3k a month", "4 grand", "900 euros". */
const STATES_SUM = /[$£€]\s?\d|\b\d[\d,.]*\s?(?:k|grand)\b|\b\d[\d,.]*\s?(?:pounds|quid|dollars|euros|gbp|usd|eur)\b/i;
/** Topics a verdict question may be about that a message must be about too for the verdict to settle it. */
const VERDICT_TOPICS = [ABOUT_MONEY, ABOUT_UPTIME];

/**
 * Whether a sentence says again what a verdict says: nearly in its words, or read with the other forms of the names
 * both use ("We found no record that the Open Source Initiative has approved OpenMDW" after "No, as far as we can find:
 * there is no record of OSI approval for OpenMDW…"). What the verdict names and states is read once, for every
 * sentence asked about. `asked` names the things the ask names: a sentence with figures for one of them is never a
 * retelling.
 */
export function restatesVerdict(verdict: string, catalogue: Catalogue, asked: ReadonlySet<string> = new Set()): (sentence: string) => boolean {
  // A name the verdict does not give is something new ("…, and Gemma 4 under Apache 2.0").
  const its = new Set(catalogue.mentions(verdict).flatMap((m) => (m.entry ? [m.entry.name] : [])));
  const verdictAmounts = new Set(statedAmounts(verdict));
  const said = namedTerms(stripMarkers(verdict), catalogue);
  return (sentence) => {
    // Figures of its own for a thing asked about that the verdict does not name are news, however alike the words
    // ("GPT-5 nano cost $0.05…" after "GPT-5 mini costs $0.25 input and $2 output per million tokens").
    if (asked.size && newFigures(sentence, verdict) && catalogue.mentions(sentence).some((m) => m.entry && asked.has(m.entry.name) && !its.has(m.entry.name))) return false;
    if (nearDuplicate(sentence, verdict, RESTATES)) return true;
    if (newFigures(sentence, verdict)) return false;
    const namesNothingNew = (concepts = true) => !catalogue.mentions(sentence).some((m) => m.entry && (concepts || m.entry.kind !== 'concept') && !its.has(m.entry.name));
    // Two or more of the verdict's amounts and none of its own: "For a typical UK services business, self-hosting starts
    // to compete … between £1,500 and £2,500…" after "…inside the £1,500-£2,500 crossover band…" gives the band again,
    // whatever idea it names on the way ("self-hosting").
    const amounts = new Set(statedAmounts(sentence));
    if (amounts.size >= AMOUNTS_RETOLD && [...amounts].every((a) => verdictAmounts.has(a))) return namesNothingNew(false);
    const own = new Set(terms(stripMarkers(sentence)));
    // The share of the sentence's own words the verdict holds, in any form of its names.
    const held = [...own].filter((t) => said.has(t)).length;
    return own.size > 0 && held / own.size >= RESTATES && namesNothingNew();
  };
}
/** Amounts of a verdict a sentence gives again, and none of its own, at which it retells the verdict. */
const AMOUNTS_RETOLD = 2;

/** Supporting sentences kept after a verdict: the verdict answers; these only back it. */
const SUPPORT = 2;

/**
 * Puts the verdict first, then the supporting sentences, renumbering citations so each page keeps one number. A
 * sentence restating the verdict, or about other models or vendors than those asked about, is left out.
 */
export function withVerdict(verdict: Verdict, composition: { answer: string; citations: Citation[]; aside?: (sentence: string) => boolean; added?: string[] }): { answer: string; citations: Citation[] } {
  const lead: Citation = { n: 1, id: verdict.cardId, title: verdict.title, url: verdict.url, snippet: verdict.text };
  const merged = appendCited([lead], { text: composition.answer, citations: composition.citations });
  // The verdict already states the fact a supporting sentence may restate ("Commercial use of Llama 4 is
  // allowed..." after "Yes, on conditions: ..."): such a sentence is dropped, never said twice.
  const parts = citedSentences(merged.text)
    .filter(({ sentence }) => !nearDuplicate(sentence, verdict.text, RESTATES) && !composition.aside?.(sentence) && !composition.added?.includes(sentence))
    .filter(({ marker }) => !verdict.ownCardSupport || merged.citations.find((c) => `[${c.n}]` === marker)?.id === verdict.cardId)
    .slice(0, SUPPORT)
    .map(({ sentence, marker }) => `${sentence} ${marker}`);
  // A dropped sentence may take a citation with it: numbers stay 1..n in order of use.
  const { text, citations } = compactCitations([`${verdict.text} [1]`, ...parts].join(' '), merged.citations);
  return { answer: text, citations };
}

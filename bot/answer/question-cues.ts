import { terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { CHAT_WORDS, definitionSubject } from './question.ts';
import { monthNumber } from '../../workflows/format.ts';

/**
 * The kind of fact a question asks for, judged from its wording (answer-type detection, as in classic
 * question answering): "how much" wants an amount, "when did" a date, "how long" a duration, "what is X" a
 * definition of X. A sentence carrying that kind of fact gets a bonus when the answer is composed.
 */

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|a few|several';

const AMOUNT = /[$£€]\s?\d|\d\s?(%|percent\b|per ?cent\b|million\b|billion\b|bn\b|[mk]\b)|\d[\d,.]*\s*(tokens?|tok\/s|GPUs?|hours?|users?|controls?|risks?|points?|times)\b|\b\d[\d,.]*\s*x\b/i;
/** A sentence saying what settles something: "…, not what the contract says, decides whether…", "depends on". */
const DECIDES = /\b(?:decides?|determines?|depends on|turns on|is decided by|is determined by)\b/i;
/** A ratio or a share: "29 to 41 times less", "10x", "half the price", "about 10%". */
const RATIO = /\b\d[\d,.]*(?:\s*(?:to|-|–)\s*\d[\d,.]*)?\s*(?:times|x)\b|\b(?:twice|half|halves|halved?|double[sd]?|triple[sd]?|a (?:third|quarter|fifth|tenth))\b|\d\s?(?:%|percent\b|per ?cent\b)/i;
const DATE = new RegExp(`\\b(19|20)\\d\\d\\b|\\b(${MONTHS})\\b`);
const DURATION = new RegExp(`\\b(\\d+|${NUMBER_WORDS})(\\s*(to|-|–|or)\\s*(\\d+|${NUMBER_WORDS}))?\\s*(days?|weeks?|months?|years?|hours?|quarters?)\\b|\\b(every|each)\\s+(day|week|month|quarter|year)\\b|\\b(daily|weekly|monthly|quarterly|annually|yearly)\\b`, 'i');
/** A size stated with its measure: "three to eight points", "13 weeks", "about 10%". */
const SIZE = new RegExp(`\\b(\\d[\\d,.]*|${NUMBER_WORDS})(\\s*(to|-|–|or)\\s*(\\d[\\d,.]*|${NUMBER_WORDS}))?\\s*(%|percent\\b|points?\\b|times\\b|x\\b|days?\\b|weeks?\\b|months?\\b|years?\\b)`, 'i');
/** A date ("26 July 2024", "July 2025", "2023") or a version ("Apache 2.0"), whose figures count nothing. */
const NO_COUNT = new RegExp(`\\b(?:\\d{1,2}\\s+)?(?:${MONTHS})\\s+(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\b|\\b\\d+\\.\\d+\\b`, 'g');
const COUNT = new RegExp(`\\b(\\d[\\d,.]*|${NUMBER_WORDS})\\b`, 'i');

/**
 * A reason the asker gives for a course, up to the end of its clause: "because it's cheap", "since it won the
 * bake-off". It explains the course asked about; a call on the course does not turn on it. So does a condition a claim
 * carries: "…keeps our prompts forever unless we ask for deletion, right?" is settled by how long they are kept.
 */
const REASON = /\b(?:because|since|cos|cuz|as|unless) (?:it|they|its|it's|that|this|the|we|our|their|you)\b[^.?!,]*/gi;
/** The text without its reason clauses ("launch on the preview because it's cheap. should we?" -> "launch on the preview . should we?"). */
export function withoutReasons(text: string): string {
  return text.replace(REASON, ' ');
}

/** Words besides the subject a defining sentence may open with ("Standard contractual clauses (SCCs) are…"). */
const SUBJECT_SLACK = 4;

/** A sentence opening on a condition, a circumstance or an action ("With an abstraction layer in place, …", "Calling something a foundation model …") defines nothing. */
const SUBORDINATE_OPENING = /^(\w+ing|whether|with|without|when|whenever|if|unless|because|since|although|though|once|after|before|for|in|on|under|by|during|while|as)\b/i;

/**
 * "fine" as a penalty ("max fine under the ai act", "a gdpr fine of", "fine for breaching"), not as "is that fine?"
 * nor "fine-tuning": the cue asks for an amount, and the question weights count the word.
 */
export const FINE_AS_PENALTY = /\b(a|the|max|maximum|top|biggest|highest|largest|worst[- ]case|case|headline|act|gdpr|regulatory|possible|potential|same)\s+fine\b(?![- ]?tun)|\bfine\s+(under|of|up to|amount|cap|for (breach|breaking|violat))/i;

/** True when the sentence spells out the acronym near its start: "Standard contractual clauses (SCCs) are…". */
function spellsOut(acronym: string, sentence: string): boolean {
  return new RegExp(`^[^.]{0,80}\\((${acronym.replace(/[^\w\s-]/g, '').replace(/s$/i, '')})s?\\)`, 'i').test(sentence);
}

/** A question asking under what conditions something pays: "when does self-hosting make sense", "at what point…", "the triggers". */
const CONDITIONS = /\bwhen (?:does|do|is|would|will|are)\b[^?.]{0,60}\b(?:make sense|makes sense|pay off|pays off|worth it|beat|beats|win|wins|the right (?:call|choice|move))\b|\bat what point\b|\btriggers?\b|\bin what (?:situations|cases|circumstances)\b/i;

/** True when the question asks for the conditions under which something is right, answered by a sentence listing them. */
export function asksConditions(question: string): boolean {
  return CONDITIONS.test(question);
}

/** A sentence saying what was chosen: "The firm chose both…", "decided to…", "went with…". */
const CHOSE = /\b(?:chose|chosen|decided|picked|went with|settled on|opted)\b/i;

/** Longest definition subject read as an acronym ("TRA", "dpia", "sccs"). */
const ACRONYM_CHARS = 6;

/**
 * For a question asking what an acronym is ("dpia?", "what's a TRA"), a test for the sentence that spells it out
 * ("A data protection impact assessment (DPIA) is…"); undefined for any other question.
 */
export function spellsOutCue(question: string): ((sentence: string) => boolean) | undefined {
  // "a gpai model" is asked as the acronym is: the spelled-out sentence may say "(GPAI) models have…".
  const def = definitionSubject(question)?.replace(/\s+models?$/i, '');
  if (!def || !/^[a-z]{2,}$/i.test(def) || def.length > ACRONYM_CHARS) return undefined;
  // The spelled-out name is the sentence's subject: a verb follows it ("(SCCs) are", "(GPAI) models have"), not more
  // of a list ("(IDTA) and the UK Addendum came into force") or a phrase ("your … (TRA) with facts").
  const subject = new RegExp(`\\((?:${def})s?\\)\\s+(?:models?\\s+)?(?:is|are|was|were|means|stands for|refers to|has|have)\\b`, 'i');
  // So does a sentence naming the term it spells out ("The EU AI Act uses the term general-purpose AI (GPAI) model for…").
  const named = new RegExp(`\\b(?:uses?|used|coins?|coined) the (?:term|name|label)\\s[^.]{0,60}\\((?:${def})s?\\)`, 'i');
  return (s) => spellsOut(def, s) && (subject.test(s) || named.test(s));
}

/** A test for sentences that carry the fact a question asks for; undefined when the wording gives no hint. */
export function answerCue(question: string): ((sentence: string) => boolean) | undefined {
  const q = question.toLowerCase().trim();
  // "What did that firm end up doing?" asks for the choice made: the sentence saying what was chosen.
  if (/\bwhat (?:did|do|does|would) [^?]{1,40}\b(?:end(?:ed)? up (?:doing|choosing|with|going with)|decide|choose|pick|go with|settle on|opt for)\b/.test(q)) return (s) => CHOSE.test(s);
  // "What does cost predictability refer to?" asks what a term means, whatever amount words the term holds.
  const definition = definitionCue(question);
  if (definition && /\b(refer to|refers to|mean|means|stand for|stands for)\b/.test(q)) return definition;
  if (/\bhow (long|often|soon|quickly)\b|\bhow many (days|weeks|months|years|hours)\b/.test(q)) return (s) => DURATION.test(s);
  // "what decides which one they are?", "what determines…": the sentence saying what decides it.
  if (/\bwhat (?:decides|determines|settles|makes the call on)\b|\bwhat (?:does|do) (?:it|that|this) (?:depend|turn) on\b/.test(q)) return (s) => DECIDES.test(s);
  // "how much cheaper…?", "how many times dearer", "rough multiple": a ratio or share, not any amount.
  if (/\bhow many times\b|\b(?:multiple|ratio)\b|\bhow much (?:cheaper|dearer|pricier|more expensive|less expensive|more|less)\b/.test(q)) return (s) => RATIO.test(s);
  if (FINE_AS_PENALTY.test(q) || /\bhow (much|expensive|cheap)\b|\b(cost|costs|price|prices|priced|pricing|spend|fines|penalt\w*|fee|fees|throughput|rate)\b|\bper (hour|month|year|token)|[$£€%]|\bper (1m|1k|m|k|million|thousand)? ?tokens?\b|\bper ?cent(age)?\b/.test(q)) {
    return (s) => AMOUNT.test(s);
  }
  // "how many controls…", "how many users before…": the sentence counting those, failing that any count that is no
  // date or version.
  const counted = /\bhow many ([a-z][a-z-]+)/.exec(q)?.[1];
  if (counted) {
    const noun = new RegExp(String.raw`\b\d[\d,.]*(?:\s+[a-z-]+){0,3}?\s+${counted.replace(/(?:ies|es|s)$/, '').slice(0, 6)}`, 'i');
    return (s) => noun.test(s) || COUNT.test(s.replace(NO_COUNT, ' '));
  }
  if (/\bhow many\b/.test(q)) return (s) => COUNT.test(s);
  // "how big is the gap", "how far behind": a size, in figures or in time.
  if (/\bhow (big|large|wide|small|far behind|far ahead|close)\b/.test(q)) return (s) => AMOUNT.test(s) || SIZE.test(s);
  // "when do we redo it?", "when should we update our dpia?": when to do again something done before asks for the
  // occasion ("whenever the model, the vendor or the data changes", "every quarter"), not a date.
  if (REDONE_WHEN.test(q)) return (s) => OCCASION.test(s);
  // "When did / does / was ..." asks for a date; "When should we ..." and "when does self-hosting make sense" ask for
  // conditions (`asksConditions`).
  if (!asksConditions(q) && /\bwhen (did|was|were|does|do|is|will)\b|\b(what|which) (year|date|day)\b|\bdeadlines?\b|\bsince when\b|\b(key )?dates\b|\btimeline\b|\bwhat applies (already|now|when)\b/.test(q)) return (s) => DATE.test(s);
  return definition;
}

/** When to do again something done before: "when do we redo it", "when should we update our dpia", "when to review". */
const REDONE_WHEN = /\bwhen (?:(?:do|should|must|would|will|can|could|shall) (?:we|i|you|they|our \w+)\s+(?:\w+\s+)?(?:need to |have to )?|to |(?:do|does) (?:it|that|this|the \w+) need to be )(?:redo|re-?do|re-?run|re-?check|re-?assess|re-?evaluate|revisit|review|update|refresh|repeat|renew|re-?test|audit|check again|look again|redone|updated|reviewed|revisited|refreshed|repeated|renewed)\b/;
/** An occasion for doing something: "whenever…", "before it goes live", "every quarter", "each time…". */
const OCCASION = /\b(?:whenever|each time|every (?:time|quarter|year|month|six months|twelve months)|before (?:an?|the|any|it|you)\b|as soon as|quarterly|annually|once a (?:year|quarter))/i;

/** A date as the cards write it: "2 August 2026", "March 2026", or a year standing alone (not "2024/1689"). */
const A_DATE = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTHS})\\b,?\\s+((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)\\b(?![/-]\\d)`, 'g');

/** Several dates asked for ("ai act key dates", "the deadlines", "a timeline"), not "no version dates anywhere". */
const DATE_SET = /(?<!\b(?:no|without|any|missing)\s(?:[\w-]+\s)?)\b(?:dates|deadlines|milestones|timeline)\b/i;

/** True when a list question asks for a set of dates, to be given in date order. */
export function asksDateList(question: string): boolean {
  return !asksConditions(question) && DATE_SET.test(question);
}

/** The dates a sentence states, in its order, as sortable numbers (year, month, day; a year alone is its year). */
export function statedDates(sentence: string): number[] {
  return [...sentence.matchAll(A_DATE)].map((m) =>
    m[4] ? Number(m[4]) * 10000 : Number(m[3]) * 10000 + (monthNumber(m[2] ?? '') || 1) * 100 + Number(m[1] ?? 0),
  );
}

/** When the sentence's first date falls, as a sortable number; undefined when it states none. */
export function firstDate(sentence: string): number | undefined {
  return statedDates(sentence)[0];
}

/** A description opening a sentence, then a name set off by commas: "The NIST generative AI profile, NIST AI 600-1, …". */
const APPOSITION = /^(?:the |an? )?[^,;]{3,60},\s*([^,;]{2,40}),/i;

/** Words the names of many different things share: never enough on their own to say a sentence opens with one of them. */
const SHARED_WORDS: ReadonlySet<string> = new Set(['ai', 'model', 'data', 'llm']);
/** A share of a thing opening a sentence: "All of…", "Some of…". */
const QUANTIFIER = /^(?:all|some|most|many|none|each|both|few|several|any|part|half)$/;

/** A sentence opening on a noun of something: "Publication of…", "The scope of…". */
const OF_OPENING = /^(?:the\s+|an?\s+)?([a-z][\w-]*)\s+of\s/i;

/** A sentence saying only when something came out ("The OLMo 2 models were released on 26 November 2024."). */
const ONLY_WHEN_OUT = /^[^,;:]*\b(?:was|were)\s+(?:first\s+)?(?:released|published|launched|announced|introduced|adopted|enacted|signed|approved)\s+(?:on|in)\s+[^,;:]+?\.?$/i;

/** A contrast opening a sentence: "Unlike the standalone IDTA, ", "Like the EU SCCs, ", "Compared with ISO 27001, ". */
const CONTRAST_OPENING = /^(?:unlike|like|as with|compared (?:with|to)|in contrast to)\s+[^,;:]{2,60},\s+/i;

/** The test for a sentence defining what a definition question asks about; undefined for other questions. */
function definitionCue(question: string): ((sentence: string) => boolean) | undefined {
  const def = definitionSubject(question);
  if (def) {
    // A sentence that defines the subject: it names most of the subject's words and uses a defining verb.
    const subject = terms(def).filter((t) => !CHAT_WORDS.has(t));
    const words = def.split(/\s+/);
    const initials = words.length >= 2 && words.every((w) => /^[a-z]+$/i.test(w)) ? words.map((w) => w[0]).join('') : undefined;
    const verb = /\b(is|are|means|refers to|describes|covers|requires|defines|sets out|was|were|asks|measures|concerns|captures|names|lets|gives|releases|publishes|provides|allows|offers|makes|uses|has|have|can|must)\b/i;
    // The subject must come before the verb: "OLMo 2 is a model that passes the OSI definition" defines OLMo.
    // A contrast opening the sentence ("Unlike the standalone IDTA, the UK Addendum lets…") sets another thing beside the
    // subject; what follows it says what the subject is.
    return (sentence) => {
      const s = sentence.replace(CONTRAST_OPENING, '');
      const v = verb.exec(s);
      // When a thing came out says nothing of what it is.
      if (!v || !subject.length || SUBORDINATE_OPENING.test(s) || ONLY_WHEN_OUT.test(s.trim())) return false;
      // ...and the sentence opens with it: "Whether a foundation model's weights can be downloaded … is a separate
      // question" names the subject before its verb but defines something else.
      const before = terms(s.slice(0, v.index));
      const opening = new Set(before.slice(0, subject.length + SUBJECT_SLACK));
      // A sentence spelling out the acronym asked about near its start ("Standard contractual clauses (SCCs) are…",
      // "…providers of general-purpose AI (GPAI) models have…") says what it stands for, wherever its subject sits.
      if (spellsOut(def, s)) return true;
      // A name asked in full is defined by a sentence opening with its initials ("A TRA looks at…" for "what's a
      // transfer risk assessment").
      if (initials && new RegExp(`^(?:an? |the )?${initials}s?\\s+[a-z]`, 'i').test(s)) return true;
      // Otherwise the subject starts the sentence ("An open-weight model releases…"); "The OSI also publishes a
      // separate Open Weights definition" is about the OSI.
      // A sentence opening on something of the subject ("Publication of the Digital Omnibus in the Official Journal has not
      // been confirmed") is about that something.
      // So is one opening on a share of it ("All of the OLMo 2 materials are licensed…").
      const ofWhat = OF_OPENING.exec(s)?.[1]?.toLowerCase();
      if (ofWhat && !subject.includes(ofWhat) && !subject.includes(before[0] ?? '')) return false;
      if (ofWhat && QUANTIFIER.test(ofWhat)) return false;
      // A word every kind of thing here shares ("ai", "model", "data") starts it only when more of the subject follows:
      // "The EU Data Act is…" opens on the Data Act, "An AI vendor that maps its testing to NIST AI 600-1 gives…" on the
      // vendor.
      const starts = [0, 1].some((i) => subject.includes(before[i] ?? '') && (!SHARED_WORDS.has(before[i] ?? '') || i + 1 >= before.length || subject.includes(before[i + 1] ?? '')));
      // Or the subject is set off by commas after the description that opens the sentence ("The NIST generative AI
      // profile, NIST AI 600-1, published on 26 July 2024, names 12 risks…").
      const named = APPOSITION.exec(s.slice(0, v.index))?.[1];
      if (named && subject.every((t) => terms(named).includes(t))) return true;
      return starts && subject.filter((t) => opening.has(t)).length / subject.length >= 0.6;
    };
  }
  return undefined;
}

import type { Coverage } from '../../knowledge/entities/coverage.ts';
import { displayName, MODEL_SUFFIX, type CatalogueEntry, type Mention } from '../../knowledge/entities/catalogue.ts';
import { normalizeName, writtenName } from '../../knowledge/entities/normalize.ts';
import { isStopword } from '../../knowledge/retrieval/text/stopwords.ts';
import { escapeRegExp, ROMAN_NUMERALS, terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { CHAT_WORDS, COMPARATIVES, PRICE_UNIT_SHORTHAND } from './question.ts';
import { speaksOfAi } from '../../workflows/decision/situation/asks.ts';
import { UNHELD_CURRENCY_CODES } from '../../workflows/decision/situation/amounts.ts';

/** A named thing the question asks about that the knowledge base does not hold. */
export interface Uncovered {
  /** As it should be named back to the asker, e.g. "Claude Sonnet 4.6", "Article 99", "Phi-4". */
  name: string;
  /** Covered things of the same family, nearest first (e.g. "Claude Sonnet 4.5"). */
  closest: string[];
  /** Cards holding the closest things. */
  cards: string[];
  /** A property of a covered thing ("the latency of Claude Opus 4.6"), not a thing itself. */
  property?: true;
  /** The closest are things the question names beside the gap ("on Lambda" for "H200"), not relatives of it. */
  beside?: true;
}

/** What the detector needs to know about words: the knowledge base's vocabulary and English word frequency. */
export interface WordFacts {
  /** True when the knowledge base uses the word (after the index's own stemming). */
  known(word: string): boolean;
  /** Frequency rank in general English (0 = most common), when known. */
  rank?(word: string): number | undefined;
}

/** Letter parts of "<word> <number>" that are ordinary phrases, not product names ("step 2", "top 3"). */
const NOT_A_NAME = new Set([
  'step', 'steps', 'top', 'tier', 'level', 'phase', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'page', 'pages', 'version', 'option', 'question', 'item', 'under', 'over', 'about', 'around', 'only', 'than', 'for',
  'in', 'of', 'by', 'the', 'a', 'an', 'and', 'or', 'to', 'per', 'with', 'at', 'gbp', 'usd', 'eur', 'k', 'm', 'bn', 'mb',
  'gb', 'tb', 'x', 'part', 'no', 'number', 'figure', 'table', 'q', 'v', 'since', 'from', 'until', 'before',
  'after', 'is', 'are', 'be', 'we', 'our', 'us', 'it', 'its', 'up', 'down', 'first', 'last', 'next', 'team', 'people',
  'staff', 'person', 'users', 'seats', 'gpus', 'gpu', 'tokens', 'token', 'hours', 'hour', 'mins', 'minutes', 'approx',
  'roughly', 'maybe', 'like', 'spend', 'spending', 'budget', 'pay', 'paying', 'costs', 'cost', 'on', 'each', 'every',
  'get', 'got', 'have', 'has', 'need', 'needs', 'using', 'use', 'run', 'running', 'covid', 'windows', 'web',
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug',
  'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december', 'fy', 'h1', 'h2',
  'vs', 'versus', 'than', 'against',
  // What a rented product is counted in ("2 aws g5.xlarge boxes", "three p5 instances").
  'box', 'boxes', 'instance', 'instances', 'machine', 'machines', 'node', 'nodes', 'server', 'servers', 'vm', 'vms',
  // How the asker wants the answer laid out ("bullets: extra work we own if we self host?").
  'bullets', 'bullet', 'bulleted', 'bulletpoints', 'tldr', 'eli5', 'summary', 'recap', 'list', 'checklist',
  // Units prices are quoted in ("$/mtok", "per 1m tok").
  ...PRICE_UNIT_SHORTHAND,
  // Greetings, thanks and times of day in the chat around a question, in the languages buyers write in.
  'hoi', 'hallo', 'hola', 'ciao', 'salut', 'bonjour', 'hej', 'moin', 'servus', 'cheers', 'thanks', 'thank', 'dank',
  'danke', 'merci', 'gracias', 'grazie', 'morning', 'afternoon', 'evening', 'tomorrow', 'today', 'tonight',
  'yesterday', 'atm', 'asap', 'eod', 'eow',
  // Pronouns standing for whoever it is ("somebody's copyrighted text", "someone else's model"): nobody named.
  'somebody', 'someone', 'anybody', 'anyone', 'everybody', 'everyone', 'nobody', 'else', 'whoever', 'another', 'other', 'others',
]);

/**
 * A name as the asker wrote it, found in the question by its normalised tokens and given the catalogue's casing
 * where a word is known ("deepseek r2" -> "DeepSeek R2", "gpt-4o" -> "GPT-4o", "h200" -> "H200").
 */
function askerName(core: string, form: string, coverage: Coverage): string {
  const raw = writtenName(form).exec(core)?.[0] ?? form.trim().split(' ').filter(Boolean).join(' ');
  const casing = new Map<string, string>();
  // Only a name's capitalised words teach casing: "personal data" must not lower the "Data" of "EU Data Act".
  for (const e of coverage.catalogue.entries) for (const w of e.name.split(/[^A-Za-z]+/)) if (/[A-Z]/.test(w)) casing.set(w.toLowerCase(), w);
  return raw.replace(/[a-z]+/gi, (w, offset: number, all: string) => {
    const known = casing.get(w.toLowerCase());
    if (known) return known;
    // A letter run inside a version ("4o", "22b") or an instance's size ("g6.xlarge") keeps its case; a short name
    // ("gpt", "h") reads as an acronym.
    if (offset > 0 && (/\d/.test(all[offset - 1] ?? '') || (all[offset - 1] === '.' && /\d/.test(all[offset - 2] ?? '')))) return w;
    return w.length <= 3 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1);
  });
}

/**
 * Currency codes: "CHF 2,900" is an amount of money, never a product called "CHF 2". The held currencies, those the
 * stored rates lack, and the Turkish lira's (in capitals here, never the verb).
 */
const CURRENCY_CODES: ReadonlySet<string> = new Set(['GBP', 'USD', 'EUR', 'TRY', ...UNHELD_CURRENCY_CODES.map((c) => c.toUpperCase())]);

/** Acronyms of everyday business and IT, never the subject of a gap: roles, documents, metrics, systems, stages, currencies. */
const BUSINESS_ACRONYMS = new Set([...CURRENCY_CODES, ...`
CEO CFO CTO COO CIO CISO CMO CPO CRO DPO VP SVP EVP GC HR IT OPS PM PMO QA UX UI BA
ROI KPI OKR TCO P&L EBITDA ARR MRR CAC LTV NPS CSAT SLA SLO RPO RTO YOY QOQ MOM FY FTE PTO EOD EOW ASAP FYI TBD TBC
MVP POC PoC PRD RFP RFI RFQ ITT SOW MSA NDA MOU LOI DPA TOS SOP BAU ADMIN
ERP CRM HRIS ATS CMS LMS BI ETL SSO MFA VPN LAN WAN DNS API SDK CLI IDE CI CD PR VM VMS SAAS PAAS IAAS
SME SMB B2B B2C D2C IPO VC PE LLC LLP PLC GMBH
FAQ PDF CSV XLSX DOCX URL HTML JSON XML SQL
`.split(/\s+/).filter(Boolean)]);

/** A year, not a version, when it follows a word ("dates 2025", "plan 2026"). */
const YEAR = /^(?:19|20)\d\d$/;

/** Units that make the figure before them a quantity ("30 days", "20 people", "5 gb"). */
const UNIT_AFTER = /^\s*(%|(percent|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?|people|persons?|users?|employees|staff|seats|requests?|calls?|queries|tokens?|(?:input|output|prompt|completion|cached|cache-read) tokens?|words?|messages?|documents?|docs|pages?|chats?|conversations?|customers?|tickets?|emails?|rows?|records?|gb|tb|mb|k|times|x)\b)/i;

/** The rest of a range of multiples after its low end: "-41x", " to 41 times", "–41×". */
const MULTIPLE_RANGE_AFTER = /^\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*(?:x|×|times)(?![a-z])/i;

/** What a count in thousands or millions counts ("10m input tokens", "40k chats a month"). */
const COUNTED_AFTER = /^\s*(?:input|output|tokens?|words?|messages?|documents?|docs|pages?|chats?|conversations?|users?|customers?|requests?|calls?|queries|rows|records|emails|tickets|images|a (?:day|week|month|year)|per|\/|mau|dau)\b/i;

/** The forms an inflected English word may come from: "sells" -> "sell", "priced" -> "price", "hosting" -> "host". */
function baseForms(w: string): string[] {
  const m = /^(.{3,}?)(ies|es|s|ied|ed|ing)$/.exec(w);
  if (!m || w.endsWith('ss')) return [];
  const [, stemmed = '', ending] = m;
  return ending === 'ies' || ending === 'ied' ? [`${stemmed}y`] : [stemmed, `${stemmed}e`];
}

/** Words that start a noun phrase: the word before them is a verb ("bump the price"), not a product name. */
const DETERMINER = /^(the|a|an|our|their|its|his|her|my|your|this|that|these|those|it|them|us|me|to|any|all|some|every|each)$/;
/** Particles and pronouns that end a phrasal verb: the word before them is a verb ("knock off", "roll out", "change anything"). */
const PARTICLE = /^(off|up|out|down|over|back|away|anything|everything|something|nothing)$/;

/** A catalogue entry naming a part of a law ("GDPR Article 48"), not the whole law. */
const PART_OF_LAW = / (article|art|section|recital|annex|chapter) /;

/** Words placing a law in time ("upcoming ai act dates", "the forthcoming ai act rules"): no part of its name. */
const WHEN_WORDS = /^(?:upcoming|forthcoming|incoming|coming|pending|proposed|planned|future)$/;
/** Below this rank a word before a law's name is everyday English ("worst case ai act"), not a place ("colorado"). */
const EVERYDAY_LEAD_RANK = 1500;

/** Below this rank the word a comparative is made from is everyday English ("tough" in "tougher"). */
const ADJECTIVE_RANK = 6000;

/**
 * True for a comparative of an everyday adjective: "lighter" (light), "safer" (safe), "heavier" (heavy), "bigger" (big).
 * A place before a law's name ("colorado", "texas") is not one.
 */
function comparativeOf(word: string, words: WordFacts): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]{4,}er$/.test(w)) return false;
  const stems = [w.slice(0, -2), w.slice(0, -1), `${w.slice(0, -3)}y`, ...(w.at(-3) === w.at(-4) ? [w.slice(0, -3)] : [])];
  return stems.some((s) => s.length >= 2 && (words.rank?.(s) ?? Number.POSITIVE_INFINITY) < ADJECTIVE_RANK);
}

/** The word after a vendor's own word for one of its offers: "community cloud", "reserved tier", "enterprise plan". */
const TIER_KIND = /^(?:cloud|tier|plan|edition)$/;
/** A common word joined to an agent noun: a tool's everyday name ("notetaker", "notetakers", "chatbot", "docreader"). */
const AGENT_COMPOUND = /^([a-z]{3,}?)(?:taker|maker|writer|reader|keeper|checker|builder|finder|tracker|scanner|recorder|summari[sz]er|transcriber|generator|detector|screener|bot)s?$/;
/** A company's legal form or a team's word in a message's lead ("stockholm co:", "acme ltd -", "berlin office:"): who asks, not what. */
const WHO_ASKS = /^(?:co|corp|inc|ltd|llc|gmbh|plc|ag|sa|bv|ab|oy|as|sarl|pty|team|office|hq|here|group)$/i;
/** A topic of one to three words leading a message, set off by a dash or a colon: "ibm granite — …", "cohere command: …". */
const TOPIC_LEAD = /^\s*([a-z][\w.+-]*(?:\s+[a-z0-9][\w.+-]*){0,2})\s*(?:—|–|-{1,2}|:)\s+\S/i;

/** A label leading a message rather than its topic: "Scenario: …", "background - …", "use case: …". */
const MESSAGE_LABEL = /^(?:scenario|context|background|question|situation|setup|set-up|summary|problem|request|ask|note|update|fyi|example|use case|brief|scope|status)$/i;

/** A word that makes the vendor after it the subject of a question: "does anthropic…", "will openai…". */
const AUXILIARY = /^(do|does|did|will|would|can|could|should|shall|may|might|must|has|have|had)$/;
/** Below this frequency rank, a word after "does <vendor>" is read as the vendor's verb ("guarantee", "delete"). */
const VERB_RANK = 30_000;
/** A verb after the word that follows "does <vendor>": that word is a product ("can microsoft phi be used"). */
const VERB_AFTER = /^(be|been|have|has|had|cost|costs|run|runs|need|needs|support|supports|work|works|count|counts|allow|allows|come|comes|require|requires|offer|offers|cover|covers|get|gets|use|uses|beat|beats|match|matches|compare|stack)$/;
/**
 * A word joined to a model's name that says what something is like ("gpt-5-powered", "llama-based") or names the same
 * weights tuned to follow instructions or packed for serving ("llama-3.1-70b-instruct", "…-gguf"), not a variant.
 */
const DESCRIBES = /^(?:based|style|class|level|like|only|compatible|grade|type|era|series|family|sized|size|scale|ready|friendly|free|first|native|specific|wide|quality|equivalent|tier|plus|ish|esque|instruct|chat|base|hf|gguf|awq|gptq|fp8|fp16|bf16|int4|int8)$|(?:ed|ing|ly)$/;

/** A model tier or version after it: a product's name goes on ("does amazon nova pro…", "will openai sora 2…"). */
const MODEL_TIER = /^(pro|mini|nano|flash|lite|max|ultra|plus|large|small|medium|turbo|instruct|chat|vision|reasoning|\d[\w.]*)$/;
/** A preposition after the word that follows such a vendor: that word is a verb ("hang on to", "look at"). */
const PREPOSITION = /^(on|onto|to|at|for|with|in|into|about|from|of|by|through|over|after)$/;

/** Words naming a vendor's people, pages, papers or dealings, not a product: "openai rep says", "anthropic docs", "google
 * sales", "a lambda quote", "our openai renewal". */
const VENDOR_ROLE = /^(rep|reps|sales|salesperson|account|am|csm|team|guy|guys|person|people|contact|support|engineer|engineers|lawyer|lawyers|legal|docs|documentation|website|site|portal|console|dashboard|blog|announcement|press|terms|policy|policies|contract|contracts|dpa|msa|sla|quote|quotes|renewal|renewals|proposal|proposals|offer|deal|deals|pitch|bid|tender|order|po|says|said|told|claims|claimed|offers|offered|insists|swears|promised|confirmed)$/;

/**
 * Parts of any vendor's service, not products of their own: "openai's sdk", "the anthropic api keys", "gemini
 * playground", "azure billing".
 */
const SERVICE_PART = /^(subscriptions?|plans?|seats?|sdks?|endpoints?|playground|plugins?|integrations?|webhooks?|billing|invoices?|credits|workspaces?|org|orgs|accounts?|keys?|tokens?|quotas?|app|apps|status|uptime|outage|outages)$/;

/** A question about running, hosting or paying for a model or a GPU, in which "on X" names where it runs. */
const HOSTING_TALK = /\b(host|hosts|hosted|hosting|hourly|per hour|an hour|mtok|per m|gpus?|h100s?|a100s?|rent|rental|route|routing|serve|serving|inference|price|pricing|cost|costs|cheaper|rate|deploy|deployed|run|running|runs)\b/i;

/** A word after a model or GPU saying where it runs: "on parasail", "via hyperbolic". */
const HOSTED_BY = /^(?:on|via|through|thru|at)$/;

/**
 * Words for a family maker's tools rather than its models: "claude code", "gemini code", "llama studio". (A plan's seats
 * or subscription, "claude team", "chatgpt plus", are part of a covered service: `PLAN_WORD`.)
 */
const FAMILY_PRODUCT_WORD = /^(?:code|workspace|assistant|studio|desktop)$/;
/** Words naming what a vendor sells or promises: "scale tier", "copyright shield", "partner programme", "flex processing". */
const OFFERING = /^(?:tiers?|shields?|programs?|programmes?|units?|editions?|suites?|studio|guarantees?|pledges?|protections?|add-?ons?|bundles?|packs?|processing|modes?)$/i;

/**
 * A person's role in everyday English ("the contractor's readme", "our supplier's wiki", "the consultant's deck"): what
 * such a possessive owns is that person's, not a product or law of a maker or place ("cohere's aya", "brazil's lgpd").
 */
const PERSON_ROLE = /^[a-z]+(?:er|or|ant|ist|ian)$|^(?:client|colleague|friend|partner|boss|team|legal|cto|ceo|cfo|dpo|gc|agency|firm|company)$/;
/** What follows a possessive of a person or a project: something they do, or their role ("priya's building…"). */
const POSSESSED_NOT_PRODUCT = /^[a-z]+ing\b|^(team|boss|manager|lead|idea|plan|question|budget|doc|deck|sheet|spreadsheet|call|view|take|birthday|desk|laptop|calendar|inbox)\b/i;

/** From this frequency rank a second word after a product's feature belongs to its name ("provisioned throughput"). */
const FEATURE_RANK = 20_000;
/** Points of the compass: "uk south", "west europe", "eu central" after a product name a region, not a feature. */
const COMPASS = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west)$/;
/** From this frequency rank a word the cards use may still name a product's feature the cards never give. */
const KNOWN_FEATURE_RANK = 60_000;

/**
 * Words that judge what they follow ("is mistral ok", "are anthropic trustworthy", "is openai legit", "is claude
 * usable"): what the asker says about a vendor or a product, never part of its name. The adjective endings cover the
 * open class; the list holds the everyday judgements without one.
 */
const JUDGEMENT = /^(?:ok|okay|alright|legit|fine|good|bad|safe|secure|private|cheap|pricey|dodgy|sketchy|iffy|shady|fishy|dicey|sus|suss|risky|solid|decent|worth|ready|compliant|certified|approved|allowed|available|free|expensive|enough|better|worse|best|worst|transparent|efficient)$|(?:able|ible|ous|ive|ful|less|ish|worthy)$/;

/** Share of a message's words (after each sentence's first) in title case from which capitals mark no names. */
const TITLE_CASE_SHARE = 0.5;

/** Endings of English adjectives: "proprietary", "generic", "conversational", "agentic", "innovative". */
const ADJECTIVE_ENDING = /(?:ary|ic|al|ive|ous|ful|less|able|ible|ent|ant)$/;

/** Words a model family's variants are named with, typed apart before the family ("code llama", "shield gemma"). */
const VARIANT_LEADS: ReadonlySet<string> = new Set(['code', 'med', 'shield', 'star', 'wizard', 'tiny', 'open']);

/** Below this frequency rank a word is English, not a product's name, unless written as a possessive ("x's api"). */
const ENGLISH_RANK = 40_000;
/** Below this frequency rank a word is everyday English, however the message uses it. */
const COMMON_RANK = 3000;

/**
 * Places in a sentence where a word names a law, rulebook or scheme: "under X", "does X require", "X compliance", "an X
 * assessment". "does X require" may carry a place or a qualifier before the name ("does the california ccpa require"),
 * not a verb ("does being smallish change"), and a word in brackets after the name ("does the vcdpa (virginia) cover…").
 */
const RULEBOOK = /\b(?:under|comply(?:ing)? with|compliance with|in scope (?:of|for)|required by|subject to|worry about|caught by|covered by)\s+(?:the\s+)?(?:(?:new|revised|amended|updated|current|swiss|canadian|australian|japanese|brazilian|indian|korean|chinese)\s+)?([a-z][a-z0-9]{2,})\b|\b(?:does|do|did|will|would|could|can)\s+(?:the\s+)?(?:[a-z]+(?<!ing)\s+)?([a-z][a-z0-9]{2,})(?:\s*\([^()]{1,40}\))?\s+(?:require|say|mandate|demand|expect|apply|cover|change|affect|impact|stop|allow|permit|prevent|forbid|block|ban|let|restrict|prohibit)\b|\b([a-z][a-z0-9]{2,})[\s-]+(?:compliance|compliant|obligations|requirements|article|articles|baa|certification|certified|certificate|attestation|audit|assessment|assessed|accreditation|accredited|authori[sz]ation|eligible|eligibility|ready|readiness|approved|aligned)\b/gi;
/** From this frequency rank a word in a law's place may be a law's name ("dora" 19,421); commoner ones are English. */
const RULEBOOK_RANK = 10_000;
/** Longest law's name typed in lower case that is read as an acronym. */
const ACRONYM_LENGTH = 5;

/**
 * A thing put up for a verdict on using it: "is X ok for commercial use", "are X fine in a paid product", "can we use
 * X commercially" (X of one to three words).
 */
const PUT_UP = /\b(?:is|are)\s+((?:[a-z0-9.+-]+(?:['’]s)?\s+){0,2}?[a-z0-9.+-]+)\s+(?:ok|okay|fine|allowed|safe|legal|free|licensed|usable|alright)\s+(?:for|to|in|under)\b|\b(?:is|are)\s+((?:[a-z0-9.+-]+(?:['’]s)?\s+){0,2}?[a-z0-9.+-]+)\s+['"‘“]?(?:(?:(?:really|actually|truly|fully|still)\s+)?(?:open[- ]?weights?|open[- ]?source|apache(?:[- ]2(?:\.0)?)?(?:[- ]licen[cs]ed)?|mit[- ]licen[cs]ed)|(?:really|actually|truly|fully|completely|properly)\s+open)\b|\b(?:can|could|may)\s+(?:we|i|you)\s+(?:use|run|ship|sell|deploy|self[- ]?host|host)\s+((?:[a-z0-9.+-]+\s+){0,2}?[a-z0-9.+-]+)\s+(?:commercially|in (?:a|our) (?:paid|commercial)|for (?:commercial|paid|profit))/gi;
/**
 * From this frequency rank a word in a name's place (put up for a verdict, one side of a comparison) is a product's
 * name ("granite", "magistral"), not English.
 */
const NAME_SLOT_RANK = 5_000;
// The thing a team would run itself, named after the verb that runs it, up to where the sentence goes on.
const RUN_ON_OUR_OWN = /\b(?:self[- ]?host(?:ing)?|host(?:ing)?|deploy(?:ing)?|fine[- ]?tun(?:e|ing)|finetun(?:e|ing)|run(?:ning)?|serv(?:e|ing))\s+((?:[a-z0-9.+-]+\s+){0,2}?[a-z0-9.+-]+)(?=\s+(?:on|in|for|at|with|instead|internally|ourselves|locally|on-?prem|behind|inside|vs|or)\b|\s*[?,.;:!)]|\s*$)/gi;

/** Up to three words of one side of a comparison, nearest the operator first kept in order, up to a stop word. */
function sideWords(text: string, side: 'left' | 'right'): string[] {
  // A side ends at punctuation, a line break, an emoji or an @-mention: "cc @legal-team runpod vs aws" sets RunPod
  // against AWS, not "cc legal team runpod".
  const parts = text.split(/[,.;:!?()—–\n]|@\S+|\p{Extended_Pictographic}/u);
  const tokens = (side === 'left' ? parts.at(-1) : parts[0])?.trim().toLowerCase().split(/\s+/).filter(Boolean) ?? [];
  const out: string[] = [];
  for (const w of side === 'left' ? [...tokens].reverse() : tokens) {
    if (out.length >= SIDE_WORDS || isStopword(w)) break;
    out.push(w);
  }
  return side === 'left' ? out.reverse() : out;
}
const SIDE_WORDS = 3;

/** The subject of a "what is…" question, up to "and" or the end of the clause. */
const WHAT_IS = /\bwhat(?:'s|s| is| are)\s+(?:an?\s+|the\s+)?([^?,.;]+?)(?:\s+and\b|[?,.;]|$)/i;

/** A cloud instance type as AWS writes it: a family, a dot and a size ("g5.xlarge", "p5.48xlarge", "g6e.12xlarge"). */
const INSTANCE_TYPE = /\b([a-z]{1,3}\d[a-z0-9-]*)\.(?:\d*x?large|metal|medium|small|micro|nano)\b/gi;

/** How far back a model's name may start before the word it qualifies ("gemini 2.5 flash-lite bill"). */
const NAME_REACH = 40;

/** True when the text just before `at` ends with a model, product or vendor the catalogue knows, covered or not. */
function namedJustBefore(text: string, at: number, coverage: Coverage): boolean {
  const before = text.slice(Math.max(0, at - NAME_REACH), at).trim().toLowerCase();
  return coverage.catalogue.mentions(before).some((x) => (x.entry ? x.entry.kind !== 'law' : x.closest.length > 0) && before.endsWith(x.text.trim().toLowerCase()));
}

/** Words before "bill" that make it an invoice ("the nightly bill", "our openai bill"), not a law before parliament. */
const BILLED = /^(input|output|prompt|cache|cached|caching|batch|subscription|seat|overage|hourly|monthly|nightly|weekly|daily|yearly|annual|quarterly|api|cloud|gpu|token|usage|hosting|compute|inference|electricity|power|energy|phone|total|current|final|whole|rough|estimated|expected|likely|projected|approximate|ballpark|overall|typical|average|eventual|first|next|last)$/;

/** A year typed straight after a law's name, as UK and Irish acts are named: " 2018" of "Data Protection Act 2018". */
const LAW_YEAR = /^,?\s+((?:19|20)\d{2})\b(?![.,]?\d)/;
/** Words that make "<word> act" ordinary English rather than a law's name ("the act", "this act"). */
const isArticleWord = (w: string) => /^(the|this|that|an?|such|said|whole|new|old|same|its|their|our|your|any|each|every)$/.test(w);

/**
 * A property asked of a named thing: "what is the latency of X", "what's the context window for X", "how many
 * parameters does X have", "how much memory does X have".
 */
const PROPERTY_OF = /\bwhat(?:'s|s| is| are| was)\s+(?:the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:of|for|on)\s+((?:[^?,.;]|\.(?=\d))+)/gi;
const HOW_MANY = /\bhow (?:many|much)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s+(?:does|do|did|is|are|can|will)\s+((?:[^?,.;]|\.(?=\d))+?)\s+(?:have|has|got|take|need|use|support)\b/gi;
/** Words that ask about a thing in general, not for one property of it. */
const GENERAL_ASK = /^(point|purpos|mean|differ|deal|statu|stori|catch|idea|upsid|downsid|benefit|advantag|disadvantag|risk|rule|problem|issu|situat|story|verdict|take|view|opinion|case|use|way|best|option|altern|plan|process|step|requir|oblig|duti|licen[cs]|price|pric|cost|term|fine|penalti|scope|definit|summari|gist|tl|dr|answer|question|news|latest|updat)/;

/** The properties a question asks of named things, each with the words naming the thing. */
function askedProperties(core: string): { property: string; subject: string }[] {
  return [...core.matchAll(PROPERTY_OF), ...core.matchAll(HOW_MANY)].map((m) => ({ property: (m[1] ?? '').trim(), subject: (m[2] ?? '').trim() }));
}

/** A vendor's or buyer's document, whose numbered parts are its own, not a law's. */
const CONTRACT_DOC = '(?:dpa|msa|contract|agreement|terms|tos|t&cs|order form|sow|statement of work|addendum|questionnaire|rfp|rfi|tender|proposal|policy|sla|schedule|appendix)';
const CONTRACT_DOC_BEFORE = new RegExp(`\\b${CONTRACT_DOC}(?:'s)?[,:]?\\s+(?:[a-z]+\\s+)?$`, 'i');
const CONTRACT_DOC_AFTER = new RegExp(`^\\s+(?:of|in|to)\\s+(?:the|their|our|its|this|that|your)?\\s*(?:[a-z]+\\s+)?${CONTRACT_DOC}\\b`, 'i');

const LAW_REF = /\b(art(?:icle)?s?\.?|section|sec\.|recital|annex|chapter|schedule|clause)\s*(\d+[a-z]?)\b/gi;
const PRODUCT_WORD = '(?:licen[cs]e[sd]?|pricing|prices?|api|apis|models?|dpa|terms|tos|weights|llms?|sla|ai|cloud|platform|gpus?|chips?)';

/** The word of a subscription plan after a product's name: "plus", "pro", "team", "enterprise". */
const PLAN_WORD = /^(?:plus|pro|max|team|teams|enterprise|premium|edu|ultra)$/;
/**
 * A price asked: "price per seat", "how much", "hourly in us-west-2", "cost for 6 users"; not a spend told ("€8k/month
 * on azure openai in west europe").
 */
const PRICE_ASKED = /\b(?:price|prices|pricing|priced|cost|costs|how much|per (?:seat|user|head|hour|hr)|a seat|hourly|an hour|rates?|subscription fee|fees?)\b/i;
/** Azure's regions in Europe and the US by name: "sweden central", "west europe", "uk south", "east us 2". */
const AZURE_REGION = /\b(?:(?:sweden|france|poland|spain)(?: eu)? central|norway east|germany(?: eu)? west central|switzerland north|italy(?: eu)? north|uk south|uk west|west europe|north europe|(?:east|west) us(?: [23])?|(?:north |south )?central us)\b/gi;
/** A cloud region's code, AWS's or Google Cloud's: "us-west-2", "eu-central-1", "europe-west2", "us-central1". */
const REGION_CODE = /\b(?:(?:us|eu|ap|ca|sa|me|af|il|mx)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)-\d|(?:europe|us|asia|australia|northamerica|southamerica|africa|me)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)\d{1,2})\b/gi;
/** Whether something is offered somewhere: "available in europe-west2?", "is it supported in us-east-2". */
const AVAILABILITY_ASKED = /\b(?:available|availability|offered|supported|launched|deployable|rolled out)\b/i;

/**
 * Named things in a question that the knowledge base does not cover: versioned models of a known family whose
 * version it lacks ("sonnet 4.6"), product-like names with a number it never mentions ("phi-4", "gpt-4o", "h200"),
 * law articles it never cites ("article 99"), and unknown words used as a product name ("cohere's dpa",
 * "licence for falcon" when falcon were absent). Only the question's core is searched: context is not asked about.
 */
export function findUncovered(core: string, coverage: Coverage, words: WordFacts, message?: string): Uncovered[] {
  const out = new Map<string, Uncovered>();
  const add = (found: Uncovered) => {
    // A company's one-word name the asker typed with its "AI" or "Labs" ("fireworks ai", "perplexity ai's api") is
    // named whole, as the company names itself.
    const suffix = /^[A-Za-z][A-Za-z-]+$/.test(found.name) ? new RegExp(`\\b${found.name}\\s+(ai|labs)\\b`, 'i').exec(message ?? core)?.[1] : undefined;
    const u = suffix ? { ...found, name: `${found.name} ${suffix.toLowerCase() === 'ai' ? 'AI' : 'Labs'}` } : found;
    const key = normalizeName(u.name);
    // "gemini 1.5" found again inside "gemini 1.5 pro": one gap, named once.
    if ([...out.keys()].some((k) => k.includes(key) || key.includes(k))) return;
    out.set(key, u);
  };
  for (const m of coverage.catalogue.mentions(core)) {
    if (m.entry) continue;
    // A size typed right after it is part of its name ("qwen2.5-vl-72b" is Qwen2.5-VL-72B, not Qwen2.5-VL).
    const typed = new RegExp(m.text.trim().split(/\s+/).map(escapeRegExp).join('[\\s._-]*'), 'i').exec(core);
    const size = typed ? /^([- ]?)(\d+(?:\.\d+)?[bm])\b/i.exec(core.slice(typed.index + typed[0].length)) : null;
    const name = askerName(core, m.form, coverage);
    add({ name: size ? `${name}${size[1] || ' '}${(size[2] ?? '').toUpperCase()}` : name, closest: m.closest.map((e) => e.name), cards: [...new Set(m.closest.flatMap((e) => e.cards))] });
  }
  const covered = (text: string) => {
    const form = normalizeName(text);
    return coverage.catalogue.covers(form) || coverage.mentioned(form) || coverage.catalogue.mentions(text).some((m) => m.entry);
  };
  // The whole name must be covered, not a part of it: "claude 3.5" is not covered by "Claude", nor "colorado ai
  // act" by "AI Act".
  const coveredWhole = (text: string) => {
    const form = normalizeName(text);
    return coverage.catalogue.covers(form) || coverage.mentioned(form) || coverage.catalogue.mentions(text).some((m) => m.entry && m.form === form);
  };
  // A common word inflected ("sells", "priced", "hosting") is as common as its base.
  // So is a tool's everyday name made of a common word and an agent noun ("notetaker", "cv screener", "chatbot").
  const everydayCompound = (w: string) => {
    const m = AGENT_COMPOUND.exec(w);
    return m !== null && (words.rank?.(m[1] ?? '') ?? Number.POSITIVE_INFINITY) < COMMON_RANK;
  };
  const common = (w: string) => NOT_A_NAME.has(w) || [w, ...baseForms(w)].some((f) => (words.rank?.(f) ?? Number.POSITIVE_INFINITY) < COMMON_RANK) || everydayCompound(w);
  const personRole = (w: string) => PERSON_ROLE.test(w) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) < ENGLISH_RANK && !covered(w);
  // A law's or a rulebook's name typed in lower case: a short one is an acronym ("DORA", "HIPAA", "PDPA").
  const shortAsAcronym = (w: string) => (w.length <= ACRONYM_LENGTH ? w.toUpperCase() : askerName(core, w, coverage));

  // A cloud instance type the cards do not list ("g5.12xlarge" beside the g5.xlarge they price), with the listed
  // instances of its family ("g5.") as the closest.
  for (const m of core.matchAll(INSTANCE_TYPE)) {
    const typed = m[0].toLowerCase();
    if (coveredWhole(typed)) continue;
    const family = normalizeName(m[1] ?? '');
    const kin = coverage.catalogue.entries.filter((e) => e.forms.some((f) => f.includes(family)));
    add({ name: typed, closest: kin.map((e) => e.name), cards: [...new Set(kin.flatMap((e) => e.cards))] });
  }
  // A GPU or model the cards name, as typed whole ("A100", "a100s" less its plural).
  const things = (w: string) => coverage.catalogue.mentions(w).some((x) => x.entry && (x.entry.kind === 'gpu' || x.entry.kind === 'model') && x.form === normalizeName(w));
  // Product-like names with a number: "phi-4", "gpt-4o", "o3", "h200", "mi300x", "qwen3".
  for (const m of core.matchAll(/\b([a-z]{2,})[- ]?(\d+(?:\.\d+)*)([a-z]{0,2})\b|\b([oarhlkmb])(\d{1,4})([a-z]?)\b/gi)) {
    if (/^b2[bc]$/i.test(m[0])) continue;
    // "on aws 24/7", "rated 9/10": a figure over another is a span or a score, not a version.
    if (/^\/\d/.test(core.slice((m.index ?? 0) + m[0].length))) continue;
    // "R40,000 a month": a figure going on in groups of thousands is a sum (here in rand), not a version.
    if (/^,\d{3}\b/.test(core.slice((m.index ?? 0) + m[0].length))) continue;
    // "keeps logs 30 days", "a team 20 people": a figure with a unit after it is a quantity, not a version.
    if (!m[3] && !m[6] && UNIT_AFTER.test(core.slice((m.index ?? 0) + m[0].length))) continue;
    // "maverick 29-41x cheaper", "llama 10 to 20 times cheaper": the low end of a range of multiples, not a version.
    if (!m[3] && !m[6] && MULTIPLE_RANGE_AFTER.test(core.slice((m.index ?? 0) + m[0].length))) continue;
    // "summarising 10m input tokens", "handling 40k chats": thousands or millions of something counted.
    if (/^(k|m|bn)$/i.test(m[3] ?? '') && COUNTED_AFTER.test(core.slice((m.index ?? 0) + m[0].length))) continue;
    const letters = (m[1] ?? m[4] ?? '').toLowerCase();
    // Standards by number ("iso 27701", "nist 600-1") are read below; a part of a document ("clause 12", "slide 9",
    // "page 4") is no product.
    // A single letter glued to a number of two digits or more ("a6000", "l40s") is a product's name even where the
    // letter alone is a word; "k8s" is not.
    if (!letters || CURRENCY_CODES.has(letters.toUpperCase()) || (NOT_A_NAME.has(letters) && (m[1] || (m[5] ?? '').length < 2)) || /^(art|article|articles|section|sec|recital|annex|chapter|schedule|clause|iso|iec|bs|en|nist|slide|slides|page|pages|para|paragraph|line|row|step|appendix|exhibit|attachment|tab|sheet)$/.test(letters)) continue;
    // "within 3", "about 20": an English word before a figure is a phrase unless it names a known family. Letters
    // glued to two figures or more ("mi300x", "rtx4090") are a product's name whatever the letters are alone.
    // The letters must be part of what the catalogue names: "their 42001" names ISO/IEC 42001 by its number alone.
    const family = coverage.catalogue.mentions(`${letters} ${m[2] ?? m[5] ?? ''}`).some((x) => x.form.trim().split(' ').includes(letters));
    const glued = m[1] !== undefined && /^[a-z]+\d{2}/i.test(m[0]);
    // A tier word and a figure after a brand the cards never use ("rtx pro 6000", "radeon pro 9700"): the three words
    // are one product's name.
    const brand = m[1] && MODEL_TIER.test(letters) ? /\b([a-z]{2,})\s+$/i.exec(core.slice(0, m.index))?.[1]?.toLowerCase() : undefined;
    if (!family && brand && !common(brand) && !isStopword(brand) && !words.known(brand) && !covered(brand)) {
      if (!coveredWhole(`${brand} ${m[0]}`)) add({ name: askerName(core, normalizeName(`${brand} ${m[0]}`), coverage), closest: [], cards: [] });
      continue;
    }
    if (!family && m[1] && common(letters) && !glued) continue;
    // "rent 2 A100s", "run 4 h100s", "rent 2 of the h100 machines": a figure before a thing the cards name counts that thing.
    const counted = /^[\s-]*(?:of\s+(?:the|our|their|those|these)\s+)?([a-z][\w.-]*)/i.exec(core.slice((m.index ?? 0) + m[0].length))?.[1];
    if (!family && m[1] && !m[3] && counted && (things(counted) || things(counted.replace(/s$/i, '')))) continue;
    // "we've fine-tuned 3 models", "deployed 2 of them": a verb's past or present participle before a figure is a phrase.
    if (!family && m[1] && !glued && /(?:ed|ing)$/.test(letters) && !m[3]) continue;
    // "basically 27001", "roughly 42001": an adverb before a figure is a phrase, not a product's name.
    if (!family && m[1] && !glued && /ly$/.test(letters) && !m[3]) continue;
    // "dates 2025", "budget for 2026": a year after a word is a date, not a version.
    if (!family && !m[3] && !m[6] && YEAR.test(m[2] ?? m[5] ?? '')) continue;
    // "claude 4.5 sonnet": a covered model's name typed with its version before the member's word.
    const after = /^[\s-]+([a-z]+)/i.exec(core.slice((m.index ?? 0) + m[0].length))?.[1];
    if (m[1] && after && coveredWhole(`${m[1]} ${after} ${m[2] ?? ''}`)) continue;
    // A size after a specific model's own name ("maverick 17b") is that model's, not another.
    if (/^[bm]$/i.test(m[3] ?? '') && m[1] && coverage.catalogue.mentions(m[1]).some((x) => x.entry?.kind === 'model')) continue;
    // "llama 70b": the size must be one the cards mention ("70B"), whatever the family.
    const size = /^[bm]$/i.test(m[3] ?? m[6] ?? '') && m[1] ? coverage.mentioned(` ${m[2]} ${(m[3] ?? '').toLowerCase()} `) : false;
    // "claude 3.7 sonnet": the member's word after the version belongs to the name, when the family has such a member.
    const member = m[1] && after && coverage.catalogue.mentions(`${m[1]} ${after}`).some((x) => x.entry && normalizeName(x.entry.name).split(' ').includes(after.toLowerCase()));
    // "l4s", "h100s": the plural of a covered name is covered.
    if ((m[3] ?? m[6] ?? '').toLowerCase() === 's' && coveredWhole(m[0].slice(0, -1))) continue;
    // "o4-mini", "o3 pro": a tier word after a letter-and-figure name is part of it.
    const tier = !m[1] && after !== undefined && MODEL_SUFFIX.has(after.toLowerCase());
    if (size || coveredWhole(m[0])) continue;
    // "code llama 34b", "med gemma 27b": a variant's word typed apart before its family is part of the name, and the
    // family is its closest.
    const lead = /\b([a-z]+)\s+$/i.exec(core.slice(0, m.index))?.[1]?.toLowerCase();
    const variantOf = lead && VARIANT_LEADS.has(lead) && m[1] ? coverage.catalogue.mentions(m[1]).find((x) => x.entry?.kind === 'family')?.entry : undefined;
    const name = `${variantOf ? `${lead} ` : ''}${member || tier ? `${m[0]} ${after}` : m[0]}`;
    add({ name: askerName(core, normalizeName(name), coverage), closest: variantOf ? [variantOf.name] : [], cards: variantOf ? variantOf.cards : [] });
  }
  // A covered model with a word joined to its name by a hyphen, as an API id is typed ("gpt-5-codex",
  // "gpt-5.2-codex"): a variant the cards never name, unless the word only describes ("gpt-5-powered", "llama-based").
  for (const m of core.matchAll(/\b([a-z][\w.]*(?:-[\w.]+)*)-([a-z]{3,})\b/gi)) {
    const [model, word] = [m[1] ?? '', (m[2] ?? '').toLowerCase()];
    const isModel = coverage.catalogue.mentions(model).some((x) => x.entry && (x.entry.kind === 'model' || x.entry.kind === 'family') && x.form === normalizeName(model));
    if (!isModel || isStopword(word) || NOT_A_NAME.has(word) || DESCRIBES.test(word) || JUDGEMENT.test(word) || VENDOR_ROLE.test(word) || SERVICE_PART.test(word) || coveredWhole(`${model} ${word}`)) continue;
    add({ name: askerName(core, normalizeName(`${model} ${word}`), coverage), closest: [], cards: [] });
  }
  // A model's API id of words, a version and a size or tier, as a price page spells it ("text-embedding-3-small",
  // "gpt-4-turbo"): a name whole, the cards' own models ("gpt-5-mini") covered as they name them.
  for (const m of core.matchAll(/\b([a-z]{2,}(?:-[a-z]{2,})*)-(\d+(?:\.\d+)?)-([a-z]{2,})\b/gi)) {
    if (!MODEL_TIER.test((m[3] ?? '').toLowerCase()) || coveredWhole(m[0].replace(/-/g, ' ')) || coveredWhole(`${m[1]}-${m[2]} ${m[3]}`)) continue;
    add({ name: m[0].toLowerCase(), closest: [], cards: [] });
  }
  // Standards by number the cards never mention: "iso/iec 23894", "iso 27701".
  for (const m of core.matchAll(/\b(iso|iec|bs|en|nist(?: sp)?)(?:\s*\/\s*iec)?[\s-]*(\d{3,5}(?:-\d+)?)\b/gi)) {
    const n = m[2] ?? '';
    if (!coverage.mentioned(normalizeName(` ${n} `))) add({ name: `${/iec/i.test(m[0]) ? 'ISO/IEC' : (m[1] ?? '').toUpperCase()} ${n}`, closest: [], cards: [] });
  }
  // Articles, sections and recitals the cards never cite, of the law the question names ("gdpr article 99" is
  // not covered by the EU AI Act's Article 99).
  // The reference belongs to the law named nearest before it ("the US CLOUD Act and GDPR Article 48": Article 48 is the
  // GDPR's), failing that to the first law named ("article 48 of the gdpr"); a covered entry naming the reference
  // itself ("GDPR Article 48") covers it.
  const lower = core.toLowerCase();
  // Where a law is typed: its form as typed ("gdpr art 48", "cloud act"), whatever marks stand between its words; the
  // mention's text is the catalogue's name ("GDPR Article 48"), which the asker may not have typed.
  // Every place it is typed counts ("gdpr art 48 vs the cloud act …, gdpr art 48 vs…").
  const typedAt = (m: Mention): number[] => {
    const words = m.form.trim().split(/\s+/).map(escapeRegExp);
    const found = [...lower.matchAll(new RegExp(`(?<![a-z0-9])${words.join('[^a-z0-9]*')}(?![a-z0-9])`, 'g'))].map((x) => x.index ?? 0);
    return found.length ? found : [lower.indexOf(m.text.toLowerCase())];
  };
  const laws = [...new Map(coverage.catalogue.mentions(core).map((m) => [m.form, m])).values()].flatMap((m) => (m.entry?.kind === 'law' ? typedAt(m).map((at) => ({ mention: m, at })) : []));
  const wholeLaws = laws.filter((l) => !PART_OF_LAW.test(l.mention.form));
  for (const m of core.matchAll(LAW_REF)) {
    const start = m.index ?? 0;
    const end = start + m[0].trim().length;
    // (Typed with its law's name: "article 99" alone, the AI Act's, does not cover "gdpr article 99".)
    if (laws.some((l) => PART_OF_LAW.test(l.mention.form) && l.mention.form.trim() !== normalizeName(m[0]).trim() && l.at >= 0 && l.at <= start && l.at + l.mention.text.length >= end)) continue;
    const law = (wholeLaws.filter((l) => l.at >= 0 && l.at <= start).at(-1) ?? wholeLaws[0])?.mention;
    const n = m[2] ?? '';
    // "schedule 3 lets them use our prompts", "clause 12": with no law named, a part of the vendor's contract.
    if (!law?.entry && /^(schedule|clause|section|sec)/i.test(m[1] ?? '')) continue;
    // "dpa annex 3", "annex 2 of their msa": a part of a contract document, named beside it, whatever law is named.
    if (CONTRACT_DOC_BEFORE.test(core.slice(Math.max(0, start - 30), start)) || CONTRACT_DOC_AFTER.test(core.slice(start + m[0].length))) continue;
    const word = /^art/i.test(m[1] ?? '') ? 'Article' : displayName((m[1] ?? '').replace(/\.$/, ''));
    // Annexes and chapters are numbered in Roman numerals in the texts ("Annex III"), whatever the asker types.
    const roman = ROMAN_NUMERALS[Number(n) - 1]?.toUpperCase();
    const refs = [` article ${n} `, ` art ${n} `, normalizeName(`${word} ${n}`), ...(roman && /^(annex|chapter)/i.test(m[1] ?? '') ? [normalizeName(`${word} ${roman}`)] : [])];
    const holders = coverage.catalogue.entries.filter((e) => e.forms.some((f) => refs.some((r) => f.includes(r))));
    const ok = law?.entry
      ? holders.some((e) => e.forms.some((f) => law.entry?.forms.some((lf) => f.includes(lf.trim()))))
        || refs.some((r) => law.entry?.forms.some((lf) => coverage.mentioned(`${lf}${r.trim()} `) || coverage.mentioned(`${r}of the${lf}`)))
      : holders.length > 0 || refs.some((r) => coverage.mentioned(r));
    if (!ok) add({ name: law?.entry ? `${law.entry.name} ${word} ${n}` : `${word} ${n}`, closest: holders.map((e) => e.name), cards: [...new Set(holders.flatMap((e) => e.cards))] });
  }
  // Unknown words used as a product or vendor name: "<x> licence", "cohere's api", "pricing for <x>".
  const before = new RegExp(`\\b([a-z][a-z0-9]{2,})(?:'s)?\\s+${PRODUCT_WORD}\\b`, 'gi');
  // "does the cohere command r+ licence allow…": a name of up to three words before a licence or price word.
  const named = new RegExp(`\\b([a-z][a-z0-9]{3,})(?:'s)?\\s+(?:[a-z0-9+.-]+\\s+){1,2}(?:licen[cs]e[sd]?|pricing|prices?|terms|weights)\\b`, 'gi');
  const after = new RegExp(`\\b(?:licen[cs]e|pricing|prices?|terms|dpa|sla)\\s+(?:of|for|from)\\s+(?:the\\s+)?([a-z][a-z0-9]{2,})\\b`, 'gi');
  // "cohere's command r": a possessive of a word neither the cards nor everyday English use is a company's name.
  const possessive = /\b([a-z][a-z0-9]{2,})['’]s\s+[a-z0-9]/gi;
  // "what does groq charge for llama 4", "does fireworks host qwen3": the one who sells or hosts is a vendor.
  // So is one asked what it is charging ("what's groq charging for llama 4 maverick these days?").
  const seller = /\b(?:does|do|did|will|would|can|could|is|are)\s+([a-z][a-z0-9]{2,})\s+(?:charge|charges|price|bill|host|hosts|serve|serves|offer|offers|sell|sells|support|supports|provide|provides|list|lists|run|runs)\b|\bwhat(?:'s|’s|s| is| are)\s+([a-z][a-z0-9]{2,})\s+(?:charging|asking|billing)\b/gi;
  // "should we use groq for llama 4", "run it via fireworks instead": what is used to run a model is a vendor.
  const used = /\b(?:use|using|try|trying|via|through|switch(?:ing)? to|mov(?:e|ing) to|go(?:ing)? with)\s+([a-z][a-z0-9]{2,})\s+(?:for|to (?:host|run|serve)|instead)\b/gi;
  const usedNames = new Set([...core.matchAll(used)].map((m) => m.index));
  // "h100 hourly rate on coreweave", "route everything through openrouter", "thinking of vultr for our gpus": where a
  // model or a GPU runs, or the host being weighed, in a question about running, hosting or paying for one; not where
  // someone said so ("a guy on linkedin says…").
  const hosted = HOSTING_TALK.test(core) ? [...core.matchAll(/\b(?:on|via|through|at|from|with|thinking of|looking at|considering|evaluating|trialling|trialing)\s+([a-z][a-z0-9]{3,})\b(?![-'’])(?!\s+(?:says?|said|claims?|claimed|reckons?|posts?|posted|thinks?|keeps|told|wrote|swears)\b)/gi)] : [];
  // "is nebius cheaper than runpod": the first of two things weighed against each other.
  const weighed = new RegExp(`\\b([a-z][a-z0-9]{3,})\\s+(?:${COMPARATIVES})\\s+than\\b`, 'gi');
  for (const m of [...core.matchAll(before), ...core.matchAll(named), ...core.matchAll(after), ...core.matchAll(possessive), ...core.matchAll(seller), ...core.matchAll(used), ...hosted, ...core.matchAll(weighed)]) {
    const w = (m[1] ?? m[2] ?? '').toLowerCase();
    // "lighter ai act fines": a comparative before "ai" describes, it names nothing.
    // "anything dodgy in the terms": a word judging what it stands before names nothing either.
    if (!w || common(w) || words.known(w) || covered(w) || comparativeOf(w, words) || JUDGEMENT.test(w)) continue;
    // "priya's building the budget", "project orca's sizing doc": a possessive before what someone does, or a
    // role, is a person's or a project's, not a product's; so is an English role's ("the contractor's readme").
    if (/['’]s\s/.test(m[0]) && (POSSESSED_NOT_PRODUCT.test(core.slice((m.index ?? 0) + m[0].length - 1)) || personRole(w))) continue;
    // "our hiring ai", "a screening ai": an English word ending in -ing before "ai" says what the AI is for.
    if (/\sai$/i.test(m[0]) && /ing$/.test(w) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) < ENGLISH_RANK) continue;
    // Without a possessive, an English word before "api" is grammar ("the rep swears api traffic is..."), not a
    // name; "<word> ai" and "<word> cloud" stay names ("fireworks ai", "lambda cloud").
    if (!/'s\s|\s(ai|cloud)$/i.test(m[0]) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) < ENGLISH_RANK) continue;
    // "'proprietary ai'", "generic ai", "conversational ai": an English adjective before "ai" describes it.
    if (/\s(ai|cloud)$/i.test(m[0]) && ADJECTIVE_ENDING.test(w) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) < ENGLISH_RANK) continue;
    // "not mention ai anywhere", "to use ai": a verb before "ai", not a company.
    if (!usedNames.has(m.index) && /^(not|to|never|dont|don't|will|would|can|should|must|we|they|i|you|also|just)$/i.test(core.slice(0, m.index ?? 0).trim().split(/\s+/).at(-1) ?? '')) continue;
    add({ name: askerName(core, normalizeName(w), coverage), closest: [], cards: [] });
  }
  // The words after each mention of a vendor or a product, clause by clause: "…on openai. ops lead wants…" puts
  // nothing after OpenAI.
  const followed = function* (...kinds: string[]) {
    // Clauses end at punctuation and at a dash set off by spaces ("our support inbox - sonnet 4.5 vs…").
    for (const clause of core.split(/[.,;:!?]+(?:\s|$)|\s[—–-]+\s/)) {
      const tokens = normalizeName(clause).trim().split(' ');
      for (const m of coverage.catalogue.mentions(clause)) {
        if (!m.entry || !kinds.includes(m.entry.kind)) continue;
        const at = tokens.indexOf(m.form.trim().split(' ').at(-1) ?? '');
        if (at >= 0) yield { form: m.form.trim(), after: tokens.slice(at + 1), before: tokens[at - m.form.trim().split(' ').length] };
      }
    }
  };
  // A name the cards never use typed just before a GPU or a model, in a question about running or paying for it
  // ("coreweave h100 hourly rate?", "groq llama 4 price"): where it runs, a host.
  // So is one typed after it with "on" or "via" ("llama 4 maverick on parasail, what per mtok?").
  if (HOSTING_TALK.test(core)) {
    const host = (w: string) => w.length >= 4 && /^[a-z][a-z0-9]+$/.test(w) && !isStopword(w) && !common(w) && !words.known(w) && !covered(w) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) >= ENGLISH_RANK;
    for (const { before = '', after: [by = '', w = ''] } of followed('gpu', 'model', 'family')) {
      for (const name of [before, HOSTED_BY.test(by) ? w : '']) if (host(name)) add({ name: askerName(core, name, coverage), closest: [], cards: [] });
    }
    // And a GPU the cards name with a variant's word they never give it ("lambda hourly for an h100 nvl?"): another card.
    const variant = (w: string) => /^[a-z]{2,5}$/.test(w) && !isStopword(w) && !common(w) && !words.known(w) && !covered(w) && !HOSTING_TALK.test(w) && !BILLED.test(w) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) >= ENGLISH_RANK;
    for (const { form, after: [next = ''] } of followed('gpu')) {
      if (variant(next) && !coveredWhole(`${form} ${next}`)) add({ name: askerName(core, `${form} ${next}`, coverage), closest: [], cards: [] });
    }
  }
  // A known vendor followed by a product name the cards never use: "amazon nova pro", "microsoft phi".
  for (const { form, after: [next, then], before } of followed('vendor')) {
    // "did anthropic bump the price", "openai stopped training": a verb follows the vendor, not a product.
    // So does an adverb ("openai quietly does for us").
    // "openai.com's api": the vendor's web address, not a product.
    if (next && (/^(com|io|co|net|org|dev|app)$/.test(next) || /(ed|ing|ly)$/.test(next) || DETERMINER.test(then ?? '') || PARTICLE.test(then ?? '') || VENDOR_ROLE.test(next) || SERVICE_PART.test(next) || BUSINESS_ACRONYMS.has(next.toUpperCase()) || JUDGEMENT.test(next))) continue;
    // "how long does anthropic hang on to…", "does openai guarantee uptime?", "will google delete data…": asked of the
    // vendor, an English word is its verb, unless a verb or a model tier follows it ("does amazon nova pro have…",
    // "can microsoft phi be used…"); one followed by a preposition is a verb however rare.
    if (next && AUXILIARY.test(before ?? '') && (PREPOSITION.test(then ?? '') || ((words.rank?.(next) ?? Number.POSITIVE_INFINITY) < VERB_RANK && !VERB_AFTER.test(then ?? '') && !MODEL_TIER.test(then ?? '')))) continue;
    // "runpod's hourly price", "lambda pricing", "together hosting": what a vendor charges or does, never a product.
    if (next && (HOSTING_TALK.test(next) || BILLED.test(next))) continue;
    if (!next || /^\d/.test(next) || isStopword(next) || common(next) || coverage.mentioned(` ${next} `) || coveredWhole(`${form} ${next}`)) continue;
    add({ name: askerName(core, `${form} ${next}`, coverage), closest: [], cards: [] });
  }
  // A known vendor followed by a word and "AI", or by "AI" and a plan's word, that the cards never name together: a
  // product or plan of its ("mistral document ai", "google ai ultra seats").
  for (const { form, after: [next, then] } of followed('vendor')) {
    const product = next && then === 'ai' && /^[a-z]{3,}$/.test(next) && !isStopword(next) && !DETERMINER.test(next) && !VENDOR_ROLE.test(next) && !SERVICE_PART.test(next) && !HOSTING_TALK.test(next) && !BILLED.test(next) ? `${form} ${next} ai` : undefined;
    const plan = next === 'ai' && then && PLAN_WORD.test(then) ? `${form} ai ${then}` : undefined;
    // (Nor is it a gap when the cards use its last two words: "document ai" or "ai ultra" written without the vendor.)
    const lastTwo = (name: string) => ` ${name.split(' ').slice(-2).join(' ')} `;
    for (const name of [product, plan]) if (name && !coveredWhole(name) && !coverage.mentioned(lastTwo(name))) add({ name: askerName(core, name, coverage), closest: [], cards: [] });
  }
  // Asked a price, names the cards price nowhere (asked anything else, each is of a kind the cards speak of):
  if (PRICE_ASKED.test(core)) {
    // a product or family the cards name, then a plan's word ("chatgpt plus price per seat?", "claude max per
    // month?"), unless the cards name that plan ("ChatGPT Enterprise", "Gemini Pro"); asked anything else ("staff
    // paste client files into their chatgpt plus accounts, ok?"), it is a consumer plan;
    for (const { form, after: [next] } of followed('product', 'family')) {
      if (!next || !PLAN_WORD.test(next) || coverage.mentioned(` ${form} ${next} `) || coveredWhole(`${form} ${next}`)) continue;
      add({ name: askerName(core, `${form} ${next}`, coverage), closest: [], cards: [] });
    }
    // a vendor's tier the cards never price ("runpod community cloud", "lambda reserved tier"), where they price
    // others of its ("secure cloud", "serverless tier");
    for (const { form, after: [word, kind] } of followed('vendor')) {
      if (!word || !kind || !TIER_KIND.test(kind) || isStopword(word) || coverage.mentioned(` ${word} ${kind} `) || coveredWhole(`${form} ${word} ${kind}`)) continue;
      add({ name: askerName(core, `${form} ${word} ${kind}`, coverage), closest: [], cards: [] });
    }
    // an Azure region by its name ("azure openai in sweden central"), in a message naming Azure (a place in the EU
    // reads "sweden EU central" by then).
    if (/\bazure\b/i.test(core)) for (const m of core.matchAll(AZURE_REGION)) if (!coverage.mentioned(normalizeName(m[0]))) add({ name: `Azure ${displayName(m[0].replace(/ eu\b/i, ''))}`, closest: [], cards: [] });
  }
  // A cloud region by its code ("us-west-2", "europe-west2"), asked a price or whether something is offered there: the
  // cards' prices are for the regions they name, and they list no region's models (asked where data sits, "eu-west-1"
  // is in the EU).
  if (PRICE_ASKED.test(core) || AVAILABILITY_ASKED.test(core)) for (const m of core.matchAll(REGION_CODE)) if (!coverage.mentioned(normalizeName(m[0]))) add({ name: m[0].toLowerCase(), closest: [], cards: [] });
  // A version and a member's word typed without the family ("is there a 3.1 flash yet?"): the family whose models end
  // on that word ("Gemini 3 Flash", "Gemini 2.5 Flash") names it, and a version it never has is a gap.
  // The families of the catalogue's models by the word their names end on ("flash" -> "Gemini"), read once.
  let familiesOf: Map<string, Set<string>> | undefined;
  const endingOn = (word: string) => {
    if (!familiesOf) {
      familiesOf = new Map();
      for (const e of coverage.catalogue.entries) {
        const parts = e.name.split(/\s+/);
        const last = parts.at(-1)?.toLowerCase() ?? '';
        if (e.kind !== 'model' || parts.length < 3 || !/^\d/.test(parts.at(-2) ?? '')) continue;
        familiesOf.set(last, (familiesOf.get(last) ?? new Set()).add(parts.slice(0, -2).join(' ')));
      }
    }
    return familiesOf.get(word) ?? new Set<string>();
  };
  for (const m of core.matchAll(/(?<![\w.-])(\d+(?:\.\d+)?)\s+([a-z]{3,})\b/gi)) {
    const [version, word] = [m[1] ?? '', (m[2] ?? '').toLowerCase()];
    // The word before must be no part of a name ("gpt 5 pro" is GPT-5 Pro, typed apart): none, a function word or
    // an everyday one.
    const before = (core.slice(0, m.index ?? 0).trim().split(/\s+/).at(-1) ?? '').toLowerCase().replace(/[^a-z0-9]+$/, '');
    if (before && /[a-z0-9]$/.test(before) && !isStopword(before) && !common(before)) continue;
    if (before && coverage.catalogue.mentions(before).some((x) => x.entry)) continue;
    const families = endingOn(word);
    if (families.size !== 1) continue;
    const family = [...families][0] ?? '';
    if (coveredWhole(`${family} ${version} ${word}`) || coveredWhole(`${family} ${word} ${version}`)) continue;
    add({ name: askerName(core, `${family} ${version} ${word}`, coverage), closest: [], cards: [] });
  }
  // A model family followed by a tool's word the cards never give it ("claude code"): a product of the family's maker,
  // not a model the cards price. Not before a version, nor a name the cards use.
  for (const { form, after: [next, then] } of followed('family')) {
    if (!next || !FAMILY_PRODUCT_WORD.test(next) || (then !== undefined && /^\d/.test(then))) continue;
    if (coveredWhole(`${form} ${next}`) || coverage.mentioned(` ${form} ${next} `)) continue;
    add({ name: askerName(core, `${form} ${next}`, coverage), closest: [], cards: [] });
  }
  // A model family, a word and a size the cards never give together ("falcon mamba 7b", "qwen coder 32b", "llama vision
  // 11b"): a variant of the family, whatever the size belongs to elsewhere ("Falcon 7B").
  // (Names are compared normalised: "7b" reads "7 b".)
  for (const { form, after: [next, then, unit] } of followed('family')) {
    if (!next || !then || !/^[a-z]{3,}$/.test(next) || !/^\d+(?:\.\d+)?$/.test(then) || unit !== 'b' || isStopword(next) || NOT_A_NAME.has(next) || DESCRIBES.test(next) || /^(?:models?|weights|licen[cs]es?|versions?|sizes?)$/.test(next)) continue;
    if (coveredWhole(`${form} ${next}`) || coveredWhole(`${form} ${next} ${then}b`)) continue;
    add({ name: askerName(core, `${form} ${next} ${then}b`, coverage), closest: [], cards: [] });
  }
  // A known vendor's offering named by what it is ("openai's scale tier", "openai's copyright shield", "google's
  // partner programme"): a two-word name the cards never use, ending in a word for something a vendor sells or
  // promises, is one of its products the cards lack.
  for (const m of core.matchAll(/\b([a-z][\w-]*)['’]s\s+([a-z][\w-]*)\s+([a-z][\w-]*)\b/gi)) {
    const vendor = coverage.catalogue.mentions(m[1] ?? '').find((x) => x.entry?.kind === 'vendor' && normalizeName(m[1] ?? '') === x.form);
    const phrase = normalizeName(`${m[2]} ${m[3]}`);
    if (!vendor?.entry || !OFFERING.test(m[3] ?? '') || isStopword((m[2] ?? '').toLowerCase()) || coverage.mentioned(phrase) || coveredWhole(`${vendor.form} ${phrase}`)) continue;
    add({ name: `${vendor.entry.name} ${askerName(core, phrase, coverage)}`, closest: [], cards: [] });
  }
  // A known vendor followed by a name typed with capitals the cards never use together: "OpenAI's Copyright Shield",
  // "Google Gemini Enterprise"; not in a message typed in title case throughout.
  const typed = core.split(/(?<=[.?!])\s+/).flatMap((sentence) => sentence.split(/\s+/).slice(1)).filter((w) => /^[a-z]/i.test(w));
  if (typed.filter((w) => /^[A-Z][a-z]/.test(w)).length / Math.max(1, typed.length) < TITLE_CASE_SHARE) {
    for (const m of core.matchAll(/\b([A-Za-z][\w-]*)(?:'s|’s)?\s+((?:[A-Z][a-z]{2,})(?:\s+[A-Z][a-z]{2,}){1,2})\b/g)) {
      const vendor = coverage.catalogue.mentions(m[1] ?? '').find((x) => x.entry?.kind === 'vendor' && normalizeName(m[1] ?? '') === x.form);
      const phrase = normalizeName(m[2] ?? '');
      const first = phrase.trim().split(' ')[0] ?? '';
      if (!vendor?.entry || coverage.mentioned(phrase) || coveredWhole(`${vendor.form} ${phrase}`) || VENDOR_ROLE.test(first) || SERVICE_PART.test(first) || JUDGEMENT.test(first)) continue;
      add({ name: `${vendor.entry.name} ${(m[2] ?? '').trim()}`, closest: [], cards: [] });
    }
  }
  // A known product followed by a feature the cards never name: "vertex ai model garden", "bedrock agents".
  // Up to two words, ending on one the cards never use that is not a verb, a function word or a point of the compass
  // ("azure openai uk south" is a region), however common in English ("garden"); "the bedrock playground" or "the
  // azure console" are everyday words after a product, not a gap.
  const rank = (w: string) => words.rank?.(w) ?? Number.POSITIVE_INFINITY;
  // A word the cards do use names a feature too when it is very rare in English ("bedrock guardrails", "azure openai
  // provisioned throughput"): the cards never say it of that product, or the phrase would be covered whole.
  const namesFeature = (w: string) => !JUDGEMENT.test(w) && (words.known(w) ? rank(w) >= KNOWN_FEATURE_RANK : !COMPASS.test(w));
  for (const { form, after } of followed('product')) {
    const feature = after.slice(0, 2);
    const first = feature.findIndex(namesFeature);
    // A rare word after it belongs to the feature's name ("provisioned throughput").
    const name = feature.slice(0, first < 0 ? 0 : first + (first === 0 && feature[1] && !isStopword(feature[1]) && rank(feature[1]) >= FEATURE_RANK ? 2 : 1));
    if (!name.length || name.some((w) => isStopword(w) || /^\d/.test(w) || NOT_A_NAME.has(w) || VENDOR_ROLE.test(w) || SERVICE_PART.test(w)) || /(ed|ing|ly)$/.test(name.at(-1) ?? '')) continue;
    // A law or another thing the cards name, or a verdict on it, is no feature of the product ("is the openai api gdpr
    // compliant?" asks about the GDPR).
    if (name.some((w) => JUDGEMENT.test(w) || coverage.catalogue.mentions(w).some((x) => x.entry && x.entry.kind !== 'concept'))) continue;
    if (coveredWhole(`${form} ${name.join(' ')}`)) continue;
    add({ name: askerName(core, `${form} ${name.join(' ')}`, coverage), closest: [], cards: [] });
  }
  // A product's feature asked about by name ("what is vertex ai model garden and…"): the words after the product, up
  // to the end of the subject, holding one the cards never use.
  const defined = WHAT_IS.exec(core)?.[1];
  if (defined) {
    for (const { form, after } of followed('product')) {
      if (!normalizeName(defined).includes(form)) continue;
      const rest = after.slice(0, Math.min(after.length, normalizeName(defined).split(form)[1]?.trim().split(' ').filter(Boolean).length ?? 0, 3));
      const unseen = rest.findIndex((w) => !isStopword(w) && !/^\d/.test(w) && !words.known(w) && !NOT_A_NAME.has(w));
      if (unseen < 0 || coveredWhole(`${form} ${rest.join(' ')}`)) continue;
      add({ name: askerName(core, `${form} ${rest.slice(0, unseen + 1).join(' ')}`, coverage), closest: [], cards: [] });
    }
  }
  // A property the cards never give for the thing asked about: "what is the latency of claude opus 4.6?", "how many
  // parameters does llama 4 maverick have?". The cards speaking of the thing use no word of the property (compared
  // by stem, so "pricing" is held by "priced"); a general ask ("the point of", "the difference between") names none.
  for (const { property, subject } of askedProperties(core)) {
    // The most specific thing named ("Claude Opus 4.6", not "Claude Opus 4"), and every card that speaks of it.
    const things = coverage.catalogue.mentions(subject).flatMap((m) => (m.entry && m.entry.kind !== 'concept' ? [{ entry: m.entry, form: m.form }] : []));
    const thing = things.sort((a, b) => b.form.length - a.form.length)[0]?.entry;
    const own = terms(property).filter((t) => !GENERAL_ASK.test(t));
    if (!thing || !own.length || own.length < terms(property).length) continue;
    const cards = coverage.cardsMentioning(thing.forms);
    // A word of the property used where the thing is ("sla" for "the uptime sla of azure openai") may be the
    // property in other words: only a property none of whose words appears there is a gap.
    if (own.some((t) => cards.some((card) => coverage.cardUses(card, t)))) continue;
    add({ name: `the ${property.toLowerCase()} of ${thing.name}`, closest: [thing.name], cards: thing.cards, property: true });
  }
  // A company known by its web address ("vast.ai", "together.ai", "replicate.com") that the cards never name.
  for (const m of core.matchAll(/\b([a-z][a-z0-9-]+)\.(?:ai|io|com|co|dev|app|net|cloud)\b/gi)) {
    const word = (m[1] ?? '').toLowerCase();
    if (covered(word) || coveredWhole(m[0]) || (words.rank?.(word) ?? Number.POSITIVE_INFINITY) < COMMON_RANK && !/\.ai$/i.test(m[0])) continue;
    add({ name: m[0].toLowerCase(), closest: [], cards: [] });
  }
  // Laws known by their number: "nyc local law 144", "senate bill 53".
  for (const m of core.matchAll(/\b((?:[a-z]+\s+){0,2}?)(law|bill)\s+(?:no\.?\s*)?(\d{1,4})\b/gi)) {
    // "under company law 2 years": a figure with a unit after it is a quantity.
    if (UNIT_AFTER.test(core.slice((m.index ?? 0) + m[0].length))) continue;
    const lead = (m[1] ?? '').trim().split(/\s+/).filter((w) => w && !isStopword(w) && !isArticleWord(w.toLowerCase()));
    const name = [...lead, m[2], m[3]].join(' ');
    if (coveredWhole(name) || coverage.mentioned(normalizeName(` ${m[2]} ${m[3]} `))) continue;
    add({ name: [lead.length ? askerName(core, normalizeName(lead.join(' ')), coverage) : '', displayName((m[2] ?? '').toLowerCase()), m[3]].filter(Boolean).join(' '), closest: [], cards: [] });
  }
  // Laws the cards never name: "the eu data act", "nis2 directive", "cyber resilience act".
  // (Not from inside a version: "opus 4.6 bill" is no "6 Bill".)
  // So are "indonesia's pdp law" (a law word after a name the cards never use) and "the illinois ai video interview
  // act" (an AI law named by everyday words: its words after "ai" are its name).
  for (const m of core.matchAll(/(?<![\w.'’])((?:[a-z0-9]+\s+){0,2}?)([a-z0-9]+)\s+(act|directive|regulation|bill|law)\b/gi)) {
    const head = (m[2] ?? '').toLowerCase();
    const leadWords = (m[1] ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    const aiLaw = /^(act|law)$/i.test(m[3] ?? '') && leadWords.includes('ai') && leadWords.at(-1) !== 'ai';
    if (!head || isArticleWord(head) || (common(head) && !words.known(head) && !aiLaw)) continue;
    // "gdpr law", "uk law", "contract law": a law the cards name, or an everyday word, before "law".
    // Nor does a description ("the us snooping law"): a law's own name there is rarer than English.
    if (/^law$/i.test(m[3] ?? '') && (covered(head) || words.known(head) || common(head) || /ing$/.test(head) || (words.rank?.(head) ?? Number.POSITIVE_INFINITY) < RULEBOOK_RANK)) continue;
    if (aiLaw && common(head)) {
      const words_ = leadWords.slice(leadWords.indexOf('ai'));
      const phrase = `${words_.join(' ')} ${head} ${(m[3] ?? '').toLowerCase()}`;
      if (!coveredWhole(phrase)) add({ name: askerName(core, normalizeName(phrase), coverage), closest: [], cards: [] });
      continue;
    }
    // "our openai bill", "the nightly bill", "our gemini 3.1 pro bill": what a vendor charges or a model costs.
    if (/^bill$/i.test(m[3] ?? '') && (BILLED.test(head) || coverage.catalogue.mentions(head).some((x) => x.entry && x.entry.kind !== 'law') || namedJustBefore(core, (m.index ?? 0) + m[0].length - (m[3] ?? '').length, coverage))) continue;
    // The word before names the law ("eu data act", "colorado ai act") unless it is grammar ("from the cloud act").
    const before = (m[1] ?? '').trim().split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const lead = before && !isArticleWord(before) && !isStopword(before) && !NOT_A_NAME.has(before) ? before : undefined;
    const phrase = `${lead ? `${lead} ` : ''}${head} ${(m[3] ?? '').toLowerCase()}`;
    // "worst case ai act fine": an everyday word before a covered law is grammar, not part of its name.
    // So is a word the knowledge base itself uses ("the headline ai act fines"): a law's own place or subject
    // ("colorado", "texas") is not one it uses.
    // So is a comparative ("lighter ai act fines", "stricter eu ai act rules"): its adjective is everyday English.
    const everyday = lead !== undefined && ((words.rank?.(lead) ?? Number.POSITIVE_INFINITY) < EVERYDAY_LEAD_RANK || words.known(lead) || comparativeOf(lead, words) || WHEN_WORDS.test(lead));
    if (coveredWhole(phrase) || ((!lead || everyday) && coveredWhole(`${head} ${m[3]}`))) continue;
    // A law known by a short name and "law" ("pdp law") is that name as an acronym: "PDP Law".
    const name = /^law$/i.test(m[3] ?? '') && !lead && head.length <= ACRONYM_LENGTH ? `${head.toUpperCase()} Law` : askerName(core, normalizeName(phrase), coverage);
    // Its year typed after it is part of its name ("the Data Protection Act 2018").
    const year = LAW_YEAR.exec(core.slice((m.index ?? 0) + m[0].length))?.[1];
    add({ name: year ? `${name} ${year}` : name, closest: [], cards: [] });
  }
  // A law or rulebook typed in lower case that the cards never name: "what does dora require from our vendors",
  // "are we in scope under hipaa", "sox compliance for the vendor". The word is neither the cards' nor everyday
  // English (a person's name in the same place is rarer than a law's).
  for (const m of core.matchAll(RULEBOOK)) {
    const w = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
    if (!w || common(w) || words.known(w) || covered(w) || BUSINESS_ACRONYMS.has(w.toUpperCase())) continue;
    if ((words.rank?.(w) ?? Number.POSITIVE_INFINITY) < RULEBOOK_RANK) continue;
    // A short law's name is an acronym ("DORA", "HIPAA").
    add({ name: shortAsAcronym(w), closest: [], cards: [] });
  }
  // The thing put up for a verdict on its use ("is ibm granite ok for commercial use", "can we use cohere command in
  // a paid product"): words of it that neither the cards nor everyday English use name a product the cards lack.
  // The words in a name's place from the first that neither the cards nor everyday English use (rank
  // NAME_SLOT_RANK or rarer), when the cards do not cover them whole.
  const nameInSlot = (typed: string[], rarest = NAME_SLOT_RANK) => {
    // A unit or mark typed on a word ("$/mtok:") is not part of it.
    const slot = typed.map((w) => w.replace(/^[^a-z0-9]+|[^a-z0-9+]+$/gi, '')).filter(Boolean);
    const at = slot.findIndex((w) => !isStopword(w) && !/^\d/.test(w) && !common(w) && !words.known(w) && !covered(w) && !JUDGEMENT.test(w) && !BUSINESS_ACRONYMS.has(w.toUpperCase()) && (words.rank?.(w) ?? Number.POSITIVE_INFINITY) >= rarest);
    // The name reaches back over words rare in English that the cards happen to use ("cyber" of "cyber essentials").
    let start = at;
    while (start > 0 && !isStopword(slot[start - 1] ?? '') && !/^\d/.test(slot[start - 1] ?? '') && (words.rank?.(slot[start - 1] ?? '') ?? Number.POSITIVE_INFINITY) >= NAME_SLOT_RANK && !coverage.catalogue.mentions(slot[start - 1] ?? '').some((x) => x.entry)) start -= 1;
    const name = at < 0 ? '' : slot.slice(start).join(' ');
    if (name && !coveredWhole(name)) add({ name: askerName(core, normalizeName(name), coverage), closest: [], cards: [] });
  };
  // "is nvidia's nemotron ok for…": the maker's possessive is part of the name's place.
  for (const m of core.matchAll(PUT_UP)) nameInSlot((m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(/\s+/).filter(Boolean).map((w) => w.replace(/['’]s$/, '')));
  // What is hosted, run, deployed or tuned, in a word English never uses ("can we self-host nemotron on our own
  // gpus"); a thing with a determiner ("host the offsite in lisbon") is an everyday one.
  for (const m of core.matchAll(RUN_ON_OUR_OWN)) {
    const slot = (m[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    // A name typed in letters alone and not a plural ("k8s", "chat widgets", "webinars" are everyday things run).
    if (!DETERMINER.test(slot[0] ?? '') && slot.every((w) => /^[a-z]+$/.test(w) && !/s$/.test(w))) nameInSlot(slot, ENGLISH_RANK);
  }
  // One side of a comparison set against a covered thing, naming it in words neither the cards nor everyday English
  // use: "hipaa vs gdpr", "gdpr or lgpd?", "magistral medium vs mistral medium 3", "kimi k2 or deepseek-r1", "cyber
  // essentials plus instead of iso 27001".
  for (const m of core.matchAll(/\s+(?:vs\.?|versus|or|compared (?:to|with)|instead of|rather than|in place of)\s+/gi)) {
    // A unit ("per mtok vs maverick") is no named thing.
    if (/(?:\bper(?:\s+\S+)?|\/\S*|(?:^|\s)[\d.,$£€%]+[km]?)\s*$/i.test(core.slice(0, m.index ?? 0))) continue;
    const left = sideWords(core.slice(0, m.index ?? 0), 'left');
    const after = core.slice((m.index ?? 0) + m[0].length);
    // A verb taking its object ("…or grab an open model", "or keep the api") does something; it names nothing.
    const acts = (after.trim().split(/\s+/, 2)[1] ?? '').toLowerCase();
    const right = DETERMINER.test(acts) ? [] : sideWords(after, 'right');
    for (const [side, other] of [[left, right], [right, left]] as const) {
      // Set against a named thing ("deepseek-r1", "gdpr"), not a concept ("preview models").
      if (other.length && coverage.catalogue.mentions(other.join(' ')).some((x) => x.entry && x.entry.kind !== 'concept')) nameInSlot(side);
    }
  }
  // Acronyms typed in capitals that the cards never use ("DORA", "HIPAA", "SOC 3" is caught above); the acronyms of
  // everyday business ("the ROI case", "the SOW says") are how people talk, not what they ask about.
  for (const m of core.matchAll(/\b([A-Z]{3,6})\b/g)) {
    const w = m[1] ?? '';
    if (BUSINESS_ACRONYMS.has(w)) continue;
    if (!words.known(w.toLowerCase()) && !covered(w) && !common(w.toLowerCase())) add({ name: w, closest: [], cards: [] });
  }
  // A short code after a name ("kimi k2", "command r+", "command r7b"): the word the cards never use and its code are
  // one model's name, where the code alone ("k2", "r+") would be a figure or a grade. Read last, so a vendor's longer
  // name found above stands ("cohere command r").
  for (const m of core.matchAll(/\b([a-z]{3,})\s+([a-z]\d{0,3}[a-z]?\+{0,2})(?=[\s?,.;:!)]|$)/gi)) {
    const [word = '', code = ''] = [m[1]?.toLowerCase(), m[2]?.toLowerCase()];
    // A code the cards hold alone ("coreweave h100") is a covered thing beside an unknown word, caught above.
    if (!/\d|\+/.test(code) || /^[a-z]\+\+$/.test(code) || /^b2[bc]$/.test(code) || (/\d/.test(code) && coveredWhole(code)) || isStopword(word) || NOT_A_NAME.has(word) || words.known(word) || covered(word) || coveredWhole(`${word} ${code}`)) continue;
    // An everyday word before a grade ("an a+ rating") is not a name; a model's word may be everyday ("command").
    if ((words.rank?.(word) ?? Number.POSITIVE_INFINITY) < COMMON_RANK && !/[a-z]\d|\+$/.test(code)) continue;
    if (code === 'a+' || (/^[a-z]\d+$/.test(code) && UNIT_AFTER.test(core.slice((m.index ?? 0) + m[0].length)))) continue;
    const name = askerName(core, `${word} ${code}`, coverage);
    add({ name: code.endsWith('+') && !name.endsWith('+') ? `${name}${code.replace(/^[^+]+/, '')}` : name, closest: [], cards: [] });
  }
  // A short topic leading the message ("ibm granite — any user cap in the licence?", "cohere command: ok for a paid
  // product?"), in words the cards never use and chat never does, names what a message about AI is about.
  const topic = message ? TOPIC_LEAD.exec(message)?.[1] : undefined;
  const topicWords = topic?.toLowerCase().split(/\s+/) ?? [];
  const foreign = (w: string) => !isStopword(w) && !CHAT_WORDS.has(w) && !words.known(w) && !/^\d/.test(w);
  if (topic && !MESSAGE_LABEL.test(topic.trim()) && !topicWords.some((w) => WHO_ASKS.test(w)) && speaksOfAi(message ?? '') && topicWords.every(foreign) && topicWords.some((w) => !common(w)) && !coveredWhole(topic)) {
    add({ name: askerName(core, normalizeName(topic), coverage), closest: [], cards: [] });
  }
  // Read last, so a longer name found above stands ("nvidia's nemotron" put up for use is "Nvidia Nemotron").
  // What a possessive owns, in a word neither the cards nor English use: a law or product of that place or maker
  // ("singapore's pdpa", "brazil's lgpd", "cohere's aya"). A short one is an acronym.
  for (const m of core.matchAll(/\b([a-z][\w-]*)['’]s\s+([a-z][a-z0-9]{2,})\b/gi)) {
    const w = (m[2] ?? '').toLowerCase();
    if (personRole((m[1] ?? '').toLowerCase())) continue;
    if (common(w) || words.known(w) || covered(w) || isStopword(w) || BUSINESS_ACRONYMS.has(w.toUpperCase()) || JUDGEMENT.test(w)) continue;
    // "legal's twitchy": an adjective after "'s" says what someone is, not what they own.
    if ((words.rank?.(w) ?? Number.POSITIVE_INFINITY) < ENGLISH_RANK || ADJECTIVE_ENDING.test(w) || /(?:y|ish)$/.test(w)) continue;
    add({ name: shortAsAcronym(w), closest: [], cards: [] });
  }
  // A covered model with a dated snapshot typed on ("deepseek-r1-0528", "gpt-4o-2024-08-06"): a release the cards never
  // name, whose closest is the model ("mistral-small-2409" is covered whole and stands).
  for (const m of core.matchAll(/\b([a-z][\w.]*(?:-[a-z0-9.]+)*?)-((?:20\d{2}-\d{2}-\d{2})|\d{4}(?:\d{4})?)\b/gi)) {
    const [model] = coverage.catalogue.mentions(m[1] ?? '').filter((x) => x.entry?.kind === 'model' && normalizeName(m[1] ?? '') === x.form);
    if (!model?.entry || coveredWhole(m[0])) continue;
    add({ name: askerName(core, m[0], coverage), closest: [model.entry.name], cards: model.entry.cards });
  }
  // A model family's name with letters glued on ("medgemma", "codellama", "shieldgemma"), in a word neither the cards
  // nor English use: a variant the cards never name, whose closest is the family.
  for (const m of core.matchAll(/\b[a-z]{6,}\b/gi)) {
    const w = m[0].toLowerCase();
    if (common(w) || words.known(w) || covered(w)) continue;
    const family = gluedFamily(w, coverage);
    if (family) add({ name: askerName(core, w, coverage), closest: [family.name], cards: family.cards });
  }
  return [...out.values()].map((u) => ({ ...u, name: withFamilyName(u.name, u.closest) }));
}

/** Letters a word must add to a family's name to be a variant of it, not the name inflected ("llamas"). */
const GLUED_LETTERS = 3;

/** The model family whose one-word name a word begins or ends with, adding at least `GLUED_LETTERS` letters. */
function gluedFamily(word: string, coverage: Coverage): CatalogueEntry | undefined {
  return coverage.catalogue.entries.find(
    (e) => e.kind === 'family' && e.forms.some((f) => {
      const name = f.trim();
      return /^[a-z]{4,}$/.test(name) && word.length >= name.length + GLUED_LETTERS && (word.startsWith(name) || word.endsWith(name));
    }),
  );
}

/**
 * A gap typed without the family name its covered relatives carry, named back in full: "Sonnet 4.6", whose closest
 * is "Claude Sonnet 4.5", is "Claude Sonnet 4.6".
 */
function withFamilyName(name: string, closest: string[]): string {
  const version = /\s+v?\d[\w.-]*$/i;
  const stem = name.replace(version, '');
  if (stem === name || !stem) return name;
  for (const c of closest) {
    const family = c.replace(version, '');
    if (family.length > stem.length && family.toLowerCase().endsWith(` ${stem.toLowerCase()}`)) return `${family.slice(0, family.length - stem.length)}${name}`;
  }
  return name;
}

import { isStopword } from '../../knowledge/retrieval/text/stopwords.ts';
import { escapeRegExp } from '../../knowledge/retrieval/text/tokenize.ts';

/**
 * Reads a message the way a buyer writes it in chat: what kind of answer it wants, and which part of it is the
 * question (the core) rather than context ("our dpo is asking:", "for a board deck,", "we're a 20 person startup
 * in Frankfurt."). Answerability is judged on the core only, so context never causes a refusal.
 */

export type QuestionKind =
  | 'yes-no' | 'should' | 'price' | 'number' | 'comparison' | 'list' | 'red-flags' | 'good-answer' | 'judge' | 'definition'
  | 'how' | 'when' | 'other';

/** A question asking for a call, yes or no, or whether to do something: a verdict leads its answer. */
export const asksForCall = (kind: QuestionKind): boolean => kind === 'yes-no' || kind === 'should';

export interface QuestionAnalysis {
  /** The question itself: the clause(s) that ask, without the context around them. */
  core: string;
  /**
   * Phrases that lead into an asking clause ("in the Lloyds research", "for a board deck"): searched with the core,
   * and their words count where the knowledge base uses them, never against the answer.
   */
  qualifiers: string;
  /** The rest of the message (context), possibly empty. */
  context: string;
  kind: QuestionKind;
  /** Someone else's words the message quotes ("they keep logs 'as long as necessary'"). */
  quoted: string[];
  /** The asker wants it short ("tl;dr", "one-liner", "in one line"): the answer keeps to its first sentences. */
  brief?: true;
  /**
   * When the asking clause names too little to stand alone ("what should we change?") and the core is the whole
   * message: that clause. The rest of the core is the asker's situation, which counts for less.
   */
  asking?: string;
  /** What the asker leaves out ("not counting meta's", "other than prices"): never searched for or weighed. */
  excluded?: string[];
}

/** Chat and question-scaffold words that carry no subject: they never count for or against an answer. */
export const CHAT_WORDS: ReadonlySet<string> = new Set(['ok', 'okay', 'pls', 'plz', 'please', 'thanks', 'thx', 'ty', 'hey', 'hi', 'hello', 'guys', 'folks', 'team', 'tbh', 'btw', 'fyi', 'imo', 'quick', 'q', 'qq', 'question', 'actually', 'really', 'basically', 'just', 'like', 'kinda', 'sorta', 'anyone', 'someone', 'know', 'wondering', 'asking', 'curious', 'lol', 'ya', 'yeah', 'yes', 'no', 'hmm', 'um', 'thoughts', 'help', 'need', 'want', 'wants', 'u', 'ur', 'im', 'ive', 'id', 'dont', 'whats', 'hows', 'wat', 'mean', 'means', 'meaning', 'say', 'says', 'explain', 'exactly'].concat(['r', 'tl', 'dr', 'tldr', 'eli5', 'lmk', 'idk', 'afaik', 'iirc', 'cheers', 'anyway', 'fine', 'problem', 'issue', 'thing', 'stuff', 'anything', 'everything', 'something', 'somewhere', 'anywhere', 'everywhere', 'somebody', 'anybody', 'worth', 'right', 'correct', 'true', 'sure', 'whether', 'talking', 'roughly', 'approximately', 'ballpark', 'honestly', 'seriously', 'genuinely', 'literally', 'actual', 'kidding', 'nah', 'nope', 'yep', 'yup', 'meh', 'eh', 'huh', 'ugh', 'tho', 'though', 'ta', 'omg', 'ngl', 'fwiw', 'imho', 'lmao', 'ofc', 'tia']));

/** A label opening a note of background ("context:", "for background:"). */
const CONTEXT_LABEL = /(?:^|\n)\s*(?:for |some )?(?:context|background)\s*:/;
/** One line for each item asked: "one line each", "a one-liner per question", "one line for each route". */
const ONE_LINE_EACH = /(?:a |one[- ]?)(?:line|liner)s?\s+(?:each|per (?:item|question|factor|point|one|route|thing)|for each(?: (?:item|question|factor|point|one|route|thing))?|apiece)/;
/** How the answer should be put: its length, its form, its plainness ("in two sentences", "bullet them", "no jargon"). */
const FORM_WORDS = /in (?:a|one) (?:sentence|line|para(?:graph)?) or two|in plain english|in simple terms|in layman'?s terms|in a nutshell|tl;? ?dr|eli5|in short|in one line|in a sentence|in (?:one|a|two|three|a few|a couple(?: of)?|couple(?: of)?|few|\d)(?:\s+or\s+(?:two|three|four|\d))?\s+(?:short |quick |simple )?(?:para(?:graph)?s?|sentences?|lines?|words|bullets?|bullet points)|(?<=[,;(—–-]\s*)(?:one|a|two|three|a few|a couple(?: of)?|\d)\s+(?:short |quick |simple )?(?:para(?:graph)?s?|sentences?|lines?|bullets?|bullet points)(?=\s*\)?\s*(?:pls|please)?\s*[?.!]*\s*$)|for dummies|(?:in )?(?:normal|plain|simple|everyday|non-?technical|human|lay(?:man'?s?)?|regular)(?:[- ](?:people|person|human)(?:'s)?)? (?:words|terms|language|english|speak)|without (?:the )?jargon|no jargon|zero jargon|jargon[- ]free|bullet (them|it|these|those)( for me)?|in bullets?|as bullets?|bullet points?/;
const FORM_ASKED = new RegExp(`(?:with |in )?(?:ideally )?${ONE_LINE_EACH.source}|(?:as |in )?a numbered list|${FORM_WORDS.source}`);
/** Who the answer is for ("like i'm the cfo", "board-friendly", "for someone who doesn't code"). */
const AUDIENCE = /(?:for|to) (?:an? |the )?(?:non-?techie|non-?technical (?:person|people|folks?|audience)|lay ?person|layman|beginner|newbie|normal person|five year old|5 year old)s?|like (?:i'?m|im|we'?re) (?:five|5|a beginner|new to this|a child|a kid|(?:the |an? |our |my )?(?:cfo|ceo|cto|coo|board|exec(?:utive)?|manager|lawyer|accountant|non-?techie)|in (?:finance|legal|sales|marketing|hr))|\b(?:cfo|ceo|cto|board|exec|boss|manager|finance|non-?tech(?:ie|nical)?)[- ](?:version|friendly|level|edition)|(?:for|to) (?:someone|somebody|people|folks|a person|an? exec|a manager|a lawyer) who (?:doesn'?t|does not|don'?t|do not|can'?t|cannot|isn'?t|is not|aren'?t|are not) (?:code|coding|program|programming|technical|techy|an engineer|a developer)/;
/** When it is wanted, or how quickly it is asked ("standup in 5", "quick q", "real quick"). */
const MOMENT = /(?:stand-?up|meeting|call|demo|sync|review|board meeting|interview) (?:starts )?in (?:\d{1,2}|two|five|ten|fifteen|twenty|a few|a sec)(?: ?(?:mins?|minutes|hours?|hrs?|h))?|quick (q|question)|quick one|real quick/;
/** Hedges and asides that carry no subject ("i think", "to be fair", "asking for a friend"). */
const HEDGE = /asking for a friend|for me please|for me|(?:or )?(?:not |no )?(?:a |such a )?big deal|(?:i'?m )?(?:pretty|fairly|quite|almost) (?:sure|certain)|i (?:think|guess|reckon|suppose)|to be (?:honest|fair)|at the end of the day|if you ask me/;
/** Who keeps raising the subject ("legal keeps banging on about", "that our dpo keeps mentioning"), not what it is. */
const HEARSAY = /(?:(?:that|which)\s+)?(?:legal|lawyers|everyone|everybody|people|folks|he|she|they|finance|procurement|compliance|security|(?:the|our|my)\s+[a-z]+(?:\s+team)?)\s+(?:keeps?|kept|is always|are always|won'?t stop|never stops?)\s+(?:(?:banging|going|harping|droning|rabbiting|waffling)\s+on(?:\s+about)?|mentioning|bringing up|talking about|referring to)/;
/** Words around a question that shape it, address it or hedge it, never what it is about. */
const SCAFFOLD = new RegExp(`${CONTEXT_LABEL.source}|\\b(${[FORM_ASKED, AUDIENCE, MOMENT, HEDGE, HEARSAY].map((r) => r.source).join('|')})\\b`, 'gi');

/**
 * What the asker leaves out of what they ask, and keeps apart (`excluded`): words setting something aside, then what
 * is set aside, up to a clause's end or its question ("main open weight families, not counting meta's?", "what goes
 * on the agenda other than prices?", "apart from dpf what are our options"). Not "rather than" (a choice) nor
 * "beyond" ("beyond 200k tokens" is a tier).
 */
const LEFT_OUT = /\b(?:not counting|not including|other than|apart from|aside from|except(?:\s+for)?|excluding|besides|leaving (?:aside|out)|setting aside|ignoring)\s+((?:(?!(?:what|which|how|who|when|where|why|is|are|do|does|can|could|should|would|will|and|but|or)\b)[^\s,.;:?!()]+\s*){1,6})/gi;

/**
 * A text without what the asker leaves out, which is added to `excluded`; the text as it was when nothing would be
 * left to ask ("other than that?").
 */
function leaveOut(text: string, excluded: string[]): string {
  const out: string[] = [];
  const rest = text.replace(LEFT_OUT, (_whole, what: string) => {
    out.push(what.trim());
    return ' ';
  });
  if (!out.length || contentWords(rest).length < 2) return text;
  excluded.push(...out);
  // The comma that set the left-out words off goes with them ("…this year, not counting meta's?").
  return rest.replace(/\s*,\s*(?=[?.!]|$)/g, '').replace(/\s+([,.;:?!])/g, '$1');
}

/** A message without what the asker leaves out ("…output price, ignoring batch discounts"), as its verdicts read it. */
export function withoutLeftOut(message: string): string {
  return leaveOut(message, []);
}

/** What the asker sets aside for the moment: "ignore cost for a sec", "leaving price aside for now", "cost aside". */
const SET_ASIDE = /\b(?:ignor(?:e|ing)|forget(?:ting)?(?: about)?)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:for (?:a|the) (?:sec(?:ond)?|moment|minute|bit)|for now)\b|\b(?:leav(?:e|ing)|set(?:ting)?|put(?:ting)?)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+aside\b/gi;

/**
 * Thanks or a closing word that signs a message off ("Many thanks", "thx", "Cheers", "Kind regards"); the words that
 * are also ordinary English ("best", "regards", "ta") only at the start of a sentence.
 */
const SIGN_OFF_WORDS = /(?:^|(?<=[\s.!?,;:)]))(?:many thanks|thanks(?: (?:so much|a lot|a million|in advance|all|everyone|again))?|thank you(?: (?:so much|all|in advance))?|thx|ty|tia|cheers|kind regards|warm regards|much appreciated|appreciate it)(?=[\s,!.:–—-]|$)|(?:^|(?<=[.!?\n]\s*))(?:best(?: wishes| regards)?|regards|ta|br)(?=[\s,!.:–—-]|$)/gi;
/** What may follow a sign-off before the message ends: the sender's name, capitalised, or one word after a comma or dash. */
const SIGNATURE = /^(?:\s*[,!.:]+\s*|\s*[-–—]+\s*|\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?)?|(?<=[,–—-]\s*)[a-z]+)?\s*[.!]*\s*$/;

/**
 * The message without a sign-off at its end ("Many thanks, Aisha", "thx - Priya", "Cheers,\nTom"): the name is the
 * writer's, never a product the question asks about.
 */
function withoutSignOff(text: string): string {
  for (const m of text.matchAll(SIGN_OFF_WORDS)) {
    const after = text.slice(m.index + m[0].length);
    if (SIGNATURE.test(after)) return text.slice(0, m.index).trimEnd();
  }
  return text;
}

/** A request for a short answer ("one line each", the shape of a list's items, is none). */
const BRIEF = /\b(tl;? ?dr|one[- ]?liner(?!\s+(?:each|per|for each)\b)|(?:need|want|gimme|give me|write me|just|only|max|at most|no more than)\s+(?:one|a|a single|two|three|[123])\s+(?:short )?(?:sentences?|lines?)(?!\s+(?:each|per|for each|on each|about each|apiece)\b)|(?:one|two|three|[123])[- ](?:sentence|line)\s+(?:answer|summary|version|explanation|reply|description|definition)|one[- ]line(?!\s+(?:each|per|for each)\b)|in (?:a|one) (?:sentence|line) or two|in (?:one|a single|a) (?:line|sentence)(?!\s+(?:each|per|for each)\b)|in a nutshell|short answer|quick answer|in (?:a few|one|two|three|five|ten|\d+) words|in (?:a couple(?: of)?|couple(?: of)?|two|2|a few|(?:one|1) or (?:two|2)) (?:short )?(?:sentences|lines)|keep it (?:short|brief)|short version)\b|[,;(—–-]\s*(?:one|a|two|2|a few|a couple(?: of)?) (?:short )?(?:sentences?|lines?)\s*\)?\s*(?:pls|please)?\s*[?.!]*\s*$/i;
/**
 * Words after a short form that make it a part of the answer or a permission, not a limit on it: "a one-line summary
 * at the top for the ceo", "short answer first, then the detail", "a short answer is fine too".
 */
const NOT_A_LIMIT = /^\W{0,3}(?:summary|summaries|recap|headline|intro|version)?\s*(?:first|up top|at the top|on top|to start|to begin|then|and then|followed by|plus|\+|is fine|would be fine|works|is ok|is okay|too|as well|is enough|will do)\b|^\W{0,3}(?:summary|summaries|recap|headline)\b/i;

/** BRIEF for every match in a message, built once. */
const BRIEF_EACH = new RegExp(BRIEF.source, 'gi');

/** Whether a message asks for a short answer (a short form that is part of the answer or a permission does not). */
function asksBrief(message: string): boolean {
  return [...message.matchAll(BRIEF_EACH)].some((m) => !NOT_A_LIMIT.test(message.slice((m.index ?? 0) + m[0].length)));
}

/** Price units typed as shorthand ("$/mtok", "per 1m tok"), which the cards write out ("per million tokens"). */
export const PRICE_UNIT_SHORTHAND: ReadonlySet<string> = new Set(['mtok', 'mtoks', 'ktok', 'ktoks', 'tok', 'toks']);

/** Chat shorthand, expanded before anything else reads the message ("in prod" is "in production"). */
const SHORTHAND: [RegExp, string][] = [
  [/\bprod\b/gi, 'production'], [/\bour stuff\b/gi, 'our data'], [/\bthe feds\b/gi, 'the US government'], [/\binfra\b/gi, 'infrastructure'], [/\bgovt?\b/gi, 'government'], [/\bppl\b/gi, 'people'],
  [/\borg\b/gi, 'organisation'], [/\breqs?\b/gi, 'requirements'], [/\bdocs\b/gi, 'documents'], [/\bgen ?ai\b/gi, 'generative AI'],
  [/\boss\b/gi, 'open source'], [/\bself ?host(ed|ing)?\b/gi, 'self-host$1'], [/\bfine ?tun(e|ed|ing)\b/gi, 'fine-tun$1'],
  [/\btill?\b/gi, 'until'], [/\bw\/o\b/gi, 'without'], [/\bw\/(?=\s|\b)/gi, 'with'], [/(?<=\b[a-z]{2,} )w(?= (?:a |an )?[a-z]{2,}\b)/gi, 'with'], [/\bbc\b/gi, 'because'], [/\bb\/c\b/gi, 'because'],
  [/\bpls\b|\bplz\b/gi, 'please'], [/\bu\b/gi, 'you'], [/\bur\b/gi, 'your'], [/\br\b(?= (there|we|you|they)\b)|(?<=\b(what|which|who|where|how|why|when) )r\b|(?:^|(?<=[.?!]\s+))r\b(?=\s+[a-z])/gi, 'are'],
  [/\bsoc ?([123])\b/gi, 'SOC $1'], [/\biso ?(\d{4,5})\b/gi, 'ISO $1'], [/\bq(\d{1,2})\b/gi, 'question $1'], [/\bqs\b/gi, 'questions'],
  [/\bga\b/gi, 'generally available'], [/\bsubprocessors?\b/gi, 'sub-processors'], [/\bshld\b/gi, 'should'],
  [/\bmgmt\b/gi, 'management'], [/\bcerts?\b/gi, 'certificate'], [/\bevals?\b/gi, 'evaluation'], [/\binfo\b/gi, 'information'], [/\baccts?\b/gi, 'account'], [/\bdiffs?\b/gi, 'difference'], [/\bevery[- ](3|three)[- ]months?\b/gi, 'quarterly'], [/\bapprox\b/gi, 'approximately'], [/\bcertif?s\b/gi, 'certificates'], [/\beng\b/gi, 'engineering'], [/\bperf\b/gi, 'performance'], [/\b(?:tokens?|toks?)\s?\/\s?(?:s|sec|second)\b/gi, 'tokens per second'], [/(?<!\/\s?|\d\s?|\bper\s)\bsec\b(?! ?\d)/gi, 'security'],
  [/\bmake (?:us|you|me|them|anyone) (?:walk away|back out|pull out)\b/gi, 'be deal breakers'], [/\bthru\b/gi, 'through'], [/\btho\b/gi, 'though'], [/\babt\b/gi, 'about'], [/\b(cuz|coz|cos|bcos|bcoz)\b/gi, 'because'], [/\bgonna\b/gi, 'going to'],
  [/\bwanna\b/gi, 'want to'], [/\bgotta\b/gi, 'have to'], [/\b(smth|sth)\b/gi, 'something'], [/\brn\b/gi, 'right now'], [/\besp\b/gi, 'especially'],
  [/\bintl\b/gi, 'international'], [/\bdept\b/gi, 'department'], [/\bbiz\b/gi, 'business'], [/\bb4\b/gi, 'before'], [/\byrs\b/gi, 'years'], [/\bhrs\b/gi, 'hours'], [/\bwks\b/gi, 'weeks'],
  [/\b(?:shd|shud)\b/gi, 'should'], [/\b(?:wld|wud)\b/gi, 'would'], [/\b(?:cld|cud)\b/gi, 'could'], [/\bwat\b/gi, 'what'], [/\by\/n\b/gi, 'yes or no'], [/(?<=\b(?:of|all|for|on|to|use|with|about) )'?em\b/gi, 'them'], [/\b(?:wtf|wth|wtaf|what the (?:hell|heck|fuck))\b/gi, 'what'], [/\bwhat(?:'s|’s|s| is)? the (?:deal|story|score|craic|lowdown) (?:with|on)\b/gi, 'what about'], [/\bsubs\b/gi, 'subscriptions'], [/\bwats\b/gi, "what's"], [/\bmths?\b/gi, 'month'], [/\bwk\b/gi, 'week'],
  // "🚩 or fine?": the flag emoji is how people type a red flag.
  [/\s*🚩+\s*/gu, ' red flag '],
  // "eli5 the cloud act pls. we're…": opening a sentence, it asks about what follows, as "tell me about" does (the
  // sentence asks, whatever comes after it); elsewhere ("…, eli5") it says how to answer.
  // (Matched with what opens the sentence, not a look back over it: a look back over a run of spaces is slow.)
  [/(^|[.?!]\s+)eli5(?=\s+[a-z])/gi, '$1tell me about'],
  [/(?:(?<=\b(?:a|per|each|every|this|last|next|one|\d+)\s?)|(?<=\d\s?\/\s?))yr\b/gi, 'year'], [/\bconvos?\b/gi, 'conversation'], [/\bmsgs?\b/gi, 'message'], [/\bbtwn\b/gi, 'between'], [/\bw\/e\b/gi, 'whatever'], [/\bnvm\b/gi, ''],
];

/**
 * EU member states, their adjectives, capitals and business hubs: "german company here", "we're HQ'd in paris" are
 * in the EU, which is what the cards speak of (the Llama 4 multimodal restriction, EU data residency).
 */
const EU_PLACES = /\b(austria|austrian|vienna|belgium|belgian|brussels|bulgaria|bulgarian|sofia|croatia|croatian|zagreb|cyprus|cypriot|czechia|czech|prague|denmark|danish|copenhagen|estonia|estonian|tallinn|finland|finnish|helsinki|france|french|paris|lyon|germany|german|berlin|frankfurt|munich|hamburg|greece|greek|athens|hungary|hungarian|budapest|ireland|irish|dublin|italy|italian|rome|milan|latvia|latvian|riga|lithuania|lithuanian|vilnius|luxembourg|malta|maltese|netherlands|dutch|amsterdam|rotterdam|poland|warsaw|krakow|portugal|portuguese|lisbon|porto|romania|romanian|bucharest|slovakia|slovak|bratislava|slovenia|slovenian|ljubljana|spain|spanish|madrid|barcelona|sweden|swedish|stockholm)\b(?!\s*\(?eu\b)/gi;

/** A version typed as in a model's API id, its point as a hyphen: "claude-opus-4-7", "gemini-2-5-pro" (read 4.7, 2.5). */
const API_VERSION = /(?<=[a-z]-)(\d)-(\d)(?=$|-[a-z])/i;

/** A name joined by hyphens with a figure in it ("gpt-oss-120b", "llama-4-maverick-17b"): shorthand inside is its own. */
const JOINED_NAME = /\b[a-z0-9]+(?:[-.][a-z0-9]+)*-[a-z]*\d[a-z0-9.]*\b|\b[a-z]+-[a-z]+-[a-z0-9]+\b/gi;

/**
 * "one" standing for the noun named just before it: "an open-weight model and an open-source one" is "an open-source
 * model", so each side names its thing.
 */
const ONE_FOR_NOUN = /\b(models?|licen[cs]es?|vendors?|providers?|apis?|tiers?|plans?|frameworks?|standards?)\b([^.?!;]{1,60}?\b(?:an?|the|that|this)\s+)([\w-]+)\s+one\b/gi;

/** The message with chat shorthand spelt out, a place in the EU said to be in the EU, and "one" read as its noun. */
export function expandShorthand(text: string): string {
  const kept: string[] = [];
  const masked = text.replace(JOINED_NAME, (name) => `\uE000${kept.push(name) - 1}\uE000`);
  const expanded = SHORTHAND.reduce((t, [re, to]) => t.replace(re, to), masked).replace(EU_PLACES, '$1 EU').replace(ONE_FOR_NOUN, '$1$2$3 $1');
  return expanded.replace(/\uE000(\d+)\uE000/g, (_, i: string) => (kept[Number(i)] ?? '').replace(API_VERSION, '$1.$2'));
}

/** Words of a text that could name a subject: not stopwords, not chat. */
export function contentWords(text: string): string[] {
  // "what's", "how's": a question word, however typed.
  return (text.toLowerCase().match(/[a-z0-9][a-z0-9.'-]*/g) ?? []).filter((w) => !isStopword(w) && !CHAT_WORDS.has(w) && !WH_CONTRACTION.test(w));
}

const WH_CONTRACTION = /^(?:what|how|who|where|when|why)['’]s$/;

const ASKING = /^(?:(?:and |also |but |so )?(?:(?:if not|if so|if yes|if no|otherwise|failing that),?\s+|since\s+(?=when\b)))?(what|whats|what's|wat|how|hows|how's|is|isn't|are|aren't|can|cant|can't|could|should|shall|do|does|did|dont|don't|doesn't|will|would|which|who|whom|why|when|where|any|anything|may|might|must|has|have|was|were|pls|please|explain|define|describe|tell|give|list|compare|whats)\b/i;

/** A conjunction running a second question on from the first. */
const RUN_ON = /^(?:and|also|plus|but)\s+/i;

/** A piece opening as a question, after any conjunction running it on from one before ("and does gemma 4…"). */
const opensQuestion = (piece: string) => ASKING.test(piece.replace(RUN_ON, ''));

/** A request that opens a message ("need a real world example of…", "looking for the twelve questions"). */
const REQUEST = /^(need|want|looking for|show me|send me|share|find me|suggest)\b(?!\s+(it|this|that|them|these|those|to|all|each|every|both|the lot|em)\b)/i;

/**
 * A request passed on from someone else: "eng wants the cached input price per mtok", "the cfo needs the monthly
 * figure". Someone other than the asker wants a thing named after "the" or "a"; "we need a dpia" states a need.
 * `PASSER` is who passed it on and the verb; `PASSED_ON` the request, `PASSED_ON_LEAD` the words before what is
 * wanted, `PASSED_ON_AFTER_COMMA` the comma a request typed after the scene follows.
 */
const PASSER = String.raw`(?!(?:we|i|i'm|we're|you|they)\b)(?:the\s+|our\s+|my\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:wants|want|needs|need|is after|asked for|is asking for|are asking for)`;
const WANTED = String.raw`\s+(?:the|a|an)\s+\w`;
const PASSED_ON = new RegExp(`^${PASSER}${WANTED}`, 'i');
const PASSED_ON_LEAD = new RegExp(`^${PASSER}(?=${WANTED})`, 'i');
const PASSED_ON_AFTER_COMMA = new RegExp(`,\\s+(?=${PASSER}${WANTED})`, 'gi');

/**
 * A piece asking for the answer's form or audience, not its subject: "need a yes/no for the dpo", "finance want a
 * number for the pilot", "legal wants a one-liner". Beside a question it is context; it never becomes the subject.
 * Only the form, with at most who or what it is for, says so: a form with its subject after it ("need a list of the
 * red flags", "want a number for gpt-5.2 at 10m tokens") asks for that subject.
 */
const ANSWER_FORM = /\b(?:want|wants|wanted|need|needs|needed|asked for|asking for)\s+(?:a|an|the|some|one|two|three|[1-5])?\s*(?:quick |short |simple |straight |clear |rough |ballpark |firm |definitive )?(?:yes\s*\/\s*no|yes or no|number|figure|one[- ]?liner|one[- ]?pager|answer|list|summary|steer|view|recommendation|estimate|ballpark|decision|slide|paragraphs?|paras?|lines?|sentences?|email|memo|briefing|table)(?:\s+(?:for|to|by|before|from)\s+(?:the|our|my|a|an|this|next|his|her)?\s*(?:dpo|board|cfo|ceo|cto|ciso|md|legal|finance|team|boss|execs?|leadership|partners|committee|deck|slides?|pack|risk register|register|meeting|report|memo|email|procurement|auditors?|pilot|budget|business case|plan|forecast|review|friday|monday|tuesday|wednesday|thursday|tomorrow|today|eod)\b[\w\s']{0,30}|\s+(?:that\s+)?(?:i|we)\s+can\s+(?:paste|send|forward|drop|put|use|read out|share|quote|copy)\b[\w\s']{0,30})?\s*(?:pls|please|asap|thanks)?\s*[.!,;]*\s*$/i;

/** An indirect question told as a sentence: "our dpo is asking whether we need a dpia for the chatbot". */
const INDIRECT_ASKED = /\b(asking|asks|asked|wants to know|wanted to know|wondering|wonders|want to know|need to know|needs to know|checking|trying to work out|trying to figure out)\s+(whether|if|how|what|which|when|why|who)\b|\b(asked|asks|asking|wants|want|needs?|told|tasked)\s+(me|us)\s+to\s+(explain|summari[sz]e|describe|outline|define|break down|walk (?:them|him|her|the board) through)\b/i;

/**
 * A request passed on for a list or overview of what, which or how ("the ciso wants a list of what extra safety work
 * lands on us if we self-host"): an indirect question too, and the words before it are who asks.
 */
const REQUEST_FOR = String.raw`(?:wants|want|needs?|asked for|asks for|asking for)`;
const A_LIST_OF_WHAT = String.raw`(?:a|an)\s+(?:quick\s+|short\s+|full\s+|proper\s+|clear\s+)?(?:list|rundown|run-down|overview|summary|breakdown)\s+of\s+(?:what|which|how|who|when|where|the|all|every)\b`;
const LIST_OF_WHAT = new RegExp(String.raw`\b${REQUEST_FOR}\s+${A_LIST_OF_WHAT}`, 'i');
const INDIRECT = new RegExp(`${INDIRECT_ASKED.source}|${LIST_OF_WHAT.source}`, 'i');

/** Lead-ins that introduce the real question: "our dpo is asking whether ...", "quick q:", "question for you -". */
const LEAD_IN = new RegExp(
  String.raw`^(?:.{0,80}?\b(?:(?:asking|asks|asked|wants|want|needs?|told|tasked)\s+(?:me|us)\s+to(?=\s+(?:explain|summari[sz]e|describe|outline|define|break down|walk))|${REQUEST_FOR}(?=\s+${A_LIST_OF_WHAT})|(?:asking|asks|asked)(?:\s+(?:me|us|him|her|them))?|wants to know|wondering|wonder|want to know|need to know|needs to know|checking|curious)\b\s*(?:(?:whether|if|about|:|,|-|—)\s*)?)`,
  'i',
);

/** Pictographs (emoji) close a thought the way a full stop does: "prepping for a call 🙏 max fine for…". */
const EMOJI = /\s*(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D})+\s*/gu;

/** Bracketed words that tell about the asker ("(asking for our cto)") rather than name a subject ("(opus 4.5)"). */
const ASIDE = /\b(we|we're|were|our|us|i|i'm|im|my|me|she|he|her|his|they|their|asking|asked|wondering|for (?:a|an|the|our|my))\b/i;

/**
 * Splits a message into sentences and clauses a question can hide in (full stops, line breaks, colons, dashes,
 * emoji). An aside in brackets ("(asking for our cto)") is a piece of its own, so it is never read as the question.
 */
function pieces(text: string): string[] {
  return text
    .replace(EMOJI, '\n')
    .replace(/\s*\(([^()]{3,})\)\s*/g, (all, inner: string) => (ASIDE.test(inner) ? `\n${inner}\n` : all))
    .split(/(?<=[.?!])\s+|\n+|\s*[:;]\s+|\s+[—–-]\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A clause opening as a question of its own: a question word or auxiliary, then at least two more words (a first
 * question run on with a comma; follow-up.ts's ASKS_ITSELF tests only a message's first word).
 */
const RUN_ON_QUESTION = /^(?:so |and |but |ok |okay )?(?:what|how|is|are|can|could|should|shall|do|does|did|will|would|which|who|why|when|where)\s+\S+\s+\S+/i;

/**
 * Splits a leading phrase off an asking clause when a question follows the comma: "for a board deck, what is…",
 * "in the Lloyds research, what share…", "if an H100 is busy a quarter of the time, what does…". The phrase may be
 * chat or may qualify the question, so it is kept apart: its words count only where the knowledge base uses them.
 */
function splitLeadingPhrase(clause: string): { rest: string; lead: string } {
  const parts = clause.split(/,\s*/);
  for (let i = 1; i < parts.length; i += 1) {
    const rest = parts.slice(i).join(', ');
    const lead = parts.slice(0, i).join(', ');
    // A first question run on with a comma, before a second naming at most one thing ("when does it make sense to run
    // our own model, what are the triggers?"), is no phrase setting the scene: it is the question, and the second only
    // names the form the answer takes. (A second naming more, "…, any batch discount?", is a second ask.)
    if (RUN_ON_QUESTION.test(lead) && contentWords(rest).length <= 1) break;
    // Two things set side by side, then a short ask of them ("vllm 0.5.4 vs 0.6.0 on 4 h100s, how big was the
    // jump?"): the pair is what is asked about, not a scene.
    // (Not a story told around a pair: "legal asked me to explain open weight vs open source…, is there?".)
    if (COMPARED.test(lead) && !narrates(lead) && contentWords(rest).length <= SHORT_ASK_OF_PAIR) break;
    // A question typed as a fragment ("ahead of monday's review, max fine for…?") after a phrase setting the scene.
    if (ASKING.test(rest) || (/\?\s*$/.test(rest) && SCENE.test(lead))) return { rest, lead };
  }
  return { rest: clause, lead: '' };
}

/**
 * A scene that only says when or on what occasion the asker asks ("ahead of monday's architecture review", "before
 * the vendor call"): context, unlike a scene that qualifies what is asked ("for a uk bank", "in the eu").
 */
const WHEN_ASKED = /^(ahead of|before|during|as part of|prepping for|in prep for)\b/i;

/** A phrase that sets the scene for what follows: "ahead of monday's review", "for the board", "following the call". */
const SCENE = /^(ahead of|before|after|following|for|re|regarding|as part of|during|given|since|with|in|on|from|per|as)\b/i;

/** A time the asker is working to ("tmrw", "on friday", "next week", "by eod"): a scene, not a subject. */
const WHEN_SAID = /\b(?:tmrw|tmw|tomorrow|today|tonight|this (?:morning|afternoon|evening|week)|(?:next|this|on|by) (?:week|month|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday)|eod|eow|asap)\b/i;

/** A piece that names a topic rather than telling context: short, no verb-like personal sentence ("we use…"). */
function isTopic(piece: string): boolean {
  const words = piece.split(/\s+/).filter(Boolean);
  // A finished sentence ("quick one for investors next week.") is context; a topic is a label before a dash or colon.
  // So is the time it is wanted for ("workshop w the exec team tmrw 🙏 what are…").
  return words.length <= 8 && !/[.!]$/.test(piece) && !WHEN_SAID.test(piece) && !PLACE_OF_ANSWER.test(piece) && !/\b(we|we're|were|our|us|i|i'm|im|my|me|you|your|they|their|he|she|is|are|was|has|have|had|did|does|do)\b/i.test(piece) && !DISCOURSE.test(piece) && !ABOUT_THE_ASKING.test(piece) && !DOING.test(piece) && !TELLS.test(piece);
}

/**
 * A clause telling something before the question, not a label naming its subject: "the sales deck seems to hide
 * this:", "legal keeps saying:", "the vendor claims that" (a verb of saying or seeming, or a pronoun pointing ahead).
 */
const TELLS = /\b(?:seems?|says|said|keeps|wants|claims|asked|told|tells|mentions|hides|shows|thinks|reckons|insists|suggests)\b|\b(?:this|that|it|these|those)\s*[:—–-]?\s*$/i;

/** What the asker is doing, not a topic: "writing the rfp section now", "prepping the board pack". */
const DOING = /^[a-z]+ing\s+(?:the|a|an|our|my|this|that|some|up)\b/i;

/**
 * A label about the question itself, not its subject: "ok dumb q from the ops side:", "silly question from finance -",
 * "board question for friday:".
 */
const ABOUT_THE_ASKING = /\b(?:dumb|silly|stupid|basic|noob|newbie|naive|random|honest|genuine|simple|daft|odd|weird|small|general|board|exec|execs|leadership|investor|investors|cfo|ceo|cto|cio|dpo|legal|finance|procurement|client|customer)\s+(?:q|qs|qn|question|questions)\b|\b(?:q|qs|qn|question|questions)\s+from\b/i;

/** A piece telling the asker's story or chatting: a finished sentence, one about us or me, or chat that names nothing. */
function narrates(piece: string): boolean {
  return /[.!]$/.test(piece) || /\b(we|we're|were|our|us|i|i'm|im|my|me)\b/i.test(piece) || (DISCOURSE.test(piece) && contentWords(piece).length <= 3);
}

/** Chat that opens a message without naming anything: apologies, greetings, "following up", "separate topic". */
const DISCOURSE = /\b(sorry|apologies|apologi[sz]e|again|everyone|everybody|all|hey|hi|hello|morning|thanks|thank|cheers|bug|bother|pester|following up|follow[- ]up|separate|another|topic|ahead of|before|after|fyi|btw|context|background|update|reminder|bear with)\b/i;

/** A piece opening as background and asking nothing: "for context we spend roughly $6k/month", "fyi: 40 staff". */
const BACKGROUND_NOTE = /^(?:for (?:context|reference|background|info|what it'?s worth)|(?:some |bit of |a bit of )?(?:context|background)|fyi|fwiw|as background)\b(?![^?]*\?\s*$)/i;

/** Words of its own at most of a first ask that leans on the message before it though a second ask follows. */
const FIRST_ASK_WORDS = 2;

/** A pronoun standing for something said before it; not "this year", "that week", which say when. */
const REFERS_BACK = /\b((?:that|this)(?!\s+(?:year|month|week|quarter|morning|afternoon|evening|time|weekend|spring|summer|autumn|fall|winter)\b)|it|these|those|them)\b(?!\s+(is|are|was|were)\s+(a|an|the)\b)|\b(?:in|on|from|out of) there\b/i;

/** A question pointing back at a thing its context named ("…grok via xai's api. should we go with it?"). */
export function pointsBack(core: string): boolean {
  return /\b(it|its|them|they|their|theirs|that one|this one|those|these|which one|which of (them|the two|those|these)|either|both)\b/i.test(core);
}

/** A message asking what a word means. */
const MEANING = /\b(mean|means|meaning|stand for|stands for|define|definition)\b|\b(fancy|another|posh|buzz|new) ?word for\b|\bjust (a|another) (name|term|word|label) for\b|\bwhat (even )?(is|are|'s) (that|this|it|those|these)\b|\bwhat(s|'s) (that|this)\b|\bwhat (that|this|it) (is|are)\b/i;

/** A question whose only subject is a pronoun asking for a meaning: "what does it mean", "what even is that". */
const POINTS_AT_MEANING = /\bwhat (?:are|is) (?:they|it|he|she|that|this) (?:actually |really |even )?(?:getting at|after|on about|looking for|probing for|asking for|fishing for|driving at|trying to say)\b|\bwhat (?:they're|they are|it's|it is) (?:actually |really )?(?:after|getting at|on about|looking for|probing for|asking for|driving at)\b|\btranslate (?:that|this|it) (?:into|to)\b(?: (?:plain|normal|simple))?(?: english\b)?|\b(is|are|isn'?t) (that|this|it|those|these) (just |really |basically |only )?(a |an )?(fancy|posh|buzz|new|another|marketing|trendy) ?(word|term|name|label) for\b|\b(?:what|wtf|wth|what the (?:hell|heck)) (does|do|did) (it|that|this|they|those) (even |actually |really |exactly )?(mean|stand for)\b|\bwhat (even )?(is|are|'s|s) (that|this|it|those|these)\b|\bwhat (even |exactly )?(is|'s|s) (a |an )?one\s*[?!.]*\s*$|\bmeaning of (that|this|it)\b|\bwhat (that|this|it) (is|are|means)\b/i;

/** True when the message asks what something said before it means ("what is that?", "what does it stand for?"). */
export function asksWhatItMeans(text: string): boolean {
  return POINTS_AT_MEANING.test(text);
}

/** Content words at most of an ask after a pair set side by side that asks of the pair ("how big was the jump?"). */
const SHORT_ASK_OF_PAIR = 3;

/** Words that set two things side by side. */
const COMPARED = /\b(vs\.?|versus|compared (to|with)|comparing)(\s|$)/i;

/** The asker's own document the answer goes into: "in the project plan", "for our board deck", "on the slide". */
const ANSWER_GOES = String.raw`(?:in|into|for|on|onto)\s+(?:the|our|my|this|a|an|tomorrow's|friday's|monday's)\s+(?:project plan|plan|roadmap|deck|slide deck|slides?|board pack|board deck|board paper|gantt(?: chart)?|spreadsheet|business case|memo|briefing|backlog|calendar|one[- ]pager|wiki|confluence page|jira ticket|ticket|(?:supplier |vendor |security |due diligence )?questionnaire|rfp(?: response)?|tender(?: response)?|proposal|presentation)`;

/** A piece that only says where the answer goes ("quick one for the supplier questionnaire:"): no topic. */
const PLACE_OF_ANSWER = new RegExp(String.raw`\b${ANSWER_GOES}\s*$`, 'i');

/** A precaution said of the asking ("… to be safe?"), or where the answer goes ("… in the project plan?"), ending a clause. */
const HEDGE_OR_PLACE = new RegExp(String.raw`^(.{12,}?),?\s+((?:just\s+)?(?:to be (?:safe|sure|on the safe side)|to play it safe|(?:just\s+)?in case)|${ANSWER_GOES})\s*([?!.]*)\s*$`, 'i');

/** A clause asking what goes in a document: "what should be", "what do we put", "which risks belong". */
const PUTS_IN = /\b(?:be|go|goes|put|include|included|belong|belongs|write|written|say|says|cover|covered|mention|mentioned|add|added|have|has|contain|appear|list|listed|show|shown)\s*$/i;

/**
 * Where the asker met the term asked about, told after a comma: "…, ceo keeps saying it", "…, legal keep bringing it
 * up", "…, saw it in the dpa", "…, heard it on a call". Who said it is not what is asked.
 */
const MET_TERM = String.raw`(?:[\w'’]+\s+){0,3}?(?:(?:keeps?|kept|keep on|is always|are always|has been|have been|was|were|is|are)\s+(?:saying|mentioning|using|bringing up|quoting|citing|throwing around|talking about|asking about|banging on about|on about|referring to)\s+(?:it|this|that|them|the term|the word|the phrase)|(?:keeps?|kept)\s+bringing\s+(?:it|this|that|them)\s+up|(?:i|we)\s+(?:keep\s+)?(?:heard|hear|hearing|saw|see|seeing|read|came across|come across|coming across)\s+(?:it|this|that|them|the term|the word|the phrase)|(?:heard|saw|read|seen)\s+(?:it|this|that|the term)\s+(?:in|on|at|from))\b`;

/** After a comma: what the answer is for, why it is asked, or where the asker met the term. */
const AFTER_COMMA_TRAIL = new RegExp(String.raw`^(.{12,}?),\s*((?:need|needed|needs|it's for|its for|this is for|for (?:a|an|the|our|my)|because|as (?:we|our)|since|so (?:we|i)|want(?:ed)? to|trying to|asking for)\b.*|${MET_TERM}.*)$`, 'i');

/** A question asked again of another thing in a few words: "and on cerebras", "or for 4 of them", "and in the eu". */
const RUN_ON_ASK = /^(?:and|or|also|plus)\s+(?:on|for|with|at|in|via|through|under|from)\s+\S+(?:\s+\S+){0,3}$/i;

/** Splits a trailing ", need them for the rfp template" / ", because our cfo asked" off an asking clause. */
function splitTrailingPhrase(clause: string): { rest: string; trail: string } {
  const m = AFTER_COMMA_TRAIL.exec(clause)
    // Typed on without a comma, only a phrase that plainly says what the answer is for: "... released need it for the board".
    ?? /^(.{12,}?)\s+((?:need(?:ed)? (?:it|this|that|them) (?:for|by|before|asap|today|tomorrow)|trying to (?:get|fit|put|finish|wrap up) (?:it|this|that|them)|(?:it's|its|this is) for (?:a|an|the|our|my))\b.*)$/i.exec(clause);
  if (m) return { rest: (m[1] ?? '').trim(), trail: (m[2] ?? '').trim() };
  // "…or should we run our own model in the uk to be safe?": a precaution said of the asking, not a safety question.
  // "which ai act dates do we need in the project plan?": where the answer will go says nothing of what it is.
  // Not when it asks what goes there ("what should we put in the business case?").
  const hedge = HEDGE_OR_PLACE.exec(clause);
  return hedge && !PUTS_IN.test(hedge[1] ?? '') ? { rest: `${(hedge[1] ?? '').trim()}${hedge[3] ?? ''}`, trail: (hedge[2] ?? '').trim() } : { rest: clause, trail: '' };
}

/**
 * Everyday verdicts on a plan ("sane setup or overkill?", "is that dumb", "realistic?"): how the asker asks for a
 * judgement, never what the judgement is about.
 */
export const PLAN_VERDICTS: ReadonlySet<string> = new Set(['sane', 'insane', 'overkill', 'silly', 'dumb', 'stupid', 'crazy', 'mad', 'nuts', 'bonkers', 'viable', 'realistic', 'unrealistic', 'feasible', 'premature', 'excessive', 'overboard', 'sensible', 'reasonable', 'wise', 'unwise', 'smart', 'naive', 'paranoid', 'reckless', 'legit', 'sketchy', 'dodgy', 'fishy', 'ridiculous', 'pointless', 'worthwhile', 'advisable', 'inadvisable', 'prudent', 'risky']);

/**
 * A verdict asked in everyday words ("ok or bad idea?", "good call?", "smart move tbh?"): how the asker asks for a
 * judgement, never what the judgement is about.
 */
export const VERDICT_PHRASE = /\b(?:good|bad|great|terrible|awful|dumb|smart|wise|sensible|silly|ok|okay|fine)\s+(?:idea|call|move|plan|shout|choice)s?\b|\bgood or bad\b/i;

/** A message ending on such a verdict ("…ok or bad idea tbh?"): a should-we, whatever else it says. */
const ENDS_ON_VERDICT = new RegExp(`(?:${VERDICT_PHRASE.source})(?:\\s+(?:tbh|imo|honestly|or not))?\\s*[?!.]*\\s*$`, 'i');

/**
 * Words that judge or steer rather than name a subject: a question made only of them ("red flag or fine?",
 * "normal??", "what else should we ask for?") is about what the message said before it.
 */
export const JUDGING_WORDS: ReadonlySet<string> = new Set(['red', 'flag', 'flags', 'fine', 'ok', 'okay', 'good', 'bad', 'acceptable', 'enough', 'normal', 'problem', 'problems', 'concern', 'concerning', 'worry', 'worried', 'bother', 'bothered', 'safe', 'issue', 'fair', 'standard', 'typical', 'common', 'usual', 'push', 'back', 'else', 'ask', 'next', 'change', 'meh', 'thoughts', 'think', 'agree', 'better', 'worse', 'sign', 'signs', 'worth', 'deal', 'breaker', 'dealbreaker', 'gap', 'missing', 'concerned', 'alarm', 'sus', 'suspicious', 'plausible', 'true', 'accurate', 'answer', 'say', 'reply', 'respond', 'mean', 'matter', 'matters', 'care', 'stand', 'hold', 'count', 'counts', 'valid', 'check', 'first', 'start', 'look', 'consider', 'watch', 'prioritise', 'prioritize', 'focus', 'verify', 'expect', 'demand', 'require', 'hear', 'see', 'also', 'instead', 'now', 'then', 'step', 'steps', 'go', 'get', 'use', 'pick', 'choose', 'option', 'options', 'way', 'best', 'right', 'wrong', 'proper', 'decent', 'solid', 'strong', 'weak', 'include', 'includes', 'contain', 'contains', 'cover', 'covers', 'sound', 'sounds', 'difference', 'differences', 'actual', 'main', 'key', 'catch', 'practice', 'practise',
  'setup', 'approach', 'plan', 'idea', 'move', 'one', 'ones', ...PLAN_VERDICTS]);

/**
 * A plan put as a bare verb and asked: "ship prod on a preview model?", "self-host it?", "switch to mistral?" (two
 * options set side by side, "self-host or stay put?", are a choice).
 */
const PLAN_AS_VERB = /^(?![^?]*\bor\b)(?:so |ok |and |just )?(?:ship|deploy|launch|switch|migrate|self[- ]?host|adopt|roll out|go live|move (?:to|over|everything|it|all))\b[^?]{0,80}\?\s*$/;

/**
 * A plan put up for a verdict: "go ahead or walk away?", "sane setup or overkill?", "worth switching for, or not a big
 * deal?", "accept and move on?", "proceed?".
 */
const GO_OR_NOT = new RegExp(`\\b(go ahead|proceed|walk( away)?|push ahead|move on|green ?light|worth (it|switching|the (switch|move|effort|hassle)))\\b[^.?!]{0,40}\\?\\s*$|(?<!-)\\b(${[...PLAN_VERDICTS].join('|')})\\s*\\?+\\s*$|\\bor (not|nah|no)( a big deal)?\\s*\\?+\\s*$`, 'i');

/** A verdict asked of what the message described before it: "normal for an llm api?", "acceptable for a bank?". */
const JUDGES_WHAT_WAS_SAID = /^\s*(?:(?:honestly|really|actually|seriously|so|but|and|ok|okay)[,\s]+)?(?:(?:is|are) (?:that|this|it|they) )?(?:normal|standard|typical|usual|common|ok|okay|acceptable|reasonable|fine|enough|good enough|fair|realistic|market standard)\b/i;

/** A question ending on what it should serve ("does an open-weight model help?"): the purpose is said before it. */
const ENDS_OPEN = /\b(help|helps|matter|matters|work|works|apply|applies|count|counts|qualify|qualifies|suffice|suffices|fit|fits|relevant|enough)\s*[?!.]*$/i;

/** An ask choosing among things named before it: "which one is safe?", "either ok?", "one of them". */
const CHOOSES = /\b(which one|which of (them|the two|those|these)|either( one)?|one of them|both of them|the two)\b/i;

/** Content words a thin question borrows from the pieces around it. */
const BORROW_WORDS = 6;

/** A should-we asking nothing of its own: "should we?", "should we, or mix?", "should we go with it?". */
const BARE_SHOULD = /^(?:so |ok |and )?(?:should|shall|do|can) (?:we|i)\b(?:[\s,]+(?:or (?:not|mix|both|something else)|go (?:with|for) (?:it|that|this)|do (?:it|that|this)|let (?:them|him|her)|agree|push back))*\s*\?*$/i;
/** Someone proposing a course: "founders want…", "the cto is pushing for…", "dev suggested…". */
const PROPOSED = /\b(?:wants?|wanted|want to|proposes?|proposed|suggests?|suggested|(?:is |are )?pushing(?: for)?|keen (?:on|to)|(?:is |are )?thinking of|plans? to|would like)\b/i;

/**
 * A thin question ("red flag or fine?", "since when, and is that written down?") is about what was said just
 * before it: the asking pieces with the nearest pieces before them, back until they name a few things; only a
 * message that opens with its question reads on after it. Context further away ("we're a 45 person fintech in
 * leeds.", "need it for the board pack") stays context. Pieces that only introduce ("our dpo is asking:") are skipped.
 */
function nearestSubject(all: string[], asking: string[]): string[] {
  const introOnly = (p: string) => !asking.includes(p) && ((LEAD_IN.test(p) && contentWords(p.replace(LEAD_IN, '')).length === 0) || ANSWER_FORM.test(p));
  const first = all.findIndex((p) => asking.includes(p));
  const last = all.length - 1 - [...all].reverse().findIndex((p) => asking.includes(p));
  if (first < 0) return all.filter((p) => !introOnly(p));
  const before: string[] = [];
  const after: string[] = [];
  const enough = () => contentWords([...before, ...after].join(' ')).length >= BORROW_WORDS;
  for (let i = first - 1; i >= 0 && !enough(); i -= 1) if (!introOnly(all[i] ?? '')) before.unshift(all[i] ?? '');
  // What follows the ask is borrowed only when the ask, as typed, names too little itself: "since llama 4 is apache
  // licensed we can ship it, right? product wants it in jan" asks of llama 4, and the launch date is chat.
  const asked = contentWords(all.slice(first, last + 1).join(' ')).length >= BORROW_WORDS;
  if (first === 0 && !asked) for (let i = last + 1; i < all.length && !enough(); i += 1) if (!introOnly(all[i] ?? '')) after.push(all[i] ?? '');
  // "which one is safe?" chooses between things set side by side earlier ("mistral large 2 vs large 3 licence-wise:"):
  // the borrowing reaches back to them.
  const chooses = CHOOSES.test(asking.join(' ')) && !COMPARED.test([...before, ...asking].join(' '));
  if (chooses) {
    const sides = all.slice(0, Math.max(0, first - before.length)).reverse().find((p) => COMPARED.test(p));
    if (sides) before.unshift(sides);
  }
  // "founders want one model for everything. 25 ppl, mostly support tickets. should we, or mix?": a bare "should we?"
  // asks whether to do what someone proposed, however much was said between: the borrowing reaches back to it.
  if (BARE_SHOULD.test(asking.join(' ').trim()) && !before.some((p) => PROPOSED.test(p))) {
    const proposal = all.slice(0, Math.max(0, first - before.length)).reverse().find((p) => PROPOSED.test(p) && !introOnly(p));
    if (proposal) before.unshift(proposal);
  }
  return [...before, ...all.slice(first, last + 1).filter((p) => !introOnly(p)), ...after];
}

/**
 * A clause without the scene set before it (kept in `leads`, as a qualifier) and the purpose typed after it ("need
 * it for the board pack", context: it neither steers the search nor counts). A lead naming the sides compared is
 * the question's subject ("soc 2 vs iso 42001, can one stand in for the other?").
 */
function withoutSceneOrPurpose(clause: string, leads: string[]): string {
  const split = splitLeadingPhrase(clause);
  if (split.lead && COMPARED.test(split.lead) && isTopic(split.lead)) split.rest = `${split.lead} ${split.rest}`;
  else if (split.lead && !WHEN_ASKED.test(split.lead)) leads.push(split.lead);
  return splitTrailingPhrase(split.rest).rest;
}

/** Lines pasted as a quote block: "> Customer shall not…" on each line, as chat and markdown mark them. */
const BLOCKQUOTE = /(^|\n)((?:[ \t]*>[^\n]*(?:\n|$))+)/g;

/**
 * A quote block pasted into a message ("MSA clause 12.3:\n> Customer shall not publish…\n> without…") is someone
 * else's wording, as words in quotation marks are: its lines become one double-quoted passage on a line of its own.
 */
export function blockquotesAsQuotes(message: string): string {
  return message.replace(BLOCKQUOTE, (_, start: string, block: string) => {
    const lines = block.split('\n').map((line) => line.replace(/^\s*>\s?/, '').trim()).filter(Boolean);
    // A quote block whose last line closes its quotation and goes on ('> "Provider may update the model…" legal here,
    // ok to sign?', typed on one line): what follows the closing mark is the asker's own.
    const last = QUOTED_THEN_OWN.exec(lines.at(-1) ?? '');
    const own = last?.[2]?.trim() ?? '';
    const quotedLines = last && own ? [...lines.slice(0, -1), last[1] ?? ''] : lines;
    const text = quotedLines.join(' ').replace(/["“”]/g, "'");
    return text ? `${start}"${text}"\n${own ? `${own}\n` : ''}` : `${start}${block}`;
  });
}

/** A line that opens with a quotation, closes it and goes on: the quotation, then the words after it. */
const QUOTED_THEN_OWN = /^["“]([^"”]{2,600})["”]\s*(\S.*)$/;

/** The core of a message: its asking clauses (all of them, in order) without lead-ins and leading context. */
export function analyseQuestion(message: string): QuestionAnalysis {
  // Words in quotes are someone else's ("they keep logs 'as long as necessary'"): they steer the search like a
  // qualifier but are not what the asker wants covered.
  const quoted: string[] = [];
  // A term quoted in a question about its meaning ("legal keeps saying 'deployer' - what does it mean") is the subject.
  const asksMeaning = MEANING.test(message) || POINTS_AT_MEANING.test(message);
  const meant: string[] = [];
  // Double quotes may hold apostrophes ("Supplier's aggregate liability…") and a pasted clause; single quotes a phrase.
  const unquoted = expandShorthand(blockquotesAsQuotes(message)).replace(/(^|[\s(])(?:["“]([^"”\n]{2,600})["”]|['‘]([^'’"”\n]{2,120})['’])(?=[\s).,;:!?]|$)/g, (all, pre: string, double: string | undefined, single: string | undefined, offset: number, whole: string) => {
    const inner = double ?? single ?? '';
    const short = inner.trim().split(/\s+/).length <= 3;
    // The message up to the quotation, which says whose words they are.
    const before = whole.slice(0, offset + pre.length);
    if (asksMeaning && short) {
      meant.push(inner.trim());
      return `${pre}${inner}`;
    }
    // "are we a 'deployer'", "does it count as 'open source'": a term the asker puts in quotes is what they ask about.
    if (short && TERM_BEFORE.test(before)) return `${pre}${inner}`;
    // "investors keep asking 'what's your open weights story'", "the board wants 'self-host y/n'": what someone asks
    // the asker to answer is the question, set apart as one.
    if (asksBack(before, inner)) return `${pre}\n${inner.trim().replace(/[\s?.!]+$/, '')}?\n`;
    // "put their gemini 'preview' version live": a word or two in quotes in the middle of the asker's own phrase is
    // their word, marked as doubtful, not someone else's wording.
    if (short && INSIDE_PHRASE_BEFORE.test(before) && INSIDE_PHRASE_AFTER.test(whole.slice(offset + all.length))) return `${pre}${inner}`;
    quoted.push(inner);
    return `${pre} `;
  });
  // "ignore cost for a moment - what else…", "…not counting meta's?": what the asker sets aside is not what they ask about.
  const excluded: string[] = [];
  // (What is taken out leaves no space before the punctuation after it: "what is iso 42001 in a sentence, and…".)
  const cleaned = leaveOut(withoutSignOff(unquoted).replace(SCAFFOLD, ' ').replace(SET_ASIDE, ' '), excluded).replace(/[^\S\n]+(?=[,;?!])/g, '');
  const leftOut = excluded.length ? { excluded } : {};
  const text = cleaned.replace(/\s+/g, ' ').trim();
  // A note typed on as background ("for context we spend $6k/month on openai…") is context wherever it stands: it is
  // never what is asked, nor the subject a short question borrows.
  // A piece run on with "and" after a question asks too, typed without its question mark ("…? and does gemma 4 carry
  // the same risk").
  const split = pieces(cleaned);
  // So does a few words run on with "and on…" or "and for…" after a question, asking it again of another thing
  // ("llama 4 scout price on together? and on cerebras").
  const runsOn = (p: string) => RUN_ON_ASK.test(p) && (split[split.indexOf(p) - 1] ?? '').endsWith('?');
  const asksItself = (p: string) => p.endsWith('?') || opensQuestion(p) || REQUEST.test(p) || INDIRECT.test(p) || runsOn(p);
  // With nothing else asking, a request passed on from someone else asks, after a comma too: "building a rag bot on
  // gpt-5, eng wants the cached input price per mtok".
  const written = split.some(asksItself) ? split : split.flatMap((p) => p.split(PASSED_ON_AFTER_COMMA));
  const all = written.some((p) => !BACKGROUND_NOTE.test(p)) ? written.filter((p) => !BACKGROUND_NOTE.test(p)) : written;
  const passedOn = !all.some(asksItself);
  const asks = all.filter((p) => asksItself(p) || (passedOn && PASSED_ON.test(p)));
  // "need a yes/no for the dpo" after a question says what the answer is for, not what it is about.
  const formOnly = (p: string) => !p.endsWith('?') && ANSWER_FORM.test(p) && !ASKING.test(p);
  const asking = asks.some((p) => !formOnly(p)) ? asks.filter((p) => !formOnly(p)) : asks;
  const leads: string[] = [];
  // "asking whether we need a dpia…" asks yes or no, though its words do not.
  let indirectYesNo = false;
  // A short topic before the question ("deepseek r1 vs v3 licence - any difference?", "human oversight: what
  // should worry us") is the question's subject, not context: it joins the core.
  const topics = all.filter((p, i) => !asking.includes(p) && asking.includes(all[i + 1] ?? '') && isTopic(p) && !ANSWER_FORM.test(p));
  const coreParts = all.filter((p) => asking.includes(p) || topics.includes(p)).map((p) => {
    // A clause that opens as a question itself ("what should a supplier tell us about the us government asking for
    // our data?") has no lead-in: its "asking" belongs to what it asks.
    // "eng wants the cached input price": who passed the request on is not what it asks about.
    const led = /^(what|whats|what's|how|which|who|why|when|where|is|are|can|could|should|do|does|did|will|would)\b/i.test(p) ? null : LEAD_IN.exec(p) ?? (passedOn ? PASSED_ON_LEAD.exec(p) : null);
    const rest = led && led[0].length < p.length ? p.slice(led[0].length).trim() : p;
    if (led && /\b(whether|if)\s*$/i.test(led[0])) indirectYesNo = true;
    return withoutSceneOrPurpose(rest, leads);
  });
  // Nothing asks ("llama 4 licence obligations, bullet them for me"): the question is what the message names, not
  // what it narrates ("we're a 300-seat law firm in edinburgh.", "thanks in advance").
  if (!asking.length) {
    const named = all.filter((p) => !narrates(p));
    // When every piece tells the story, the unfinished ones ask ("context: we're a 45 person fintech in leeds. red
    // flags in an open model licence if we're an eu company").
    const unfinished = all.filter((p) => !/[.!]$/.test(p));
    // Its purpose ("…, it's for a board slide") stays context, as after a question.
    coreParts.push(...(named.length ? named : unfinished.length ? unfinished : all).map((p) => splitTrailingPhrase(p).rest));
  }
  let core = coreParts.join(' ').replace(/\s+/g, ' ').trim();
  // A core naming fewer than three things ("thoughts?", "what should we do?", "red flag or fine?") leans on the
  // rest of the message for its subject: the whole message is the question.
  // Context that only introduces the question ("our dpo is asking:", "quick q -") never becomes part of it.
  // So does a short core that points back at it ("since when, and is that written down?", "what's that per mtok?").
  let borrowed: string | undefined;
  // The words an ask names of its own, not those judging it.
  const ownWords = (ask: string) => contentWords(ask).filter((w) => !JUDGING_WORDS.has(w)).length;
  const leans = (ask: string) => {
    // A definition names its own subject ("what is a DPIA?"), however short.
    const subject = definitionSubject(ask);
    if (subject !== undefined && !REFERS_BACK.test(subject)) return false;
    const own = ownWords(ask);
    return own < 2 || ((contentWords(ask).length < 6 || own < 3) && (REFERS_BACK.test(ask) || ENDS_OPEN.test(ask) || JUDGES_WHAT_WAS_SAID.test(ask)));
  };
  // Of a message asking two things, a first ask leaning on what came before ("…€30k a year. does that put us in 'just
  // use an api' land? and what was that lloyds stat") leans, whatever the second names.
  // (Only one naming at most two things of its own: "does that make us a deployer under the ai act? and what does
  // deployer even mean" names its subject, and the chat before it stays apart.)
  const questions = coreParts.filter((p) => p.endsWith('?') || opensQuestion(p));
  const firstAsk = questions.length >= 2 ? questions[0] : undefined;
  const bareFirst = firstAsk !== undefined && ownWords(firstAsk) <= FIRST_ASK_WORDS && leans(firstAsk);
  if (leans(core) || bareFirst) {
    const whole = nearestSubject(all, asking).join(' ').replace(/\s+/g, ' ').trim() || text;
    if (whole !== core) borrowed = core;
    core = whole;
  }
  // "legal keeps saying 'deployer' - what does it mean for us": the question is what the quoted term means.
  const term = meant.length === 1 ? meant[0] : undefined;
  if (term && POINTS_AT_MEANING.test(core)) {
    const context = text.replace(/\s+/g, ' ').trim();
    // A word said of a thing ("openai's models are 'closed'") is asked of that thing: "closed models".
    const of = new RegExp(`\\b([a-z][\\w-]{2,}|ai)\\s+(?:is|are)\\s+${escapeRegExp(term)}\\b`, 'i').exec(context)?.[1];
    // Said of one product ("chatgpt is 'closed'"), it is asked of the kind of thing the product is: "closed models".
    const kindOf = of && !CLASS_NOUN.test(of) ? 'models' : of;
    const subject = kindOf && !/^(it|this|that|they|these|those|what|which|who|there|here)$/i.test(kindOf) && !term.includes(' ') ? `${term} ${kindOf}` : term;
    // A second question after the one asking the meaning is asked too: "…'abstraction layer'. what is it, what tools do
    // people use for it" asks what tools are used for an abstraction layer.
    // (After the last ask for the meaning, past a mark or an "and": "…what it means when people say…" asks one thing.)
    const asked = [...core.matchAll(new RegExp(POINTS_AT_MEANING.source, 'gi'))].at(-1);
    const rest = asked ? core.slice((asked.index ?? 0) + asked[0].length) : '';
    const then = /^\s*(?:[?!.,;:]|and\b|also\b|plus\b)/i.test(rest) ? rest.replace(/^[\s?!.,;:]+/, '') : '';
    const second = then && opensQuestion(then) ? `, ${then}` : '';
    return { core: `what is ${subject}${second}`, qualifiers: '', context, kind: 'definition', quoted, ...leftOut };
  }
  // A short ask pointing back at a phrase in quotes ("the board wants the 'five things that decide open vs closed'.
  // what are they?") asks about that phrase: it is the subject, not someone's wording to judge.
  const pointedAt = borrowed !== undefined && POINTS_BACK_AT_QUOTE.test(borrowed) ? quoted.filter((q) => q.trim().split(/\s+/).length <= NAMED_PHRASE_WORDS && !/[.;:!?]/.test(q)) : [];
  if (pointedAt.length) {
    const context = text;
    const subject = `${pointedAt.join(' and ')}: ${borrowed ?? ''}`;
    const others = quoted.filter((q) => !pointedAt.includes(q));
    return { core: subject, qualifiers: others.join(' '), context, kind: questionKind(subject), quoted: others, ...leftOut, ...(asksBrief(message) ? { brief: true as const } : {}) };
  }
  const context = core === text ? '' : text.replace(core, ' ').replace(/\s+/g, ' ').trim();
  const qualifiers = [core === text ? '' : leads.join(' '), ...quoted].filter(Boolean).join(' ');
  // A message naming things and asking only for them laid out one per line ("chapter v transfer routes, one line each
  // pls") asks for a list: the layout words are read out of its core.
  const read = questionKind(core);
  const worded = read === 'other' && LAYOUT_ASKED.test(message.toLowerCase()) ? 'list' : read;
  const kind = indirectYesNo && worded === 'other' ? 'yes-no' : pastedJudgement(worded, quoted, borrowed ?? core);
  return { core, qualifiers, context, kind, quoted, ...leftOut, ...(borrowed ? { asking: borrowed } : {}), ...(asksBrief(message) ? { brief: true as const } : {}) };
}

/** A quoted word or two inside the asker's phrase: a word of theirs before it and their sentence going on after it. */
const INSIDE_PHRASE_BEFORE = /(?<!\b(?:says?|said|calls?|called|claims?|claimed|reads?|states?|stated|wrote|writes|promises?|promised|offers?|offered|uses?|used|word|words|term|phrase|wording|clause|line|just|only|literally|mean|means|by)\s*)\b[a-z0-9][\w-]*\s*$/i;
const INSIDE_PHRASE_AFTER = /^\s+(?!(?:and|or|but|is|are|was|were|means?|meant|mean|in|from|for|to|on|at|as|with|without|which|that|who|what|when|where|why|how|then|so|because|bc|since|clause|wording|language|line|bit|part|section|thing|stuff)\b)[a-z][a-z-]*\b/i;
/** Before a quotation, someone asking it: "investors keep asking", "the cfo wants to know", "legal asked me". */
const ASKED_BEFORE = /\b(?:asks?|asked|asking|want(?:s|ed)? to know|need(?:s|ed)? to know|wondering)(?:\s+(?:me|us|you|again))?\s*:?\s*$/i;
/** Before a quotation, words said to the asker ("the cfo goes", "board member cornered me:"): a question quoted there asks. */
const SAID_BEFORE = /(?:\b(?:says?|said|goes|went|(?:was|is|were|are) like)|:)\s*$/i;
/** A quotation worded as a question: opening with a question word. */
const OPENS_AS_QUESTION = /^\s*(?:what|what's|whats|how|why|which|who|when|where|should|shall|can|could|do|does|is|are|will|would)\b/i;
/** Before a quotation, someone wanting it, which asks only when the quotation is a question ("wants 'self-host y/n'"). */
const WANTED_BEFORE = /\b(?:wants?|wanted|needs?)\s*:?\s*$/i;
const QUESTION_QUOTED = /\?|\b(?:y\/n|yes\/no|yes or no|or not)\b|^\s*(?:what|what's|how|why|which|should|shall|can|could|do|does|is|are|will|would)\b/i;
/** Words a quotation someone asks the asker may run to, to be the question. */
const ASKED_QUOTE_WORDS = 15;

/** A quotation that someone put to the asker as a question, judged by the words before it. */
function asksBack(before: string, quoted: string): boolean {
  if (quoted.trim().split(/\s+/).length > ASKED_QUOTE_WORDS) return false;
  return ASKED_BEFORE.test(before) || (WANTED_BEFORE.test(before) && QUESTION_QUOTED.test(quoted)) || (SAID_BEFORE.test(before) && OPENS_AS_QUESTION.test(quoted));
}

/**
 * Words before a quoted term that make it the asker's own subject: "are we a 'deployer'", "count as 'open source'",
 * "what's this 'data bridge'".
 */
const TERM_BEFORE = /\b(?:a|an|as|are we|is it|is this|is that|be|being|called|really|truly|genuinely|actually)\s*$|\bwhat(?:\s+(?:is|are|was|were)|'s|’s|s)\s+(?:the|this|that|these|those)\s*$/i;

/** A short ask for what something said before it is ("what are they?", "what's that?", "list them"), and nothing more. */
const POINTS_BACK_AT_QUOTE = /^\W*(?:(?:so|and|ok|okay|pls|please)\W+)?(?:what(?:'s|’s|s| is| are| were)|which are|list|name)\s+(?:they|them|it|that|those|these)(?:\s+(?:exactly|actually|again|then))?\W*$/i;
/** Longest quoted phrase a short ask can point back at as its subject (longer is a pasted sentence). */
const NAMED_PHRASE_WORDS = 8;

/** Words in a quotation that make it pasted text (a clause, a reply) rather than a term. */
const PASTED_WORDS = 6;

/**
 * A pasted clause with a verdict asked of it ("their indemnity: \"…shall not exceed the fees paid…\" fine?") judges
 * what someone else wrote, whatever other words the message uses.
 */
function pastedJudgement(kind: QuestionKind, quoted: string[], asking: string): QuestionKind {
  if (kind !== 'other' && kind !== 'yes-no') return kind;
  const pasted = quoted.some((q) => q.trim().split(/\s+/).length >= PASTED_WORDS);
  return pasted && (asking.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => JUDGING_WORDS.has(w)) ? 'judge' : kind;
}

/** A word for a kind of thing ("models", "licence", "api"), not the name of one product ("chatgpt", "llama"). */
const CLASS_NOUN = /^(?:[a-z-]+[^s]s|models?|licen[cs]es?|apis?|weights|tools?|services?|platforms?|software|plans?|tiers?|terms|contracts?|systems?|products?|vendors?|providers?|suppliers?|clouds?|options?|versions?)$/i;

/** The analysis with the whole message as the question: for a core that names nothing of its own. */
export function wholeMessage(analysis: QuestionAnalysis): QuestionAnalysis {
  if (!analysis.context) return analysis;
  // The context is put before the question ended as a sentence of its own: a name at its end must not run into one
  // opening the question ("…asking for our IG team" + "runpod or aws cheaper?" is no "IG Team RunPod").
  const core = `${analysis.context}${/[.!?:;]$/.test(analysis.context) ? '' : '.'} ${analysis.core}`;
  return { ...analysis, core, context: '', kind: questionKind(core), asking: analysis.core };
}

/**
 * A question whose subject is a pronoun ("does it help with the cloud act thing too?" after a question about the data
 * bridge): a lead covering the rest of its words may be about something else entirely, so it is not said yes to
 * (affirmation.ts), and a card verdict settles it only by holding one of its own words (verdict.ts).
 */
export const PRONOUN_SUBJECT = /^\s*(?:(?:and|so|but|ok|okay|also)\s+)?(?:does|do|did|is|are|was|were|can|could|will|would|has|have|must|may)\s+(?:it|they|that|this|those|these)\b(?!\s+(?:really\s+|actually\s+)?(?:true|right|correct|accurate|the case)\s+that\b)/i;

/** A text's sentences, split after each full stop, question or exclamation mark. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\S)/);
/** The last sentence of a question ("deck says x. what would it have to include?" -> "what would it have to include?"). */
export const lastSentence = (text: string): string => sentencesOf(text).at(-1) ?? text;

/** A claim opened by a word of truth: "true that…?", "is it right that…", "correct that…?". */
const CLAIM_CHECKED = /^(?:so |ok |okay |and )?(?:is it |it'?s |is that )?(?:true|right|correct|accurate|the case)\s+that\b[^?]*\?/;
/**
 * A message putting up a claim to be checked: opened by a word of truth ("is it true that…"), closed by one alone
 * ("… accurate?"), or passing on what someone said, heard or read and asking whether it holds.
 */
export function checksClaim(text: string): boolean {
  const q = text.toLowerCase().trim();
  return asksIfClaimHolds(q) || (REPORTED.test(q) && /\b(?:true|right|correct|accurate|legit)\s*\?/.test(q));
}
/** A claim opened or closed by a word of truth: "true that…?", "… accurate?", "… true or false?" (lower case). */
function asksIfClaimHolds(q: string): boolean {
  return CLAIM_CHECKED.test(q) || CLAIM_CHECK.test(lastSentence(q).trim());
}
/** Someone's claim passed on: "my cto says", "heard that", "i read", "the vendor claims". */
const REPORTED = /\b(?:says?|said|told|tells|claims?|claimed|reckons?|thinks?|heard|read|insists?)\b/;
/** Who passed the claim on and the verb of passing it: "our dpo thinks", "my cto says", "a vendor told us", "heard". */
const CLAIM_FRAMING = /(?:\b(?:my|our|the|a|an|their|some|one of our)\s+(?:[a-z-]+\s+){0,2}?)?\b(?:says?|said|told(?:\s+(?:us|me))?|tells|claims?|claimed|reckons?|thinks?|heard|read|insists?)\b/gi;

/** The words that frame a claim passed on ("our dpo thinks", "heard"): who said it, not what it says. */
export function claimFraming(text: string): string[] {
  return [...text.matchAll(CLAIM_FRAMING)].map((m) => m[0]);
}

/** What a claim passed on says, without who passed it on: "our dpo thinks the eu region is enough" -> " the eu region is enough". */
export function claimSaid(text: string): string {
  return text.replace(CLAIM_FRAMING, ' ');
}
/** A last sentence that only asks whether the claim before it holds: "accurate?", "true or false?", "legit?", "myth?". */
export const CLAIM_CHECK = /^(?:(?:is|was) (?:that|this|it|he|she|they) )?(?:(?:really|actually|even) )?(?:true|right|correct|accurate|legit|valid|a myth|myth|fact|fact or (?:fiction|myth)|true or false|right or wrong)\s*\?+$/;

/** The kind of answer a question wants, from its wording. */
export function questionKind(question: string): QuestionKind {
  const q = question.toLowerCase();
  // "what could go wrong if we…": what to watch for in a course, as red flags are.
  if (/\bred[- ]?flags?\b|\bwhat (?:could|can|might|would) go wrong\b|\bwhat'?s the catch\b|\bany (?:[a-z]+ )?catch(?:es)?\b|\bgotchas?\b|\bpitfalls?\b|\btraps?\b|\blandmines?\b|\bsnags?\b|\bwarning signs?\b|\bsuspicious\b|\balarm bells?\b|\bsus\b|\b(?:anything|something|what'?s|whats|bits?|parts?|clauses?|terms?)\s+(?:\w+\s+)?(?:dodgy|iffy|shady|fishy|sketchy)\b|\bwatch out for\b|\bbad answers?\b|\bshould worry\b|\bworr(y|ies|ying) (us|me)\b|\b(?:should|would|does|do|will) (?:that|this|it|these|those) (?:bother|concern|alarm|scare) (?:us|me)\b|\bshould (?:i|we) (?:be )?(?:bothered|concerned|alarmed)\b|\bmake (us|me|(?:our|the|my) (?:\w+ ){0,2}?\w+) (nervous|worried|wary|uneasy|twitchy)\b|\b(be|feel|get) nervous\b|\bdeal[- ]?breakers?\b|\b(?:dodgy|iffy|shady|fishy|sketchy|dubious)\s+(?:[a-z]+\s+){0,2}(?:vendors?|suppliers?|providers?|answers?|repl(?:y|ies)|responses?)\b|\b(?:rule|ruled|rules) (?:them|it|a vendor|the vendor|vendors|a supplier|the supplier|suppliers) out\b|\bdisqualif(?:y|ies|ied)\b/.test(q)) return 'red-flags';
  // "we'll just review once a year. that's fine isn't it?": a tag question about the asker's own plan asks yes or
  // no, whoever else the message mentions.
  if (/\b(isn'?t it|aren'?t we|don'?t we|won'?t it|right|correct|yeah|no)\s*\??\s*$/.test(q.replace(/[\s?!.]+$/, '') + '?') && /\b(we|our|us)\b/.test(q) && !/\b(says?|said|claims?|claimed|offers?|offered|told|insists?|promised|quoted|answered|replied)\b/.test(q)) return 'yes-no';
  // "surely we can leave the preview model running another year?", "i assume we don't need a dpia?": a statement the
  // asker expects agreement with asks yes or no.
  if (/^(?:(?:so|but|and|ok|okay)\s+)?(?:surely|presumably|i assume|i'?m assuming|i take it|i guess|i suppose|i presume)\s+(?:that\s+)?(?:we|i|it|they|you|this|that|there|our\s+[\w-]+|the\s+[\w-]+)\s+(?:can|could|should|shall|will|would|won'?t|don'?t|do not|doesn'?t|does not|needn'?t|need|are|aren'?t|is|isn'?t|have|has|must)\b[^?]*\?/.test(q)) return 'yes-no';
  // "mistral large 2 is free to use in production, yes?": a statement put up for confirmation asks yes or no.
  if (/^(?:[a-z0-9][\w.'’-]*\s+){1,6}?(?:is|are|has|have|can|does|do|needs?|counts?|applies|covers?)\b[^?]*,\s*(?:yes|right|correct|true|no)\s*\?+/.test(q)) return 'yes-no';
  // Judging a vendor's answer: "supplier says X, acceptable?", "they self-assessed, how worried should we be".
  if (/\b(vendor|supplier|provider|they|their|clause|contract|msa|dpa|terms|sla|questionnaire|response|reply)\b/.test(q) && /\b(acceptable|enough|sufficient|concern(ed|ing)?|worried|worry|missing|red flag|push (for|back)|good enough|ok(ay)?|fine|problem|does it (still )?count|hmm|thoughts)\b/.test(q) && /\b(says?|said|answer(ed)?|gave|gives|sent|came back|claims?|insists?|offers?|only|won'?t|wants|has|have|holds?|got|uses?|provides?|relies|keeps?|refuses?|pointed|points)\b/.test(q)) return 'judge';
  if (/\bgood answers?\b|\bwhat (should|does) a good\b|\bwhat to look for\b|\bwhat should (they|the vendor|a vendor) (say|answer|show)\b/.test(q)) return 'good-answer';
  // How a vendor should prove or show something: what a good answer holds ("how should an llm vendor prove their
  // security is legit?", "how can a supplier show it's not biased?").
  if (/\bhow (should|can|could|would|do|does|must) (they|the vendor|a vendor|an? (?:[a-z]+ ){0,2}(?:vendor|supplier|provider)|the supplier|a supplier|the provider|a provider|suppliers|vendors|providers) (prove|show|demonstrate|evidence|back up|substantiate|handle|deal with|manage|approach|go about)\b/.test(q)) return 'good-answer';
  if (/\b(decent|good|strong|acceptable|solid|proper) (answer|response|reply)\b|\bwhat should (their|the|its|a vendor'?s?|the vendor'?s?) (answer|response|reply) (include|contain|cover|say)\b/.test(q)) return 'good-answer';
  // "how do we check a vendor's security claims", "what should we ask a vendor about provenance": what a good
  // answer from the vendor contains.
  if (/\bvendors?'?s?\b/.test(q) && /\bhow (do|can|should|would) (we|i|you) (check|verify|test|assess|evaluate|judge|vet)\b|\bwhat (should|do|can|would) (we|i) (ask|look for|expect|demand|require|want to (hear|see)|need to (hear|see)|hope to (hear|see))\b|\bwhat counts as (a )?good\b/.test(q)) return 'good-answer';
  // "open vs closed: the 5 things to weigh?", "what are the twelve questions to ask an ai vendor?": a counted set of
  // items is a list, whatever it is about and however it is asked.
  // "what separates an open-weight model from a closed one?": two things set apart.
  if (/\bwhat (?:separates|distinguishes|sets apart)\b[^?]{2,80}\bfrom\b/.test(q)) return 'comparison';
  // Unless it asks a yes or no of the set ("do the twelve questions apply to open models?").
  if (COUNTED_ITEMS.test(q) && !AUXILIARY_OPENING.test(lastSentence(q))) return 'list';
  // "main things to weigh when picking open vs closed?": the criteria for a choice are a list, not a comparison of
  // its options.
  if (CRITERIA.test(q)) return 'list';
  const subject = definitionSubject(question);
  if (subject && !/\b(vs\.?|versus|or|and|compared?)\b/i.test(subject)) return 'definition';
  // "…when comparing self-hosting with an api bill? list please": a list asked for in so many words is a list, whatever
  // the ask compares.
  // "list the situations where running our own model makes sense vs an api": a list asked for by its verb, whatever it compares.
  if (listAsked(q) || CONTENTS_ASKED.test(q) || /^(?:(?:pls|please|can you|could you|just) )?(?:list|enumerate)\b(?!\s+prices?\b)/.test(lastSentence(q))) return 'list';
  // "vs" inside a hyphenated modifier ("one open-vs-closed call for the company") names a topic, not two things asked about.
  if (/(?<!-)\b(vs\.?|versus|compare[ds]?|comparing|comparison|differ|differs|difference|different from|better than|cheaper than|dearer than)\b(?!-)/.test(q)) return 'comparison';
  // "gemma 3 → gemma 4, licence upside?": one thing for another. ("moving from the eu to the us" is a transfer, so
  // "from X to Y" is not read this way.)
  if (/\s(→|->|=>)\s/.test(q)) return 'comparison';
  // "go ahead or walk away?" weighs one plan, not two options.
  if (GO_OR_NOT.test(q)) return 'should';
  // "ship prod on a preview model to save $$?", "self-host it?": a plan put as a bare verb asks whether to do it.
  if (PLAN_AS_VERB.test(lastSentence(q))) return 'should';
  // "go closed-api fine-tuning or open weights?", "open weights or api finetuning?": a choice between two options.
  if (/^(so |ok |and )?(go|pick|choose|opt for|use|stick with|go with)\b.+\bor\b/.test(q) || isChoice(q)) return 'comparison';
  // "lambda or runpod cheaper?", "which is safer, a or b": two things and a comparative.
  // Both in one clause and near each other: "…to get through returns faster. should we let them or…" compares nothing.
  const comparative = `(${COMPARATIVES})`;
  if (new RegExp(`\\b${comparative}\\b[^.?!;]{0,40}\\bor\\b|\\bor\\b[^.?!;]{0,40}\\b${comparative}\\b`).test(q)) return 'comparison';
  // "which would hurt more, an ai act fine or a gdpr one?", "which matters less, x or y": "which" and a degree.
  if (/\bwhich\b[^.?!;]{0,30}\b(more|less|most|least)\b[^.?!;]{0,40}\bor\b/.test(q)) return 'comparison';
  // "nist ai rmf or iso 42001: which one can a supplier be certified against?": two things named, then which of them.
  if (/^[^.?!;]{2,60}\bor\b[^.?!;]{2,60}?[:,–—-]?\s+which (?:one|of (?:them|the two|these|those))\b/.test(q)) return 'comparison';
  if (/\b(should|shall) (we|i|our|my|the|it|this|that|they|these|those|a|an)\b|\bok(ay)? to (say|use|call|run|put|send|rely|host|self-host|self host|deploy|ship|sell|build|train|fine-tune|store|share|paste|upload)\b|^(start|begin|go) with\b|\bwould [\w .-]{2,40} (fit|work|do|suffice)\s*\??$|\b(worth it|makes? sense|recommend|do you recommend|better off|go with|would you)\b|(?<!-)\b(sensible|wise)\s*[?!.]*\s*$/.test(q) || ENDS_ON_VERDICT.test(q)) return 'should';
  // "…, what per mtok?": a price unit typed as shorthand asks a price too.
  if (/\bhow much\b|\b(price|prices|priced|pricing|cost|costs|costing|fee|fees|charge|charges|charging|rate card|per (million|1m|token|hour|month)|(?:per |\/)\s?(?:1m |m )?(?:mtoks?|toks?)|\$|£|€)\b/.test(q)) return 'price';
  if (/\bhow many\b|\bwhat (percentage|share|proportion)\b|\bhow (big|large|fast|long|often)\b/.test(q)) return 'number';
  // "minimum retention on the logs?", "max fine?": a least or most amount asked for is a figure.
  if (/\b(minimum|maximum|min|max)\.? (retention|period|time|duration|notice|term|length|amount|number|size|fine|penalty|spend|users?|tokens?|gpus?|vram|memory|context)\b/.test(q)) return 'number';
  // "when did the gpai duties kick in?" asks for a date, however plural its subject.
  if (/^(so |and |ok )?when (did|does|do|was|were|will|is|are|has|have)\b/.test(q)) return 'when';
  if (isListQuestion(q)) return 'list';
  if (/^(so |ok |okay |and )?(is|are|can|could|does|do|did|will|would|may|must|has|have|was|were|isn't|aren't|doesn't|don't|cant|can't)\b/.test(q)) return 'yes-no';
  // "legal asked: is deepseek r1 ok…", "if a lab publishes its weights, does that make it open source?".
  if (/(?:[,:;]\s+|\s[-–—]\s+|^if\b[^,?]{3,80},\s*)(is|are|can|could|does|do|did|will|would|may|must|has|have|isn't|aren't|doesn't|don't)\s+(it|that|this|they|we|our|the|an?|[a-z0-9-]+\s+[a-z0-9.-]+)\b[^?]*\?/.test(q)) return 'yes-no';
  // "if a vendor has iso 42001 does that mean their model is safe?": the condition typed without its comma.
  // "if we run r1 on our own boxes does any of our data go back to them?", typed with or without its question mark.
  if (/^if\b[^?]{3,80}?\s(?:does|do|is|are|can|will|would)\s+(?:that|it|this|they|we|any|anything|anyone|our|the)\b[^?]*(?:\?|$)/.test(q)) return 'yes-no';
  // "llama 4 is apache right?": a statement put up to be confirmed.
  // ("who's right?" picks between two views: not this.)
  // The statement is the last sentence's: "deck says x. what would it have to include for that to be true?" asks what.
  if (/^(?!(?:what|which|how|who|why|when|where)\b)[^?]{3,80}\b(?:is|are|was|were|has|have|does|do|can|will)\b[^?]*[\s,]+(?:right|correct|yeah|true)\s*\?+\s*$/.test(lastSentence(q)) && !/\bwho(?:'s| is)\s+(?:right|correct)\b/.test(q)) return 'yes-no';
  // "true that falcon 40b is apache now?", "the vendor claims r1 is mit. accurate?", "… true or false?": a claim put up
  // to be checked, by a word of truth before it or as the whole last sentence.
  if (asksIfClaimHolds(q)) return 'yes-no';
  // "deepseek r1 ok in a paid product?", "gemma 3 fine for commercial use?": a thing put up for a yes or no.
  if (/^(?!(?:what|which|how|who|why|when|where)\b)[^?.]{2,60}?\s(?:ok|okay|fine|allowed|legal|safe|compliant|usable|alright|good to go)\s+(?:in|for|to|with|under|on)\b[^?.]{2,60}\?+\s*$/.test(q)) return 'yes-no';
  // "worth moving to gemma 4 purely for licence reasons?", "time to self-host?", "any reason not to?": a plan put up
  // for a verdict.
  const final = lastSentence(q);
  if (NOT_WH.test(final) && /\bworth [a-z]+ing\b|\btime to [a-z-]+\b[^?.]{0,60}\?+\s*$|\bany reason (?:not to|why not|against)\b|\bsafe to [a-z-]+\b/.test(final)) return 'should';
  // "reviewing our model choices yearly, enough?", "licence ok with that?", "gpt-5 nano still around?": a statement
  // put up for a yes or no by the word that judges it.
  if (NOT_WH.test(final) && (PREDICATE_ASKED.test(final) || STILL_ASKED.test(final))) return 'yes-no';
  // "mistral large 3 - can we ship it in a paid app?": a short topic, then the question.
  if (!HOLDS_WH.test(final) && /^[^?,.]{2,40}?\s(?:can|could|do|does|is|are|should|will|would|must)\s+(?:we|i|they|you|it|us)\b[^?]*\?+\s*$/.test(final)) return 'yes-no';
  // "startups get lighter ai act fines?", "opus 4.6 pricier than 4.5?": a statement put up as a comparison with
  // nothing to choose between.
  if (/\?\s*$/.test(q) && !HOLDS_WH.test(final) && !/\b(?:or|vs\.?|versus)\b/.test(final) && COMPARATIVE.test(final)) return 'yes-no';
  // "…like it settles everything. does that actually mean the model itself is safe?": the last sentence asks.
  // Typed without its question mark ("…onto a proper business plan. is she right or is that overkill for a 15 person
  // firm"), a last sentence opening the way a yes-or-no question does asks one.
  if (final !== q && (/\?\s*$/.test(final) || AUXILIARY_OPENING.test(final))) {
    const asked = questionKind(final);
    if (asked === 'yes-no' || asked === 'should') return asked;
  }
  // "when" inside a question that asks what, how or which ("what should be on the agenda when we re-check…") sets
  // a scene; it does not ask for a date.
  if ((/\bwhen\b/.test(q) && !/^(so |ok |and )?(what|which|how|who|why)\b/.test(q)) || /\bdeadline\b|\bwhat (year|date)\b/.test(q)) return 'when';
  if (definitionSubject(question)) return 'definition';
  if (/^how\b/.test(q)) return 'how';
  return 'other';
}

/** A sentence opening as a yes-or-no question does: an auxiliary verb, then who or what it asks about. */
export const AUXILIARY_OPENING = /^(?:so |ok |okay |and |but )?(?:is|are|can|could|should|does|do|will|would|must)\s+(?:we|i|it|that|this|they|she|he|you|there|our|my|their|the|an?)\b/i;
/** Auxiliaries a tag question uses, and their negative forms. */
const TAG_NEGATIVE: Readonly<Record<string, string>> = { is: "isn't", are: "aren't", was: "wasn't", were: "weren't", do: "don't", does: "doesn't", did: "didn't", can: "can't", could: "couldn't", will: "won't", would: "wouldn't", should: "shouldn't", have: "haven't", has: "hasn't", must: "mustn't", need: "needn't" };
/** The asker's pronoun as the answer says it back: "do we?" -> "you do". */
const TAG_SUBJECT: Readonly<Record<string, string>> = { we: 'you', i: 'you', it: 'it', they: 'they', there: 'there', he: 'he', she: 'she' };
/** A tag closing a statement: "…, isn't it?", "…, do we?", "…, can it" (the question mark may be left off). */
const TAG = new RegExp(String.raw`,\s*(${Object.keys(TAG_NEGATIVE).join('|')})(n'?t|\s+not)?\s+(${Object.keys(TAG_SUBJECT).join('|')})\s*[?!.]*\s*$`, 'i');
/** An auxiliary said back with its new subject where the form changes: "wasn't i?" -> "you were". */
const TAG_AGREES: Readonly<Record<string, string>> = { 'you:was': 'were' };

/**
 * The tag question a message's asking sentence ends on, as an answer says it back: "falcon 180b's apache too, isn't
 * it" -> { subject: 'it', auxiliary: 'is', negated: "isn't" }; "we don't need a dpia, do we?" -> you, do, don't.
 */
export function tagQuestion(message: string): { subject: string; auxiliary: string; negated: string } | undefined {
  const asking = sentencesOf(message).filter((s) => /\?\s*$/.test(s));
  const m = TAG.exec((asking.length === 1 ? asking[0] : lastSentence(message)) ?? '');
  const subject = m ? TAG_SUBJECT[(m[3] ?? '').toLowerCase()] : undefined;
  const said = (m?.[1] ?? '').toLowerCase();
  if (!m || !subject) return undefined;
  const auxiliary = TAG_AGREES[`${subject}:${said}`] ?? said;
  return { subject, auxiliary, negated: TAG_NEGATIVE[auxiliary] ?? `${auxiliary} not` };
}

/** The words that ask what, which, how, who, why, when or where. */
const WH = String.raw`(?:what|whats|what's|which|how|who|why|when|where)`;
/** A message not opening with a wh-word, and one holding none. */
const NOT_WH = new RegExp(String.raw`^(?!(?:so |ok |okay |and )?${WH}\b)`);
const HOLDS_WH = new RegExp(String.raw`\b${WH}\b`);
/** The words a yes-or-no question opens with ("is", "does", "should"…). */
const YES_NO_WORD = String.raw`(?:is|are|can|could|does|do|did|will|would|may|must|has|have|should)`;
/**
 * A yes-or-no question, then "and what…", "? how…" asking more of the same thing: the first ask and its clause.
 */
const YES_NO_THEN_WH = new RegExp(String.raw`^((?:so |ok |okay |and )?${YES_NO_WORD}\b[^?.]{3,120}?)(?:,?\s+and\s+|\?\s+(?:and\s+)?)${WH}\b`);
/**
 * Two yes-or-no questions run together after a comma: "does any data go back to china, and is commercial use even
 * allowed?". Not when the first weighs two options ("…42001 or 27001, and does one replace the other?"), nor when the
 * second asks of the first's answer ("…eu data residency now, and does that settle the cloud act worry?").
 */
const YES_NO_THEN_YES_NO = new RegExp(String.raw`^((?:so |ok |okay |and )?${YES_NO_WORD}\b(?:(?!\bor\b)[^?.]){3,120}?),\s+(?:and|also|plus)\s+(?=${YES_NO_WORD}\b)(?!${YES_NO_WORD}\s+(?:it|they|that|this|those|these)\b)`);
/** A condition opening a yes-or-no question: "if we call gpt models through the openai api, " before "does openai…?". */
const CONDITION_FIRST = new RegExp(String.raw`^(?:so |and )?if\b[^,?]{3,120},\s*(?=${YES_NO_WORD}\b)`, 'i');
/** A sentence asking what or how: "and how long do they keep them?". */
const WH_AFTER = new RegExp(String.raw`^(?:and |so |also |plus )?${WH}\b`, 'i');

/** The yes or no a text opens with when "…and what…" or "…? how…" follows it: "is llama 4 ok for commercial use". */
function openingYesNo(text: string): string | undefined {
  const lower = text.toLowerCase();
  const first = (YES_NO_THEN_WH.exec(lower) ?? YES_NO_THEN_YES_NO.exec(lower))?.[1];
  return first && asksForCall(questionKind(first)) ? text.slice(0, first.length) : undefined;
}

/**
 * The yes or no a message asks first when a what or how follows it ("is llama 4 ok for commercial use? what about the
 * 700m clause?" -> "is llama 4 ok for commercial use"); undefined when it does not open that way.
 */
export function firstYesNo(text: string): string | undefined {
  // "if we call gpt models through the api, does openai train on our prompts? and how long do they keep them?": a
  // first question asking yes or no however it opens, then a sentence asking what or how.
  // (Context may come before it: "40 person law firm in bristol. if we call…, does openai…?")
  const sentences = sentencesOf(text);
  const at = sentences.findIndex((s) => /\?\s*$/.test(s));
  const opening = sentences[at];
  // Or its own "…, and how long…?" after context ("we're piping 20k emails a month through claude. does anthropic train
  // on our api prompts, and how long do they keep them?").
  const own = openingYesNo(text) ?? (at > 0 && opening ? openingYesNo(opening) : undefined);
  if (own) return own;
  // Not one pointing back ("is it really, or just open weight?"), which the sentence before settles, nor a choice.
  if (!opening || !asksForCall(questionKind(opening)) || PRONOUN_SUBJECT.test(opening) || /\bor\b/i.test(opening) || !sentences.slice(at + 1).some((s) => WH_AFTER.test(s))) return undefined;
  // The condition before the ask ("if we call gpt models through the api,") sets the scene; the ask is what is settled.
  return opening.replace(CONDITION_FIRST, '');
}

/** A judging word ending the question ("…, enough?", "licence ok with that?", "allowed?"). */
const PREDICATE_ASKED = /\b(?:enough|fine|ok|okay|allowed|legal|safe|compliant|covered|true|valid|permitted|required|mandatory|binding|necessary|needed|possible|banned|free)(?:\s+(?:with|for|by|to)\s+(?:that|this|it|us|them|one))?\s*\?+\s*$/;
/** Comparatives: two things set against each other ("lambda or runpod cheaper?") or one put up for a yes or no ("lighter fines for startups?"). */
export const COMPARATIVES = 'cheaper|dearer|pricier|better|worse|safer|riskier|faster|slower|bigger|smaller|more expensive|less expensive|stricter|lighter|lower|higher|looser|tougher|harsher|softer';
const COMPARATIVE = new RegExp(`\\b(?:${COMPARATIVES})\\b`);
/** Asking whether something still stands ("gpt-5 nano still around?", "eu-us data deal still alive after…?"). */
const STILL_ASKED = /\bstill (?:around|alive|available|valid|in force|live|a thing|standing|supported|offered|sold|on sale|there|going)\b[^?.]{0,60}\?+\s*$/;

/**
 * A question that is only two short options joined by "or" ("open weights or api finetuning?"), each naming
 * something rather than judging ("red flag or fine?" judges).
 */
function isChoice(q: string): boolean {
  // The two options may be followed by what they are for: "qwen3 or llama 4 if we want the simplest licence?".
  const m = /^([a-z0-9][\w .'-]{1,40}?)\s+or\s+([a-z0-9][\w .'-]{1,40}?)(?:,?\s+(?:if|for|when|given|since|as)\s+[^?\s]+\s+[^?]{2,120})?\s*\?+\s*$/.exec(q);
  const names = (side: string) => side.split(/\s+/).length <= 4 && contentWords(side).some((w) => !JUDGING_WORDS.has(w));
  return m !== null && names(m[1] ?? '') && names(m[2] ?? '') && !ASKING.test(q);
}

/** "the 5 things", "the twelve questions", "five factors": a number of items asked for. */
const COUNTED_ITEMS = /\b(?:the\s+)?(?:[2-9]|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+)?(?:things|factors|questions|steps|points|items|risks|principles|criteria|layers|duties|obligations|conditions|ways|reasons|options)\b/;

/**
 * What to weigh in a choice: "main things to weigh", "factors to consider when picking", "the factors for open vs
 * closed", "what should we consider".
 */
const CRITERIA = /\b(?:things|factors|criteria|considerations|points|aspects|issues)\s+(?:to|we should|i should|we need to|worth)\s+(?:weigh|consider|think about|look at|bear in mind|keep in mind)\b|\b(?:factors|criteria|considerations)\s+(?:for|in|of|behind|that decide|that matter)\b|\bwhat (?:should|do|must) (?:we|i) (?:weigh|consider|think about|bear in mind)\b|\bwhat (?:else )?(?:should|does|would|will|do|must|could) (?:decide|drive|determine|settle|swing)\b|\bwhat to (?:weigh|consider|think about)\b/;

/** Nouns that ask for several items whatever the wording ("under what conditions", "what obligations"). */
const LIST_NOUNS = /\b(conditions|requirements|obligations|steps|factors|options|examples|ways|types|kinds|risks|duties|criteria|signs|workloads|things|items|rules|principles|functions|controls|measures|models|vendors|providers|differences)\b/;

/** Verbs ending in s that follow "what" or "which" ("what makes…", "what counts…"): not plural nouns. */
const VERB_S = /(?:makes|means|happens|counts|matters|needs|applies|costs|goes|comes|gets|works|helps|stops|changes|says|does|has|decides|determines|drives|sets|covers|triggers|keeps|puts|takes|gives|causes|stands)\b/;
/** "which gdpr articles govern…": a plural noun (not such a verb) within the first words after which/what. */
const PLURAL_AFTER_WH = new RegExp(`^(?:under |in |for )?(?:which|what)\\s+(?!${VERB_S.source})(?:[\\w-]+\\s+){0,2}?(?!${VERB_S.source})[a-z-]{3,}[^s'’]s\\s+(?!is\\b|was\\b)[a-z]+`);

/** Being on a list, or taken off one: "on the dpf list", "off their sub-processor list". */
const ON_A_LIST = /\b(?:on|onto|in|off|from)\s+(?:the|a|an|our|their|its|this|that|any)\s+(?:[\w-]+\s+){0,2}list\b/g;

/**
 * A list asked for in so many words: "list please", "list pls", "as a list", "need a list for the ops budget", "give me
 * a checklist", "make us a scoring rubric", "bullet points pls", "bullet them", "bullet the docs".
 */
const LIST_ASKED = /\b(?:list (?:please|pls|plz|them|it|those|these)|(?:as|in) a list|(?:need|want|give (?:me|us)|make|send|get|write|draft|prepare|after) (?:us |me )?(?:a |an )?(?:quick |short |simple |full |proper |bullet(?:ed)? |numbered |complete |scoring )?(?:list|checklist|rubric|score ?card)\b|(?:as |in )?bullet[- ]?points?|(?:in )?bullets|bullet (?:them|it|those|these|the|our|out))\b/;
/**
 * What a thing is made of, asked: "what goes into a self-host vs api cost comparison?", "what belongs in the dpa?",
 * "what line items go on each side?", "what do you get in the olmo 2 release?", "every cost line for…". Its answer is the items, whatever the
 * thing compares. ("What should the exit terms cover" asks what a good vendor answer holds, and is read as that.)
 */
export const CONTENTS_ASKED = /\bwhat (?:(?:else )?(?:goes|should go|needs to go|belongs|should be|has to be|needs to be) (?:in|into|on)|line items|to (?:put|include|count) (?:in|on)|(?:do|should|must) (?:we|i) (?:put|include|count) (?:in|on)|(?:do|should|must) (?:we|i) keep (?!in mind\b)\w+|(?:do|does|would|will) (?:we|you|i|they) (?:actually |really )?get (?:in|with)|comes? (?:in|with)|(?:is|'s|s) (?:actually )?(?:in|included in|inside))\b|\b(?:every|each|all(?: the)?) (?:cost |budget )?(?:lines?|line items?)\b/;
/** Whether a lower-case message asks for a list in so many words; being on a list ("on the dpf list") is not asking. */
const listAsked = (q: string) => LIST_ASKED.test(q.replace(ON_A_LIST, ' '));

/**
 * A layout asked for as well: "one line each", "one-liner per item", "numbered", "as a checklist", "in bullet form",
 * "dot points", or a message whose sentence opens on "list" ("list the situations where…", "pls list all the…").
 */
const LAYOUT_ASKED = new RegExp(String.raw`\b${ONE_LINE_EACH.source}|\bnumbered\b|\b(?:as|in) a checklist\b|\b(?:in |as )?(?:bullet|dot|point) form\b|\bdot points?\b|(?:^|[.?!]\s+)(?:(?:pls|please|can you|could you|just)\s+)?list\s+(?:the|all|every|our|each|some|any|them|out)\b`);

/** Whether the asker asks for the answer laid out as a list, in so many words ("bullets pls", "list them", "one line each"). */
export function asksForListLayout(message: string): boolean {
  const q = message.toLowerCase();
  return listAsked(q) || LAYOUT_ASKED.test(q);
}

/** A message that is a plural noun and a clause naming what holds them, no more: "stages the guidelines cover?". */
const PLURAL_THEN_NAMER = /^(?:the\s+)?(?:(?:main|key)\s+)?([a-z-]{3,}[^s'’]s)\s+(?:the|an?|our|their|its|this|these|those)\s+(?:[\w/.-]+\s+){0,5}?(?:covers?|lists?|names?|includes?|sets? out|requires?|gives?|mentions?|spells? out)\s*\??$/;
/** "which closed models are…", "what obligations does…", "list the…", "what are the…". */
function isListQuestion(q: string): boolean {
  if (/^(list|name|give me|enumerate)\b|\bwhat are the\b|\bwhich are the\b/.test(q)) return true;
  // "can someone list…", "checklist of things to look for", "article by article", "give me the triggers".
  // A list something is on ("is the vendor on the dpf list?") asks nothing listed.
  if (/\b(list|enumerate|checklist|bullet|triggers|article by article|one by one|step by step|each of the|all the)\b/.test(q.replace(ON_A_LIST, ' '))) return true;
  // "give the articles and what each one is for", "what each of them does": each of several items asked about.
  if (/\bwhat each(?: one| of (?:them|those|these))? (?:is for|does|covers|means|is)\b/.test(q)) return true;
  // Asked yes or no in its last sentence ("one of our biggest clients put it in the contract. does that mean we have to
  // self-host?"), a message is not a list for a plural in its story.
  const polar = (t: string) => /^(is|are|does|do|can|should|how)\b/.test(t);
  const asksPolar = polar(q) || polar(lastSentence(q));
  if (/\b(obligations|requirements|conditions|duties|triggers|steps|criteria|factors|dates|deadlines|milestones|timeline|agenda)\b/.test(q) && !asksPolar) return true;
  const head = /^(?:under |in |for )?(?:which|what)\s+((?:[\w-]+\s+){0,5}?)(?:are|were|do|does|did|should|must|can|could|would|will|drive|make|matter|apply|count|need)\b/.exec(q);
  // A plural noun there ("which gdpr articles apply"), not a verb ("what threshold makes a model count as…").
  if (head && (head[1] ?? '').split(/\s+/).some((w) => /^[a-z-]{3,}[^s]s$/.test(w) && !VERB_S.test(w))) return true;
  // "which gdpr articles govern…": a plural noun within the first words after which/what, whatever the verb.
  if (PLURAL_AFTER_WH.test(q)) return true;
  // "security docs to demand from a supplier", "questions to ask", "main open-weight families", "what do buyers expect".
  if (/\b[a-z-]{3,}[^s'’]s\s+to\s+(ask|demand|request|check|send|include|consider|watch|look for|cover|expect|require|get)\b/.test(q)) return true;
  if (/\b(main|top|key|leading|biggest|major|common|typical|usual)\s+(?:[\w-]+\s+){0,2}?[a-z-]{3,}[^s'’]s\b/.test(q) && !asksPolar) return true;
  if (/^what (do|does|should|would|will) .{3,60}\b(expect|require|demand|want to see|look for|ask for)\b/.test(q)) return true;
  // "stages the ncsc/cisa secure ai guidelines cover?", "risks the profile names?": things named, then what names them.
  const named = PLURAL_THEN_NAMER.exec(q);
  if (named && !VERB_S.test(named[1] ?? '')) return true;
  return /^(?:under |in |for )?(?:which|what)\b/.test(q) && LIST_NOUNS.test(q.split(/\s+/).slice(0, 5).join(' '));
}

/** A subject that is only a list asked for: "the full list", "the whole checklist", "the usual set". */
const LIST_SUBJECT = /^(?:the\s+|a\s+)?(?:(?:full|whole|complete|entire|usual|standard|main|short|quick|official|proper)\s+)*(?:list|checklist|rundown|set|line-?up)s?$/i;

/** The end of a clause asking what a term means: "…what does cost predictability refer to". */
const MEANING_ASK = /\b(?:mean|means|refer to|refers to|stand for|stands for)\s*$/i;

/** Words closing a question with how the asker wants it put: ", simply", "in plain english", "pls". */
const ASKED_PLAINLY = /(?:\s*,?\s*\b(?:simply|briefly|quickly|in short|in brief|in plain english|in plain words|in simple terms|in simple words|in layman'?s terms|in a nutshell|in one line|in (?:a|one|a single|two|a couple of|a few) (?:sentences?|lines?|words?)|eli5|tl;?dr|pls|please|plz))+$/i;
/** A chat opener before the question word: "ok so what is…", "right, what's…", "hey what are…". */
const CHAT_OPENER = /^(?:(?:ok|okay|right|hey|hi|and|but|um+|hmm+|sorry|quick one|quick q)\b[\s,:-]*)+(?=(?:so\s+)?(?:what|who)\b)/i;

/** A thing named as "this X thing" or "the X stuff": X. */
const THING_NAMED = /^(?:(?:this|that)\s+)?(.+?)\s+(?:thing|stuff|business)$/i;

/**
 * The thing a definition question asks about: "what is X", "what's X mean", "what does X mean", "define X",
 * "meaning of X"; undefined for other questions.
 */
export function definitionSubject(question: string): string | undefined {
  // "what actually is an scc", "what exactly are sccs": the asker's adverb after the question word says nothing.
  const q = question.trim().replace(CHAT_OPENER, '').replace(/[\s?.!,;:]+$/, '').replace(/['"‘’“”]/g, (c) => (c === "'" || c === '’' ? c : '')).replace(/^((?:so\s+)?(?:what|who))\s+(?:actually|really|exactly|even|precisely|basically)\s+(?=(?:is|are|was|were|does|do)\b)/i, '$1 ');
  // "sccs — what are they, simply?", "what is a dpia pls": how the asker wants it put closes the question, not the subject.
  const asked = q.replace(ASKED_PLAINLY, '') || q;
  const patterns = [
    /^(?:so\s+)?what(?:'s|’s| is)\s+(?:an?\s+|the\s+)?(.{2,60}?)\s+mean\b/i,
    /^(?:so\s+)?what\s+(?:does|do|did)\s+(?:an?\s+|the\s+)?(.{2,60}?)\s+(?:mean|stand for|refer to)\b/i,
    // A subject holds no comma: "what is a tra, and do we need one" asks of "tra" (read below).
    /^(?:so\s+)?(?:what|who)\s*(?:is|are|was|were|'s|’s|s)\s+(?:an?\s+|the\s+)?([^,;]{2,60}?)(?:\s+(?:mean|means|exactly|about))?$/i,
    // "explain sccs", "could someone explain what a TRA is to me", "pls define open weight for the team".
    /^(?:(?:can|could|would|will)\s+(?:you|someone|somebody|anyone|any1|u)\s+|(?:please|pls|plz)\s+)?(?:define|explain|describe)\s+(?:(?:simply|briefly|quickly|plainly|in plain english|in plain words|in simple terms|in simple words)\s+)?(?!(?:why|how|when|where|which|whether|if|who)\b)(?:what\s+)?(?:an?\s+|the\s+)?(.{2,60}?)(?:\s+(?:is|are|means?|stands? for))?(?:\s+(?:to|for)\s+(?:me|us|(?:the|our|my|a)\s+[\w-]+))?(?:\s+like\s+(?:i'?m|im|we'?re)\s+\w+)?$/i,
    // "whats a dpia and do we need one": a short subject before a second question.
    /^(?:so\s+)?what(?:'s|’s| is|s)\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)\s*(?:,\s*and\b|,|;|\band\b)\s*(?:(?:what|why|how|when|do|does|is|are|can|should|who)\b)/i,
    /\bmeaning of\s+(?:an?\s+|the\s+)?(.{2,60}?)$/i,
    // "'sovereign ai' in an rfp means?", "gpai model — meaning?": a term, perhaps with where the asker met it, then
    // "means?" or "meaning?".
    /^((?:[\w/'-]+\s+){0,3}?[\w/'-]+)(?:\s+(?:in|on|from|under)\s+(?:an?|the|our|their|this|that)\s+[\w-]+)?\s*(?:\s|[-–—:,]\s*)(?:means|mean|meaning|definition)$/i,
    // "idta = ? legal keeps saying it", "tra=?": a term set equal to a question mark.
    /^((?:[\w./-]+\s+){0,3}[\w./-]+)\s*=\s*(?:\?+(?:\s.*)?)?$/i,
    // "sccs = what exactly?", "a dpia is what?", "open weights means what?": a term, then "what" where its meaning goes.
    /^(?!(?:(?:an?|the|our|their|your)\s+)?(?:price|cost|bill|total|spend|budget|difference|best|cheapest|risk|deal|catch|problem|issue|point|plan|answer|rule|limit|date|deadline|fine)s?\b)(?:an?\s+|the\s+)?((?:[\w/.-]+\s+){0,3}?[\w/.-]+)\s*(?:=|\s(?:is|are|means?|stands? for))\s*what(?:\s+(?:exactly|actually|again|even|precisely|then))?$/i,
    // "what a TRA is in the context of intl transfers, anyone?", "what sccs are": the question put the other way round.
    /^(?:so\s+)?what\s+(?!(?:(?:an?|the|our|their|your)\s+)?(?:price|cost|bill|total|difference|best|cheapest|risk|deal|catch|problem|issue|point|plan|answer|rule|limit)s?\b)(?:an?\s+|the\s+)?((?:[\w/.-]+\s+){0,3}?[\w/.-]+)\s+(?:is|are|means?|stands? for)(?:\s+(?:in|for|under|when)\b[^,;]*)?(?:\s*,\s*(?:anyone|any1|someone|pls|please|thanks|ty))?$/i,
    // "'model abstraction layer' — explain for a non-techie", "sccs: define pls": a short subject, then the ask.
    /^(?!(?:can|could|would|will|pls|please|plz|you|u|what|how|why|so|ok|okay|and|to|i|we)\b)((?:[\w/'-]+\s+){0,4}[\w/'-]+)\s*(?:[-–—:,]\s*)?(?:(?:can|could|would)\s+(?:you|someone|u)\s+|pls\s+|please\s+)?(?:explain|define|describe)(?:\s+(?:it|that|this|them|pls|please))?(?:\s+(?:to|for)\s+(?:me|us|(?:an?|the|our|my)\s+[\w-]+))?$/i,
    // "SCCs - what are they actually?", "dpia, what is it?": a short subject named before a question pointing at it;
    // "nist ai 600-1, what is it and why would procurement care": the same, with a second question after it.
    /^((?:[\w/-]+\s+){0,3}[\w/-]+)\s*[-–—:,]?\s+what(?:'s|’s|s)?\s*(?:is|are|was|were)?\s*(?:it|they|that|this|those|these)(?:\s+(?:actually|really|exactly|even|again|about))?(?:\s*(?:,|;|\band\b)\s*(?:and\s+)?(?:why|how|what|when|where|do|does|is|are|can|should|who|would)\b.*)?$/i,
    // "openmdw?? never heard of it", "dpf - no idea what that is": a short subject the asker says they do not know.
    /^((?:\w[\w/.-]*\s+){0,3}\w[\w/.-]*?)\s*[-–—:,?!.]*\s+(?:(?:i'?ve|we'?ve|i|we|tbh|honestly)\s+)*(?:never heard of (?:it|this|that|them)|no idea what (?:it|this|that|they) (?:is|are)|(?:not|never) (?:familiar with|come across) (?:it|this|that|them)|(?:don'?t|do not) know what (?:it|this|that|they) (?:is|are))(?:\s+(?:before|tbh|lol))*$/i,
    // "never heard of openmdw", "no idea what a tra is".
    /^(?:(?:i'?ve|we'?ve|i|we)\s+)?(?:(?:have\s+)?never heard of|(?:have\s+)?no idea what|(?:don'?t|do not) know what)\s+(?:an?\s+|the\s+)?(?!(?:[\w/.-]+\s+){0,2}(?:that|this|it|them|doing|being|such|those|these)\b)((?:[\w/.-]+\s+){0,2}?[\w/.-]+)(?:\s+(?:is|are))?(?:\s+(?:before|tbh|lol))*$/i,
  ];
  // "In the open versus closed decision, what does cost predictability refer to?": the definition asked after a
  // leading phrase.
  const tail = /^.{3,}?[,\s]\s*((?:what(?:'s|’s| is| are| does| do)|define|explain)\b[^,?]*)$/i.exec(q)?.[1];
  for (const p of patterns) {
    // Only a tail asking what a term means ("…, what does X refer to?") is a definition; "…, what's coming?" is not.
    const m = p.exec(asked) ?? (tail && MEANING_ASK.test(tail) && p !== patterns.at(-1) ? p.exec(tail) : null);
    // "what is the cost of X" asks for a figure, not a definition.
    // "what does foundation model actually mean": the subject without the asker's adverbs.
    // "what's this dpf thing": the thing named, without the "this … thing" around it.
    const subject = m?.[1]?.replace(/\s+(actually|really|exactly|even|basically|precisely|here|again)$/i, '').trim().replace(THING_NAMED, '$1');
    // "what's the actual difference?" names no subject: it asks about something said before it.
    const generic = (subject !== undefined && contentWords(subject).every((w) => JUDGING_WORDS.has(w))) || /^(?:they|it|he|she|we|you|i|this|that|those|these)\b/i.test(subject ?? '');
    // Nor does "what's the bill roughly in $?": a bill or total, or an amount in a currency, is a figure; nor "what's
    // sonnet 4.5 per mtok?" or "what's an h100 an hour on runpod?": a thing per unit is its price.
    const figure = /^(the\s+)?(bill|total|damage)s?\b|[$£€]|\b(roughly|approx(imately)?|ballpark|per (month|year|hour|hr|mtok|million|1m|tokens?|gpu[- ]hour)|an? (month|year|hour|hr))\b/i.test(subject ?? '');
    // Nor does "what's the full list?": a list asked for is a list, whatever it lists.
    const listed = LIST_SUBJECT.test(subject ?? '');
    if (subject && !generic && !figure && !listed && !/^(the\s+)?(price|cost|difference|best|cheapest|risk)s?\s+(of|for|to|between|in)\b/i.test(subject)) return subject;
  }
  return undefined;
}

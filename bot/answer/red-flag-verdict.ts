import { terms } from '../../knowledge/retrieval/text/tokenize.ts';
import type { Citation } from '../turn.ts';
import { citedSentences, keepSentences, reorderCited } from './citations.ts';
import { statesQuote } from './compose.ts';
import { LISTS_FLAGS } from './weights.ts';

/**
 * "vendor wants big fees to export our data when we leave. red flag?": a message asking whether what it describes
 * is a red flag, answered by a card's red flag that the message itself describes, opens with the verdict:
 * "Yes, that is a red flag: a vendor that charges heavy fees for data export. [1]". The red flag's words stay as the
 * card writes them, so the facts and the citation are the sentence's own.
 */

/** A yes/no asked of a described behaviour: "red flag?", "red flag or fine?", "deal breaker?", "is that a problem?". */
const ASKS_IF_RED_FLAG = /\b(?:red[- ]?flags?|deal[- ]?breakers?|a problem|problem|worry(?: us)?|worried|concerning|concern|bad|dodgy|risky|an issue|(?:bad|warning|worrying) signs?)\s*(?:or (?:fine|ok(?:ay)?|normal|not)\s*)?\?|\bred[- ]?flag or\b|\bshould (?:i|we) (?:worry|be worried|be concerned|be bothered|care)\b|\b(?:should|would|does|do) (?:that|this|it|these|those) (?:bother|worry|concern|alarm) (?:us|me|you)\b/i;
/**
 * Whether what it describes is fine: "fine?", "acceptable?", "normal?", "good enough?", "go ahead anyway?", "ok to sign
 * as is?", "can we accept it as-is?", also before a last ask for what to have instead ("this is enough? what should be
 * there instead?").
 */
const ASKS_IF_FINE = /(?:\b(?:ok(?:ay)?|fine|acceptable|normal|standard|enough|sufficient|adequate|reasonable|legit|go ahead(?: anyway)?|(?<!(?:bad|warning|worrying) )sign(?: it)?)|\b(?:ok(?:ay)?|fine|safe|good) to (?:sign|accept|agree(?: to)?)(?: (?:it|this|that|them))?(?: as[- ]is)?|\b(?:can|could|should|do) (?:we|i) (?:just )?(?:sign|accept|agree to) (?:it|this|that|them)(?: as[- ]is)?)\s*\?+\s*(?:[\p{Emoji_Presentation}\p{Extended_Pictographic}]\s*)*(?:$|(?=(?:and )?(?:what|how|which|if not)\b[^?]*\?\s*$))/iu;
/** One or the other: "fine or push back?", "concern or normal boilerplate?", "go ahead or walk?". */
const ASKS_EITHER = /\b(?:fine|ok(?:ay)?|normal|acceptable|go ahead|sign|concern|worry|red flag)\w*\s+or\s+(?:an?\s+)?(?:push back|walk(?: away)?|normal|boilerplate|fine|ok(?:ay)?|red flag|concern|negotiate|not)\b/i;

/** A question asking which things would be red flags ("what answers … should worry us?"), not whether one is. */
const ASKS_WHICH = /^\s*(?:(?:so|and|ok|okay|but)\s+)?(?:what|which)\b(?!\s+(?:about|if)\b)/i;
/** The message's sentence asking whether something is a red flag or fine ("…should worry us?", "fine?"). */
const askingSentence = (message: string) => message.split(/(?<=[.!?])\s+/).find((s) => ASKS_EITHER.test(s) || ASKS_IF_RED_FLAG.test(s) || ASKS_IF_FINE.test(s)) ?? message;

/** The cards' red flags: "A red flag is a vendor that…", "A red flag, for any decision that affects people, is…". */
const RED_FLAG_LEAD = /^A red flag(?:(,[^,[\]]+),)? is ([^[\]]+?)(\s*\[\d+\])/;

/** The cards' lists of red flags: "Red flags are training that you can only opt out of, and consumer terms…". */
const RED_FLAGS_LEAD = /^Red flags are ([^[\]]+?)\.?(\s*\[\d+\])/;

/** A red flag leading the answer: the lead as written, an aside after "A red flag", the flag, its citation marker. */
interface FlagLead {
  written: string;
  aside: string;
  flag: string;
  marker: string;
}

/** The answer's lead when it states one red flag ("A red flag is a vendor that…"). */
function singleLead(answer: string): FlagLead | undefined {
  const m = RED_FLAG_LEAD.exec(answer);
  return m ? { written: m[0], aside: m[1] ?? '', flag: m[2] ?? '', marker: m[3] ?? '' } : undefined;
}

/**
 * A lead listing red flags, read as the one item the message describes ("training that you can only opt out of" for
 * a pasted opt-out clause), as a single red flag's lead; undefined when it describes none of them.
 */
function pluralLead(message: string, answer: string, describes: (flag: string) => boolean): FlagLead | undefined {
  const m = RED_FLAGS_LEAD.exec(answer);
  // A message asking for the red flags ("sla warning signs?") is answered by the list.
  if (!m || LISTS_FLAGS.test(message)) return undefined;
  const items = (m[1] ?? '').split(/,\s*(?:and|or)\s+|\s+and\s+|,\s*/).map((x) => x.trim()).filter(Boolean);
  // The items the message describes, in the card's order, are what the verdict names.
  const described = items.filter(describes).map((item) => item.replace(/\.$/, ''));
  if (!described.length) return undefined;
  return { written: m[0], aside: '', flag: `${described.join(', and ')}.`, marker: m[2] ?? '' };
}

/** A wording a red flag names in quotation marks: "as long as necessary", “best efforts”. */
const FLAG_WORDING = /"([^"]{3,80})"|“([^”]{3,80})”/g;

/** Share of the red flag's own words the message must use for the red flag to be what it describes. */
const DESCRIBED = 0.6;
/** ...and below which another red flag of the answer is one the message does not describe. */
const OTHER_FLAG_DESCRIBED = 0.3;

/**
 * The answer opening with the verdict when the message describes the red flag that leads it, in its words or by quoting
 * the wording the red flag names (`quoted`: the message's quoted phrases, "'as long as necessary'"); else as it was.
 * `meant`: the cards' phrases for the message's everyday words (its bridges), which count as its words.
 */
export function leadWithRedFlagVerdict(message: string, quoted: readonly string[], given: string, cited: Citation[], meant: readonly string[] = []): { answer: string; citations: Citation[] } {
  let [answer, citations] = [given, cited];
  const unchanged = { answer: given, citations: cited };
  // "fine or push back?" is answered with the call, "fine?" with a no, "red flag?" with a yes.
  const opening = ASKS_EITHER.test(message) ? (/\bpush back\b/i.test(message) ? 'Push back: that is a red flag' : 'That is a red flag') : ASKS_IF_RED_FLAG.test(message) ? 'Yes, that is a red flag' : ASKS_IF_FINE.test(message) ? 'No, that is a red flag' : undefined;
  // "what answers on uptime from the vendor should worry us?" asks which answers would, not whether one does, unless
  // it quotes the vendor's own words ("…this one says they keep prompts 'as long as necessary'").
  if (!opening || (!quoted.length && ASKS_WHICH.test(askingSentence(message)))) return unchanged;
  // The message's words, with the cards' words for its everyday ones ("supplier" is a vendor, "the model underneath"
  // the upstream model: `meant`, the bridges it crosses).
  const said = new Set([...terms(message), ...terms(meant.join(' '))]);
  // The share of a red flag's words the message uses.
  const described = (words: string[]) => words.filter((t) => said.has(t)).length / Math.max(1, words.length);
  // A red flag is what the message describes when it uses most of the flag's own words or quotes the wording it names.
  // A red flag naming a wording ("vague retention wording such as \"as long as necessary\"") is what a pasted clause
  // using that wording describes ("We may retain Customer Data for as long as necessary…").
  const namesPastedWording = (flag: string) => [...flag.matchAll(FLAG_WORDING)].some((m) => quoted.some((q) => statesQuote(q, m[1] ?? m[2] ?? '')));
  const describes = (flag: string) => {
    const own = [...new Set(terms(flag))];
    return own.length > 0 && (described(own) >= DESCRIBED || quoted.some((q) => statesQuote(flag, q)) || namesPastedWording(flag));
  };
  // A red flag the message describes, further down an answer that opens otherwise ("An incident at the vendor…
  // becomes your incident too." before the "best efforts" red flag a pasted "reasonable endeavours" clause meets),
  // moves up to lead it.
  if (!RED_FLAG_LEAD.test(answer) && !RED_FLAGS_LEAD.test(answer)) {
    const parts = citedSentences(answer);
    const at = parts.findIndex((p, i) => i > 0 && describes(RED_FLAG_LEAD.exec(`${p.sentence} [1]`)?.[2] ?? ''));
    if (at > 0) ({ text: answer, citations } = reorderCited([parts[at]!, ...parts.filter((_, i) => i !== at)], citations));
  }
  const single = singleLead(answer);
  const lead = single ?? pluralLead(message, answer, describes);
  if (!lead || !describes(lead.flag)) return unchanged;
  // Judged, the message's red flag is the answer: other red flags, which the message does not describe, are beside
  // its point ("A red flag is a service offered only under consumer terms" after the retention wording it quoted).
  const otherFlag = (sentence: string) => {
    if (!/^A red flag\b/.test(sentence)) return false;
    // Its own words, not the frame every red flag shares ("A red flag is a vendor that…").
    const own = [...new Set(terms(sentence.replace(/\b(red[- ]?flags?|vendors?|suppliers?|providers?)\b/gi, ' ')))];
    return described(own) < OTHER_FLAG_DESCRIBED;
  };
  const opened = `${opening}${lead.aside}: ${lead.flag}${lead.marker}${answer.slice(lead.written.length)}`;
  const first = citedSentences(opened)[0]?.sentence;
  // (After a list's lead, the card's fuller sentences on its items stay: they say what the list only names.)
  if (!single) return { answer: opened, citations };
  const kept = keepSentences({ text: opened, citations }, (sentence) => sentence === first || !otherFlag(sentence));
  return { answer: kept.text, citations: kept.citations };
}

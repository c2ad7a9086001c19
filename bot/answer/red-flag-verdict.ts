import { terms } from '../../knowledge/retrieval/text/tokenize.ts';

/**
 * "vendor wants big fees to export our data when we leave. red flag?": a message asking whether what it describes
 * is a red flag, answered by a card's red flag that the message itself describes, opens with the verdict:
 * "Yes, that is a red flag: a vendor that charges heavy fees for data export. [1]". The red flag's words stay as the
 * card writes them, so the facts and the citation are the sentence's own.
 */

/** A yes/no asked of a described behaviour: "red flag?", "red flag or fine?", "deal breaker?", "is that a problem?". */
const ASKS_IF_RED_FLAG = /\b(?:red[- ]?flags?|deal[- ]?breakers?|a problem|problem|worry(?: us)?|worried|concerning|concern|bad|dodgy|risky|an issue|(?:bad|warning|worrying) signs?)\s*(?:or (?:fine|ok(?:ay)?|normal|not)\s*)?\?|\bred[- ]?flag or\b|\bshould (?:i|we) (?:worry|be worried|be concerned)\b/i;
/** Whether what it describes is fine: "fine?", "acceptable?", "normal?", "good enough?", "go ahead anyway?". */
const ASKS_IF_FINE = /\b(?:ok(?:ay)?|fine|acceptable|normal|standard|enough|sufficient|adequate|reasonable|legit|go ahead(?: anyway)?|(?<!(?:bad|warning|worrying) )sign(?: it)?)\s*\?+\s*(?:[\p{Emoji_Presentation}\p{Extended_Pictographic}]\s*)*$/iu;
/** One or the other: "fine or push back?", "concern or normal boilerplate?", "go ahead or walk?". */
const ASKS_EITHER = /\b(?:fine|ok(?:ay)?|normal|acceptable|go ahead|sign|concern|worry|red flag)\w*\s+or\s+(?:an?\s+)?(?:push back|walk(?: away)?|normal|boilerplate|fine|ok(?:ay)?|red flag|concern|negotiate|not)\b/i;

/** The cards' red flags: "A red flag is a vendor that…", "A red flag, for any decision that affects people, is…". */
const RED_FLAG_LEAD = /^A red flag(?:(,[^,[\]]+),)? is ([^[\]]+?)(\s*\[\d+\])/;

/** Share of the red flag's own words the message must use for the red flag to be what it describes. */
const DESCRIBED = 0.6;

/** The answer opening with the verdict when the message describes the red flag that leads it; else as it was. */
export function leadWithRedFlagVerdict(message: string, answer: string): string {
  // "fine or push back?" is answered with the call, "fine?" with a no, "red flag?" with a yes.
  const opening = ASKS_EITHER.test(message) ? (/\bpush back\b/i.test(message) ? 'Push back: that is a red flag' : 'That is a red flag') : ASKS_IF_RED_FLAG.test(message) ? 'Yes, that is a red flag' : ASKS_IF_FINE.test(message) ? 'No, that is a red flag' : undefined;
  if (!opening) return answer;
  const m = RED_FLAG_LEAD.exec(answer);
  if (!m) return answer;
  const flag = [...new Set(terms(m[2] ?? ''))];
  const said = new Set(terms(message));
  if (!flag.length || flag.filter((t) => said.has(t)).length / flag.length < DESCRIBED) return answer;
  return `${opening}${m[1] ?? ''}: ${m[2]}${m[3]}${answer.slice(m[0].length)}`;
}

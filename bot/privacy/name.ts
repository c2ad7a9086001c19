import { NAME_PARTICLES, NOT_A_NAME, NOT_A_NAME_ENDING, ORGANISATION_WORDS } from './name-words.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

/*
 * Personal names where people give them: introducing themselves ("my name is …", "I'm …", "this is … from Acme",
 * "Jane here"), signing off ("Thanks,\nJane Doe", "cheers - jane"), with a title ("Dr Patel") or as someone's
 * colleague ("my colleague Priya Shah"). A bare name in a sentence is not detected: that would need a model.
 */

/**
 * How sure the cue is that a name follows:
 * - strong: "my name is", "name:" — any word that is not a common one;
 * - intro: "I'm", "this is" — a capitalised name (lower case only after a lower-case cue), then a natural end;
 * - titled: "Dr", "my colleague" — capitalised words only;
 * - greeting: "Dear", "Hi" opening a line — capitalised words, then punctuation or the line's end;
 * - sign-off: "Thanks," at the end — a name that ends its line.
 */
type Strength = 'strong' | 'intro' | 'titled' | 'greeting' | 'sign-off';
const CUES: { pattern: RegExp; strength: Strength }[] = [
  { pattern: /\bmy\s+name(?:\s+is|'s|’s)\s+|\b(?:full\s+|first\s+|last\s+|sur)?name\s*[:\-–]\s*|\b(?:i\s+am|i'?m|i’m)\s+called\s+|\bthey\s+call\s+me\s+/giu, strength: 'strong' },
  { pattern: /\b(?:i\s+am|i'm|i’m|im|this\s+is|it's|it’s)\s+/giu, strength: 'intro' },
  { pattern: /\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|herr|frau|mme|mlle|sra?|señora?)\.?\s+/giu, strength: 'titled' },
  { pattern: /\b(?:my|our)\s+(?:colleague|co-?worker|(?:line\s+)?manager|boss|director|cto|ceo|cfo|dpo|ciso|lawyer|solicitor|assistant|client|customer|patient|employee|contact|partner|wife|husband|son|daughter|friend)\s+(?:(?:is|named|called)\s+)?/giu, strength: 'titled' },
  { pattern: /\b(?:colleague|co-?worker|manager|employee|customer|client|patient|user|person|candidate|applicant|contractor|consultant|guy|woman|man|someone|somebody)\s+(?:named|called)\s+/giu, strength: 'titled' },
  // Greetings name the reader: "Dear Jane,", "Hi Priya Shah!" (capitalised, then punctuation or the line's end).
  { pattern: /(?:^|\n)[ \t]*(?:dear|hi|hello|hey|morning|afternoon)[ \t]+/giu, strength: 'greeting' },
  // Headers and form fields: "From: Jane Doe", "patient: Jo Smith", "Attn: Mr Patel".
  { pattern: /(?:^|\n)[ \t]*(?:from|to|cc|bcc|sender|recipient|attn|attention|signed|author|requester|requested by|employee|candidate|applicant|patient|customer|tenant)[ \t]*:[ \t]*/giu, strength: 'titled' },
  // A person named by their role in a record: "patient Jo Smith", "applicant Maria Garcia" (two capitalised words).
  { pattern: /\b(?:[Pp]atient|[Aa]pplicant|[Cc]andidate|[Tt]enant|[Ee]mployee|[Cc]laimant|[Dd]efendant|[Pp]upil|[Rr]esident)[ \t]+(?=\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll})/gu, strength: 'titled' },
  {
    pattern: /(?:^|[\n.!?][ \t]*|[ \t])(?:(?:kind|best|warm|warmest|many)[ \t]+)?(?:regards|thanks|thank[ \t]+you|cheers|sincerely|best[ \t]+wishes|br|rgds|thx|ta|talk[ \t]+soon|speak[ \t]+soon|yours(?:[ \t]+sincerely|[ \t]+truly|[ \t]+faithfully)?)(?:[ \t]+(?:a[ \t]+lot|again|so[ \t]+much|very[ \t]+much|all|everyone|in[ \t]+advance))?\b[ \t]*[,.!\-–—]*[ \t]*(?:\n[ \t]*)*|(?:^|\n)[ \t]*best[ \t]*[,!]+[ \t]*(?:\n[ \t]*)*|(?:^|[ \t\n])[-–—~]{1,2}[ \t]*/giu,
    strength: 'sign-off',
  },
];
/** "Jane here", "hi all, Jane Doe here from Acme": a name opening a message or a line. */
const HERE = /(?:^|\n)[ \t]*(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Mm]orning)[ \t]*(?:all|everyone|team|folks|there)?[ \t]*[,!]?[ \t]*)?(?<value>\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?)[ \t]+here\b/dgu;

/** A word of a name, or an initial with its dot ("J. Smith"). A lone letter without a dot ("N/A") is not a name. */
const WORD = /^(?:\p{Lu}\.|[\p{L}][\p{L}'’-]+)/u;
/** What may follow a self-introduction: punctuation, the end, or "from Acme", "and I …". */
const INTRO_TAIL = /^[ \t]*(?:$|[\n,;:.!?()|\-–—]|(?:from|at|with|here|and|of|speaking)\b)/iu;
/** "this is" and "it's" introduce things as often as people: only "this is Jane from Acme", "it's Jane here". */
const THIS_IS_TAIL = /^[ \t]*(?:$|[\n,]|(?:from|here|speaking)\b)/iu;
/** A sign-off name ends its line, perhaps followed by a title: "Jane Doe, Head of Procurement" or "Jane | Acme". */
const SIGN_OFF_TAIL = /^[ \t]*(?:$|\n|[,.!|(\-–—])/u;
const GREETING_TAIL = /^[ \t]*(?:$|\n|[,!:;.\-–—])/u;
const MAX_WORDS = 4;

type WordCase = 'title' | 'lower' | 'upper';
function caseOf(word: string): WordCase {
  if (/^\p{Ll}/u.test(word)) return 'lower';
  return /^\p{Lu}(?:[\p{Ll}'’.]|$)/u.test(word) ? 'title' : 'upper';
}

/** Whether a word of this case may stand in a name after this cue. */
function allowed(word: string, strength: Strength, lowerCue: boolean, upperCue: boolean): boolean {
  const c = caseOf(word);
  // A message in capitals ("HI I'M JANE DOE") writes names in capitals too.
  if (c === 'upper' && upperCue && strength !== 'titled') return /^\p{Lu}{2,}(?:['’-]\p{Lu}+)*$/u.test(word) && !NOT_A_NAME_ENDING.test(word);
  if (c === 'lower' && NOT_A_NAME_ENDING.test(word)) return false;
  if (strength === 'strong') return true;
  if (strength === 'titled' || strength === 'greeting') return c === 'title';
  if (strength === 'intro') return c === 'title' || (c === 'lower' && lowerCue);
  return c !== 'upper';
}

/** Reads a name starting at `pos`; returns its end, or undefined when the words there are not a name. */
function readName(text: string, pos: number, strength: Strength, cue: string): number | undefined {
  const lowerCue = !/\p{Lu}/u.test(cue);
  const upperCue = /\p{Lu}/u.test(cue) && !/\p{Ll}/u.test(cue);
  let end = pos;
  let words = 0;
  let at = pos;
  while (words < MAX_WORDS) {
    const w = WORD.exec(text.slice(at, at + 64))?.[0];
    if (!w) break;
    // "jane@example.com", "jane2": the word belongs to something else.
    if (/^[@\d_]/.test(text.charAt(at + w.length))) break;
    const lower = w.toLowerCase().replace(/’/g, "'");
    // "British-based", "UK-born": a compound ending in a common word describes, it does not name.
    const last = w.split('-').pop()!;
    if (w.includes('-') && /^\p{Ll}/u.test(last) && (NOT_A_NAME.has(last) || NOT_A_NAME_ENDING.test(last) || /^(?:born|like|style|wide)$/.test(last))) break;
    if (words > 0 && NAME_PARTICLES.has(lower)) {
      // A particle joins two parts of a name; it is kept only if a name word follows.
    } else {
      if (NOT_A_NAME.has(lower) || !allowed(w, strength, lowerCue, upperCue)) break;
      end = at + w.length;
      words += 1;
    }
    const gap = /^[ \t]+/.exec(text.slice(at + w.length, at + w.length + 8));
    if (!gap) break;
    at = at + w.length + gap[0].length;
  }
  if (words === 0) return undefined;
  // "our client Acme Corp": a company word inside or right after makes it an organisation, not a person.
  const next = /^[ \t]+([\p{L}]+)/u.exec(text.slice(end, end + 32))?.[1];
  if ([...text.slice(pos, end).split(/[ \t]+/), next ?? ''].some((w) => ORGANISATION_WORDS.has(w.toLowerCase()))) return undefined;
  const tail = text.slice(end, end + 16);
  if (strength === 'sign-off') return SIGN_OFF_TAIL.test(tail) ? end : undefined;
  if (strength === 'greeting') return GREETING_TAIL.test(tail) ? end : undefined;
  if (strength === 'intro') return (/^(?:this|it)/i.test(cue.trim()) ? THIS_IS_TAIL : INTRO_TAIL).test(tail) ? end : undefined;
  return end;
}

/** Names given in self-introductions, sign-offs, after a title, or as someone's colleague. */
export const detectNames: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  const push = (start: number, end: number) => {
    if (!out.some((f) => start < f.end && f.start < end)) out.push({ type: 'NAME', start, end });
  };
  for (const { pattern, strength } of CUES) {
    for (const m of text.matchAll(pattern)) {
      const start = (m.index ?? 0) + m[0].length;
      const end = readName(text, start, strength, m[0]);
      if (end !== undefined) push(start, end);
    }
  }
  for (const m of text.matchAll(HERE)) {
    const span = m.indices?.groups?.value;
    const value = m.groups?.value ?? '';
    if (span && value.split(/[ \t]+/).every((w) => !NOT_A_NAME.has(w.toLowerCase()))) push(span[0], span[1]);
  }
  return out;
};

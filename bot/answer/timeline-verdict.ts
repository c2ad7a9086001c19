import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { dateInWords, MONTH_NAMES, monthNumber } from '../../workflows/format.ts';
import { asksFine } from './fine-verdict.ts';
import type { Verdict } from './verdict.ts';

/** The EU AI Act by name, or one of the articles whose dates the timeline gives. */
const AI_ACT = /\b(?:eu )?ai act\b|\bartificial intelligence act\b|\bai regulation\b/i;
/** Asking what applies, or what must be met, by a date: "which ai act dates do we have to hit", "what applies by then". */
const ASKS_WHAT_APPLIES = /\b(?:apply|applies|applicable|in force|kicks? in|takes? effect|deadlines?|dates?|obligations?|duties|duty|rules|requirements?|comply|compliance|compliant|hit|meet|ready)\b/i;

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A date with its month and year, as typed: "1 sept 2026", "September 1st, 2026", "sept 2026", "2026-09-01". */
const TYPED_DATE = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(20\d\d)\b|\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(20\d\d)\b|\b${MONTH},?\s+(20\d\d)\b|\b(20\d\d)-(\d\d)-(\d\d)\b`, 'gi');

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The dates a message states with a month and a year, in the order typed: each as an ISO date (a month alone is its
 * 1st) and in words as precise as it was typed ("1 September 2026", "March 2028").
 */
export function typedDates(text: string): { iso: string; words: string; index: number }[] {
  return [...text.matchAll(TYPED_DATE)].map((m) => {
    if (m[7]) {
      const month = monthNumber(m[7]);
      return { iso: iso(Number(m[8]), month, 1), words: `${MONTH_NAMES[month - 1]} ${m[8]}`, index: m.index };
    }
    const at = m[1] ? iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])) : m[4] ? iso(Number(m[6]), monthNumber(m[4]), Number(m[5])) : iso(Number(m[9]), Number(m[10]), Number(m[11]));
    return { iso: at, words: dateInWords(at), index: m.index };
  });
}

/**
 * Words saying a rule takes effect on the date after them ("high-risk rules kick in aug 2026", "applies from 2 august
 * 2026"): the asker's claim about the timeline, not a date of theirs to measure it by.
 */
const TAKES_EFFECT_BEFORE = /\b(?:kicks?\s+in|kicking\s+in|appl(?:y|ies)|come(?:s)?\s+into\s+(?:force|effect)|takes?\s+effect|starts?|begins?|enforced|in\s+force|land(?:s)?)(?:\s+(?:on|in|from|by|around))?\s*$/i;
/** How far before a date its verb may stand. */
const TAKES_EFFECT_REACH = 40;
/** How far before a claimed date the rule it is claimed of may be named ("high-risk ai act rules kick in aug 2026"). */
const CLAIMED_RULE_REACH = 80;
/** The words naming each stage of the timeline (by its id in the data file) in a claim about when it applies. */
const STAGE_WORDS: Record<string, RegExp> = {
  prohibitions: /\b(?:prohibit\w*|bann?ed|article 5|(?:ai )?literacy)\b/i,
  gpai: /\b(?:gpai|general[- ]purpose|article 53)\b/i,
  transparency: /\b(?:transparency|chatbots?|deepfakes?|article 50)\b/i,
  'annex-iii': /\bhigh[- ]risk\b|\bannex iii\b/i,
  'annex-i': /\bhigh[- ]risk\b|\bannex i\b(?!i)/i,
};
type Stage = ReturnType<typeof loadPrices>['ai_act_dates']['stages'][number];

/**
 * A claim that a stage applies from a date the timeline contradicts ("high-risk ai act rules kick in aug 2026 for
 * everyone"): "No: <the stage> apply from <its date>, not <the date claimed>.", cited to the page stating those dates.
 * Undefined when the claim names no stage, or names stages of more than one page, or gets the date right.
 */
function claimCorrection(question: string, claimed: { iso: string; words: string; index: number }, stages: Stage[], card: string): Verdict | undefined {
  const clause = question.slice(Math.max(0, claimed.index - CLAIMED_RULE_REACH), claimed.index).split(/[.?!;]/).at(-1) ?? '';
  const named = stages.filter((s) => STAGE_WORDS[s.id]?.test(clause));
  const source = named[0]?.source;
  if (!named.length || named.some((s) => s.source !== source)) return undefined;
  // A month typed alone is right when the stage applies within that month.
  const monthOnly = !/\d/.test(claimed.words.split(' ')[0] ?? '');
  const same = (s: Stage) => (monthOnly ? s.from.slice(0, 7) === claimed.iso.slice(0, 7) : s.from === claimed.iso);
  if (named.some(same)) return undefined;
  const text = `No: ${joinClauses(named.map((s) => `${s.label}${s.label.includes(',') ? ',' : ''} apply from ${dateInWords(s.from)}`))}, not ${claimed.words}.`;
  return { text, cardId: card, title: cardTitle(card) ?? card, url: source ?? null };
}

/** "a; b; and c", for clauses that hold commas of their own. */
const joinClauses = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items.at(-1)}`);

/**
 * Which EU AI Act stages apply by the date a message gives ("our chatbot launches 1 sept 2026 in the eu. which ai act
 * dates do we have to hit?"): those from the data file's timeline up to that date, each with the date it applies
 * from, then the next still to come. The message's last date is the one asked about ("…launches 1 june 2026… launch
 * just slipped to 1 sept 2026"), unless it is a date a stage is claimed to take effect on, which is checked instead
 * (`claimCorrection`). Undefined when the message does not name the AI Act, states no month and year, or asks no
 * question of what applies (a fine's size is the fine verdict's).
 */
export function timelineVerdict(question: string): Verdict | undefined {
  // (A fine's size is the fine verdict's question.)
  if (!AI_ACT.test(question) || !ASKS_WHAT_APPLIES.test(question) || asksFine(question)) return undefined;
  const timeline = loadPrices().ai_act_dates;
  const stages = [...timeline.stages].sort((a, b) => a.from.localeCompare(b.from));
  const dates = typedDates(question);
  // A date the message says a rule takes effect on is a claim to check against the timeline, not the asker's own date.
  const claims = dates.filter((d) => TAKES_EFFECT_BEFORE.test(question.slice(Math.max(0, d.index - TAKES_EFFECT_REACH), d.index)));
  const corrected = claims.map((d) => claimCorrection(question, d, stages, timeline.card)).find(Boolean);
  if (corrected) return corrected;
  const typed = dates.filter((d) => !claims.includes(d)).at(-1);
  // A date before the first stage, or after the last (when every stage applies), is left to the card's sentences.
  if (!typed || typed.iso < (stages[0]?.from ?? '') || typed.iso > (stages.at(-1)?.from ?? '')) return undefined;
  const date = typed.iso;
  const applied = stages.filter((s) => s.from <= date);
  const next = stages.find((s) => s.from > date);
  const from = (s: (typeof stages)[number]) => `${s.label}, from ${dateInWords(s.from)}`;
  // Cited to the page stating the stages that apply; the next stage is told only when that page states it too (the
  // Digital Omnibus dates are another page's, which the card's sentences beneath the verdict cite).
  const url = applied.at(-1)?.source ?? null;
  const later = next && next.source === url ? ` Next to apply: ${from(next)}.` : '';
  const text = `By ${typed.words} these EU AI Act stages apply: ${joinClauses(applied.map(from))}.${later}`;
  const card = timeline.card;
  return { text, cardId: card, title: cardTitle(card) ?? card, url };
}

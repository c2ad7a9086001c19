/**
 * Monthly AI spend in pounds from a message: picks, among the amounts of money, the one that is the AI bill
 * ("about £600 a month", "$4k/mo on openai", "£30k a year", "30 grand annually"), puts it per month and in GBP.
 */
import type { Prices } from '../prices.ts';
import { findAmounts, findUnheldAmounts, type Amount, type Currency } from './amounts.ts';
import { isCorrection } from './mentions.ts';
import { money, toGbp } from './rates.ts';
import type { Reading } from './reading.ts';
import { clauseEnd, clauseStart, sentenceAround, wordsAt, type Prepared } from './text.ts';

/** A period a bill may be stated for. */
export type BillPeriod = 'month' | 'year' | 'quarter' | 'week' | 'day';

const UNIT_MONTHS: [RegExp, number, BillPeriod][] = [
  [/^(month|months|mo|mos|mth|mths|m|pcm|pm|monthly)$/, 1, 'month'],
  [/^(year|years|yr|yrs|y|annum|pa|p\.a\.|annually|yearly|annual)$/, 1 / 12, 'year'],
  [/^(quarter|quarters|qtr|q|quarterly)$/, 1 / 3, 'quarter'],
  [/^(week|weeks|wk|wks|w|weekly)$/, 52 / 12, 'week'],
  [/^(day|days|daily)$/, 365 / 12, 'day'],
];

/** "a month", "/mo", "per annum", "monthly", "pcm", "each week" right after the amount (a few words may sit between, "zł" among them). */
const PERIOD_AFTER = /^(?:[\s\w'ł-]{0,40}?\s)?(?:(?:a|an|per|each|every|this|last|\/|p\/?|in a|over a|for the|for a)\s?(month|mo|mth|year|yr|annum|quarter|qtr|week|wk|day|m|y)s?\b|(monthly|annually|yearly|annual|quarterly|weekly|daily|pcm|pa|p\.a\.|pm)\b)/;
/** "monthly spend of", "our annual budget is", "per month we spend" before the amount, in the same clause. */
const PERIOD_BEFORE = /\b(monthly|annual|annually|yearly|quarterly|weekly|daily|(?:a|per|each|every|this) (?:month|year|quarter|week|day))\b/g;

const SPEND_CUE = /\b(spend|spends|spending|spent|bill|bills|billing|budget|budgeted|costs?|costing|paying|pay|pays|invoice|invoices|usage|api|apis|tokens?|openai|anthropic|claude|gpt|chatgpt|azure|bedrock|vertex|gemini|mistral|llm|llms|ai|inference|run rate)\b/;
const PROJECTED = /\b(expect|expected|expecting|projected|projection|forecast|will be|will hit|going to|likely|anticipate|next year|soon|grow(?:ing|s)? to|scale to|heading|by (?:q\d|next|the end))\b/;
/** Money that is not the AI bill: revenue, salaries, funding, fines, a quote or a budget for GPUs or for self-hosting. */
const NOT_SPEND = /\b(revenue|turnover|salary|salaries|raised|raise|funding|valuation|arr|fine|fines|penalty|worth(?!\s+(?:it|that|doing|paying|switching|moving|the (?:switch|move|effort|hassle|money|cost))\b)|per seat|per user|per head|per licen[cs]e|per employee|gpus? (?:costs?|would)|a10gs?|h100s?|a100s?|quoted?|quotes|self[- ]host\w* (?:would |will )?costs?|hosting would|crossover|gpus? budget|(?:hosting|hardware|compute) budget|budget for (?:the )?(?:gpus?|hosting|hardware|compute|self[- ]host\w*))\b/;
/** Right after an amount: a unit price ("$2 per million tokens", "30c/mtok", "$2.69 an hour"), not a bill. */
const UNIT_PRICE_AFTER = /^\s?(?:(?:per|a|an|\/)\s?(?:million|mil|mtok|1m|1k|thousand|token|tokens|hour|hr|h|gpu[- ]hours?|call|request|query|image|page|minute|min)\b|(?:per|\/)\s?m\s?tok(?:en)?s?\b)/i;
/** Right after an amount: what each person, seat or licence pays ("£20 each", "$30 a head", "€25/user"), not each month. */
const PER_PERSON_AFTER = /^\s?(?:each(?!\s+(?:month|year|quarter|week|day)s?\b)|apiece|a (?:head|seat|user|person|licen[cs]e)\b|\/\s?(?:seat|user|head|person|licen[cs]e)\b)/;
/**
 * A quote for an API's usage ("the claude quote is ~£2.5k/mo") is the bill the asker would pay on the API, the spend
 * a self-hosting quote is weighed against; a quote for hosting, GPUs or a box is not.
 */
const QUOTE = /\bquot(?:e|ed|es)\b/;
const QUOTES = new RegExp(QUOTE.source, 'g');
const API_NAMED = /\b(api|apis|openai|anthropic|claude|gpt|chatgpt|gemini|azure|bedrock|vertex|mistral)\b/;
const HOSTED = /\b(host\w*|gpus?|servers?|box|boxes|hardware|rigs?|(?:a10g|h100|a100|l40|l4)s?|on[- ]?prem\w*|own model|in[- ]house|datacentre|data center|colo)\b/;
function apiQuote(clause: string): boolean {
  return QUOTE.test(clause) && !NOT_SPEND.test(clause.replace(QUOTES, ' ')) && API_NAMED.test(clause) && !HOSTED.test(clause);
}

/** What self-hosting would cost, as quoted or estimated: "a hosting firm quoted ~£1.5k/mo for a llama box". */
const HOSTING_PRICED = new RegExp(`${QUOTE.source}|\\b(would (?:cost|be|run)|will cost|estimate[sd]?|comes? (?:to|in at))\\b`);
const hostingPriced = (clause: string) => HOSTING_PRICED.test(clause) && HOSTED.test(clause);

/** Counts that look like amounts: "3k users", "2m tokens", "12 person team". */
/**
 * People and places a figure counts ("~200k consumers", "40 clinics"): a headcount or a reach, never money.
 */
const COUNTED_PEOPLE = String.raw`consumers?|subscribers?|clients?|students?|pupils?|learners?|visitors?|readers?|viewers?|listeners?|followers?|players?|shoppers?|citizens?|residents?|tenants?|policyholders?|beneficiaries|applicants?|candidates?|installs?|downloads?|accounts?|devices?|workers?|colleagues?|agents?|branches?|stores?|shops?|clinics?|schools?|sites?|offices?`;
export const COUNT_AFTER = new RegExp(String.raw`^\s?-?(${COUNTED_PEOPLE}|users?|maus?|daus?|requests?|calls?|tokens?|customers?|employees?|staff|people|person|documents?|docs|messages?|queries|emails?|records?|tickets?|pages?|words?|rows?|patients?|members?|seats?|licen[cs]es?|gpus?|hours?|hrs?|minutes?|mins?|months?|years?|weeks?|days?|percent|x|times|ml|engineers?|devs?|developers?|chats?|conversations?|transactions?|files?|images?|hits?|visits?|queries|b|params|parameters)\b|^\s?%`);

interface Candidate {
  amount: Amount;
  months: number;
  period?: BillPeriod;
  periodEnd: number;
  score: number;
  corrected: boolean;
}

/**
 * A period just before a bracket that opens on the amount: the amount converts a bill typed before it ("CHF 900/month on
 * claude (≈£800)", "¥250,000 a month (call it £1,300)"), so it is for that bill's period.
 */
const CONVERTED_FROM = /(?:(?:\b(?:a|an|per|each|every)\s|\/\s?)(month|mo|mth|year|yr|annum|quarter|qtr|week|wk|day)s?|\b(monthly|annually|yearly|annual|quarterly|weekly|daily|pcm|pa|pm))(?:\s+[\w'-]+){0,3}\s*\(\s*(?:≈|~|=|about|approx\.?|approximately|roughly|around|call it|i\.e\.?,?|ie|so|that's|thats)?\s*$/i;

/** The period a unit word names ("mo", "annum", "weekly"), as months, ending at `end`; undefined for none. */
function periodNamed(word: string | undefined, end: number): { months: number; period: BillPeriod; end: number } | undefined {
  const hit = word ? UNIT_MONTHS.find(([re]) => re.test(word)) : undefined;
  return hit ? { months: hit[1], period: hit[2], end } : undefined;
}

function periodOf(text: string, a: Amount): { months: number; period?: BillPeriod; end: number } {
  const converted = CONVERTED_FROM.exec(text.slice(Math.max(0, a.start - 60), a.start));
  const fromConverted = periodNamed(converted?.[1] ?? converted?.[2], a.end);
  if (fromConverted) return fromConverted;
  const end = clauseEnd(text, a.end);
  const after = PERIOD_AFTER.exec(text.slice(a.end, end));
  const typedAfter = after ? periodNamed(after[1] ?? after[2], a.end + after[0].length) : undefined;
  if (typedAfter) return typedAfter;
  const lead = text.slice(clauseStart(text, a.start), a.start);
  const before = [...lead.matchAll(PERIOD_BEFORE)].at(-1)?.[1];
  return periodNamed(before?.split(' ').at(-1) ?? before, a.end) ?? { months: 1, end: a.end };
}

/** Nouns a figure counts rather than prices: "tickets", "users", "prompts". */
const COUNTED_NOUNS = String.raw`${COUNTED_PEOPLE}|users?|requests?|calls?|tokens?|prompts?|customers?|employees?|people|documents?|docs|messages?|queries|emails?|records?|tickets?|pages?|words?|rows?|patients?|members?|seats?|transactions?|files?|images?|chats?|conversations?|claims?|examples?|samples?|labels?|cases?|contracts?|cvs?|resumes?|reviews?|orders?|items?|transcripts?|articles?|products?`;
/** A count with a word or two describing it: "2m short tickets", "500 new users a day" (never "3k a month"). */
const COUNT_AFTER_WORDS = new RegExp(String.raw`^\s?(?!(?:a|an|per|each|every|this|the|of|for|in|on|to|worth|or|and|monthly|weekly|yearly|annual|annually|daily|quarterly)\s)(?:[a-z-]+\s){1,2}(${COUNTED_NOUNS})\b(?!\s+(?:bills?|spend|costs?|budget|invoices?))`);

/**
 * A counted noun just before a figure without a currency makes it a count: "prompts over 200k", "a context of 128k",
 * "users above 100k".
 */
const COUNT_BEFORE = new RegExp(String.raw`\b(?:${COUNTED_NOUNS}|context(?: window)?s?|staff|mau|dau|visits?)\s+(?:(?:of|over|above|under|below|past|beyond|at|around|about|up to|more than|less than|fewer than|bigger than|longer than)\s+)?[~>< ]*$`, 'i');

/** A model's name just before a bare figure makes it a version, not money: "llama 4 maverick on runpod per month". */
const VERSION_BEFORE = /\b(?:llama|gpt|claude|gemini|gemma|qwen|mistral|mixtral|ministral|phi|deepseek|olmo|falcon|grok|opus|sonnet|haiku|granite|nova)[- ]?v?$/i;

function candidate(text: string, a: Amount): Candidate | undefined {
  if (COUNT_AFTER.test(text.slice(a.end, a.end + 16))) return undefined;
  // A price for each person or seat ("it's like £20 each vs the business plan", "£25/seat") is no team's bill.
  if (PER_PERSON_AFTER.test(text.slice(a.end, a.end + 24))) return undefined;
  // Nor is a price per token or per hour ("a model under $2 per million tokens").
  if (UNIT_PRICE_AFTER.test(text.slice(a.end, a.end + 24))) return undefined;
  if (!a.currency && !a.scaled && VERSION_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) return undefined;
  if (!a.currency && COUNT_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) return undefined;
  // Without a currency, a figure followed by a word or two and a counted noun is a count, not money.
  if (!a.currency && COUNT_AFTER_WORDS.test(text.slice(a.end, a.end + 40))) return undefined;
  const [s, e] = sentenceAround(text, a.start);
  const sentence = text.slice(s, e);
  const clause = text.slice(clauseStart(text, a.start), clauseEnd(text, a.end));
  if ((NOT_SPEND.test(clause) || hostingPriced(clause)) && !apiQuote(clause)) return undefined;
  const p = periodOf(text, a);
  const cue = SPEND_CUE.test(sentence);
  // A bare number is money only with a currency, a "k"/"grand", or a period ("2500/month"; counts such as
  // "200 tickets a day" were excluded above, and a handful a month is not a bill).
  if (!a.currency && !a.scaled && !(p.period && (cue || a.value >= 50))) return undefined;
  const score = (cue ? 2 : 0) + (p.period ? 1 : 0) + (a.currency ? 1 : 0) + (PROJECTED.test(clause) ? 0.5 : 0);
  return asCandidate(a, p, score, isCorrection(text, a.start));
}

/** An amount with its period, as a candidate bill. */
function asCandidate(a: Amount, p: ReturnType<typeof periodOf>, score: number, corrected: boolean): Candidate {
  return { amount: a, months: p.months, period: p.period, periodEnd: p.end, score, corrected };
}

/** "£2k a month on openai plus £800 on claude": two bills added up, never a before-and-after or an either-or. */
const ADDITIVE = /^[^.;!?]{0,60}?\b(?:plus|and|also|as well as|on top(?: of that)?|another|\+|&)\b[^.;!?]{0,20}$|^[^.;!?]{0,60}?(?:\+|&)[^.;!?]{0,20}$/;
const NOT_ADDITIVE = /\b(now|currently|was|were|used to|expect\w*|project\w*|forecast|next|soon|will|or|to|but|maybe|between|from|actually|rather|instead|later)\b/;

function monthly(c: Candidate, prices?: Prices): { gbp: number; notes: string[] } {
  const { amount, months, period } = c;
  const perMonth = amount.value * months;
  const currency = amount.currency ?? 'GBP';
  const { gbp, note: rateNote } = toGbp(perMonth, currency, prices);
  const notes = [
    amount.range ? `the middle of the range, ${money(amount.value, currency)}` : '',
    period && period !== 'month' ? `${money(amount.value, currency)} a ${period} is ${money(perMonth, currency)} a month` : '',
    period ? '' : 'no period given, so taken as a month',
    amount.currency ? '' : 'no currency given, so taken as pounds',
    rateNote ?? '',
  ].filter(Boolean);
  return { gbp, notes };
}

/** The best candidate and any bills added to it in the same breath. */
function billsWith(text: string, candidates: Candidate[], best: Candidate): Candidate[] {
  const group = [best];
  const i = candidates.indexOf(best);
  const joined = (a: Candidate, b: Candidate) => {
    const gap = text.slice(a.periodEnd, b.amount.start);
    return ADDITIVE.test(gap) && !NOT_ADDITIVE.test(gap);
  };
  for (let j = i - 1; j >= 0 && joined(candidates[j]!, group[0]!); j--) group.unshift(candidates[j]!);
  for (let j = i + 1; j < candidates.length && joined(group.at(-1)!, candidates[j]!); j++) group.push(candidates[j]!);
  // A bill with no period of its own takes its neighbour's ("£2k a month on openai and £500 on claude").
  const period = group.find((c) => c.period);
  return group.map((c) => (c.period || !period ? c : { ...c, months: period.months, period: period.period }));
}

/** The amounts that are the AI bill: a correction, or the best-supported figure with any bills added to it. */
function chosenBills(p: Prepared): Candidate[] | undefined {
  const candidates = findAmounts(p.text).flatMap((a) => candidate(p.text, a) ?? []);
  if (!candidates.length) return undefined;
  const corrected = candidates.filter((c) => c.corrected);
  // A correction wins; otherwise the best-supported figure, and of equals the later (people refine as they go).
  const best = corrected.at(-1) ?? candidates.reduce((a, b) => (b.score >= a.score ? b : a));
  return corrected.length ? [best] : billsWith(p.text, candidates, best);
}

/** The AI bill as the asker typed it: its amount in their currency, per the period they gave (a month when none). */
export interface TypedBill {
  value: number;
  currency: Currency;
  period: BillPeriod;
}

/**
 * The AI bill in the asker's own currency and period ("~$6k a month", "£30k a year"), for sums that need no
 * conversion; undefined when there is none, or its parts are in different currencies or periods.
 */
export function readBill(p: Prepared): TypedBill | undefined {
  const bills = chosenBills(p);
  if (!bills?.length) return undefined;
  const currencies = new Set(bills.map((c) => c.amount.currency ?? 'GBP'));
  const periods = new Set(bills.map((c) => c.period ?? 'month'));
  const [currency] = currencies;
  const [period] = periods;
  if (currencies.size > 1 || periods.size > 1 || !currency || !period) return undefined;
  return { value: bills.reduce((sum, c) => sum + c.amount.value, 0), currency, period };
}

/**
 * The currency of a bill the message states in money the stored rates do not hold ("~CHF 6,000 a month on a us ai
 * api" -> "CHF"): it is never read as pounds, and the recommendation must not be made as if no spend were stated.
 */
export function unheldSpend(p: Prepared): string | undefined {
  return findUnheldAmounts(p.text).find((a) => candidate(p.text, a) !== undefined)?.unheld;
}

/** The monthly AI spend in GBP, with the words it came from and how it was converted. */
export function readSpend(p: Prepared, prices?: Prices): Reading<number> | undefined {
  const bills = chosenBills(p);
  return bills?.length ? monthlyReading(p, bills, prices) : undefined;
}

/** Bills (one or several added up) as a monthly GBP reading, with the words they came from and how they were converted. */
function monthlyReading(p: Prepared, bills: Candidate[], prices?: Prices): Reading<number> {
  const parts = bills.map((c) => monthly(c, prices));
  const gbp = parts.reduce((sum, x) => sum + x.gbp, 0);
  const notes = [...(bills.length > 1 ? [`${bills.length} bills added up`] : []), ...new Set(parts.flatMap((x) => x.notes))];
  return { value: Math.round(gbp), words: wordsAt(p, bills[0]!.amount.start, bills.at(-1)!.periodEnd), ...(notes.length ? { note: notes.join('; ') } : {}) };
}

/** What an amount pays for, right after it: people's time ("£1,000 staff", "£1k of engineering") or the hosting. */
const PEOPLE_AFTER = /^\s?(?:(?:a|per)\s+month\s+|\/\s?mo(?:nth)?\s+|pm\s+)?(?:of\s+|in\s+|for\s+)?(?:devops|engineering|engineers?|staff|people|ops|salar\w*|headcount|support)\b/;

/** One part of what self-hosting would cost, in pounds a month: the hosting, or people's time to run it. */
export interface SelfHostPart {
  gbp: number;
  people: boolean;
  /** The amount as typed, with its period when it was not a month ("$24,000 a year"). */
  typed: string;
}

/**
 * The parts of what the message says self-hosting would cost ("self-hosting would be £1,500 infra + £1,000 staff"),
 * each in pounds a month: every amount in money in a clause pricing the hosting. Empty when there is none.
 */
export function readSelfHostParts(p: Prepared, prices?: Prices): SelfHostPart[] {
  const parts: SelfHostPart[] = [];
  let last: Amount | undefined;
  for (const a of findAmounts(p.text)) {
    if (!a.currency) continue;
    const clause = p.text.slice(clauseStart(p.text, a.start), clauseEnd(p.text, a.end));
    // An amount added on to one already read ("£1,500 infra + £1,000 staff") is part of the same estimate.
    const added = last !== undefined && JOINED_ON.test(p.text.slice(last.end, a.start));
    if (!hostingPriced(clause) && !added) continue;
    const { months, period } = periodOf(p.text, a);
    const { gbp } = toGbp(a.value * months, a.currency, prices);
    parts.push({ gbp, people: PEOPLE_AFTER.test(p.text.slice(a.end, a.end + 30)), typed: `${money(a.value, a.currency)}${period && period !== 'month' ? ` a ${period}` : ''}` });
    last = a;
  }
  return parts;
}

/** What joins an amount onto the one before it: "£1,500 infra + £1,000 staff", "£1.5k hosting and £1k of devops". */
const JOINED_ON = /^\s?(?:(?:a|per)\s+month\s+|\/\s?mo(?:nth)?\s+)?(?:[a-z]+\s+){0,2}(?:\+|plus|and|,)\s*(?:another\s+|about\s+|~\s?)?$/;

/**
 * A monthly price the message gives for hosting a model itself (a quote or estimate for hosting, GPUs or a box), in
 * GBP: the figure weighed against the API bill. Undefined when there is none, or more than one.
 */
export function readHostingQuote(p: Prepared, prices?: Prices): Reading<number> | undefined {
  const quoted = findAmounts(p.text).flatMap((a) => {
    if (COUNT_AFTER.test(p.text.slice(a.end, a.end + 16)) || !(a.currency || a.scaled)) return [];
    const clause = p.text.slice(clauseStart(p.text, a.start), clauseEnd(p.text, a.end));
    if (!hostingPriced(clause)) return [];
    return [asCandidate(a, periodOf(p.text, a), 0, false)];
  });
  return quoted.length === 1 ? monthlyReading(p, quoted, prices) : undefined;
}

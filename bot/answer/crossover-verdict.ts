import { speaksOfAi } from '../../workflows/decision/situation/asks.ts';
import { cardTitle } from '../../knowledge/load-cards.ts';
import { crossover, FIXED_COST, loadPrices } from '../../workflows/decision/prices.ts';
import { readField } from '../../workflows/decision/situation/extract.ts';
import { readHostingQuote, readSelfHostParts, unheldSpend } from '../../workflows/decision/situation/spend.ts';
import { STEADY_ONLY } from '../../workflows/decision/situation/reasons.ts';
import { prepare } from '../../workflows/decision/situation/text.ts';
import { formatMoney } from '../../workflows/format.ts';
import { asksForCall, firstYesNo, questionKind, sentencesOf, type QuestionAnalysis } from './question.ts';
import type { Verdict } from './verdict.ts';

/** Running one's own model: naming it weighs it ("self host yet?", "run it ourselves or wait?"). */
const SELF_HOSTING = /\b(self[- ]?host\w*|own (gpus?|hardware|infrastructure|servers?|kit|boxe?s?|models?|llms?)|on[- ]?prem\w*|in[- ]?house|host (it|them|one|a model|models|our own|ourselves|locally)|run (it|llama|a model|models|our own|locally|ourselves))\b/i;
/** Moving off what the asker runs now ("should we move?", "switch?"), and moving onto an API, which is the other way. */
const MOVE = /\b(?:move|moving|switch|switching|migrate|migrating)\b/i;
const TO_API = /\b(?:to|onto)\s+(?:an?\s+|the\s+)?(?:closed\s+)?(?:api|apis|openai|anthropic|claude|gpt|gemini|chatgpt)\b/i;
/** Kinds of model or service that a question may name without weighing them ("how is an open-weight model different?"). */
const OPTIONS = /\b(open[- ]?weights?|(?:free|open|open[- ]?source|free[- ]to[- ]download) (?:\w+ )?models?|closed api|the api|an api|api bill)\b/i;
/** Words weighing the cost of the options or the choice between them. */
const WEIGHS = /\b(should|shall|cheaper|cheapest|costs?|costing|save|saving|savings|sense|switch|move|moving|migrate|go (?:for|with)|justif\w*|economics|roi|or not|better off|instead)\b/i;
/** Words weighing the crossover itself, whatever they name: "break even?", "worth it at that spend?". */
const ABOUT_CROSSOVER = /\b(worth it|pay off|break[- ]?even|crossover|waste of money|save (?:us |our )?(?:\w+ )?(?:money|cash)|money pit)\b/i;
/** Wanting the bill lower ("cfo wants it cheaper"), unless two named things are set side by side ("lambda or runpod cheaper?"). */
const CHEAPER = /\b(cheaper|cheapest)\b/i;
const SIDE_BY_SIDE = /\b(or|vs|versus|which)\b/i;
/**
 * Whether a text weighs self-hosting against an API. Which of two named things is cheaper is another question, and
 * an option named alone is not weighed ("how is an open-weight model different from a closed one?"), whatever spend
 * the message mentions; named and weighed, it is ("open models cheaper for us?").
 */
const weighsHosting = (text: string) => SELF_HOSTING.test(text) || ABOUT_CROSSOVER.test(text) || (CHEAPER.test(text) && !SIDE_BY_SIDE.test(text)) || (OPTIONS.test(text) && WEIGHS.test(text));
/** Whether a text weighs running a model oneself against an API, not merely what is cheaper. */
const weighsSelfHosting = (text: string) => SELF_HOSTING.test(text) || ABOUT_CROSSOVER.test(text) || (OPTIONS.test(text) && WEIGHS.test(text));
/** An asking clause this short leans on the clause before it for what it weighs ("sensible or a waste of money?"). */
const SHORT_ASK = 8;
/** The kinds of question the crossover settles. */
const WEIGHED_KINDS: ReadonlySet<string> = new Set(['should', 'yes-no', 'price', 'other', 'comparison', 'how']);

/** Whether the message says its spend is steady (true), swings (false), or says neither. */
function steady(question: string): boolean | undefined {
  const r = readField('spendPredictable', question);
  return typeof r?.value === 'boolean' ? r.value : undefined;
}

/** The message says nobody on the team runs GPUs. */
const noGpuSkills = (question: string) => readField('gpuCapability', question)?.value === 'none';

/** The message says its data is public or internal, and sets no rule that it stay in the UK or EU. */
function plainData(question: string): boolean {
  const kind = readField('dataClassification', question)?.value;
  return (kind === 'public' || kind === 'internal') && readField('residencyRequired', question)?.value !== true;
}

/**
 * The verdict's text for a monthly spend (`amount`: "£1,900 a month", with any conversion note). Below the band a
 * closed API wins on cost. Inside it cost does not decide, so the asker's own facts do: spend that swings, or nobody
 * to run GPUs, keeps the API for now. Above it the case rests on a steady load: said steady, self-hosting is likely to
 * pay; said to swing, not yet. When the asker's facts make the call, the call leads.
 */
function crossoverText(question: string, spend: number, amount: string, low: number, high: number, askedToMove = false): string {
  const at = `At ${amount}`;
  const lower = `at ${amount}`;
  // Asked whether to self-host or move off the API ("cfo says self hosting will obviously save money… should we
  // move?"), the no leads.
  if (spend < low) return askedToMove ? `No, not on cost: ${lower} you are below the ${formatMoney(low)} crossover, where a closed API is almost always cheaper once DevOps time is counted.` : `${at} you are below the ${formatMoney(low)} crossover: a closed API is almost always cheaper once DevOps time is counted.`;
  const said = steady(question);
  const noSkills = noGpuSkills(question);
  if (spend <= high) {
    const band = `the ${formatMoney(low)}-${formatMoney(high)} crossover band`;
    const why = said === false && noSkills ? 'your spend swings and nobody runs GPUs' : said === false ? 'your spend swings, while a fixed self-hosted cost needs a steady load' : noSkills ? 'nobody on the team runs GPUs' : plainData(question) ? 'the data you describe is not personal, with no rule keeping it in the UK or EU' : undefined;
    return why ? `Stay on the API for now: ${lower} you sit inside ${band}, where skills, data rules and growth decide rather than cost, and ${why}.` : `${at} you sit inside ${band}: cost alone does not decide, so skills, data rules and growth do.`;
  }
  const above = `${lower} you are above the ${formatMoney(high)} crossover`;
  if (said === false) return `Not yet: ${above}, but you say that spend swings, and ${STEADY_ONLY}.`;
  if (said === true) return `Self-hosting is likely to pay: ${above} and you say that spend is steady, and ${FIXED_COST}${noSkills ? ', though you would need people or a managed host to run the GPUs' : ''}.`;
  return `${at} you are above the ${formatMoney(high)} crossover: self-hosting starts to pay if that spend is steady and predictable, because ${FIXED_COST}.`;
}

/** The message says its hosting price already counts the people who run it. */
const STAFF_COUNTED = /\b(devops|engineer\w*|staff time|people cost|salar\w*|ops time|fully managed|incl\w* (?:support|staff|ops))\b/i;

/**
 * A price quoted for hosting a model beside the API bill ("a hosting firm quoted ~£1.5k/mo for a llama box") is the
 * hosting alone: the entry figures in prices.json add the DevOps time and the weeks to go live that such a quote
 * leaves out. Said only when those figures come from the crossover's own source, so one citation covers both.
 */
function hostingQuoteText(question: string, prices: ReturnType<typeof loadPrices>, url: string | undefined): string | undefined {
  const entry = prices.self_hosting_entry;
  if (!url || !entry.sources.some((s) => s.url === url) || STAFF_COUNTED.test(question)) return undefined;
  const quote = readHostingQuote(prepare(question), prices);
  if (!quote) return undefined;
  const [from, to] = entry.time_to_production_weeks;
  return `A hosting price of ${formatMoney(quote.value)} a month covers the hosting alone: internal DevOps time adds about ${formatMoney(entry.devops_gbp_per_month)} a month, and going live took ${from} to ${to} weeks in a worked case.`;
}

/**
 * What self-hosting at entry level costs, said after a spend below the band: the reason the API wins there ("…about
 * £1,500 a month for one A10G on a managed host plus about £1,000 of DevOps time, so it starts to pay only above about
 * £2,500 a month of steady spend"). Said only when those figures come from the crossover's own source.
 */
function entryCostText(prices: ReturnType<typeof loadPrices>, url: string | undefined, high: number): string | undefined {
  const entry = prices.self_hosting_entry;
  if (!url || !entry.sources.some((s) => s.url === url)) return undefined;
  return `Self-hosting at entry level costs about ${formatMoney(entry.infrastructure_gbp_per_month)} a month for one A10G on a managed host plus about ${formatMoney(entry.devops_gbp_per_month)} of DevOps time, so it starts to pay only above about ${formatMoney(high)} a month of steady spend.`;
}

/** The entry-level setup of the self-hosting entry figures, named without a price: "one managed a10g", "entry level". */
const ENTRY_SETUP = /\ba10g\b|\bentry[- ]level\b/i;

/** The difference between the two sides asked for: "difference over a year?", "how much would we save?", "by how much?". */
export const DIFFERENCE_ASKED = /\b(?:difference|delta|save|saves|saving|savings|by how much|how much (?:more|less|cheaper|dearer)|over a year|(?:a|per) year|annual(?:ly)?|yearly|per annum)\b/i;

/**
 * The API bill and what the message says self-hosting would cost, set side by side when the difference is asked:
 * "api costs us $3,000 a month; self-hosting would be £1,500 infra + £1,000 staff. difference over a year?" is answered
 * "Side by side, self-hosting at about £2,500 a month (£1,500 plus £1,000 of people's time) would cost about £139 a
 * month more than the API at £2,361, about £1,668 a year." With no people's time in the estimate, the DevOps time the
 * crossover's own source counts is added, and the answer says so.
 */
function differenceText(question: string, spend: number, prices: ReturnType<typeof loadPrices>, url: string | undefined): string | undefined {
  if (!DIFFERENCE_ASKED.test(question)) return undefined;
  const entry = prices.self_hosting_entry;
  // The entry figures share the crossover's source, so one citation covers both.
  const entryCited = url !== undefined && entry.sources.some((x) => x.url === url);
  // With no figure typed for it, the entry-level setup the message names ("if we self host on one managed a10g") is
  // costed at the entry figures, its DevOps time with it.
  const typed = readSelfHostParts(prepare(question), prices);
  const parts = typed.length ? typed : ENTRY_SETUP.test(question) && entryCited ? [{ typed: `about ${formatMoney(entry.infrastructure_gbp_per_month)} for one A10G GPU on a managed host`, gbp: entry.infrastructure_gbp_per_month, people: false }, { typed: `about ${formatMoney(entry.devops_gbp_per_month)} of DevOps time`, gbp: entry.devops_gbp_per_month, people: false }] : [];
  if (!parts.length) return undefined;
  // The DevOps time from the crossover's own source, when the estimate leaves people out (one citation covers both).
  const addsPeople = typed.length > 0 && !parts.some((x) => x.people) && !STAFF_COUNTED.test(question);
  if (addsPeople && !entryCited) return undefined;
  const own = parts.reduce((a, x) => a + x.gbp, 0) + (addsPeople ? entry.devops_gbp_per_month : 0);
  const made = [...parts.map((x) => `${x.typed}${x.people ? " of people's time" : ''}`), ...(addsPeople ? [`about ${formatMoney(entry.devops_gbp_per_month)} of DevOps time the estimate leaves out`] : [])];
  const gap = Math.abs(own - spend);
  const side = own > spend ? 'cost about' : 'save about';
  const more = own > spend ? ' more than' : ' against';
  return `Side by side, self-hosting at about ${formatMoney(own)} a month (${made.join(' plus ')}) would ${side} ${formatMoney(gap)} a month${more} the API at ${formatMoney(spend)}, about ${formatMoney(gap * 12)} a year.`;
}

/**
 * The crossover verdict with the asker's own number: "we spend £2,000 a month, should we self-host?" is answered
 * "At £2,000 a month you sit inside the £1,500-£2,500 crossover band…", from the thresholds in
 * knowledge/data/prices.json (never from prose). A spend in dollars or euros is converted with the dated rate kept
 * beside the prices, and the verdict says so.
 */
export function crossoverVerdict(question: string, whole: QuestionAnalysis): Verdict | undefined {
  // A yes or no asked first and a what or how after it ("does hosting our own model pay off yet, and how long would it
  // take to get live?") is weighed on its first ask, whatever kind the message reads as.
  const first = WEIGHED_KINDS.has(whole.kind) ? undefined : firstYesNo(whole.core);
  const analysis: QuestionAnalysis = first ? { core: first, qualifiers: whole.qualifiers, context: whole.context, kind: questionKind(first), quoted: whole.quoted } : whole;
  // The asking clause itself weighs the cost ("self host or not?", "closed api fine?"); "what did that firm end up
  // doing?" asks about something else, whatever spend the message mentions.
  const asking = analysis.asking ?? analysis.core;
  // So does any question the message asks about the crossover itself ("in £ where does that land vs the crossover, and
  // if it's in the grey middle what decides it?"), whichever clause the asking is read as.
  // So does a difference asked of the course a condition before it sets ("if we self host on one managed a10g, how much
  // more or less would we spend per month?").
  const weighed = weighsHosting(asking) || (asking.split(/\s+/).length <= SHORT_ASK && weighsHosting(analysis.core)) || sentencesOf(analysis.core).some((s) => /\?\s*$/.test(s) && ABOUT_CROSSOVER.test(s)) || (DIFFERENCE_ASKED.test(asking) && weighsSelfHosting(analysis.qualifiers));
  // A web host's renewal ("our wordpress hosting is £400/yr, move to a cheaper host?") is no model's hosting.
  if (!WEIGHED_KINDS.has(analysis.kind) || !weighed || !speaksOfAi(question)) return undefined;
  const spend = readField('monthlySpendGBP', question);
  const prices = loadPrices();
  const { low, high } = crossover(prices);
  const source = prices.crossover.sources[0];
  const verdict = (text: string): Verdict => ({ text, cardId: prices.crossover.card, title: cardTitle(prices.crossover.card) ?? prices.crossover.card, url: source?.url ?? null });
  if (!spend || typeof spend.value !== 'number' || !(spend.value > 0)) {
    // A bill in money the stored rates do not hold ("SEK 45,000 a month") is placed against no side of the band, and
    // no verdict on a "small" or "large" spend stands in for it: the band is given for the asker to place it.
    // Only a message weighing self-hosting itself: "how much cheaper per token is haiku?" weighs two models.
    const unheld = weighsSelfHosting(asking) || weighsSelfHosting(analysis.core) ? unheldSpend(prepare(question)) : undefined;
    return unheld ? verdict(unheldText(unheld, low, high, question)) : undefined;
  }
  const sideBySide = differenceText(question, spend.value, prices, source?.url);
  // A yes or no asked of one course away from the API: self-hosting, or moving, and no second course beside it.
  const askedToMove = asksForCall(analysis.kind) && !/\bor\b/i.test(asking) && (SELF_HOSTING.test(asking) || (MOVE.test(asking) && !TO_API.test(asking)));
  // Below the band, what self-hosting at entry level costs is why the API wins; above it, for a steady spend said to
  // pay with nobody to run GPUs, it is what the crossover already counts for the people who would.
  const entryCost = spend.value < low || (spend.value > high && steady(question) === true && noGpuSkills(question));
  const second = sideBySide ?? hostingQuoteText(question, prices, source?.url) ?? (entryCost ? entryCostText(prices, source?.url, high) : undefined);
  return verdict([crossoverText(question, spend.value, `${formatMoney(spend.value)} a month${spend.note ? ` (${spend.note})` : ''}`, low, high, askedToMove), second].filter(Boolean).join(' '));
}

/**
 * The crossover band for a spend typed in a currency the stored rates do not hold, said plainly, then what the asker's
 * own facts settle whatever the figure: spend that swings keeps the API, as it does at any spend; spend said steady
 * pays above the band; nobody to run GPUs needs people or a managed host.
 */
function unheldText(currency: string, low: number, high: number, question: string): string {
  const band = `The knowledge base holds no ${currency} exchange rate, so it cannot place your ${currency} spend against the crossover: below ${formatMoney(low)} a month a closed API is almost always cheaper once DevOps time is counted, and above ${formatMoney(high)} self-hosting starts to pay if that spend is steady and predictable, because ${FIXED_COST}.`;
  const said = steady(question);
  const noSkills = noGpuSkills(question);
  const skills = noSkills ? ', though nobody on your team runs GPUs, so you would need people or a managed host to run them' : '';
  if (said === false) return `${band} Whatever it comes to in pounds, you say that spend swings, and ${STEADY_ONLY}${skills}.`;
  if (said === true) return `${band} You say that spend is steady, so if it comes to more than ${formatMoney(high)} a month, self-hosting is likely to pay${skills}.`;
  return noSkills ? `${band} Nobody on your team runs GPUs, so self-hosting would need people or a managed host to run them.` : band;
}

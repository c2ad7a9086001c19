import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { centsMoney } from './price-wording.ts';
import type { Verdict } from './verdict.ts';

/** Words that say how busy a GPU is. */
const BUSY_WORDS = String.raw`busy|load(?:ed)?|utili[sz](?:ed|ation)|in use|used`;
/** Words that say how long a GPU does nothing: a share beside them is the rest of the day ("idle 70% of the time" is 30% load). */
const IDLE_WORDS = String.raw`idle|unused`;
/** Either: a share beside one says how busy the GPU is. */
const LOAD = new RegExp(String.raw`\b(?:${BUSY_WORDS}|${IDLE_WORDS})\b`, 'i');
const IDLE = new RegExp(String.raw`\b(?:${IDLE_WORDS}|doing nothing)\b`, 'i');
/** ...unless a word of being busy stands beside the share too. */
const BUSY = new RegExp(String.raw`\b(?:${BUSY_WORDS})\b`, 'i');
/** Words that ask for a cost per token. */
const PER_TOKEN = /\b(per (million|1m|m|mtok|token)|cost per|per-token|token cost|a million tokens)\b|\/\s?(mtok|1m|million)\b/i;

const FRACTIONS: Record<string, number> = { 'a quarter': 0.25, quarter: 0.25, 'a third': 1 / 3, third: 1 / 3, half: 0.5, 'two thirds': 2 / 3, 'three quarters': 0.75 };
/** "25%", "~40 percent", "a quarter", "half" near a load word ("busy ~25% of the day", "at a quarter load"). */
const SHARE = /(?:~|about |around |roughly )?(\d{1,3}(?:\.\d+)?)\s?(?:%|percent\b)|\b(a quarter|quarter|a third|third|half|two thirds|three quarters)\b/gi;
/** Hours of the day typed as a number or a word: "6", "six", "7.5". */
const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** Hours a day near a load word: "busy about six hours a day", "in use ~8 hrs/day" (a share of the 24-hour day). */
const HOURS_A_DAY = /(?:~|about |around |roughly |only |just )?(\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s?(?:hours?|hrs?|h)\s?(?:a|per|\/|each|of the|every)\s?day\b/gi;
/** An hourly price the asker quotes: "$2.69 an hour", "$3/hr". */
const HOURLY = /\$\s?(\d+(?:\.\d+)?)\s?(?:an? |per |\/\s?)(?:hour|hr|h)\b/i;
/** Shares of the day this far from a load word (in characters) describe it. */
const NEAR = 40;

/** A GPU busy all the time, said without a figure: "busy the whole time", "fully loaded", "flat out", "24/7". */
const FULL_LOAD = /\b(?:busy|running|used|in use|loaded|working)\s+(?:the\s+)?(?:whole|entire|all(?:\s+the)?)\s+(?:time|day)\b|\bfully\s+(?:loaded|used|utili[sz]ed|busy)\b|\bflat out\b|\bnever idle\b/i;
/** All the time, which says how busy the GPU is only beside a load word ("busy round the clock", not "rent it 24/7"). */
const ALWAYS = /\b(?:a?round) the clock\b|\b24\/7\b|\bnon-?stop\b/gi;

/** The GPU's load as a share of the day, when the message gives one beside a load word. */
export function readLoad(text: string): number | undefined {
  const near = (m: RegExpMatchArray) => text.slice(Math.max(0, (m.index ?? 0) - NEAR), (m.index ?? 0) + m[0].length + NEAR);
  // A share stated beside a load word settles it ("rent it 24/7 but it's busy a quarter of the time" is 25%).
  for (const m of text.matchAll(SHARE)) {
    if (!LOAD.test(near(m))) continue;
    const stated = m[1] ? Number(m[1]) / 100 : FRACTIONS[(m[2] ?? '').toLowerCase()];
    const share = stated !== undefined && IDLE.test(near(m)) && !BUSY.test(near(m)) ? 1 - stated : stated;
    if (share !== undefined && share > 0 && share <= 1) return share;
  }
  // Hours of the day the GPU is busy ("busy about six hours a day" is 25%); hours it is merely rented are no load.
  for (const m of text.matchAll(HOURS_A_DAY)) {
    if (!BUSY.test(near(m))) continue;
    const typed = (m[1] ?? '').toLowerCase();
    const hours = HOUR_WORDS[typed] ?? Number(typed);
    if (hours > 0 && hours <= 24) return hours / 24;
  }
  if (FULL_LOAD.test(text) || [...text.matchAll(ALWAYS)].some((m) => LOAD.test(near(m)))) return 1;
  return undefined;
}

/** "25%", "33%". */
const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The self-hosted cost per million output tokens at the asker's load, from the GPU figures in
 * knowledge/data/prices.json: "an h100 at $2.69 an hour, busy ~25% of the day, cost per million tokens?" is answered
 * "At 25% load, an H100 at $2.69 an hour producing 3,400 output tokens a second (Llama 3.1 8B) works out at about
 * $0.88 per million output tokens, against about $0.22 at full load." An hourly price the asker quotes replaces the
 * data's; the throughput is always the card's, and the sentence says which model it was measured on.
 */
export function utilisationVerdict(question: string): Verdict | undefined {
  if (!PER_TOKEN.test(question)) return undefined;
  const load = readLoad(question);
  if (load === undefined) return undefined;
  const t = loadPrices().self_hosted_throughput;
  const quoted = HOURLY.exec(question);
  const hourly = quoted ? Number(quoted[1]) : t.usd_per_hour;
  const perMillion = (share: number) => hourly / ((t.output_tokens_per_second * 3600 * share) / 1e6);
  const rig = `an ${t.gpu} at ${centsMoney(hourly)} an hour producing ${t.output_tokens_per_second.toLocaleString('en-GB')} output tokens a second (${t.model})`;
  const text =
    load === 1
      ? `At full load, ${rig} works out at about ${centsMoney(perMillion(1))} per million output tokens, before engineering time.`
      : `At ${percent(load)} load, ${rig} works out at about ${centsMoney(perMillion(load))} per million output tokens, against about ${centsMoney(perMillion(1))} at full load, before engineering time.`;
  const source = t.sources[0];
  return { text, cardId: t.card, title: cardTitle(t.card) ?? t.card, url: source?.url ?? null };
}

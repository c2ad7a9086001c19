/**
 * Whether the volume is steady enough to forecast: self-hosting is a fixed cost, so it only pays on a steady
 * load. Spikes, seasons and "no idea yet" read as not steady; when both are said, not steady wins (a fixed
 * GPU sized for the steady part still runs short at the peaks).
 */
import { cue, readFlag } from './flag.ts';
import type { Reading } from './reading.ts';
import { wordsAt, type Prepared } from './text.ts';
import { monthlyBills, STEADY_RATIO, SWINGS_RATIO } from './monthly-bills.ts';

const YES = cue(
  String.raw`steady|steadily|stable|predictable|consistent|constant|flat (?:usage|load|volume|demand|spend|traffic)|same every (?:month|week|day)|(?:doesn't|does not|don't|won't) (?:vary|change|fluctuate) much|24/7|round[- ]the[- ]clock|always[- ]on|fixed (?:volume|load|workload)|baseline load|easy to (?:forecast|predict)|(?:been|stayed|stays|remained|remains|pretty|fairly|very|basically|roughly) flat|flat (?:for|since|all year|month (?:to|on) month|as an? \w+|like an? \w+)|barely (?:moves?|moved|changes?|changed|varies|budges?|shifts?)|hardly (?:moves?|changes?|varies)|(?:doesn't|does not|don't|hasn't|has not) (?:move|moved|budge|budged|change|changed) much|holding steady|same (?:each|every) month`,
);
const NO = cue(
  String.raw`spiky|spikey|spikes?|spiking|bursty|bursts?|unpredictable|variable|varies|vary|varying|fluctuat\w*|seasonal|seasonality|up and down|all over the place|peaks?|peaky|lumpy|irregular|volatile|sporadic|erratic|ad[- ]hoc|hard to (?:predict|forecast)|(?:no|little) idea (?:(?:of|about) (?:the )?(?:volume|usage|load|demand)|how much|what)|(?:depends|dependent|depending) on (?:the )?(?:month|season|campaign|clients)|jump(?:s|ing)? around|bounc(?:es|ing) around|mov(?:es|ing) around|swings?|swinging|(?:varies|changes|moves) (?:a lot|wildly)|once a (?:quarter|year)|month[- ]end|year[- ]end|busy (?:season|periods?|months)|black friday|christmas rush`,
);

/**
 * Said in words first; failing that, a bill quoted month by month is steady when its amounts stay within
 * STEADY_RATIO of each other and not steady past SWINGS_RATIO (in between, it does not say).
 */
export function readSteadiness(p: Prepared): Reading<boolean> | undefined {
  const said = readFlag(p, { yes: YES, no: NO, prefer: false });
  if (said) return said;
  const billed = monthlyBills(p);
  if (!billed) return undefined;
  const ratio = Math.max(...billed.amounts) / Math.max(1e-9, Math.min(...billed.amounts));
  const value = ratio <= STEADY_RATIO ? true : ratio > SWINGS_RATIO ? false : undefined;
  return value === undefined ? undefined : { value, words: wordsAt(p, billed.start, billed.end) };
}

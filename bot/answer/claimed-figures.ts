import { checksClaim, claimSaid } from './question.ts';
import type { Verdict } from './verdict.ts';
import type { Composition } from './compose.ts';
import type { Catalogue } from '../../knowledge/entities/catalogue.ts';
import { readOn, verdictOn } from './affirmation.ts';

/**
 * A claim put up to be checked that states a figure the verdict contradicts: "heard deployers must keep logs for 3
 * months under the ai act. right?" is not answered "Yes: Article 26 requires deployers to keep the logs … for at least
 * six months", but "No: …". Only durations and percentages are compared, each with its own kind; prices have their own
 * check (`claimedPrices` in price-verdict.ts), and a yes stays a yes when the claim's figure is among the verdict's.
 */
export function withClaimedFigures(core: string, verdict: Verdict): Verdict {
  if (!YES_LEAD.test(verdict.text) || !checksClaim(core)) return verdict;
  return claimHolds(claimSaid(core), verdict.text) === false ? { ...verdict, text: verdict.text.replace(YES_LEAD, 'No:') } : verdict;
}

/**
 * Whether a text bears out the figures a claim states: undefined when it states none of the claim's kinds, true when
 * for each kind both state it holds one of the claim's values, false otherwise.
 */
function claimHolds(claim: string, text: string): boolean | undefined {
  const said = figuresIn(claim);
  const stated = figuresIn(text);
  const shared = [...said].filter(([kind]) => stated.has(kind));
  return shared.length ? shared.every(([kind, values]) => [...values].some((v) => stated.get(kind)!.has(v))) : undefined;
}

/**
 * With no verdict found, a claim put up to be checked whose figure the lead sentence confirms or contradicts is
 * answered yes or no on that lead: "someone said the max ai act fine is 6% of turnover. true?" gets "No: the EU AI Act
 * caps fines for prohibited AI practices at €35 million or 7% of worldwide annual turnover." Only when the lead names
 * a thing the claim names (or comes from a card that holds it), and states a figure of the claim's kind.
 */
export function claimedFigureVerdict(core: string, composition: Composition, catalogue: Catalogue): Verdict | undefined {
  const lead = composition.sentences[0];
  const cited = composition.citations[0];
  if (!lead || !cited || !checksClaim(core)) return undefined;
  const claim = claimSaid(core);
  const named = catalogue.mentions(claim).flatMap((m) => (m.entry ? [m.entry] : []));
  const itsNames = new Set(catalogue.mentions(lead.text).flatMap((m) => (m.entry ? [m.entry.name] : [])));
  if (!named.length || !named.some((e) => itsNames.has(e.name) || e.cards.includes(lead.chunk.cardId))) return undefined;
  const holds = claimHolds(claim, lead.text);
  return holds === undefined ? undefined : verdictOn(holds ? 'Yes' : 'No', readOn(lead.text), lead, cited);
}

/** A verdict opening on a yes, plain or qualified: "Yes:", "Yes, from 2 August 2026:". */
const YES_LEAD = /^Yes\b[^:.]{0,40}:/;

const WORD_VALUES: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30 };
const NUMBER = String.raw`(\d+(?:\.\d+)?|${Object.keys(WORD_VALUES).join('|')})`;
const DURATION = new RegExp(String.raw`\b${NUMBER}[\s-]*(day|week|month|year)s?\b`, 'gi');
const PERCENT = new RegExp(String.raw`\b${NUMBER}\s?(?:%|per ?cent\b)`, 'gi');
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30, year: 365 };
// ("a month" is a rate, "£2,500 a month", not a duration: "a" and "an" are no figures here.)

const valueOf = (n: string) => WORD_VALUES[n.toLowerCase()] ?? Number(n);

/** The durations (in days) and percentages a text states, by kind. */
function figuresIn(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (kind: string, value: number) => {
    if (!Number.isFinite(value)) return;
    if (!out.has(kind)) out.set(kind, new Set());
    out.get(kind)!.add(value);
  };
  for (const m of text.matchAll(DURATION)) add('duration', valueOf(m[1] ?? '') * (DAYS[(m[2] ?? '').toLowerCase()] ?? NaN));
  for (const m of text.matchAll(PERCENT)) add('percent', valueOf(m[1] ?? ''));
  return out;
}

import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { cueBefore } from './context.ts';
import type { Detector, PersonalDataFinding } from './types.ts';

/*
 * Phone numbers: our own scan finds runs of digits joined by the separators people type (spaces, dots, hyphens,
 * slashes, brackets: "07911/123/456", "+44 (0)20 7946 0958", "(415) 555-2671"); libphonenumber-js judges each run
 * against its country's numbering plan. The run is tried longest first, so a phone number next to another number
 * ("room 12 07911 123456") is still found.
 */
const RUN = /(?<![\w+.-]|(?<!wa\.me)\/)(?:\+[ \t]?|\(\+?)?\d(?:(?:[ \t.\-/]|\)[ \t.\-/]?|[ \t.\-/]?\()?\d)*/g;

/** Words that announce a phone number; with one, national numbers of other countries count too. */
const PHONE_CUE = /(?:\b(?:call(?:ing)?|phone|tel|telephone|mobile|mob|cell(?:phone)?|ring|text|sms|whats ?app|signal|fax|landline|dial|contact|reach|hotline|helpline|my number|number is|numero|telefon|telefono|téléphone|portable|handy)\b|\b[mtp][:.]|☎|📞)/i;
/** Reference numbers look like phone numbers: "invoice #0045-2231-9987", "order no 07911 123456" is an order. */
const IDENTIFIER_CUE = /(?:\b(?:invoice|inv|order|ticket|ref|reference|po|id|case|sku|serial|build|version|isbn|doi|tracking|account|acct|policy|claim|booking|confirmation)\b[^\n\d]{0,12}|#[ \t]*)$/i;
/** The countries whose national (trunk "0") format is common in our users' messages, GB first. */
const TRUNK_COUNTRIES: CountryCode[] = ['GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'AT', 'CH', 'AU', 'NZ', 'IN', 'ZA'];
/** National formats without a trunk prefix, tried only after a cue. */
const OTHER_COUNTRIES: CountryCode[] = ['US', 'CA', 'ES', 'IT', 'PT', 'DK', 'NO', 'SE', 'PL'];
/** Calling codes whose numbers count without "+" and without a cue (the bot's home markets). */
const PLUS_OPTIONAL = ['44', '353'];
/** North American grouping: (415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-0199. */
const NANP_SHAPE = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}$/;
/** Dates and times are digit runs too: 01/02/2024, 2024-01-15, 15.01.24. */
const DATE_SHAPE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/;
/** A single digit then a dot is a decimal (0.123456789), not a dialling code. */
const DECIMAL = /^\d\.\d/;

function isPhone(candidate: string, cue: boolean): boolean {
  // "+44 (0)20 …": the bracketed trunk 0 is dropped when dialling from abroad; in "(0)7911 …" it is the trunk prefix.
  const international = candidate.includes('+') || /^\(?00/.test(candidate);
  const digits = (international ? candidate.replace(/\(0\)/g, '') : candidate).replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 17 || DATE_SHAPE.test(candidate) || DECIMAL.test(candidate)) return false;
  if (candidate.includes('+')) return parsePhoneNumberFromString(candidate)?.isPossible() === true;
  if (digits.startsWith('00')) return parsePhoneNumberFromString(`+${digits.slice(2)}`)?.isPossible() === true;
  if (digits.startsWith('0')) {
    // UK national numbers are 0 + 9 or 10 digits; "possible" (not "valid") so Ofcom's drama ranges, which
    // people use as examples (07700 900123, 01632 960123), still count.
    if ((digits.length === 10 || digits.length === 11) && parsePhoneNumberFromString(candidate, 'GB')?.isPossible()) return true;
    return cue && TRUNK_COUNTRIES.some((c) => parsePhoneNumberFromString(candidate, c)?.isValid());
  }
  if (NANP_SHAPE.test(candidate) && parsePhoneNumberFromString(candidate, 'US')?.isValid()) return true;
  // International without the "+", as copied from WhatsApp links and spreadsheets: "447911123456". UK and Irish
  // numbers count on their own; others need a cue, as do other countries' national formats.
  if (cue || PLUS_OPTIONAL.some((code) => digits.startsWith(code))) {
    const withoutPlus = parsePhoneNumberFromString(`+${digits}`);
    if (withoutPlus?.isValid() && (cue || PLUS_OPTIONAL.includes(withoutPlus.countryCallingCode))) return true;
  }
  return cue && [...OTHER_COUNTRIES, ...TRUNK_COUNTRIES].some((c) => parsePhoneNumberFromString(candidate, c)?.isValid());
}

/** Phone numbers: international (+ or 00), UK national, North American, and other national formats after a cue. */
export const detectPhones: Detector = (text) => {
  const out: PersonalDataFinding[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    const base = m.index ?? 0;
    const cue = cueBefore(text, base, PHONE_CUE);
    if (!cue && cueBefore(text, base, IDENTIFIER_CUE, 24)) continue;
    const groups = [...run.matchAll(/\d+/g)].map((g) => ({ start: g.index ?? 0, end: (g.index ?? 0) + g[0].length }));
    let from = 0;
    while (from < groups.length) {
      const to = longestPhoneFrom(run, groups, from, cue);
      if (to === undefined) {
        from += 1;
        continue;
      }
      const span = spanOf(run, groups, from, to);
      out.push({ type: 'PHONE', start: base + span.start, end: base + span.end });
      from = to + 1;
    }
  }
  return out;
};

/** The last group index, from `from` on, that ends a phone number (longest first); undefined if none. */
function longestPhoneFrom(run: string, groups: { start: number; end: number }[], from: number, cue: boolean): number | undefined {
  // Digit counts first: a span outside 7–17 digits is never parsed, so a long run of short numbers stays cheap.
  const digitsUpTo: number[] = [];
  let digits = 0;
  for (let to = from; to < groups.length && to <= from + 7 && digits <= 17; to++) {
    digits += groups[to]!.end - groups[to]!.start;
    digitsUpTo.push(digits);
  }
  for (let i = digitsUpTo.length - 1; i >= 0; i--) {
    if (digitsUpTo[i]! < 7) break;
    if (digitsUpTo[i]! > 17) continue;
    const span = spanOf(run, groups, from, from + i);
    if (isPhone(run.slice(span.start, span.end), cue)) return from + i;
  }
  return undefined;
}

/** Groups from..to as a span of the run, with the "+" or "(" that opens it and a ")" that closes an open bracket. */
function spanOf(run: string, groups: { start: number; end: number }[], from: number, to: number): { start: number; end: number } {
  let start = groups[from]!.start;
  if (from === 0) start = 0;
  let end = groups[to]!.end;
  const opened = (run.slice(start, end).match(/\(/g)?.length ?? 0) - (run.slice(start, end).match(/\)/g)?.length ?? 0);
  if (opened > 0 && run[end] === ')') end += 1;
  return { start, end };
}

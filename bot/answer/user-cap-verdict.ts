import { cardTitle } from '../../knowledge/load-cards.ts';
import { normalizeName } from '../../knowledge/entities/normalize.ts';
import { loadPrices, type LicenceUserCap } from '../../workflows/decision/prices.ts';
import { findAmounts } from '../../workflows/decision/situation/amounts.ts';
import { COUNT_AFTER } from '../../workflows/decision/situation/spend.ts';
import { largeNumber } from '../../workflows/format.ts';
import { asksForCall, type QuestionKind } from './question.ts';
import type { Verdict } from './verdict.ts';

/** The people a licence's threshold counts, right after the figure: "2m monthly users", "150 million MAU", "800k users". */
const USERS_AFTER = /^[\s-]?(?:(?<monthly>monthly active users?|monthly actives?|monthly users?|maus?|mau's|active users? a month|users? a month|users? per month|users? monthly)|(?:active )?(?:users?|end[- ]users?|customers?|subscribers?|accounts?|players?|members?))\b/i;

/** Asks whether the model may be used as the asker means to, or whether a licence or its cap applies. */
const ASKS_USE = /\b(ok|okay|allowed|fine|legal|licen[cs]\w*|commercial\w*|permit\w*|use|using|need|separate|cap|caps|limit|threshold|free|trouble|problem|issue|hit)\b/i;
/**
 * Asks whether the threshold reaches the asker ("do we need a special licence?", "does the big-company limit catch
 * us?"), where yes means a separate licence is needed; otherwise the question asks whether the use is fine.
 */
const ASKS_IF_CAUGHT = /\b(need|needs|require[sd]?|have to|must|catch(?:es)?|hit|hits|affect(?:s|ed)?|matters?|concerns?|bites?|bite us|kicks? in|appl(?:y|ies)|trigger(?:s|ed)?|exceed|over the|above the|special|separate|extra|own licen[cs]e)\b/i;

/** Large enough to be a platform's users rather than a team's seats: a count below this is not compared. */
const FEWEST_USERS = 1000;

/** Words after a count of users that make it a licence's threshold: "limit", "cap", "threshold", "clause", "thing". */
const THRESHOLD_NAMED = /^[\s-]*(?:limits?|caps?|thresholds?|ceilings?|clauses?|rules?|restrictions?|conditions?|things?|trigger)\b/i;

/** Words before a count that put the asker beyond it: "above 100m users", "more than 700 million MAU". */
const BEYOND_BEFORE = /\b(?:above|over|more than|beyond|past|exceeding|upwards of|north of)\s*[~≈]?\s*$/i;

/** The asker's user count: one figure followed by a word for users, in no currency. */
function readUsers(question: string): { users: number; monthly: boolean; beyond: boolean } | undefined {
  const read = findAmounts(question.toLowerCase()).filter((a) => !a.currency).map((a) => ({ a, users: USERS_AFTER.exec(question.slice(a.end, a.end + 32)) }));
  // "a 700m user limit", "the 700m mau thing": the licence's threshold named, not the asker's users.
  const names = ({ a, users }: (typeof read)[number]) => users !== null && THRESHOLD_NAMED.test(question.slice(a.end + users[0].length, a.end + users[0].length + 24));
  const counts = read.flatMap((r) => (r.users && r.a.value >= FEWEST_USERS && !names(r) ? [{ users: r.a.value, monthly: r.users.groups?.monthly !== undefined, beyond: BEYOND_BEFORE.test(question.slice(Math.max(0, r.a.start - 24), r.a.start)) }] : []));
  // Two different counts ("2m users now, 150m by 2028", a bare large figure beside the users) leave it open which one
  // to judge.
  const bare = read.some(({ a, users }) => a.scaled && !users && !COUNT_AFTER.test(question.slice(a.end, a.end + 16)));
  return new Set(counts.map((c) => c.users)).size === 1 && !bare ? counts[0] : undefined;
}

/** A growth rate the asker states: "growing ~20% a year", "+5% a month", "30% yoy". */
const GROWTH = /\b(?:growing|grows|growth of|increasing|rising|up)\s+(?:by\s+)?(?:about\s+|around\s+|roughly\s+|~\s?)?(?<rate>\d+(?:\.\d+)?)\s?%\s*(?:a|per|each|every|\/)\s*(?<unit>year|yr|annum|month|mo)\b|(?<![\w.])\+?(?<rate2>\d+(?:\.\d+)?)\s?%\s*(?<unit2>yoy|y\/y|year[- ]on[- ]year|annual(?:ly)?|a year|per year|mom|m\/m|month[- ]on[- ]month|a month|per month)\s+growth\b/i;
/** When the asker asks about: "next year", "in 2 years", "within 18 months". */
const HORIZON = /\bnext year\b|\b(?:in|within|over)\s+(?:the\s+next\s+)?(?<n>\d+|one|two|three|four|five|a)\s+(?<unit>years?|months?)\b/i;
const WORD_COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

/** The asker's growth and horizon, as the factor their users grow by and the words for when; undefined without both. */
function projection(question: string): { factor: number; rate: string; when: string } | undefined {
  const g = GROWTH.exec(question);
  const h = HORIZON.exec(question);
  if (!g || !h) return undefined;
  const rate = Number(g.groups?.rate ?? g.groups?.rate2) / 100;
  const monthlyRate = /^(?:month|mo|mom|m\/m|month[- ]on[- ]month|a month|per month)$/i.test(g.groups?.unit ?? g.groups?.unit2 ?? '');
  const n = h.groups?.n ? (WORD_COUNTS[h.groups.n.toLowerCase()] ?? Number(h.groups.n)) : 1;
  const months = h.groups?.unit && /^month/i.test(h.groups.unit) ? n : n * 12;
  if (!(rate > 0) || !(months > 0) || months > 120) return undefined;
  const factor = monthlyRate ? (1 + rate) ** months : (1 + rate) ** (months / 12);
  return { factor, rate: `${g.groups?.rate ?? g.groups?.rate2}% a ${monthlyRate ? 'month' : 'year'}`, when: h[0].toLowerCase() === 'next year' ? 'next year' : h[0].toLowerCase().replace(/^(?:within|over)\b/, 'in') };
}

/** The capped licences of the models the message names (a member of a family counts: "Llama 4 Maverick"), in the order named. */
function cappedModels(named: readonly string[], caps: readonly LicenceUserCap[]): LicenceUserCap[] {
  // Word by word: "Llama 4 Maverick" is a Llama 4; "Llama 40B" is not.
  const words = (text: string) => ` ${normalizeName(text).trim()} `;
  const of = (name: string) => caps.filter((c) => words(name).startsWith(words(c.model)));
  return [...new Set(named.flatMap(of))];
}

/**
 * A call asked of a licence by name, whatever the question's kind: "any licence problem?", "which of those would need a
 * separate licence?" (not "what do we have to do under the licence?").
 */
const LICENCE_CALL = /\blicen[cs]\w*\b[^.?!]{0,40}\b(?:problems?|issues?|trouble|catch|ok|okay|fine|allowed|need|needs|needed|separate|hit|hits|appl(?:y|ies))\b|\b(?:problems?|issues?|trouble|catch|ok|okay|fine|allowed|need|needs|separate)\b[^.?!]{0,40}\blicen[cs]/i;

/**
 * A model licence's user threshold against the asker's users: "is qwen2.5-72b ok for our b2c app? ~150m monthly users"
 * is answered "No, not under the Qwen License alone: at 150 million monthly active users you are above its threshold of
 * 100 million monthly active users, so you need a separate licence from Alibaba." Only a question asking for a call;
 * the thresholds come from knowledge/data/prices.json (`licence_user_caps`), which `kb lint` checks against the cards.
 */
export function userCapVerdict(question: string, kind: QuestionKind, named: readonly string[]): Verdict | undefined {
  if (!(asksForCall(kind) || LICENCE_CALL.test(question)) || !ASKS_USE.test(question)) return undefined;
  const capped = cappedModels(named, loadPrices().licence_user_caps.caps);
  const asker = capped.length ? readUsers(question) : undefined;
  if (!capped.length || !asker) return undefined;
  const users = `${asker.beyond ? 'more than ' : ''}${largeNumber(asker.users)} ${asker.monthly ? 'monthly active users' : 'users'}`;
  const beyond = (c: LicenceUserCap) => asker.users > c.monthly_active_users || (asker.beyond && asker.users >= c.monthly_active_users);
  // Several capped models set side by side ("qwen2.5-72b vs llama 3.1 at 250m mau"): each licence's threshold against
  // the asker's users.
  if (capped.length > 1) {
    const each = capped.map((c) => `${c.model} (${c.licence}) ${beyond(c) ? 'needs' : 'does not yet need'} a separate licence from ${c.licensor}, whose threshold is ${largeNumber(c.monthly_active_users)} monthly active users`);
    const [first] = capped;
    if (!first) return undefined;
    return fromCap(first, `At ${users}: ${each.join('; ')}.`);
  }
  const cap = capped[0];
  if (!cap) return undefined;
  const threshold = `${largeNumber(cap.monthly_active_users)} monthly active users`;
  // "above 100m users" is beyond a threshold of 100 million; "at 100m users" is not.
  const above = beyond(cap);
  // "Do we need a separate licence?" is answered yes above the threshold; "is it ok?" is answered no.
  const caught = ASKS_IF_CAUGHT.test(question);
  const overCall = caught ? 'Yes' : `No, not under the ${cap.licence} alone`;
  const underCall = caught ? 'No' : 'Yes on size';
  // Below it now, growing at a stated rate, and asked about a time ahead ("85m monthly actives, growing ~20% a year. do
  // we hit a licence problem next year?"): the users then, against the threshold.
  const ahead = above ? undefined : projection(question);
  // A licence counting users on its release date is not caught by growth after it.
  if (ahead && cap.counted === 'on-release-date') {
    return fromCap(cap, `${underCall}: the ${cap.licence} counts monthly active users on the ${cap.model} release date, so growth after it does not bring in its ${threshold} threshold; at ${users} you are below it, and its other conditions still apply.`);
  }
  if (ahead && cap.counted === 'while-in-use') {
    const then = Math.round(asker.users * ahead.factor);
    const reached = `at ${users} growing ${ahead.rate} you would have about ${largeNumber(then)} ${asker.monthly ? 'monthly active users' : 'users'} ${ahead.when}`;
    return fromCap(
      cap,
      then > cap.monthly_active_users
        ? `${overCall}: ${reached}, above its threshold of ${threshold}, so you would need a separate licence from ${cap.licensor} by then.`
        : `${underCall}: ${reached}, still below the ${threshold} above which the ${cap.licence} requires a separate licence from ${cap.licensor}, though its other conditions still apply.`,
    );
  }
  return fromCap(
    cap,
    above
      ? `${overCall}: at ${users} you are above its threshold of ${threshold}, so you need a separate licence from ${cap.licensor}.`
      : `${underCall}: at ${users} you are below the ${threshold} above which the ${cap.licence} requires a separate licence from ${cap.licensor}, though its other conditions still apply.`,
  );
}

/** A verdict on a cap, cited to the cap's own card and source, which alone support it. */
const fromCap = (cap: LicenceUserCap, text: string): Verdict => ({ text, cardId: cap.card, title: cardTitle(cap.card) ?? cap.card, url: cap.url, ownCardSupport: true });

/**
 * Prototype or production. Something live now ("in production", "customers use it", "launched") outranks a
 * prototype, which outranks a plan to go live ("production next year"): the wizard asks where the use case is
 * today. Denials flip the side ("not live yet" is a prototype, "past the pilot" is production).
 */
import type { DecisionInput } from '../input.ts';
import { cue, negationStart } from './flag.ts';
import { mentionsOf, settle, type Mention } from './mentions.ts';
import type { Reading } from './reading.ts';
import { wordsAt, type Prepared } from './text.ts';
import { monthlyBills } from './monthly-bills.ts';

type Stage = DecisionInput['stage'];
type Seen = 'live' | 'prototype' | 'planned-live';

const LIVE = cue(
  [
    String.raw`(?<!(?:to|into|towards|for|before|pre|reach|reaching|hit|hitting|near|until) )(?:production|prod)(?! (?:next|by|soon|later|in \d|ready|plans?))|live(?= ?(?:[,.;!)]|$|product|service|app|game|site|website|tool|bot|feature|system|platform|customers|traffic|users|now|already))|in production|in prod|(?:is|are|it's|we're|were|already|now|currently|went|gone|been|fully) live|live (?:since \w+|(?:with|for) (?:\w+ )?(?:customers|clients|users|months|years|weeks|a year|\d+))|launched|shipped|rolled out|in use|(?:customers?|clients?|users?|staff|people) (?:are |already )?(?:using|use) it|at scale|scaling(?: up)?|serving|production (?:system|traffic|workloads?|use|app|service)|running in production|(?:thousands|millions|hundreds) of (?:users|customers|requests|calls|queries)|production[- ]grade|business[- ]critical|mission[- ]critical`,
    String.raw`(?:past|beyond|out of|moved on from|finished|graduated from|no longer|not a|not just a) (?:the |a )?(?:prototype|pilot|poc|proof of concept|mvp|trial|beta)(?: stage| phase)?`,
  ].join('|'),
);
const PROTOTYPE = cue(
  String.raw`prototyp\w*|poc|p\.o\.c\.|proof[- ]of[- ]concept|pilot\w*|mvp|experiment(?:ing|s|al)?|trial(?:l?ing)|(?:a|our|the|free) trial|exploring|exploration|early (?:stage|days)|just (?:starting|started|getting started)|starting out|testing the waters|evaluating (?:options|vendors|tools|models|whether|if)|hackathon|side project|sandbox|playing (?:around )?with|tinkering|research (?:phase|stage)|discovery (?:phase|stage)|pre-launch|pre-revenue|haven't launched|not (?:yet )?(?:live|launched|in production)|not live yet|thinking (?:about|of) using|planning to use|idea stage|greenfield|(?:building|writing|on|still on) (?:our|the|a) first (?:version|release|build|product)|still (?:finding out|figuring out|validating|testing) (?:if|whether)|(?:before|pre-) ?product[- ]market fit|pre-seed`,
);
const PLANNED = cue(String.raw`go(?:ing)? live|to production|into production|production (?:next|by|in|later|soon)|(?:planning|plan|hoping|want|aim|aiming) to (?:launch|roll (?:it )?out|ship)|launch(?:ing)? (?:next|in|later|soon)|roll(?:ing)? (?:it )?out (?:next|in|later|soon|to)`);

/** A span of months or years: "the last 9 months", "six months", "several years". */
const MONTHS = String.raw`(?:the )?(?:last |past )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|several|a few|many) (?:months|years)`;
/**
 * A bill that has held for months ("spend has sat at £4k a month for the last 9 months", "steady for 8 months") is a
 * service in use, unless the message calls it a prototype or a plan.
 */
const HELD = cue(
  [
    String.raw`(?:steady|stable|flat|constant|consistent|sat at(?:[^.;!?]|\.(?=\d)){0,40}?|(?:spend|bill|invoice|costs?)(?:[^.;!?]|\.(?=\d)){0,40}?) (?:for|over) ${MONTHS}`,
    // "has barely moved in six months", "hasn't changed for a year"
    String.raw`(?:barely|hardly|not|hasn'?t|has not|haven'?t|never) (?:really )?(?:moved|changed|budged|shifted|grown)(?: much)? (?:in|for|over) (?:${MONTHS}|a year)`,
    // "flat since spring", "steady all year", "the same since january"
    String.raw`(?:steady|stable|flat|constant|consistent|the same|unchanged) (?:since (?:last )?(?:spring|summer|autumn|fall|winter|last year|the start of the year|january|february|march|april|may|june|july|august|september|october|november|december|launch|we launched)|all year|for (?:a|the) year|(?:this|the) whole year)`,
  ].join('|'),
);

/**
 * Using the service now: "can we keep using the US API", "continue to use openai", "stick with the api we use today",
 * "we've been using claude", "we're already on gemini".
 */
const IN_USE = cue(
  [
    String.raw`(?:keep|continue|carry on|go on) (?:to )?us(?:e|ing) (?:the|our|it|them|\w+ (?:api|model))`,
    String.raw`(?:stick|sticking|stay|staying|remain|remaining) (?:with|on) (?:the|our|a|an|this|that) (?:[\w-]+ ){0,3}(?:api|model|vendor|provider|setup|stack)`,
    String.raw`we (?:use|run|rely on) (?:today|now|currently|at the moment)|we(?:'ve| have) been using|we(?:'re| are) (?:currently|already) (?:on|using)|we (?:currently|already) (?:use|run|pay for)`,
    // "everything currently runs on azure openai", "our product runs on the openai api today".
    String.raw`(?:currently|already|today) (?:runs?|running|lives?|sits?|built) on\b|\b(?:runs?|running) on (?:[\w.-]+ ){1,4}(?:today|now|currently|at the moment)\b`,
  ].join('|'),
);

const RANK: Record<Seen, number> = { 'planned-live': 0, prototype: 1, live: 2 };

export function readStage(p: Prepared): Reading<Stage> | undefined {
  const mentions: Mention<Seen>[] = [
    ...mentionsOf(p, LIVE, (m, negated) => (negated && !/^(past|beyond|out of|moved|finished|graduated|no longer|not)/.test(m[0]) ? 'prototype' : 'live')),
    ...mentionsOf(p, PROTOTYPE, (m, negated) => (negated && !/^(not|haven't)/.test(m[0]) ? 'live' : 'prototype')),
    ...mentionsOf(p, PLANNED, (_m, negated) => (negated ? 'prototype' : 'planned-live')),
  ];
  if (!mentions.some((m) => m.value !== 'live')) {
    for (const held of [HELD, IN_USE]) mentions.push(...mentionsOf<Seen>(p, held, (_m, negated) => (negated ? undefined : 'live')));
    // A bill quoted month by month has been running for months.
    const billed = monthlyBills(p);
    if (billed) mentions.push({ value: 'live', start: billed.start, end: billed.end, corrected: false });
  }
  mentions.sort((a, b) => a.start - b.start);
  const best = settle(mentions, (v) => RANK[v]);
  if (!best) return undefined;
  return { value: best.value === 'prototype' ? 'prototype' : 'production', words: wordsAt(p, negationStart(p.text, best.start), best.end) };
}

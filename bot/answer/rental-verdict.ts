import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices, type GpuRental, type Prices } from '../../workflows/decision/prices.ts';
import { findAmounts, findUnheldAmounts, type Amount } from '../../workflows/decision/situation/amounts.ts';
import { convert } from '../../workflows/decision/situation/rates.ts';
import { countValue, countWord, formatMoney, TYPED_COUNT, TYPED_COUNT_WORDS } from '../../workflows/format.ts';
import type { Verdict } from './verdict.ts';
import { readRate } from './capacity-verdict.ts';
import { DIFFERENCE_ASKED } from './crossover-verdict.ts';
import { atOwnRate, CEILING_WORDS, ceilingWording, INCLUSIVE_CEILING, inAskedCurrency, withinCeiling } from './price-wording.ts';
import { putForward } from './price-verdict.ts';

/** Hours in an average month (24 × 365 / 12), the month a GPU left running is billed for. */
export const HOURS_A_MONTH = 730;
const DAYS_A_MONTH = 365 / 12;

/** A GPU left running the whole time: "24/7", "round the clock", "all month", "leave it on". */
const ALWAYS_ON = /\b24\s?\/\s?7\b|\b(?:a?round|all) the clock\b|\b(?:all|whole|full|entire) month\b|\bnon-?stop\b|\balways[- ]on\b|\b(?:leave|left|leaving|keep|kept|keeping)\s+(?:it|them|one|the (?:gpus?|box|instance|machine))\s+(?:on|running|up)\b|\brunning (?:constantly|continuously|full[- ]time)\b/i;
/** Hours a day: "8 hours a day", "10h/day", "12 hrs per day". */
const HOURS_A_DAY = /\b(\d{1,2}(?:\.\d+)?)\s?(?:hours?|hrs?|h)\s?(?:a|per|\/|each|every)\s?day\b/i;
/** A number of hours in all: "for 300 hours", "500 gpu hours". */
const HOURS_IN_ALL = /\b(\d{1,3}(?:,\d{3})*|\d+)\s?(?:gpu[- ])?(?:hours?|hrs?|h)\b(?!\s?(?:a|per|\/|each|every)\s?(?:day|week|month))/i;
/** A price per hour, which is a rate, not a budget: "$2.69 an hour", "$3/hr". */
const PER_HOUR_AFTER = /^\s?(?:an?|per|\/)\s?(?:hour|hr|h)\b/i;
/** A budget given for each month: "$8k/mo", "£5k a month", "€3,000 monthly". */
const MONTHLY_AFTER = /^\s?(?:\/\s?(?:mo|mth|month)|a month|per month|each month|every month|monthly|pcm|pm\b|p\/m)/i;

/**
 * What an API costs, not a GPU budget: "we spend £3k/mo on openai", "our api bill is £2,000 a month". Whether
 * self-hosting replaces that spend is the crossover's question, not what the sum rents.
 */
const API_SPEND = /\b(?:api|apis|openai|anthropic|claude|chatgpt|gpt[\w.-]*|gemini|copilot|tokens?|per[- ]token|mtok)\b/i;
/** An amount this close (in characters) to API words is API spend. */
const NEAR = 40;

/** Asks how many GPU hours, or how long, a budget buys. */
const ASKS_HOURS = /\bhow many (?:\w+[- ]){0,2}hours\b|\bhours (?:is|does|would|will|do) (?:that|it|this)\b|\bhow long (?:does|would|will|can|could) (?:that|it|this|the budget|the money)\b|\b(?:that|it|this) buys?\b|\bbuy us\b/i;
/** Asks how many GPUs a budget keeps running. */
const ASKS_GPUS = /\bhow many (?:[\w-]+ ){0,2}?(?:gpus?|cards?|instances?|boxes|h100s?|a100s?|a10gs?|a10s?|l4s?)\b|\bhow many\b[^?.]{0,40}\b(?:keep|kept|running|rent|afford)\b/i;
/** Asks whether a budget covers the GPUs. */
const ASKS_FIT = /\b(?:fit|fits|cover|covers|enough|afford|within|inside|stretch|over budget|under budget)\b/i;
/** Asks what the GPUs cost. */
const ASKS_COST = /\b(?:cost|costs|costing|monthly|come to|comes to|how much|bill|billed|pay|paying|set us back|run us|spend|budget|ballpark|rough|roughly|total|damage|in \$|\$\s?\?)\b|(?:^|\s)\$\s?(?:for|total|figure|number|amount)\b/i;

const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, single: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10, sixteen: 16 };

/**
 * AWS instances named by type, the GPU each implies and, where the card states it, how many of it one instance holds
 * (a g5.xlarge has one A10G; the card prices a P5 by the GPU-hour without its count of GPUs, so P5s are not counted).
 */
const INSTANCE_GPU: { type: string; gpu: string; per?: number }[] = [
  { type: String.raw`g5\.?xlarge`, gpu: 'A10G', per: 1 },
  { type: 'p5', gpu: 'H100' },
];
/** Providers as people name them, AWS also by the instance types above. */
const PROVIDERS: [string, RegExp][] = [
  ['AWS', new RegExp(String.raw`\b(?:aws|amazon|ec2|${INSTANCE_GPU.map((i) => i.type).join('|')})\b`, 'i')],
  ['Lambda', /\blambda(?: labs| cloud)?\b/i],
  ['RunPod', /\brun ?pod\b/i],
  ['Google Cloud', /\b(?:google cloud|gcp)\b/i],
];
/** An instance named by its type: "g5.xlarge", "p5". */
const INSTANCE = (type: string) => new RegExp(String.raw`\b${type}\b`, 'i');
/** Instances counted by type: "2 aws g5.xlarge boxes", "three p5 instances". */
const INSTANCE_COUNT = (type: string) => new RegExp(String.raw`\b${TYPED_COUNT}\s?(?:x\s?)?(?:(?:aws|amazon|ec2)\s+)?${type}(?:\.\d*xlarge)?\b`, 'i');

/** A GPU typed as people type it: "h100s", "H100 SXM", "a10g"; a variant ("sxm") narrows the family. */
function gpuPattern(gpu: string): RegExp {
  const [family = '', variant] = gpu.toLowerCase().split(' ');
  // A memory size typed after it ("a100-40gb", "a100 80gb") is the family still.
  return new RegExp(`\\b${family}s?${variant ? `[\\s-]?${variant}` : '(?![\\w-]?(?:sxm|pcie|g\\b)|\\d|[\\w-]\\d(?!\\d*\\s?gb\\b))'}\\b`, 'i');
}

/** The offers a message asks about: the GPU it names (or its instance implies), narrowed by provider and tier. */
function offersAsked(text: string, rentals: GpuRental[]): GpuRental[] {
  const gpus = [...new Set(rentals.map((r) => r.gpu))];
  const implied = INSTANCE_GPU.find(({ type }) => INSTANCE(type).test(text))?.gpu;
  // A variant typed ("h100 sxm") is that variant; the family alone ("h100") is every variant of it.
  const variants = gpus.filter((g) => g.includes(' ') && gpuPattern(g).test(text));
  const families = gpus.filter((g) => !g.includes(' ') && gpuPattern(g).test(text));
  const named = variants.length ? variants : families.length ? gpus.filter((g) => families.some((f) => g.split(' ')[0] === f)) : implied ? [implied] : [];
  if (named.length === 0 || new Set(named.map((g) => g.split(' ')[0])).size > 1) return [];
  const providers = PROVIDERS.filter(([, re]) => re.test(text)).map(([p]) => p);
  let offers = rentals.filter((r) => named.includes(r.gpu) && (!providers.length || providers.includes(r.provider)));
  if (/\bserverless\b/i.test(text)) offers = offers.filter((r) => r.serverless);
  else if (/\bsecure cloud\b|\bon[- ]demand\b|\bdedicated\b|\bpods?\b/i.test(text)) offers = offers.filter((r) => !r.serverless);
  return offers;
}

/** How many of the GPU a message runs: "two h100s", "4x a100", "a single a10g"; one when it says none. */
function countOf(text: string, gpu: string): number {
  const family = (gpu.split(' ')[0] ?? '').toLowerCase();
  const before = new RegExp(`\\b(\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')})\\s?(?:x\\s?)?(?:nvidia\\s)?${family}`, 'i').exec(text)?.[1]?.toLowerCase();
  const after = new RegExp(`\\b${family}s?\\s?x\\s?(\\d{1,3})\\b`, 'i').exec(text)?.[1];
  // "4 of them for a whole month", said after a message naming the GPU ("what does one h100 cost…"), counts first.
  const of = new RegExp(`\\b(\\d{1,3}|${Object.keys(COUNT_WORDS).join('|')}) of (?:them|those|these)\\b`, 'i').exec(text)?.[1]?.toLowerCase();
  // Instances counted by their type hold their GPUs each ("2 aws g5.xlarge boxes (one a10g each)" is two A10Gs).
  const instances = INSTANCE_GPU.flatMap(({ type, gpu: implied, per }) => {
    const counted = per && implied.toLowerCase() === family ? INSTANCE_COUNT(type).exec(text)?.[1] : undefined;
    return counted && per ? [countValue(counted) * per] : [];
  })[0];
  const n = of ? (COUNT_WORDS[of] ?? Number(of)) : instances ? instances : before ? (COUNT_WORDS[before] ?? Number(before)) : after ? Number(after) : 1;
  return n > 0 && n < 1000 ? n : 1;
}

/** A month of a GPU left running, as the time a message runs it for. */
const ALL_MONTH = { hours: HOURS_A_MONTH, monthly: true, phrase: (each: string) => `running all month (${HOURS_A_MONTH} hours${each})` };
/**
 * What a GPU comes to by the month, asked with no hours given and no budget: "so per month thats roughly what?",
 * "aws g5.xlarge per month?", "monthly cost of an h100 on lambda?". A month of it left running is what is asked.
 */
const MONTH_ASKED = /\b(?:per|a|each|every|\/)\s?(?:month|mo|mth)\b|\bmonthly\b/i;
/** The price of an hour asked for: "hourly rates", "per hour", "an hour", "/hr". */
const HOURLY_ASKED = /\b(?:hourly|per hour|an hour|by the hour|\/\s?(?:hr|hour)|per hr|hour rates?)\b/i;
/** Providers a message names for its hourly rates to be listed by the verdict. */
const HOURLY_PROVIDERS = 3;
/** Offers given at most in an answer of hourly rates, cheapest first. */
const HOURLY_SHOWN = 5;
/** A top hourly rate a GPU is asked under: "under $3/hr", "at most $2.50 an hour". */
const HOURLY_CEILING = new RegExp(String.raw`\b(${CEILING_WORDS})\s*\$\s?(\d{1,2}(?:\.\d{1,3})?)\s*(?:an?|per|\/)\s*(?:hour|hr|h)\b`, 'i');
/** The cheapest offer asked for: "cheapest h100 rental?", "lowest price for an a100". */
const CHEAPEST_ASKED = /\b(?:cheapest|cheepest|least expensive|lowest[- ]price[ds]?|lowest (?:hourly )?rate|best price)\b/i;
/** A cost per token asked, which the self-hosted cost card answers, not an hourly rate: "…on an h100 per token?". */
const PER_TOKEN_ASKED = /\b(?:per|a|\/)\s?(?:m?tok(?:en)?s?|million)\b|\bmtok\b/i;
/** A managed host, which rents a GPU with its running looked after, at prices of its own. */
const MANAGED = /\bmanaged\b/i;

/** The text without its sums of money by the month ("a budget of SEK 30,000 a month"): what is left asks a month or not. */
function withoutMonthlySums(text: string): string {
  const lower = text.toLowerCase();
  const sums = [...findAmounts(lower), ...findUnheldAmounts(lower)].filter((a) => MONTHLY_AFTER.test(lower.slice(a.end)));
  return sums.reduceRight((t, a) => `${t.slice(0, a.start)} ${t.slice(a.end).replace(MONTHLY_AFTER, '')}`, lower);
}

/** An hourly rate typed: "$4 an hour", "$2.5/hr", "$3 per hour", "$4 hourly". */
const CLAIMED_HOURLY = /(?<![\w.])\$(\d{1,2}(?:\.\d{1,3})?)\s*(?:(?:an|a|per|\/)\s*(?:hour|hr|h)\b|hourly\b)/i;
/** A message weighing a rate against something, or costing it for tokens or a period: no rate put forward to check. */
const WEIGHED_OR_COSTED = /\b(?:cheaper|dearer|pricier|than|vs\.?|versus|compared?|tokens?|per month|a month|monthly|budget)\b/i;
/** How far a rate put forward may be from the stated one and still be it ("about $2.70" for $2.69). */
const RATE_SLACK = 0.05;

/** Days in a span of time people give: a day, a week, a month. */
const SPAN_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, fortnight: 14, month: DAYS_A_MONTH };
const SPAN_COUNT = `(${TYPED_COUNT_WORDS}|a)`;
/**
 * A span the GPUs run for that is not a month each month: "for 2 weeks", "for ten days", "3 weeks straight", "a
 * fortnight", "22 working days", "a 3 week fine-tune", "a 30 day month".
 */
const SPAN = new RegExp(String.raw`\bfor\s+(?:about\s+|around\s+|roughly\s+|~\s?)?${SPAN_COUNT}\s+(days?|weeks?|months?)\b|\b${SPAN_COUNT}\s+(days?|weeks?|months?)\s+(?:straight|solid|non-?stop|in a row|of (?:training|tuning|fine[- ]tuning|runs?))\b|\b(?:for\s+)?(a\s+)?(fortnight)\b|\b${SPAN_COUNT}\s+(working|business|work)\s+(days)\b|\b${SPAN_COUNT}[- ](day|week|month)(?:[- ]long)?\s+(?:fine[- ]?tun\w*|run|job|project|pilot|trial|training|sprint|test|poc|proof)|\b(?:for\s+)?(?:a\s+)?${SPAN_COUNT}[- ](day)s?\s+month\b`, 'i');

/** The days of a span the message gives ("for 2 weeks": 14), and how it said it; undefined when it gives none. */
function spanOf(text: string): { days: number; said: string; counted?: true } | undefined {
  const m = SPAN.exec(text);
  if (!m) return undefined;
  const count = (m[1] ?? m[3] ?? m[7] ?? m[10] ?? m[12] ?? (m[6] ? 'a' : '')).toLowerCase();
  const unit = (m[2] ?? m[4] ?? m[9] ?? m[6] ?? m[11] ?? m[13] ?? '').toLowerCase().replace(/s$/, '');
  const n = count === 'a' ? 1 : countValue(count);
  const per = SPAN_DAYS[unit];
  if (!n || !per) return undefined;
  // "22 working days" are days of running, whatever the calendar around them.
  const kind = m[8] ? `${m[8].toLowerCase()} ` : '';
  return { days: n * per, said: unit === 'fortnight' ? 'a fortnight' : `${countWord(n)} ${kind}${unit}${n === 1 ? '' : 's'}`, ...(kind ? { counted: true as const } : {}) };
}

/** The hours a message runs the GPUs for, and how it said so; undefined when it says nothing of time. */
function hoursOf(text: string): { hours: number; monthly: boolean; phrase: (each: string) => string } | undefined {
  // A span given ("for 2 weeks, 24/7") is the time in all, not a month (a month of it is one month's running).
  const given = spanOf(text);
  const span = given && given.days !== DAYS_A_MONTH ? given : undefined;
  const daily = HOURS_A_DAY.exec(text);
  const office = OFFICE_HOURS.test(text);
  const perDay = daily ? Number(daily[1]) : office ? OFFICE_DAY : ALWAYS_ON.test(text) ? 24 : undefined;
  // Weekdays only ("mon-fri", "office hours", "no weekends") run five days of seven, unless the days were counted
  // already ("22 working days").
  const weekdays = (office || WEEKDAYS_ONLY.test(text)) && !given?.counted && perDay !== 24;
  const share = weekdays ? WEEKDAY_SHARE : 1;
  const on = weekdays ? ' on weekdays' : '';
  if (span && perDay && perDay > 0 && perDay <= 24) {
    const hours = Math.round(perDay * span.days * share);
    const how = perDay === 24 ? 'round the clock' : `${perDay} hours a day${on}`;
    return { hours, monthly: false, phrase: (each) => `running ${how} for ${span.said} (${hours.toLocaleString('en-GB')} hours${each})` };
  }
  if (ALWAYS_ON.test(text)) return ALL_MONTH;
  if (perDay && perDay > 0 && perDay <= 24 && (daily || office)) {
    const hours = perDay * DAYS_A_MONTH * share;
    return { hours, monthly: true, phrase: (each) => `running ${perDay} hours a day${on} (about ${Math.round(hours)} hours a month${each})` };
  }
  const total = HOURS_IN_ALL.exec(text);
  const n = total ? Number((total[1] ?? '').replace(/,/g, '')) : 0;
  return n > 0 ? { hours: n, monthly: false, phrase: (each) => `for ${n.toLocaleString('en-GB')} hours${each}` } : undefined;
}

/** Running on weekdays alone: "weekdays only", "mon-fri", "no weekends", "business days". */
const WEEKDAYS_ONLY = /\bweekdays?\b|\bmon(?:day)?\s?(?:-|–|to|thru|through)\s?fri(?:day)?\b|\b(?:working|business|work) days\b|\bno weekends?\b|\b(?:not|never) (?:at |on )?weekends?\b|\boff (?:at |on |over )?weekends?\b/i;
/** Office hours: "office hours", "business hours", "9-5", "9am to 5pm", eight hours a weekday. */
const OFFICE_HOURS = /\b(?:office|business|working) hours\b|\b9\s?(?:am)?\s?(?:-|–|to)\s?5\s?(?:pm)?\b/i;
const OFFICE_DAY = 8;
/** Five days of seven. */
const WEEKDAY_SHARE = 5 / 7;

/** The budget a message states: an amount of money that is not an hourly rate, in dollars, and whether it is monthly. */
function budgetOf(text: string, prices: Prices): { usd: number; typed: string; monthly: boolean } | undefined {
  const lower = text.toLowerCase();
  const amount = findAmounts(lower).find((a: Amount) => (a.currency !== undefined || a.scaled) && !PER_HOUR_AFTER.test(lower.slice(a.end)) && !API_SPEND.test(lower.slice(Math.max(0, a.start - NEAR), a.end + NEAR)));
  if (!amount) return undefined;
  const currency = amount.currency ?? 'USD';
  const monthly = MONTHLY_AFTER.test(lower.slice(amount.end));
  const typed = `${formatMoney(amount.value, currency)}${monthly ? ' a month' : ''}`;
  if (currency === 'USD') return { usd: amount.value, typed, monthly };
  const usd = convert(amount.value, currency, 'USD', prices);
  if (usd === undefined) return undefined;
  return { usd, typed: `${typed} (about ${formatMoney(usd, 'USD')} at our stored exchange rate)`, monthly };
}

const dollars = (n: number) => formatMoney(n, 'USD');
/** An hourly price as the card states it: "$1.006", "$2.69", "$3.90". */
const hourly = (n: number) => `$${n.toFixed(Math.max(2, (String(n).split('.')[1] ?? '').length))}`;
const plural = (n: number, gpu: string) => `${countWord(n)} ${gpu}${n === 1 ? '' : 's'}`;
const rateOf = (r: GpuRental) => `${r.high ? `${hourly(r.price)} to ${hourly(r.high)}` : `about ${hourly(r.price)}`} an hour`;
const where = (r: GpuRental) => `on ${r.offer}${r.disputed ? ', a list price other sources dispute,' : ''}`;
/** How much less the cheaper of two offers comes to over `hours` GPU-hours: " On RunPod's secure cloud that is about $883 a month less." */
function gapText([cheap, dear]: [GpuRental, GpuRental], hours: number, period: string): string {
  const least = hours * (dear.price - (cheap.high ?? cheap.price));
  const most = hours * ((dear.high ?? dear.price) - cheap.price);
  if (!(least > 0)) return '';
  const gap = least === most ? `about ${dollars(least)}` : `${dollars(least)} to ${dollars(most)}`;
  // The dispute is said after the sum, so the sentence reads on: "On X that is about $Y a month less, at a list
  // price…".
  return ` On ${cheap.offer} that is ${gap}${period} less${cheap.disputed ? ', at a list price other sources dispute' : ''}.`;
}
const span = (r: GpuRental, f: (price: number) => number) => (r.high ? `${dollars(f(r.price))} to ${dollars(f(r.high))}` : `about ${dollars(f(r.price))}`);
const EXTRAS = 'before storage, data transfer and engineering time';

/**
 * What renting GPUs comes to with the asker's numbers, from the hourly prices the GPU rental card states
 * (knowledge/data/prices.json, `gpu_rental_usd_per_hour`, checked against the card by `kb lint`):
 * "we've got $8k/mo for gpus. how many h100 hours is that on runpod secure cloud?" is answered "$8,000 a month buys
 * about 2,974 GPU-hours of an H100 SXM on RunPod's secure cloud at about $2.69 an hour: about four running all month
 * (730 hours each), before storage, data transfer and engineering time." It also costs GPUs run for
 * a time ("two h100s 24/7 on runpod, monthly cost?") and says whether a budget covers them. With no provider named it
 * gives the cheapest and the dearest offer; a GPU or provider the card does not price is left to the cards.
 */
export function rentalVerdict(question: string): Verdict | undefined {
  // A target throughput makes it a sizing question, the capacity verdict's ("are 2 h100s enough for 2k tok/s?").
  if (readRate(question) !== undefined) return undefined;
  const prices = loadPrices();
  const asked = offersAsked(question, prices.gpu_rental_usd_per_hour);
  // Serverless bills only while requests run: a GPU kept for hours is costed on an hourly rental unless serverless is
  // what the message asks about.
  const offers = (asked.some((r) => !r.serverless) ? asked.filter((r) => !r.serverless || /\bserverless\b/i.test(question)) : asked).sort((a, b) => a.price - b.price);
  if (!offers.length) return undefined;
  const shown = offers.length > 1 ? [offers[0], offers.at(-1)].filter((r): r is GpuRental => r !== undefined) : offers;
  const budget = budgetOf(question, prices);
  // Only of a provider named (or its instance): "a managed a10g in the eu, £ per month?" asks what a managed host
  // charges, which is no hourly rental the card prices.
  // The hourly rates asked for outright at three or more providers, for no time of running ("h100 on runpod, lambda
  // or aws: what are the hourly rates?"): each offer asked about, by the hour, however the message states a budget.
  // (One or two providers are answered well by the card's own sentences, or set side by side.) Not a month asked of an
  // hourly price: "so per month thats roughly what?" after "$1.006 an hour right?".
  const ranFor = hoursOf(question);
  const hourlyAsked = !ranFor && HOURLY_ASKED.test(question) && PROVIDERS.filter(([, re]) => re.test(question)).length >= HOURLY_PROVIDERS && !MONTH_ASKED.test(withoutMonthlySums(question));
  const monthAsked = !budget && !hourlyAsked && MONTH_ASKED.test(question) && PROVIDERS.some(([, re]) => re.test(question)) && !MANAGED.test(question);
  const time = ranFor ?? (monthAsked ? ALL_MONTH : undefined);
  const first = shown[0] as GpuRental;
  const count = countOf(question, first.gpu);
  // The GPU as the message's subject: the family when the offers shown rent different variants of it.
  const gpu = shown.every((r) => r.gpu === first.gpu) ? first.gpu : (first.gpu.split(' ')[0] ?? first.gpu);
  const monthWord = (monthly: boolean) => (monthly ? ' a month' : '');
  const each = count > 1 ? ' each' : '';
  // What each offer shown comes to for the GPUs over the time asked.
  // Every variant asked about is named when the offers rent more than one ("H100 SXM", "H100 PCIe").
  const variant = (r: GpuRental) => (offers.some((o) => o.gpu !== r.gpu) ? ` for the ${r.gpu}` : '');
  const costs = (time: { hours: number; monthly: boolean }) => shown.map((r) => `${where(r)} at ${rateOf(r)} come${count === 1 ? 's' : ''} to ${span(r, (p) => count * time.hours * p)}${monthWord(time.monthly)}`);
  let text: string | undefined;
  // "h100 on runpod secure cloud is about $4 an hour, right?": an hourly rate put forward for one offer is checked.
  // Not a rate that is the asker's own plan, weighed against something else or costed for tokens or a month ("…at
  // $2.69/hr…, is that cheaper per token than gpt-5?", "$1.006 an hour right? so per month thats roughly what?").
  const claimed = !time && shown.length === 1 && putForward(question) && !WEIGHED_OR_COSTED.test(question) ? CLAIMED_HOURLY.exec(question) : null;
  if (claimed) {
    const n = Number(claimed[1]);
    const holds = n >= first.price * (1 - RATE_SLACK) && n <= (first.high ?? first.price) * (1 + RATE_SLACK);
    text = `${holds ? 'Yes' : 'No'}: ${rateOf(first)} for the ${first.gpu} ${where(first).replace(/,$/, '')}${holds ? '' : `, not ${Number.isInteger(n) ? `$${n}` : hourly(n)}`}, ${EXTRAS}.`;
  } else if (hourlyAsked) {
    text = `${gpu} by the hour: ${offers.slice(0, HOURLY_SHOWN).map((r) => `${rateOf(r)}${variant(r)} ${where(r).replace(/,$/, '')}`).join('; ')}, ${EXTRAS}.`;
  } else if (!time && !budget && !PER_TOKEN_ASKED.test(question) && PROVIDERS.filter(([, re]) => re.test(question)).length < 2 && (HOURLY_CEILING.test(question) || CHEAPEST_ASKED.test(question))) {
    // "where can we rent an h100 for under $3/hr?", "cheapest h100 rental?": the offers by the hour, cheapest first,
    // only those under a top rate when one is given. (Two providers named, "runpod serverless or google cloud?", are
    // set side by side by the card's own sentences.)
    const top = HOURLY_CEILING.exec(question);
    const limit = top ? Number(top[2]) : undefined;
    const inclusive = INCLUSIVE_CEILING.test(top?.[1] ?? '');
    const within = limit === undefined ? offers : offers.filter((r) => withinCeiling(r.price, limit, inclusive));
    const item = (r: GpuRental) => `${rateOf(r)}${variant(r)} ${where(r).replace(/,$/, '')}`;
    const under = limit === undefined ? '' : ` ${ceilingWording(inclusive)} ${Number.isInteger(limit) ? `$${limit}` : hourly(limit)} an hour`;
    const dearer = offers.length - within.length;
    const rest = limit !== undefined && dearer > 0 && within.length ? `; the other ${dearer === 1 ? 'offer' : `${countWord(dearer)} offers`} priced here cost more` : '';
    text = within.length
      ? `${gpu} by the hour${under}${within.length > 1 ? ', cheapest first' : ''}: ${within.slice(0, HOURLY_SHOWN).map(item).join('; ')}${rest}, ${EXTRAS}.`
      : `No ${gpu} offer priced here costs${under}; the cheapest is ${item(first)}, ${EXTRAS}.`;
  } else if (budget?.monthly && ASKS_GPUS.test(question) && !ASKS_HOURS.test(question)) {
    // How many GPUs a monthly budget keeps running all month, and what one more would come to: "$2,000 a month keeps
    // one A100 running all month (730 hours) on Lambda … at about $1.48 an hour: about $1,080 a month, where two would
    // come to about $2,161".
    const clauses = shown.map((r) => {
      const n = Math.floor(budget.usd / (HOURS_A_MONTH * (r.high ?? r.price)));
      if (n < 1) return `no ${r.gpu} running all month ${where(r)} at ${rateOf(r)}, where one comes to ${span(r, (p) => HOURS_A_MONTH * p)} a month`;
      return `${plural(n, r.gpu)} running all month (${HOURS_A_MONTH} hours${n === 1 ? '' : ' each'}) ${where(r)} at ${rateOf(r)}: ${span(r, (p) => n * HOURS_A_MONTH * p)} a month, where ${countWord(n + 1)} would come to ${span(r, (p) => (n + 1) * HOURS_A_MONTH * p)}`;
    });
    text = `${budget.typed} keeps ${clauses.join('; or ')}, ${EXTRAS}.`;
  } else if (budget && (ASKS_HOURS.test(question) || ASKS_GPUS.test(question) || (!time && ASKS_FIT.test(question)))) {
    // What the budget buys: GPU-hours, and how many GPUs (or days of one) that keeps running.
    const clauses = shown.map((r, i) => {
      const hours = budget.usd / (r.high ?? r.price);
      const gpus = Math.floor(hours / HOURS_A_MONTH);
      const keeps = budget.monthly
        ? gpus >= 1
          ? `${gpus === 1 ? 'one' : `about ${countWord(gpus)}`} running all month (${HOURS_A_MONTH} hours${gpus === 1 ? '' : ' each'})`
          : `one for about ${Math.round(hours / 24)} days of the month, running round the clock`
        : `about ${Math.round(hours / 24).toLocaleString('en-GB')} days of one running round the clock`;
      return `${i ? 'or about' : 'about'} ${Math.round(hours).toLocaleString('en-GB')} GPU-hours of an ${r.gpu} ${where(r)} at ${rateOf(r)}: ${keeps}`;
    });
    text = `${budget.typed} buys ${clauses.join('; ')}, ${EXTRAS}.`;
  } else if (budget && time && (ASKS_FIT.test(question) || ASKS_COST.test(question))) {
    // Whether the budget covers the GPUs for the time asked, at each offer's top price: asked outright, or asked what
    // they cost by someone who gave the budget ("budget is $800/mo. what's that per month roughly?").
    const tops = shown.map((r) => count * time.hours * (r.high ?? r.price));
    const call = tops.every((c) => c <= budget.usd) ? 'Yes' : tops.some((c) => c <= budget.usd) ? 'Only on the cheaper offer' : 'No';
    text = `${call}: ${plural(count, gpu)} ${time.phrase(each)} ${costs(time).join('; ')}, against your ${budget.typed}, ${EXTRAS}.`;
  } else if (time && !budget && (ASKS_COST.test(question) || monthAsked)) {
    text = `${plural(count, gpu).replace(/^./, (c) => c.toUpperCase())} ${time.phrase(each)} ${costs(time).join('; ')}, ${EXTRAS}.`;
  }
  if (!text) return undefined;
  // "…aws p5 vs runpod secure cloud, how much a month do we save going runpod?": the gap between the two offers shown.
  if (time && shown.length === 2 && DIFFERENCE_ASKED.test(question)) text += gapText(shown as [GpuRental, GpuRental], count * time.hours, monthWord(time.monthly));
  // "…monthly cost in SEK at 10.5 per $?": the GPUs' cost for the time asked at the asker's own rate.
  // "…cost? in £ too": the same in the currency asked, at the stored exchange rate.
  if (time && !hourlyAsked) {
    const totals = shown.map((r) => ({ low: count * time.hours * r.price, high: count * time.hours * (r.high ?? r.price), ...(shown.length > 1 ? { label: where(r) } : {}) }));
    text += atOwnRate(question, totals.map(({ high, label }) => ({ usd: high, ...(label ? { label } : {}) })), monthWord(time.monthly));
    text += inAskedCurrency(question, totals, prices, monthWord(time.monthly));
  }
  return { text, cardId: first.card, title: cardTitle(first.card) ?? first.card, url: first.url };
}

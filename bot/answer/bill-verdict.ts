import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices } from '../../workflows/decision/prices.ts';
import { hasModelPrice, modelQuote, modelQuotes, pricedModels, type PriceQuote, type Span } from '../../workflows/decision/model-prices.ts';
import { ASKS_SAVING as ASKS_TO_SAVE, BATCH, batchDiscount, batchFigures, atOwnRate, billWords, inAskedCurrency, centsMoney, joinAnd, movedShare, quoteFigures, quoteLabel, roughly, spanMoney } from './price-wording.ts';
import { readBill } from '../../workflows/decision/situation/spend.ts';
import { prepare } from '../../workflows/decision/situation/text.ts';
import { largeNumber } from '../../workflows/format.ts';
import { escapeRegExp } from '../../knowledge/retrieval/text/tokenize.ts';
import type { Verdict } from './verdict.ts';
import { promptTier } from './price-verdict.ts';

/** Work that can wait, which is what a batch discount is for: "overnight summarising nobody reads till morning". */
const CAN_WAIT = /\bovernight\b|\bnightly\b|\bevery (?:night|evening|weekend)\b|\b(?:none|nothing|no part) of (?:it|this|that|them) (?:is |are )?(?:urgent|time[- ]sensitive|time[- ]critical)\b|\bnon[- ]?urgent\b|\bno rush\b|\b(?:till|until|by) (?:the )?(?:morning|next day|tomorrow)\b|\bnot (?:urgent|time[- ]sensitive)\b|\bcan wait\b|\b(?:doesn'?t|does not|don'?t|do not) need (?:it |them |the (?:answers|results|output) )?(?:straight away|right away|immediately|in real time|instantly)\b|\basync(?:hronous(?:ly)?)?\b/i;

/** Most of the work, with no share given: "most of it", "the bulk", "the majority". */
const MOST = /\bmost of (?:it|this|that|them|the (?:bill|spend|calls|work|traffic|requests|tokens))\b|\b(?:the )?bulk of\b|\b(?:the )?majority of\b|\b(?:nearly|almost) all of (?:it|this|that|them)\b/i;
/** Words that ask what a volume of tokens costs. */
const ASKS_COST = /\b(cost|costs|costing|bill|billed|spend|price|pay|paying|budget|how much|what would|what will|work out|come to|total|ballpark|roughly|estimate|monthly|per month|a month)\b|[$£€]\s*\?/i;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mil: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const NUMBER = String.raw`(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<scale>k|thousand|m|mn|mil|million|b|bn|billion)?`;
const SIDE = String.raw`(?<side>input|in|prompt|output|out|completion|generated)`;

/** "over 200k prompt", "prompts above 200,000 tokens": a size limit (the long-prompt tier), not a volume to cost. */
const NOT_A_LIMIT = String.raw`(?<!\b(?:over|above|beyond|past|exceeding|exceeds?|than|under|below|up to)\s+|[<>]\s?)`;

/** "pricing per 1m in/out": the unit a price is quoted in, not a volume to cost. */
const NOT_A_UNIT = String.raw`(?<!\b(?:per|each|every)\s+)`;

/**
 * "10m input tokens", "2m output", "500k tokens in", "10 million tokens of input", "1.5bn prompt tokens", and a size
 * typed before the side ("250k-token prompts", "2k token outputs").
 */
const ITEM_SIZE = new RegExp(String.raw`${NOT_A_LIMIT}${NOT_A_UNIT}(?<![\w.$£€/-])${NUMBER}[- ]tokens?[- ]${SIDE}s?\b`, 'gi');
const VOLUMES = [
  new RegExp(String.raw`${NOT_A_LIMIT}${NOT_A_UNIT}(?<![\w.$£€/-])${NUMBER}\s+${SIDE}\b(?:\s+tokens?)?`, 'gi'),
  new RegExp(String.raw`${NOT_A_LIMIT}${NOT_A_UNIT}(?<![\w.$£€/-])${NUMBER}\s+tokens?\s+(?:of\s+)?${SIDE}\b`, 'gi'),
  ITEM_SIZE,
];

/** Token volumes a message states for input and output. */
export interface Volumes {
  input?: number;
  output?: number;
  /** Stated as so many items a period of so many tokens each ("3,000 bundles a month" of "400k tokens"). */
  items?: { count: number; noun: string; period?: string; input?: number; output?: number };
}

/** A figure of NUMBER's groups, scaled ("2k" -> 2,000). */
const figure = (groups: Record<string, string | undefined> | undefined) => Number((groups?.n ?? '').replace(/,/g, '')) * (SCALE[(groups?.scale ?? '').toLowerCase()] ?? 1);
/** A count of items a period: "around 3,000 bundles a month", "20k emails per month", "500 contracts a week", "300 chats/day". */
const ITEMS = new RegExp(String.raw`(?<![\w.$£€/-])${NUMBER}\s+(?<noun>[a-z]{3,})\s*(?:\s(?:a|per|each|every)\s+|/\s*)(?<period>day|week|month|year)\b`, 'i');
/** So many items of a stated size, counted for no period: "50 prompts of 250k tokens each" (one go). */
const COUNTED_SIZED = new RegExp(String.raw`(?<![\w.$£€/-])${NUMBER}\s+(?<noun>[a-z]{3,})\s+(?:of|averaging|at|around|about|with)\s+(?:~|about |around |roughly )?\d[\d,.]*\s?(?:k|m)?[- ]?tokens?\b`, 'i');
/** Items of a stated size, not counted where they are named: "prompts of about 300k tokens each". */
const SIZED_ITEMS = /\b(?<noun>[a-z]{3,})\s+(?:of|averaging|around|about|with)\s+(?:~|about |around |roughly )?\d[\d,.]*\s?(?:k|m)?[- ]?tokens?\b/i;
/** A bare count a period, its items' word left out: "…, 100 a day". */
const COUNT_A_PERIOD = new RegExp(String.raw`(?<![\w.$£€/~-])${NUMBER}\s+(?:a|per|each|every)\s+(?<period>day|week|month|year)\b`, 'i');
/** What comes back for each item: "outputs short (~2k tokens each)", "summaries of about 500 tokens". */
const OUTPUT_EACH = new RegExp(String.raw`\b(?:outputs?|answers?|repl(?:y|ies)|responses?|summar(?:y|ies)|completions?)\b[^.;?!]{0,25}?(?<![\w.])${NUMBER}[- ]?tokens?\b`, 'i');
/** A word's letters alone, safe inside a pattern. */
const lettersOf = (w: string) => w.replace(/[^a-z]/gi, '');

/**
 * So many items a period a message counts ("around 3,000 bundles a month"): the count, the item's word, that word
 * without its plural ending (so "bundle" finds "bundles" and "bundle") and the period; undefined without one.
 */
function countedItems(text: string): { count: number; noun: string; stem: string; period?: string } | undefined {
  const items = ITEMS.exec(text) ?? COUNTED_SIZED.exec(text);
  // "prompts of about 300k tokens each…, 100 a day": the count typed after them, their word left out.
  const sized = items ? undefined : SIZED_ITEMS.exec(text);
  const counting = items ?? (sized ? COUNT_A_PERIOD.exec(text) : undefined);
  const noun = lettersOf((items ?? sized)?.groups?.noun ?? '').toLowerCase();
  const stem = noun.replace(/(?:es|s)$/, '');
  const count = figure(counting?.groups);
  // "2 thousand per month": a scale's word is no item; nor are tokens or words.
  if (!counting || stem.length < 3 || !(count > 0) || /^(?:thousand|million|billion|token|word)s?$/.test(noun)) return undefined;
  const period = counting.groups?.period?.toLowerCase();
  return { count, noun, stem, ...(period ? { period } : {}) };
}

/**
 * Volumes stated per item: so many items a period ("around 3,000 bundles a month"), the tokens each one holds
 * ("~400k-token case bundles", "bundles of about 400k tokens") and what comes back for each ("outputs ~2k tokens
 * each"). Undefined without a count and a size of the same items.
 */
function itemVolumes(text: string): Volumes | undefined {
  const items = countedItems(text);
  if (!items) return undefined;
  const { count, noun, stem, period } = items;
  // The same items' size, typed before them ("400k-token case bundles") or after ("bundles of ~400k tokens").
  const sizeBefore = new RegExp(String.raw`(?<![\w.$£€/-])${NUMBER}[- ]?tokens?[- ](?:[a-z]+[- ]){0,2}${stem}`, 'i').exec(text);
  const sizeAfter = new RegExp(String.raw`\b${stem}[a-z]*\s+(?:of|averaging|at|around|about|with)\s+(?:~|about |around |roughly )?${NUMBER}[- ]?tokens?\b`, 'i').exec(text);
  // Or the size said to be each one's, with no side: "2 million docs a month, ~1k tokens each".
  const sizeEach = new RegExp(String.raw`(?<![\w.$£€/-])${NUMBER}[- ]?tokens?\s+(?:each|apiece|per\s+${stem}[a-z]*)\b`, 'i').exec(text);
  const input = figure((sizeBefore ?? sizeAfter ?? sizeEach)?.groups);
  const output = figure(OUTPUT_EACH.exec(text)?.groups);
  if (!(input > 0)) return undefined;
  const each = { count, noun, period, input, ...(output > 0 ? { output } : {}) };
  return { input: input * count, ...(output > 0 ? { output: output * count } : {}), items: each };
}

/**
 * The input and output token volumes a message states (the first of each), or failing those, so many items of so many
 * tokens each; undefined when it states neither.
 */
export function readVolumes(text: string): Volumes | undefined {
  const found: Volumes = {};
  // Whether a volume is stated for a period ("10m input tokens a month"), which makes it a total, not one item's.
  let forPeriod = false;
  // Whether a volume is typed as one item's size ("250k-token prompts"), which makes it each item's.
  let itemSize = false;
  // One item's size says nothing of volume without a count of the items ("gpt-5 mini with 2k-token prompts, per
  // mtok?").
  const counted = countedItems(text) !== undefined;
  for (const re of VOLUMES) {
    if (re === ITEM_SIZE && !counted) continue;
    for (const m of text.matchAll(re)) {
      const scale = SCALE[(m.groups?.scale ?? '').toLowerCase()];
      const n = figure(m.groups);
      // A volume says so: a scale ("10m"), the word "tokens", or a figure in the thousands; "gpt-5.2 output" is a name.
      if (scale === undefined && !/tokens?/i.test(m[0]) && n < 1000) continue;
      const side = /^(input|in|prompt)$/i.test(m.groups?.side ?? '') ? 'input' : 'output';
      if (n > 0 && found[side] === undefined) {
        found[side] = n;
        if (re === ITEM_SIZE) itemSize = true;
      }
      if (PERIOD_AFTER.test(text.slice(m.index + m[0].length))) forPeriod = true;
    }
  }
  if (found.input === undefined && found.output === undefined) return itemVolumes(text);
  // The other side joined to a stated one, in fewer words: "3k input tokens and 500 output".
  for (const joined of [JOINED_SIDE.exec(text), JOINED_BEFORE.exec(text)]) {
    const joinedSide = /^(input|in|prompt)$/i.test(joined?.groups?.side ?? '') ? 'input' : 'output';
    if (joined && found[joinedSide] === undefined && figure(joined.groups) > 0) found[joinedSide] = figure(joined.groups);
  }
  // The items' own size typed with no side beside an output stated for each ("~400 prompts a month of ~250k tokens
  // each, ~2k tokens out each") is what goes in.
  if (!forPeriod && found.input === undefined && found.output !== undefined) {
    const sized = itemVolumes(text)?.items?.input;
    if (sized !== undefined && sized !== found.output) found.input = sized;
  }
  return forPeriod ? found : (perItem(text, found, itemSize) ?? found);
}

/** A volume joined to one stated in tokens, however small: "…tokens and 500 output", "…tokens + 300 out", "…tokens in and 400 out". */
const JOINED_SIDE = new RegExp(String.raw`\btokens?(?:\s+(?:in|out|input|output))?\s+(?:and|plus|\+|,)\s*(?:~|about |around |roughly )?${NUMBER}\s+${SIDE}\b`, 'i');
/** A side stated before one marked in tokens, however small: "~800 input + 200 output tokens", "500 in / 100 out tokens". */
const JOINED_BEFORE = new RegExp(String.raw`(?<![\w.$£€/-])${NUMBER}\s+${SIDE}\s*(?:and|plus|\+|,|/)\s*(?:~|about |around |roughly )?\d[\d,.]*\s?(?:k|m)?\s+(?:input|in|prompt|output|out|completion|generated)\s+tokens?\b`, 'i');
/** A period right after a volume: "10m input tokens a month", "…per day". */
const PERIOD_AFTER = /^\s*(?:tokens?\s+)?(?:a|per|each|every|\/)\s*(?:day|week|month|year|mo|mth)\b|^\s*(?:tokens?\s+)?(?:daily|weekly|monthly|yearly)\b/i;

/**
 * Volumes stated for one item ("each support ticket is about 3k input tokens and 500 output", "a request is 2,000
 * input and 300 output tokens") with so many of those items a period ("20k tickets a day", "50k requests a month"):
 * the totals they make. Undefined unless the message counts the same items it sizes.
 */
function perItem(text: string, each: Volumes, sizedAlready = false): Volumes | undefined {
  const items = countedItems(text);
  if (!items) return undefined;
  const { count, noun, stem, period } = items;
  // The item is sized, not just counted: "each ticket is…", "per request", "a request is…", "tickets average…", or
  // the size said to be each one's ("1,000 convos a day, about 2,000 input and 500 output tokens each", "5,000
  // requests a day, each around 1,500 tokens in and 400 out").
  const sized = new RegExp(String.raw`\b(?:each|every|per|one|a|an)\s+(?:[a-z]+\s+)?${stem}\b|\b${stem}[a-z]*\s+(?:is|are|has|have|averages?|uses?|runs?|takes?)\b|\b(?:tokens?|input|output|in|out)\s+(?:each|apiece)\b|\beach\b(?=[^.?!;]{0,30}\btokens?\b)`, 'i');
  if (!sizedAlready && !sized.test(text)) return undefined;
  return { ...(each.input !== undefined ? { input: each.input * count } : {}), ...(each.output !== undefined ? { output: each.output * count } : {}), items: { count, noun, period, ...(each.input !== undefined ? { input: each.input } : {}), ...(each.output !== undefined ? { output: each.output } : {}) } };
}

/** What a quote charges for the volumes, at each end of its span; undefined when it lacks a side the volumes need. */
function bill(q: PriceQuote, v: Volumes): Span | undefined {
  const part = (volume: number | undefined, price: Span | null, end: keyof Span) => (volume === undefined ? 0 : price ? (volume / 1e6) * price[end] : Number.NaN);
  const low = part(v.input, q.input, 'low') + part(v.output, q.output, 'low');
  const high = part(v.input, q.input, 'high') + part(v.output, q.output, 'high');
  return Number.isNaN(low) || Number.isNaN(high) ? undefined : { low, high };
}

/** Most priced models one message is costed for. */
const MAX_MODELS = 3;

/**
 * The list-price quotes (at the prompt tier the message states) of the one to three priced models it names, with the
 * price data they come from; undefined when it names none, or more than three.
 */
function namedQuotes(question: string, named: string[]): { prices: ReturnType<typeof loadPrices>; quotes: PriceQuote[] } | undefined {
  const prices = loadPrices();
  const models = [...new Set(named.flatMap((n) => (hasModelPrice(n, prices) ? [n] : onlyPriced(n, prices))))];
  if (!models.length || models.length > MAX_MODELS) return undefined;
  const tier = promptTier(question);
  // One model asked of the hosts the message names ("maverick … cerebras or together, each $ total?"): each host's
  // bill, not the cheapest host's alone.
  const hosts = models.length === 1 ? modelQuotes(models[0] ?? '', tier, prices).filter((q) => namesProvider(question, q.provider)) : [];
  return { prices, quotes: hosts.length ? hosts : models.flatMap((m) => modelQuote(m, { tier }, prices) ?? []) };
}

/** Whether a message names a provider by its first word ("together" for "Together AI", "deepinfra" for "DeepInfra (serverless)"). */
function namesProvider(question: string, provider: string): boolean {
  const first = provider.toLowerCase().split(/[\s(]+/)[0] ?? '';
  return first.length >= 3 && new RegExp(String.raw`\b${escapeRegExp(first)}\b`, 'i').test(question);
}

/** A family name ("Claude Haiku") stands for its one priced model ("Claude Haiku 4.5"); a family with several, for none. */
export function onlyPriced(family: string, prices: ReturnType<typeof loadPrices>): string[] {
  const members = pricedModels(prices).filter((m) => m.toLowerCase().startsWith(`${family.toLowerCase()} `));
  return members.length === 1 ? members : [];
}

/** Days in each period a volume or a bill may be stated for; a month is taken as 30 days (and a year as 12 months). */
const PERIOD_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };
const PERIOD = /(?:(?:\b(?:a|per|each|every|one)\s+(?:(?:30|thirty)[- ]days?\s+)?|\/\s*)(day|week|month|year)|\b(daily|nightly|weekly|monthly|yearly|annually|annual))\b/gi;
const periodOf = (word: string) => ({ daily: 'day', nightly: 'day', weekly: 'week', monthly: 'month', yearly: 'year', annually: 'year', annual: 'year' })[word.toLowerCase()] ?? word.toLowerCase();

/**
 * The period the message's volumes are stated for and the other period it asks the bill in ("10m output tokens a day
 * … what's that a month?"); undefined unless it names two different periods.
 */
function periods(question: string, volumes: Volumes): { stated: string; asked?: string } | undefined {
  const found = [...question.matchAll(PERIOD)].map((m) => periodOf(m[1] ?? m[2] ?? ''));
  // The period the volumes carry themselves ("30m input tokens a month", "3,000 bundles a month"), when they do: a
  // count of other things a period ("2,000 chats per day") states nothing of them. The bill is then asked in the last
  // period the message names, when that is another.
  const own = volumes.items?.period ?? volumePeriod(question);
  if (own) {
    const last = found.at(-1);
    return { stated: own, ...(last && last !== own ? { asked: last } : {}) };
  }
  const stated = found[0];
  const asked = found.find((p) => p !== stated);
  return stated && asked ? { stated, asked } : undefined;
}

/** A period typed right after a volume: "…tokens a month", "…output per day", "…tokens/mo", "…tokens monthly". */
const PERIOD_TYPED_AFTER = /^\s*(?:tokens?\s+)?(?:(?:a|per|each|every)\s+|\/\s*)(day|week|month|year|mo|mth)\b|^\s*(?:tokens?\s+)?(daily|weekly|monthly|yearly)\b/i;

/** The period typed at the start of a text following a volume ("…a month", "/mo", "…daily"); undefined when none is. */
function typedPeriod(after: string): string | undefined {
  const m = PERIOD_TYPED_AFTER.exec(after);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  return word ? (word === 'mo' || word === 'mth' ? 'month' : periodOf(word)) : undefined;
}

/** The period the first volume stated for one is typed with; undefined when none is. */
function volumePeriod(question: string): string | undefined {
  for (const re of VOLUMES.filter((v) => v !== ITEM_SIZE)) {
    for (const m of question.matchAll(re)) {
      const period = typedPeriod(question.slice(m.index + m[0].length));
      if (period) return period;
    }
  }
  return undefined;
}

/** Words asking what one model would save against another. */
const ASKS_SAVING = /\b(save|saves|saving|savings|cheaper|difference)\b/i;

/**
 * What the asker's token volumes cost on the models they name, at the list prices in knowledge/data/prices.json:
 * "nightly job, 10m input and 2m output tokens on gpt-5.2, what's the bill?" is answered "At GPT-5.2's list prices
 * ($1.75 input and $14 output per million tokens), 10 million input and 2 million output tokens cost $45.50."
 *
 * `named` are the catalogue names the message mentions (`catalogue.names(question)`); the verdict needs one to three
 * priced models among them, a volume of input or output tokens, and a question about cost. A batch job also gets
 * the total at the provider's batch discount (`batch_discounts` in prices.json); cached input is not applied.
 */
export function billVerdict(question: string, named: string[]): Verdict | undefined {
  if (!ASKS_COST.test(question)) return undefined;
  const volumes = readVolumes(question);
  if (!volumes) return undefined;
  const quoted = namedQuotes(question, named);
  if (!quoted) return undefined;
  const { prices, quotes } = quoted;
  const bills = quotes.map((q) => ({ q, cost: bill(q, volumes) }));
  if (!bills.length || bills.some((b) => !b.cost)) return undefined;
  const amount = [volumes.input !== undefined ? `${largeNumber(volumes.input)} input` : '', volumes.output !== undefined ? `${largeNumber(volumes.output)} output` : ''].filter(Boolean).join(' and ');
  const side = volumes.input !== undefined && volumes.output !== undefined ? 'both' : volumes.input !== undefined ? 'input' : 'output';
  // Asked about batch jobs, the provider's batch discount (as its card states it) gives the second total.
  const batch = BATCH.test(question);
  const discount = (q: PriceQuote) => (batch ? batchDiscount(prices, q) : undefined);
  const each = bills.map(({ q, cost }) => {
    const d = discount(q);
    const off = (n: number) => n * (1 - (d?.share_off ?? 0));
    const batched = d ? `, or ${centsMoney(off(cost?.low ?? 0), off(cost?.high ?? 0))} with ${q.provider}'s ${Math.round(d.share_off * 100)}% batch discount` : '';
    return `${centsMoney(cost?.low ?? 0, cost?.high ?? 0)} on ${quoteLabel(q)} (${quoteFigures(q, side)})${batched}`;
  });
  const [first] = quotes;
  if (!first) return undefined;
  const discounted = batch && quotes.some((q) => discount(q));
  // "…a day … what's that a month?": the bill again in the period asked, a month taken as 30 days.
  const stated = periods(question, volumes);
  const span = stated?.asked ? { stated: stated.stated, asked: stated.asked } : undefined;
  const factor = !span ? 1 : span.stated === 'month' && span.asked === 'year' ? 12 : span.stated === 'year' && span.asked === 'month' ? 1 / 12 : (PERIOD_DAYS[span.asked] ?? 1) / (PERIOD_DAYS[span.stated] ?? 1);
  const per = stated ? ` a ${stated.stated}` : '';
  const inAsked = span ? ` That is ${joinAnd(bills.map(({ q, cost }) => `${centsMoney((cost?.low ?? 0) * factor, (cost?.high ?? 0) * factor)}${bills.length > 1 ? ` on ${quoteLabel(q)}` : ''}`))} a ${span.asked}${span.asked === 'month' ? ' (30 days)' : ''}.` : '';
  // "…how much would haiku save us?": the difference between the dearest and the cheapest, at list prices.
  const sorted = [...bills].sort((a, b) => (b.cost?.high ?? 0) - (a.cost?.high ?? 0));
  const dear = sorted[0];
  const cheap = sorted.at(-1);
  const saving = bills.length === 2 && ASKS_SAVING.test(question) && dear && cheap && dear !== cheap ? ` ${quoteLabel(cheap.q)} would cost ${centsMoney(((dear.cost?.low ?? 0) - (cheap.cost?.low ?? 0)) * factor, ((dear.cost?.high ?? 0) - (cheap.cost?.high ?? 0)) * factor)} less${span ? ` a ${span.asked}` : ''} than ${quoteLabel(dear.q)}.` : '';
  // Items of so many tokens each are named as the asker counted them, with the totals they make.
  const items = volumes.items;
  // (Counted for no period, they are one go: "50 prompts of 250,000 input tokens each (12.5 million input tokens in all)".)
  const counted = items ? `${largeNumber(items.count)} ${items.noun}${items.period ? ` a ${items.period}` : ''} of ${[items.input ? `${largeNumber(items.input)} input` : '', items.output ? `${largeNumber(items.output)} output` : ''].filter(Boolean).join(' and ')} tokens each (${amount} tokens ${items.period ? `a ${items.period}` : 'in all'})` : `${amount} tokens${per}`;
  // "…in gbp?": the bill (in the period asked, when one is) in the currency asked, at the stored exchange rate.
  const inWords = inAskedCurrency(question, bills.map(({ q, cost }) => ({ low: (cost?.low ?? 0) * factor, high: (cost?.high ?? 0) * factor, ...(bills.length > 1 ? { label: `on ${quoteLabel(q)}` } : {}) })), prices, span ? ` a ${span.asked}` : '');
  // "…usd cost? and A$ at 1.55": what is paid (after a batch discount, in the period asked) at the asker's own rate.
  const paid = bills.map(({ q, cost }) => ({ usd: (cost?.high ?? 0) * (1 - (discount(q)?.share_off ?? 0)) * factor, ...(bills.length > 1 ? { label: `on ${quoteLabel(q)}` } : {}) }));
  const ownRate = atOwnRate(question, paid, span ? ` a ${span.asked}` : '');
  const cheaper = bills.length === 1 && CHEAPER_OF_MAKER.test(question) ? cheapestOfMaker(first, volumes, promptTier(question), prices, side) : '';
  const text = `At list prices, ${counted} cost ${joinAnd(each)}${discounted ? '' : ', before any discount'}.${inAsked}${inWords}${ownRate}${saving}${cheaper}`;
  return { text, cardId: first.card, title: cardTitle(first.card) ?? first.card, url: first.url };
}

/** Words of a prompt cache: "cached context", "cache reads", "caching". */
const CACHE = /\bcach(?:e|ed|es|ing)\b/i;
/** A volume typed as cache reads: "80M cache-read tokens", "50m cached input tokens", "30m tokens read from the cache". */
const CACHE_READ_VOLUME = new RegExp(String.raw`(?<![\w.$£€/-])${NUMBER}(?:\s*(?:cache[- ]?reads?|cached(?:[- ]input)?|cache[- ]hits?)[- ]tokens?\b|\s+tokens?\s+(?:read\s+)?(?:from|out of)\s+(?:the\s+)?cache\b)`, 'i');
/** The share of the input read from the cache: "80% of that is the same cached system prompt", "cache hit rate of 70%". */
const CACHED_SHARE = /(\d{1,3}(?:\.\d+)?)\s?%[^.;?!]{0,60}?\bcach|\bcach\w*[^.;?!]{0,40}?(\d{1,3}(?:\.\d+)?)\s?%/i;

/**
 * What input read from a prompt cache costs, at the multiple of the input price the provider's card states
 * (`cache_read_multiples` in prices.json), against the full input price: "~80M cache-read tokens a month on opus 4.6,
 * vs the full input price?" is answered "…cost $40 on Claude Opus 4.6 …, against $400 at the full input price"; "100m
 * input tokens a month, 80% of it a cached system prompt" is costed with the 80% as cache reads and the rest at the
 * full price. One priced model only; undefined for a provider with no stated multiple.
 */
export function cacheVerdict(question: string, named: string[]): Verdict | undefined {
  if (!CACHE.test(question) || !ASKS_COST.test(question)) return undefined;
  const quoted = namedQuotes(question, named);
  const q = quoted?.quotes.length === 1 ? quoted.quotes[0] : undefined;
  const rate = q && quoted?.prices.cache_read_multiples.find((d) => d.provider === q.provider);
  if (!q?.input || !rate) return undefined;
  const typed = CACHE_READ_VOLUME.exec(question);
  let total: number;
  let cached: number;
  let period: string | undefined;
  if (typed) {
    total = cached = figure(typed.groups);
    period = typedPeriod(question.slice(typed.index + typed[0].length));
  } else {
    const input = readVolumes(question)?.input;
    const share = CACHED_SHARE.exec(question);
    const percent = Number(share?.[1] ?? share?.[2]);
    if (input === undefined || !(percent > 0 && percent <= 100)) return undefined;
    total = input;
    cached = (input * percent) / 100;
    period = volumePeriod(question);
  }
  if (!(cached > 0)) return undefined;
  const m = rate.multiple;
  const price = q.input;
  const at = (tokens: number, multiple: number) => [(tokens / 1e6) * price.low * multiple, (tokens / 1e6) * price.high * multiple] as const;
  const per = period ? ` a ${period}` : '';
  const [fullLow, fullHigh] = at(total, 1);
  const [readLow, readHigh] = at(cached, m);
  const [restLow, restHigh] = at(total - cached, 1);
  const readPrice = centsMoney(price.low * m, price.high * m);
  const text =
    cached === total
      ? `At list prices, ${largeNumber(cached)} cache-read tokens${per} cost ${centsMoney(readLow, readHigh)} on ${quoteLabel(q)}, where ${q.provider} bills cache reads at ${m} times the ${spanMoney(price)} input price (${readPrice} per million tokens), against ${centsMoney(fullLow, fullHigh)} at the full input price.`
      : `At list prices, ${largeNumber(total)} input tokens${per} with ${largeNumber(cached)} of them read from the cache cost ${centsMoney(readLow + restLow, readHigh + restHigh)} on ${quoteLabel(q)}: ${centsMoney(readLow, readHigh)} for the cache reads, which ${q.provider} bills at ${m} times the ${spanMoney(price)} input price (${readPrice} per million tokens), and ${centsMoney(restLow, restHigh)} for the rest. Without caching the same input costs ${centsMoney(fullLow, fullHigh)}.`;
  return { text, cardId: q.card, title: cardTitle(q.card) ?? q.card, url: q.url };
}

/**
 * A cheaper model of the same maker asked for beside a bill: "is there a cheaper claude we should test first?",
 * "which gpt is cheapest?", "a cheaper option?".
 */
const CHEAPER_OF_MAKER = /\b(?:cheaper|cheapest|less expensive|lower[- ]cost)\s+(?:[\w.-]+\s+){0,2}?(?:models?|options?|versions?|alternatives?|tiers?|ones?|claude|gpt|gemini|openai|anthropic|google)\b|\b(?:which|what)\s+(?:[\w.-]+\s+){0,2}?(?:models?|claude|gpt|gemini)\s+(?:is|would be)\s+(?:the\s+)?cheapest\b/i;

/**
 * The same tokens on the maker's cheapest model still sold at a listed price ("Anthropic's cheapest listed model,
 * Claude Haiku 4.5 ($1 input and $5 output per million tokens), would cost $275 for the same tokens."); empty when the
 * model billed is that one.
 */
function cheapestOfMaker(billed: PriceQuote, volumes: Volumes, promptTierAsked: ReturnType<typeof promptTier>, prices: ReturnType<typeof loadPrices>, side: Parameters<typeof quoteFigures>[1]): string {
  const listed = pricedModels(prices).flatMap((m) => {
    const q = modelQuotes(m, promptTierAsked, prices).find((x) => x.provider === billed.provider);
    const cost = q && !q.status ? bill(q, volumes) : undefined;
    return q && cost ? [{ q, cost }] : [];
  });
  const cheapest = listed.sort((a, b) => a.cost.high - b.cost.high)[0];
  // (Stated on the billed model's own price card, which the verdict cites.)
  if (!cheapest || cheapest.q.model === billed.model || cheapest.q.card !== billed.card) return '';
  return ` ${billed.provider}'s cheapest listed model, ${quoteLabel(cheapest.q)} (${quoteFigures(cheapest.q, side)}), would cost ${centsMoney(cheapest.cost.low, cheapest.cost.high)} for the same tokens.`;
}

/**
 * The batch price of the priced models a message names, where the provider's card states a batch discount and the
 * message gives no volumes to cost: "claude haiku 4.5 per mtok? and if we batch it?" is answered "Claude Haiku 4.5
 * costs $1 input and $5 output per million tokens at list, or $0.50 and $2.50 with Anthropic's 50% batch discount."
 * Work that can wait ("overnight summarising nobody reads till morning"), in a message asking to cut or cost it, is
 * what a batch discount is for and gets the same answer. Undefined for a provider with no stated discount: the cards
 * then say what they hold.
 */
export function batchVerdict(question: string, named: string[]): Verdict | undefined {
  const batched = BATCH.test(question) || (CAN_WAIT.test(question) && (ASKS_TO_SAVE.test(question) || ASKS_COST.test(question)));
  if (!batched || readVolumes(question)) return undefined;
  const quoted = namedQuotes(question, named);
  if (!quoted) return undefined;
  const discounted = quoted.quotes.flatMap((q) => {
    const d = batchDiscount(quoted.prices, q);
    const figures = d && batchFigures(q, d);
    return d && figures ? [{ q, d, figures }] : [];
  });
  const [first] = discounted;
  if (!first) return undefined;
  const each = discounted.map(({ q, figures }) => `${quoteLabel(q)} costs ${quoteFigures(q, 'both')} at list, or ${figures}`);
  return { text: `${batchSaving(question, discounted.map(({ q, d }) => ({ provider: q.provider, off: d.share_off })))}${joinAnd(each)}.`, cardId: first.d.card, title: cardTitle(first.d.card) ?? first.d.card, url: first.d.url };
}

/**
 * What the batch discount takes off the asker's own bill, as the verdict's opening: "opus 4.6 bill is ~€4k/mo. roughly
 * half of it is overnight report generation…" opens "Moving half of a €4,000-a-month bill to Anthropic's batch API at
 * 50% off would save about €1,000 a month, if that work is about half of the bill. ". With no share given, the whole
 * bill. Empty with no bill in the message (in its own currency and period), or when the models named are discounted
 * by different providers or shares.
 */
function batchSaving(question: string, discounts: { provider: string; off: number }[]): string {
  const [d] = discounts;
  const bill = readBill(prepare(question));
  if (!d || !bill || discounts.some((x) => x.provider !== d.provider || x.off !== d.off)) return '';
  const share = movedShare(question);
  const { per, typed } = billWords(bill);
  const saved = roughly(bill.value * (share?.share ?? 1) * d.off, bill.currency);
  const percent = `${Math.round(d.off * 100)}% off`;
  if (share) return `Moving ${share.words} of a ${typed} to ${d.provider}'s batch API at ${percent} would save about ${saved} ${per}, if that work is about ${share.words} of the bill. `;
  // "most of it is overnight summarising": some, not all, so the whole bill's saving is the most it could be.
  if (MOST.test(question)) return `Moving most of a ${typed} to ${d.provider}'s batch API at ${percent} would save up to about ${saved} ${per}. `;
  return `Moving the whole ${typed} to ${d.provider}'s batch API at ${percent} would save about ${saved} ${per}. `;
}

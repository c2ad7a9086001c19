import { cardTitle } from '../../knowledge/load-cards.ts';
import { loadPrices, type Prices } from '../../workflows/decision/prices.ts';
import { hasModelPrice, isPriceProvider, modelQuote, modelQuotes, pricedModels, quoteCost, rankedQuotes, type PriceQuote, type PriceSide, type PromptTier, type Span } from '../../workflows/decision/model-prices.ts';
import { BATCH, batchDiscount, batchFigures, CEILING_WORDS, ceilingWording, centsMoney, compareSpans, INCLUSIVE_CEILING, joinAnd, quoteFigures, quoteLabel, spanMoney, withinCeiling } from './price-wording.ts';
import { asksForCall, checksClaim, type QuestionAnalysis } from './question.ts';
import { withoutReasons } from './question-cues.ts';
import type { Verdict } from './verdict.ts';
import { countValue, TYPED_COUNT } from '../../workflows/format.ts';

/** Words that ask about price ("which rate applies?"; not a rate limit, an error rate or an exchange rate). */
const PRICE = /\b(price[sd]?|pricing|pricier|priciest|costs?|costing|charg(?:e|es|ed|ing)|cheap\w*|cheep\w*|dearer|dearest|expensive|per (million|1m|m|mtok|tokens?)|(?<!\b(?:error|exchange|success|adoption|win|hit|response|conversion|failure|refusal|heart) )rates?(?! (?:limits?|limited|limiting)\b))\b|\$/i;
/** True when a text asks what something costs ("price?", "per mtok", "$"). */
export function asksPrice(text: string): boolean {
  return PRICE.test(text);
}

/** Words that set two prices side by side. */
const COMPARED = /\b(cheaper|cheeper|dearer|pricier|more expensive|less expensive|costs? (more|less)|how much (more|less|extra)|(?:how much|what) (?:would|will|does|do|could) (?:it|that|we|this) save|vs\.?|versus|compared?|comparison|than|or|difference|differ|ratio|gap|same (?:price |cost |rate )?as|as (?:much|cheap|expensive|pricey|dear) as)\b/i;
/** One option picked out of several by price. */
const SUPERLATIVE = /\b(cheapest|cheepest|least expensive|lowest[- ]priced?|most expensive|priciest|dearest|highest[- ]priced?)\b/i;
const DEAREST = /\b(most expensive|priciest|dearest|highest[- ]priced?)\b/i;
/** The tier for prompts over 200,000 tokens ("under 200k" asks for the standard tier). */
const LONG_PROMPT = /\b(over|above|more than|beyond|past|exceed\w*|bigger than|longer than)\s+(the\s+)?(200\s?k|200[, ]000)\b|\blong[- ]?(context|prompts?)\b|\b(prompts?|context|inputs?)\s+(are|is|get|gets|run|runs)\s+(really\s+|very\s+|quite\s+)?(long|huge|big)\b|\b(200\s?k|200[, ]000)\s*\+/i;
/** Both prompt-length tiers asked for at once: "both tiers", "each tier", "tiered pricing". */
const BOTH_TIERS = /\b(?:both|each|all|the two|every)\s+(?:(?:price|pricing|prompt|context)\s+)?tiers?\b|\btiered\s+(?:pricing|prices?)\b/i;
/**
 * A prompt's size as people give it: "300k-token contract bundles", "prompts of 250,000 tokens", "400k tokens of
 * context", "when prompts are long (like 300k tokens)", "contracts of ~300k tokens each", "each one ~250k tokens"; a
 * monthly or daily volume ("inputs of 300k tokens a day") is not one.
 */
const PROMPT_SIZES: RegExp[] = [
  // "300k-token contract bundles", "400k tokens of context", "250,000 tokens per document", "300k tokens each"
  /\b(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<scale>k|m)?(?:-tokens?\b|\s+tokens?\s+(?:of\s+(?:context|input)|per\s+(?:call|request|prompt|query|document|doc|contract|file|bundle)|each|apiece)\b)/gi,
  // "prompts of 250,000 tokens"
  /\bprompts?\s+of\s+(?<n>\d{1,3}(?:,\d{3})+|\d+)\s?(?<scale>k)?\s+tokens?/gi,
  // "when prompts are long (like 300k tokens)", not "inputs of 300k tokens a day"
  /\b(?:prompts?|context|inputs?)\b[^.?!\d]{0,40}?\b(?<n>\d{1,3}(?:,\d{3})+|\d+)\s?(?<scale>k)?\s+tokens?\b(?!\s*(?:a|per|each|every|\/)\s*(?:month|day|week|year|mo)\b)/gi,
  // "each one ~250k tokens", "each contract runs to about 300k tokens"
  /\beach(?:\s+(?:one|doc|document|contract|file|prompt|request|call))?\s+(?:is\s+|of\s+|runs?\s+(?:to\s+)?)?(?:~\s?|about\s+|around\s+|roughly\s+)?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<scale>k|m)?\s+tokens?\b/gi,
];
/** The long-prompt tier starts above this many tokens. */
const LONG_TIER_TOKENS = 200_000;

/** The standard tier named ("prompts under 200k", "up to 200,000 tokens"). */
const STANDARD_PROMPT = /\b(under|below|up to|less than|within|inside)\s+(the\s+)?(200\s?k|200[, ]000)\b/i;

/** The prompt sizes a text gives, in tokens. */
const promptSizes = (text: string) =>
  PROMPT_SIZES.flatMap((pattern) => [...text.matchAll(pattern)]).map((m) => {
    const { n, scale } = m.groups ?? {};
    return Number((n ?? '').replace(/,/g, '')) * (scale?.toLowerCase() === 'k' ? 1e3 : scale?.toLowerCase() === 'm' ? 1e6 : 1);
  });

/**
 * The price tier a message asks about: the long-prompt tier when it says so or gives prompts over 200,000 tokens.
 * A message naming no size or tier of its own is priced at the size the asker gave earlier in the thread (`earlier`):
 * "costing gemini for contract review, prompts come in around 350k tokens each", then "what does 2.5 pro charge per
 * mtok at that size?".
 */
export function promptTier(text: string, earlier = ''): PromptTier {
  if (LONG_PROMPT.test(text)) return 'long';
  const sizes = promptSizes(text);
  if (sizes.some((tokens) => tokens > LONG_TIER_TOKENS)) return 'long';
  if (sizes.length || STANDARD_PROMPT.test(text) || !earlier) return 'standard';
  return promptTier(earlier);
}
/**
 * Discounts (cached input, batch jobs) are shares of the list price on the cards: no verdict compares them. The
 * cheapest model asked with batch jobs in mind is picked at list price and given at its batch price too.
 */
const DISCOUNT = /\b(cach(e|ed|ing)|batch)\b/i;
const CACHED = /\bcach(e|ed|ing)\b/i;
const discounted = (asked: string) => DISCOUNT.test(asked) && (CACHED.test(asked) || !SUPERLATIVE.test(asked));
/** Prices of something other than tokens: seats, plans, subscriptions, tuning, hosting. */
const OTHER_PRICE = /\b(seats?|per (user|head|person)|subscriptions?|plans?|enterprise|fine-?tun\w*|training|hosting|hosted|gpus?|hardware)\b/i;
/** Kinds that ask for something other than a price, whatever words they use. */
const NOT_ABOUT_PRICE = new Set(['definition', 'red-flags', 'good-answer', 'judge']);
interface Reading {
  side: PriceSide;
  tier: PromptTier;
  prices: Prices;
  /** The message asks about batch jobs ("cheapest claude model per mtok? and w/ batch?"). */
  batch: boolean;
}

/**
 * The price-comparison verdict, computed from `model_prices_usd_per_million` in knowledge/data/prices.json (never
 * from prose): "how much cheaper is haiku 4.5 than opus 4.6?" is answered "Claude Haiku 4.5 costs $1 input and $5
 * output per million tokens against $5 and $25 for Claude Opus 4.6: about 5 times cheaper on both."
 *
 * Contract for the caller (bot/answer/extractive.ts):
 * - `question` is the message; `analysis` is `analyseQuestion(question)`. Price and comparison words are read from
 *   `askedText(analysis)` (qualifiers and core, as the uncovered check reads them; the message when both are
 *   empty), so context around the question changes nothing.
 * - `named` is the catalogue entity names that text mentions, in order, duplicates allowed:
 *   `catalogue.names(askedText(analysis))`.
 *   Names must be exact catalogue names ("Claude Haiku 4.5", "DeepInfra").
 * - Returns a verdict when the core asks about price and either compares two priced models ("X vs Y price", "is X
 *   cheaper than Y", "which is cheaper, X or Y", "X or Y cheaper on input"), or one priced model at two named
 *   providers, or picks the cheapest / most expensive among the models named, a family ("cheapest gemini option?"),
 *   a provider's models, or a model's hosts ("cheapest host for maverick").
 * - Returns undefined, so the caller answers as before, for anything else: no price words, a definition or
 *   vendor-judging question, cached-input or batch prices, a versioned name the data holds no price for ("is
 *   llama 3.1 8b cheaper than gpt-5.2?"), a named provider that sells neither model, or fewer than two options.
 * - The verdict is one sentence with both prices and the ratio, the first model's card and source url as citation;
 *   disputed figures are given as a range and the sentence ends "depending on the source". It is a lead line for
 *   `withVerdict`, like `crossoverVerdict`'s.
 */
export function priceVerdict(question: string, analysis: QuestionAnalysis, named: string[], earlier = ''): Verdict | undefined {
  const asked = askedText(analysis) || question;
  // A should-we or yes/no giving price as its reason ("launch on the gemini preview because it's cheap. should we?")
  // asks for a call, not a price.
  const reasoned = asksForCall(analysis.kind) ? withoutReasons(asked) : asked;
  // ("what's a cheaper alternative to opus 4.6?" reads as a definition, yet asks for prices.)
  const notAboutPrice = NOT_ABOUT_PRICE.has(analysis.kind) && !(analysis.kind === 'definition' && CHEAPER_OPTION.test(reasoned));
  if (notAboutPrice || !PRICE.test(reasoned) || discounted(asked)) return undefined;
  const prices = loadPrices();
  // A vendor's API named as a product ("claude api" is the Anthropic API) stands for the vendor's priced models.
  const groups = [...new Set(named.map((n) => apiVendor(n, prices) ?? n).filter((n) => isPriceProvider(n, prices) || familyModels(n, prices).length >= 2))];
  // A family with one priced member ("and haiku?" is Claude Haiku 4.5 on the price list) stands for that member, unless
  // it is one of several families or vendors listed ("claude prices, opus / sonnet / haiku?").
  const onlyMember = (n: string) => {
    const members = groups.length ? [] : familyModels(n, prices);
    return members.length === 1 ? members : [];
  };
  const priced = [...new Set(named.flatMap((n) => (hasModelPrice(n, prices) ? [n] : onlyMember(n))))];
  // Two families and no model set side by side ("how much cheaper is haiku than opus per token?"): each stands for its
  // newest priced member, as a buyer comparing them means the models on sale today. A model named beside a family
  // ("is the 40x figure against gpt-5.2 or claude?") is left to the cards.
  const sides = priced.length ? [] : [...new Set(named.flatMap((n) => (isPriceProvider(n, prices) ? [] : newestMember(n, prices))))];
  const models = sides.length === 2 && COMPARED.test(asked) && !SUPERLATIVE.test(asked) ? sides : priced;
  // A versioned name with no price ("Llama 3.1 8B", "H100") is an option the verdict cannot price.
  if (named.some((n) => /\d/.test(n) && !models.includes(n) && !groups.includes(n))) return undefined;
  const read: Reading = { side: sideAsked(asked), tier: promptTier(question, earlier), prices, batch: BATCH.test(question) };
  // One model asked about at prompts over 200,000 tokens, or at both tiers: its long-prompt price, set against its standard one.
  const oneModel = models.length === 1 && !groups.length && !SUPERLATIVE.test(asked);
  if (read.tier === 'long' && oneModel) return longTier(models[0] ?? '', read);
  // A model with no long-prompt tier asked for "both tiers" is priced as usual.
  const tiers = oneModel && BOTH_TIERS.test(question) ? longTier(models[0] ?? '', read) : undefined;
  if (tiers) return tiers;
  // A vendor's or a family's models asked for as a list ("claude prices, opus / sonnet / haiku?", "gemini models +
  // prices, cheapest first?"): each model's current price, in the order asked. So too a family or vendor asked about
  // plainly with no model named ("how much does claude cost?"), which no one model's price answers; but only for token
  // prices at standard prompt lengths (a seat, a plan or fine-tuning is priced otherwise, long prompts have a tier).
  const plainly = !COMPARED.test(asked) && !SUPERLATIVE.test(asked) && !OTHER_PRICE.test(asked) && read.tier !== 'long';
  // One family or vendor set against something the price list does not name ("how much cheaper are the
  // free-to-download models vs the paid ones like claude?") is compared with a class, not listed.
  // (A top price a list is asked under, "less than $1 per mtok", "at or under $15", compares with no other thing.)
  const ceiling = !models.length && groups.length ? ceilingOf(asked) : undefined;
  if (!models.length && groups.length === 1 && COMPARED.test(ceiling ? asked.replace(ceiling.phrase, ' ') : asked) && !SUPERLATIVE.test(asked)) return undefined;
  // So too a list asked under a top price ("which gemini models cost under $1 per mtok?").
  if (!models.length && groups.length && ((LISTED.test(asked) && (!SUPERLATIVE.test(asked) || IN_ORDER.test(asked))) || plainly || ceiling)) return listing(groups, read, IN_ORDER.test(asked) ? DEAREST.test(asked) : undefined, ceiling);
  if (SUPERLATIVE.test(asked)) return superlative(models, groups, named, read, DEAREST.test(asked), topCount(asked));
  // One model's price asked plainly ("opus 4.6 price per mtok?"): its figures lead, before the card's list of others.
  // A provider named with it ("maverick price on together?") picks the host.
  const [model] = models;
  const hosts = (m: string) => groups.every((g) => isPriceProvider(g, prices) && sells(g, m, read));
  // One model asked at two hosts, even without words of comparison ("scout price on together? and on cerebras"), is
  // priced at both, side by side.
  const twoHosts = model !== undefined && models.length === 1 && groups.length === 2 && hosts(model);
  if (!COMPARED.test(asked) && !twoHosts) return model && models.length === 1 && hosts(model) ? single(model, named, read, claimedPrices(question, analysis)) : undefined;
  // One model and a cheaper option asked for ("is there a cheaper claude than opus 4.6?", "cheaper alternative to
  // gpt-5.2?"): its maker's models that cost less, not one other model set against it.
  if (model && models.length === 1 && !groups.some((g) => isPriceProvider(g, prices)) && CHEAPER_OPTION.test(asked)) return cheaperOptions(model, read);
  const pair = comparedQuotes(models, named, read);
  const compared = pair && comparison(...ordered(pair, asked, read.side), read.side);
  if (!compared) return compared;
  // "does sonnet 4.5 cost the same as opus 4.6?" is answered yes or no first.
  // Where sources disagree, no call is made.
  if (SAME_ASKED.test(asked)) return compared.text.endsWith('depending on the source.') ? compared : { ...compared, text: `${SAME_PRICE.test(compared.text) ? 'Yes' : 'No'}: ${compared.text}` };
  // So is "is haiku 4.5 cheaper than sonnet 4.5?" (a yes/no, or a claim put up to be checked, setting one against the other).
  const yesNo = analysis.kind === 'yes-no' || ASKS_WHETHER.test(asked.trim()) || checksClaim(question);
  const call = yesNo && /\bthan\b/i.test(asked) ? directionCall(asked, compared.text) : undefined;
  return call ? { ...compared, text: `${call}: ${compared.text}` } : compared;
}

/**
 * A cheaper option asked for beside one model: "a cheaper claude than opus 4.6", "cheaper option than gpt-5.2",
 * "cheaper alternative to opus", "anything cheaper than sonnet 4.5"; not "is haiku cheaper than opus" (two models).
 */
const CHEAPER_OPTION = /(?<!\bhow much\s+)\b(?:cheaper|cheeper|less expensive|lower[- ](?:priced|cost))\s+(?:(?:claude|gpt|gemini|mistral|llama|anthropic|openai|google|api|llm)\s+)?(?:models?|options?|alternatives?|choices?|ones?|versions?)\b|(?<!\bhow much\s+)\b(?:cheaper|cheeper|less expensive)\s+(?:claude|gpt|gemini|mistral|llama)\b|\b(?:anything|something)\s+(?:cheaper|less expensive)\b/i;

/**
 * The models the maker of one model sells for less on both input and output, cheapest first: "Yes: Anthropic lists
 * cheaper models than Claude Opus 4.6 ($5 input and $25 output per million tokens): Claude Haiku 4.5 at $1 and $5, …";
 * or that none is.
 */
function cheaperOptions(model: string, read: Reading): Verdict | undefined {
  const own = modelQuote(model, { tier: 'standard' }, read.prices);
  if (!own?.input || !own.output) return undefined;
  const { input, output } = own;
  const quotes = pricedModels(read.prices)
    .filter((m) => m !== model && sells(own.provider, m, read))
    .map((m) => modelQuote(m, { provider: own.provider, tier: 'standard' }, read.prices))
    .filter((q): q is PriceQuote => q !== undefined && !q.status && q.input !== null && q.output !== null);
  const cheaper = rankedQuotes(
    quotes.filter((q) => (q.input?.high ?? 0) <= input.low && (q.output?.high ?? 0) <= output.low && ((q.input?.high ?? 0) < input.low || (q.output?.high ?? 0) < output.low)),
    'both',
    false,
  );
  const figures = (q: PriceQuote) => `${spanMoney(q.input)} and ${spanMoney(q.output)}`;
  const of = `${quoteLabel(own)} (${spanMoney(input)} input and ${spanMoney(output)} output per million tokens)`;
  if (!cheaper.length) return citing(own, `No: of the ${own.provider} models priced here, none costs less than ${of}.`);
  return citing(cheaper[0] as PriceQuote, `Yes: ${own.provider} lists cheaper models than ${of}: ${joinAnd(cheaper.map((q) => `${quoteLabel(q)} at ${figures(q)}`))}.`);
}

/** A question opening the way a yes or no does: "is haiku 4.5 cheaper…", "does maverick cost less…". */
const ASKS_WHETHER = /^(?:so |ok |okay |and |but )?(?:is|are|does|do|was|were|would|will|isn'?t|doesn'?t)\b/i;
/** A size of a price gap: "29-41x", "5 times", "20%". */
const CLAIMED_GAP = /\d\s?(?:x|×|times)\b|\d\s?(?:%|per ?cent\b)/i;
/** Words asking whether the first costs less, and whether it costs more. */
const CHEAPER_ASKED = /\b(?:cheaper|cheeper|less expensive|costs? less|lower[- ]priced)\b/i;
const DEARER_ASKED = /\b(?:dearer|pricier|more expensive|costs? more|higher[- ]priced)\b/i;

/**
 * The yes or no to "is A cheaper (dearer) than B?" from the comparison's own wording ("about 3 times cheaper on both",
 * "14% dearer on input but 14% cheaper on output"): "Yes", "No", or "Only on output" when the sides differ. None for a
 * range that runs both ways or a question asking neither direction.
 */
function directionCall(asked: string, compared: string): string | undefined {
  const cheaper = CHEAPER_ASKED.test(asked);
  // A claimed size of the gap ("'29-41x cheaper than gpt'", "20% dearer") is more than a direction: no yes for it.
  if (cheaper === DEARER_ASKED.test(asked) || CLAIMED_GAP.test(asked)) return undefined;
  const want = cheaper ? 'cheaper' : 'dearer';
  const other = cheaper ? 'dearer' : 'cheaper';
  const result = compared.slice(compared.lastIndexOf(': ') + 2);
  if (SAME_PRICE.test(compared)) return 'No';
  if (/\bbetween\b/.test(result)) return undefined;
  const has = (w: string) => new RegExp(`\\b${w}\\b`).test(result);
  const evens = /\bthe same\b/.test(result);
  if (has(want) && !has(other) && !evens) return 'Yes';
  if (!has(want)) return 'No';
  const side = new RegExp(`\\b${want} on (input|output)\\b`).exec(result)?.[1];
  return side ? `Only on ${side}` : undefined;
}

/** A price asked to be the same as another's: "the same as", "as expensive as". */
const SAME_ASKED = /\bsame (?:price |cost |rate )?as\b|\bas (?:much|cheap|expensive|pricey|dear) as\b/i;
/** How `comparison` says two prices are equal. */
const SAME_PRICE = /\bthe same price\b/;

/**
 * The part of a message a price verdict reads: the core and the qualifiers before it ("haiku 4.5 or opus 4.6, which
 * costs less?" puts the models in a qualifier), joined as the uncovered check joins them.
 */
export function askedText(analysis: QuestionAnalysis): string {
  return [analysis.qualifiers, analysis.core].filter(Boolean).join(', ');
}

/** "input" or "output" when the question weighs one side only. */
function sideAsked(text: string): PriceSide {
  const input = /\b(input|prompt tokens)\b/i.test(text);
  const output = /\b(output|completion tokens)\b/i.test(text);
  return input === output ? 'both' : input ? 'input' : 'output';
}

/** The vendor of a product named "<vendor> API" when that vendor sells priced models ("Anthropic API" -> "Anthropic"). */
function apiVendor(name: string, prices: Prices): string | undefined {
  const vendor = /^(.+) API$/.exec(name)?.[1];
  return vendor && isPriceProvider(vendor, prices) ? vendor : undefined;
}

/** A model name's version, as a number: 4.6 for "Claude Opus 4.6", 5.2 for "GPT-5.2"; 0 for none. */
const versionOf = (model: string) => Number(/\d+(?:\.\d+)?/.exec(model)?.[0] ?? 0);

/** A family's priced member with the highest version still on sale (the first in data order on a tie), as a list of one or none. */
function newestMember(family: string, prices: Prices): string[] {
  const onSale = familyModels(family, prices).filter((m) => !modelQuote(m, { tier: 'standard' }, prices)?.status);
  const newest = onSale.reduce<string | undefined>((best, m) => (best === undefined || versionOf(m) > versionOf(best) ? m : best), undefined);
  return newest ? [newest] : [];
}

/** Priced models whose name extends a family name ("Gemini" -> "Gemini 3.1 Pro", "GPT-5" -> "GPT-5.2"). */
function familyModels(family: string, prices: Prices): string[] {
  const f = family.toLowerCase();
  return pricedModels(prices).filter((m) => m.toLowerCase().startsWith(f) && /^[ .]/.test(m.slice(f.length)));
}

const sells = (provider: string, model: string, read: Reading) => modelQuotes(model, read.tier, read.prices).some((q) => q.provider === provider);

/**
 * The provider named for a model sold by several ("maverick on cerebras vs opus 4.6"): the first named after the
 * model and before the next one that sells it, else the last such named before it.
 */
function providerFor(model: string, named: string[], read: Reading): string | undefined {
  const at = named.indexOf(model);
  const isModel = (n: string) => hasModelPrice(n, read.prices) && n !== model;
  const next = named.findIndex((n, i) => i > at && isModel(n));
  const after = named.slice(at + 1, next < 0 ? undefined : next);
  const prev = named.slice(0, at).map(isModel).lastIndexOf(true);
  const before = named.slice(prev + 1, at).reverse();
  return [...after, ...before].find((p) => sells(p, model, read));
}

/** The two quotes a comparison sets side by side: two models, or one model at two named providers. */
function comparedQuotes(models: string[], named: string[], read: Reading): [PriceQuote, PriceQuote] | undefined {
  const providers = named.filter((n) => isPriceProvider(n, read.prices));
  // A provider that sells neither model ("is opus 4.6 on together cheaper…") makes the question one the data cannot answer.
  if (providers.some((p) => !models.some((m) => sells(p, m, read)))) return undefined;
  const [only] = models;
  if (models.length === 1 && only) {
    const hosts = [...new Set(providers)].flatMap((p) => modelQuotes(only, read.tier, read.prices).filter((q) => q.provider === p));
    return hosts.length === 2 ? [hosts[0] as PriceQuote, hosts[1] as PriceQuote] : undefined;
  }
  if (models.length !== 2) return undefined;
  const [a, b] = models.map((m) => modelQuote(m, { provider: providerFor(m, named, read), tier: read.tier }, read.prices));
  return a && b ? [a, b] : undefined;
}

/**
 * The direction a comparison is asked in, when the question sets no order with "than": "which is cheaper, X or Y"
 * puts the cheaper first, "how much more is that" the dearer.
 */
function ordered(pair: [PriceQuote, PriceQuote], asked: string, side: PriceSide): [PriceQuote, PriceQuote] {
  const dearer = /\b(how much (more|extra)|dearer|pricier|more expensive|costs? more)\b/i.test(asked);
  const cheaper = /\b(how much (less|cheaper)|cheaper|cheeper|less expensive|costs? less)\b/i.test(asked);
  // "is X cheaper than Y" keeps the asker's order, so a wrong premise is corrected in its own terms.
  if (dearer === cheaper || /\bthan\b/i.test(asked)) return pair;
  const [a, b] = pair;
  const [x, y] = [quoteCost(a, side, 'low'), quoteCost(b, side, 'low')];
  if (x === undefined || y === undefined || x === y) return pair;
  return (dearer ? x < y : x > y) ? [b, a] : pair;
}

const citing = (q: PriceQuote, text: string): Verdict => ({ text, cardId: q.card, title: cardTitle(q.card) ?? q.card, url: q.url });
const disputed = (quotes: PriceQuote[], sides: ('input' | 'output')[]) => quotes.some((q) => sides.some((s) => q[s] && q[s].low !== q[s].high));

/** "A costs $1 input and $5 output per million tokens against $5 and $25 for B: about 5 times cheaper on both." */
export function comparison(a: PriceQuote, b: PriceQuote, side: PriceSide): Verdict | undefined {
  const sides = (side === 'both' ? (['input', 'output'] as const) : [side]).filter((s) => a[s] && b[s]);
  const [first, second] = sides;
  if (!first) return undefined;
  const shown: PriceSide = second ? 'both' : first;
  const costs = `${quoteLabel(a)} costs ${quoteFigures(a, shown)}`;
  const them = `${quoteLabel(b)}${b.context && b.context !== a.context ? ` (${b.context})` : ''}`;
  const [one, two] = sides.map((s) => compareSpans(a[s] as Span, b[s] as Span));
  let text: string;
  if (one?.direction === 'same' && (!two || two.direction === 'same')) text = `${costs}, the same price as ${them}`;
  else {
    const theirs = second ? `${spanMoney(b.input)} and ${spanMoney(b.output)}` : spanMoney(b[first]);
    const verdict = !one || !two ? (one?.text ?? '')
      : one.text === two.text ? `${one.text} on both`
        : `${one.text} on input ${one.direction === two.direction ? 'and' : 'but'} ${two.text} on output`;
    text = `${costs} against ${theirs} for ${them}: ${verdict}`;
  }
  return citing(a, `${text}${disputed([a, b], [...sides]) ? ', depending on the source' : ''}.`);
}

/** A question asking for several models' prices: plural prices, models, a price list, or names set out with slashes. */
const LISTED = /\b(prices|pricing|price list|models|line-?up|all|each|every)\b|\s\/\s|\+/i;
/** Prices asked in order ("cheapest first", "sorted by price"), which is a list, not one pick. */
const IN_ORDER = /\b(cheapest|cheepest|dearest|priciest|most expensive) (first|to|down|up)\b|\b(sorted|ordered|ranked|order) by (price|cost)\b|\bin (price )?order\b/i;
/** The most prices one answer lists. */
const LIST_MAX = 8;

/**
 * Every current price of the providers or families named, standard prompts, withdrawn models left out: "Per million
 * tokens, input and output: Claude Opus 4.6 $5 and $25, …, Claude Haiku 4.5 $1 and $5." In data order, or from the
 * cheapest (dearest) when asked so.
 */
function listing(groups: string[], read: Reading, dearestFirst: boolean | undefined, ceiling?: Ceiling): Verdict | undefined {
  const models = [...new Set(groups.flatMap((g) => (isPriceProvider(g, read.prices) ? pricedModels(read.prices).filter((m) => sells(g, m, read)) : familyModels(g, read.prices))))];
  const quotes = models
    .map((m) => modelQuote(m, { provider: groups.find((g) => isPriceProvider(g, read.prices) && sells(g, m, read)), tier: 'standard' }, read.prices))
    .filter((q): q is PriceQuote => q !== undefined && !q.status && q.input !== null && q.output !== null);
  if (quotes.length < 2) return undefined;
  if (ceiling) return underCeiling(groups, quotes, read, ceiling);
  const shown = (dearestFirst === undefined ? quotes : rankedQuotes(quotes, 'both', dearestFirst)).slice(0, LIST_MAX);
  // A range is a price the sources disagree on, and says so.
  const items = shown.map((q) => `${quoteLabel(q)} ${spanMoney(q.input)} and ${spanMoney(q.output)}${q.context ? ` (${q.context})` : ''}${disputed([q], ['input', 'output']) ? ' (sources differ)' : ''}`);
  const first = shown[0] as PriceQuote;
  return citing(first, `Per million tokens, input and output: ${joinAnd(items)}.`);
}

/** A top price per million tokens a list is asked under: "under $1 per mtok", "below 30c/mtok input". */
interface Ceiling {
  usd: number;
  typed: string;
  /** The price itself is within it: "at or under $15", "$15 or less", "at most", "no more than", "up to". */
  inclusive: boolean;
  /** The words that set it, as typed. */
  phrase: string;
}
const CEILING = new RegExp(String.raw`\b(${CEILING_WORDS})\s*(?:\$\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?(?:c|cents?)\b)(\s*or (?:less|under|below|cheaper)\b)?`, 'i');
/** A top price typed before "or less": "$5 per mtok output or less", "$2/mtok or under". */
const CEILING_AFTER = /\$\s?(\d+(?:\.\d+)?)(?:\s?\/\s?(?:mtok|1m|m)\b|\s+per\s+(?:million|mtok|1m|m)\b(?:\s+tokens?)?)?(?:\s+(?:input|output|in|out)(?:\s+tokens?)?)?\s+or\s+(?:less|under|below|cheaper)\b/i;
/** The top price a list of a vendor's or family's models is asked under, when the message gives one per token. */
function ceilingOf(asked: string): Ceiling | undefined {
  if (!/\b(?:mtok|per (?:million|1m|m)\b|\/\s?(?:mtok|1m|m)\b|tokens?\b)/i.test(asked)) return undefined;
  const m = CEILING.exec(asked);
  const after = m ? undefined : CEILING_AFTER.exec(asked);
  const usd = m ? (m[2] !== undefined ? Number(m[2]) : Number(m[3]) / 100) : after ? Number(after[1]) : 0;
  if (!(usd > 0)) return undefined;
  return { usd, typed: centsMoney(usd), inclusive: after !== undefined || INCLUSIVE_CEILING.test(m?.[1] ?? '') || m?.[4] !== undefined, phrase: (m ?? after)?.[0] ?? '' };
}

/**
 * The models of a list asked under a top price ("which gemini models cost under $1 per mtok input?"): those priced
 * under it on the side asked (input when the message names neither), cheapest first, then those under it on one
 * source's price and over it on another's, said so; or, with none under it, the cheapest.
 */
function underCeiling(groups: string[], quotes: PriceQuote[], read: Reading, ceiling: Ceiling): Verdict | undefined {
  const side: 'input' | 'output' = read.side === 'output' ? 'output' : 'input';
  const price = (q: PriceQuote) => q[side]?.high ?? Number.POSITIVE_INFINITY;
  const ranked = [...quotes].sort((a, b) => price(a) - price(b));
  const within = (usd: number | undefined) => usd !== undefined && withinCeiling(usd, ceiling.usd, ceiling.inclusive);
  const under = ranked.filter((q) => within(price(q)));
  // A price the sources disagree on that is under the top on one source's figure and over it on another's.
  const perhaps = ranked.filter((q) => !within(price(q)) && within(q[side]?.low));
  const of = `${joinAnd(groups)} models priced here`;
  const item = (q: PriceQuote) => `${quoteLabel(q)} (${spanMoney(q.input)} input and ${spanMoney(q.output)} output)`;
  const first = (under[0] ?? perhaps[0] ?? ranked[0]) as PriceQuote;
  const limit = `${ceilingWording(ceiling.inclusive)} ${ceiling.typed} per million ${side} tokens`;
  const onOneSource = `${joinAnd(perhaps.map(item))} ${perhaps.length === 1 ? 'does' : 'do'} on one source's price and not on another's`;
  if (!under.length && !perhaps.length) return citing(first, `None of the ${of} costs ${limit}; the cheapest is ${item(first)}.`);
  if (!under.length) return citing(first, `None of the ${of} costs ${limit} on every source's price; ${onOneSource}.`);
  return citing(first, `Of the ${of}, ${joinAnd(under.map(item))} ${under.length === 1 ? 'costs' : 'cost'} ${limit}${perhaps.length ? `; ${onOneSource}` : ''}.`);
}

/** A per-token price in dollars as typed: "$10", "$1.75/mtok", "$15 input"; not a budget or a bill ("$10k", "$900/mo"). */
const TYPED_PRICE = /(?<![\w.])(?:\$|us\$|usd\s?)(\d{1,3}(?:\.\d{1,3})?)(?![\d.,]|\s?(?:k|m|bn|million|billion|thousand|grand)\b|\s?(?:\/|a|per|each)\s?(?:month|mo|mth|year|yr|week|day|hour|hr|h|seat|user)\b)/gi;
/** A price asked about as a yes or no, or as one known before: "is haiku 4.5 $1/$5 per mtok?", "opus 4.6 still $15/$75?". */
const PRICE_CHECKED = /^\s*(?:so\s+|and\s+)?(?:is|are|was|were|does|do|did|has|have)\b|\bstill\b/i;
/** Words that put a figure forward as someone's claim, or ask whether it holds. */
const CLAIMED = /\b(?:says?|said|told|tells|claims?|claimed|put|puts|quoted?|reckons?|thinks?|heard|read|wrote|right|true|correct|accurate|confirm|is that|isn'?t it)\b/i;

/** Whether a message puts a figure forward to be checked: beside a word of claiming, as a yes or no, or as one known before. */
export const putForward = (text: string): boolean => CLAIMED.test(text) || PRICE_CHECKED.test(text);

/**
 * The per-token prices a message puts forward to be checked ("someone put $10 in the budget deck", "is gpt-5.2 output
 * $10 per mtok?"): only in a yes/no question or beside a word of claiming; otherwise a figure is the asker's own.
 */
export function claimedPrices(asked: string, analysis: Pick<QuestionAnalysis, 'kind'>): number[] {
  if (analysis.kind !== 'yes-no' && !putForward(asked)) return [];
  return [...asked.matchAll(TYPED_PRICE)].map((m) => Number(m[1]));
}

/**
 * "Claude Opus 4.6 costs $5 input and $25 output per million tokens." A price put forward to be checked is answered
 * yes or no first: "No: GPT-5.2 costs $14 per million output tokens, not $10." One figure checks against the side
 * asked (either side when none is); two, against input then output. Where sources disagree, no call is made.
 */
function single(model: string, named: string[], read: Reading, claimed: number[] = []): Verdict | undefined {
  const q = modelQuote(model, { provider: providerFor(model, named, read), tier: read.tier }, read.prices);
  if (!q || (read.side !== 'both' && !q[read.side]) || (read.side === 'both' && !q.input && !q.output)) return undefined;
  const side: PriceSide = read.side === 'both' && (!q.input || !q.output) ? (q.input ? 'input' : 'output') : read.side;
  const sides: ('input' | 'output')[] = side === 'both' ? ['input', 'output'] : [side];
  const split = disputed([q], sides);
  const said = `${quoteLabel(q)} costs ${quoteFigures(q, side)}${split ? ', depending on the source' : ''}`;
  if (!claimed.length || claimed.length > 2 || split) return citing(q, `${said}.`);
  const is = (span: Span | null, n: number) => span !== null && Math.abs(span.low - n) < 1e-9;
  const holds = claimed.length === 2 ? side === 'both' && is(q.input, claimed[0]!) && is(q.output, claimed[1]!) : claimed.length === 1 && sides.some((x) => is(q[x], claimed[0]!));
  const theirs = joinAnd(claimed.map((n) => spanMoney({ low: n, high: n })));
  return citing(q, holds ? `Yes: ${said}.` : `No: ${said}, not ${theirs}.`);
}

/** "For prompts over 200,000 tokens, Gemini 3.1 Pro costs $4 input and $18 output per million tokens, against $2 and $12 for prompts up to 200,000 tokens." */
function longTier(model: string, read: Reading): Verdict | undefined {
  const long = modelQuote(model, { tier: 'long' }, read.prices);
  const standard = modelQuote(model, { tier: 'standard' }, read.prices);
  if (!long?.context || !standard || long.context === standard.context) return undefined;
  const theirs = `${spanMoney(standard.input)} and ${spanMoney(standard.output)}${standard.context ? ` for ${standard.context}` : ''}`;
  return citing(long, `${quoteLabel(long)} costs ${quoteFigures(long, 'both')}, against ${theirs}.`);
}

/** The options a superlative picks among, and how the sentence names the pick. */
interface Scope {
  quotes: PriceQuote[];
  says: (best: PriceQuote[], rest: PriceQuote[]) => string;
}

/**
 * Among the models named (two or more), else a family's or provider's models ("cheapest gemini option?"; withdrawn
 * ones left out), else one model's hosts ("cheapest host for maverick").
 */
function scopeOf(models: string[], groups: string[], named: string[], read: Reading, dearest: boolean): Scope | undefined {
  const quoteOf = (m: string, provider?: string) => modelQuote(m, { provider: provider ?? providerFor(m, named, read), tier: read.tier }, read.prices) ?? [];
  const most = dearest ? 'most expensive' : 'cheapest';
  const are = (best: PriceQuote[]) => (best.length > 1 ? 'are' : 'is');
  const names = (qs: PriceQuote[]) => joinAnd(qs.map(quoteLabel));
  if (models.length >= 2) {
    return { quotes: models.flatMap((m) => quoteOf(m)), says: (best, rest) => `${names(best)} ${are(best)} ${dearest ? 'dearer' : 'cheaper'} than ${names(rest)}` };
  }
  // One model at the hosts named ("cheapest place to run maverick: deepinfra vs together vs sambanova?").
  const hosts = models.length === 1 ? groups.filter((g) => isPriceProvider(g, read.prices) && sells(g, models[0] ?? '', read)) : [];
  if (hosts.length >= 2) {
    const model = models[0] ?? '';
    const quotes = hosts.flatMap((h) => quoteOf(model, h));
    return { quotes, says: (best) => `Of ${joinAnd(hosts)}, ${model} is ${most} on ${joinAnd(best.map((q) => q.provider))}` };
  }
  const [group] = groups;
  if (group) {
    const provider = isPriceProvider(group, read.prices) ? group : undefined;
    const members = provider ? pricedModels(read.prices).filter((m) => sells(provider, m, read)) : familyModels(group, read.prices);
    const quotes = members.flatMap((m) => quoteOf(m, provider)).filter((q) => !q.status);
    // A provider's own models need no "on <provider>" after their names.
    const label = (q: PriceQuote) => (provider ? quoteLabel({ ...q, providers: 1 }) : quoteLabel(q));
    return { quotes, says: (best) => `${joinAnd(best.map(label))} ${are(best)} the ${most} ${group} model${best.length > 1 ? 's' : ''} priced here` };
  }
  const [model] = models;
  if (!model) return undefined;
  const quotes = modelQuotes(model, read.tier, read.prices);
  return { quotes, says: (best) => `Of the ${quotes.length} providers priced here, ${model} is ${most} on ${joinAnd(best.map((q) => q.provider))}` };
}

/** How many a superlative asks for: "top 3 cheapest…", "the three cheapest…", "cheapest 2 hosts". */
const TOP_COUNT = new RegExp(String.raw`\b(?:top|first)\s+${TYPED_COUNT}\b|\b${TYPED_COUNT}\s+(?:cheapest|cheepest|least expensive|lowest[- ]priced?|most expensive|priciest|dearest)\b|\b(?:cheapest|cheepest|dearest|priciest)\s+${TYPED_COUNT}\b(?!\s?(?:%|x|times|per|\/|k\b|m\b|mtok|tokens?))`, 'i');
/** The most options a superlative may be asked to rank. */
const TOP_MAX = 5;
/** The number of options a superlative asks for, from two to `TOP_MAX`; undefined for one pick. */
function topCount(asked: string): number | undefined {
  const m = TOP_COUNT.exec(asked);
  const n = m ? countValue((m[1] ?? m[2] ?? m[3] ?? '').toLowerCase()) : 0;
  return n > 1 && n <= TOP_MAX ? n : undefined;
}

/** "Gemini 2.5 Flash-Lite is the cheapest Gemini model priced here, at $0.10 input and $0.40 output per million tokens." */
function superlative(models: string[], groups: string[], named: string[], read: Reading, dearest: boolean, wanted?: number): Verdict | undefined {
  const scope = scopeOf(models, groups, named, read, dearest);
  if (!scope || scope.quotes.length < 2) return undefined;
  const [top, ...ranked] = rankedQuotes(scope.quotes, read.side, dearest);
  if (!top) return undefined;
  const figures = quoteFigures(top, read.side);
  const best = [top, ...ranked.filter((q) => quoteFigures(q, read.side) === figures)];
  const rest = scope.quotes.filter((q) => !best.includes(q));
  const says = rest.length ? scope.says(best, rest) : `${joinAnd(best.map(quoteLabel))} cost the same`;
  const sides: ('input' | 'output')[] = read.side === 'both' ? ['input', 'output'] : [read.side];
  // A disputed price whose better end would beat the pick ("Mistral Large 3 at $0.50/$1.50 or $2/$6") is named.
  const beats = (q: PriceQuote) => {
    const [theirs, ours] = [quoteCost(q, read.side, dearest ? 'high' : 'low'), quoteCost(top, read.side, dearest ? 'low' : 'high')];
    return theirs !== undefined && ours !== undefined && (dearest ? theirs > ours : theirs < ours);
  };
  const doubt = rest.filter(beats);
  const caveat = doubt.length ? `, though sources disagree on ${joinAnd(doubt.map(quoteLabel))}, which may be ${dearest ? 'dearer' : 'cheaper'}` : '';
  // Asked with batch jobs in mind, the pick's price at its provider's batch discount, stated on the same page.
  const discount = read.batch && best.length === 1 && read.side === 'both' ? batchDiscount(read.prices, top) : undefined;
  const batched = discount && discount.url === top.url ? batchFigures(top, discount) : undefined;
  // "top 3 cheapest…": the next ones after the pick, in order, until as many as asked are named.
  const more = wanted && wanted > best.length ? ranked.filter((q) => !best.includes(q)).slice(0, wanted - best.length) : [];
  const next = more.length ? `; next ${more.length === 1 ? 'comes' : 'come'} ${joinAnd(more.map((q) => `${quoteLabel(q)} at ${quoteFigures(q, read.side)}`))}` : '';
  return citing(top, `${says}, at ${figures}${batched ? ` at list, or ${batched}` : ''}${disputed(best, sides) ? ', depending on the source' : ''}${caveat}${next}.`);
}

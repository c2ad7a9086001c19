import type { Card } from './load-cards.ts';
import { markdownClaims, proseClaims, type Claim } from './claims/claims.ts';
import { normalizeName } from './entities/normalize.ts';
import type { GpuRental, ModelPrice, Prices } from '../workflows/decision/prices.ts';
import { countWord, dateInWords } from '../workflows/format.ts';

export interface PriceIssue {
  level: 'error';
  rule: 'price-entity' | 'price-figures' | 'price-source';
  cardId: string;
  message: string;
}

/** Dollar amounts a sentence states ("$0.60" and "$0.6" are the same figure). */
const dollars = (text: string) => [...text.matchAll(/\$(\d[\d,]*(?:\.\d+)?)/g)].map((m) => Number((m[1] ?? '').replace(/,/g, '')));
/** Every figure a text states ("200,000" is 200000). */
const figures = (text: string) => (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((f) => Number(f.replace(/,/g, '')));
const money = (n: number | null) => (n === null ? 'n/a' : `$${n}`);

/**
 * The price data and the cards' prose cannot drift apart: each entry of `model_prices_usd_per_million` names a
 * catalogue entity of its card exactly, its provider is a catalogue entity, one sentence of the card names the
 * model with every figure of the entry (prices, and the token count of a tier), that sentence cites the entry's
 * url with the source's date, and a withdrawn model's status is said of it.
 */
export function lintPrices(entries: ModelPrice[], cards: Card[]): PriceIssue[] {
  const issues: PriceIssue[] = [];
  const byId = new Map(cards.map((c) => [c.id, c]));
  const entityNames = new Set(cards.flatMap((c) => c.entities.map((e) => e.name)));
  const claimsOf = new Map(cards.map((c) => [c.id, markdownClaims(`${c.summary}\n\n${c.body}\n\n${c.verdicts.map((v) => v.verdict).join('\n\n')}`)]));
  entries.forEach((e, i) => {
    const at = `model_prices_usd_per_million[${i}] (${e.model}, ${money(e.input)}/${money(e.output)})`;
    const issue = (rule: PriceIssue['rule'], message: string): void => {
      issues.push({ level: 'error', rule, cardId: e.card, message: `${at}: ${message}` });
    };
    const card = byId.get(e.card);
    if (!card) return issue('price-entity', `card "${e.card}" does not exist`);
    const entity = card.entities.find((x) => x.name === e.model);
    if (!entity) return issue('price-entity', `"${e.model}" is not a catalogue entity of ${e.card}`);
    if (!entityNames.has(e.provider)) issue('price-entity', `provider "${e.provider}" is no catalogue entity of any card`);
    const forms = [entity.name, ...entity.aliases].map(normalizeName);
    const naming = (claimsOf.get(card.id) ?? []).filter((c) => forms.some((f) => normalizeName(c.text).includes(f)));
    if (e.status && !naming.some((c) => c.text.includes(e.status ?? ''))) issue('price-figures', `no sentence of ${e.card} says ${e.model} is ${e.status}`);
    const stating = naming.filter((c) => statesFigures(c, e));
    if (!stating.length) return issue('price-figures', `no sentence of ${e.card} names ${e.model} with these figures${e.context ? ` for ${e.context}` : ''}`);
    const cited = stating.flatMap((c) => sourcesOf(c, card)).filter((s) => s.url === e.url);
    if (!cited.length) return issue('price-source', `the sentence stating it cites ${[...new Set(stating.flatMap((c) => sourcesOf(c, card)).map((s) => s.url))].join(', ')}, not ${e.url}`);
    if (!cited.some((s) => s.date === e.date)) issue('price-source', `date "${e.date}" is not the source's date "${cited[0]?.date}"`);
  });
  return issues;
}

function statesFigures(claim: Claim, e: ModelPrice): boolean {
  const stated = dollars(claim.text);
  const all = figures(claim.text);
  const prices = [e.input, e.output].filter((n): n is number => n !== null);
  return prices.every((n) => stated.includes(n)) && figures(e.context ?? '').every((n) => all.includes(n));
}

/** The sources a sentence cites; a card with one source needs no markers, so its sentences cite that source. */
function sourcesOf(claim: Claim, card: Card): Card['sources'] {
  if (!claim.sources.length) return card.sources.length === 1 ? card.sources : [];
  return card.sources.filter((s) => s.id && claim.sources.includes(s.id));
}

/**
 * The card a data entry says states its figures, with that card's sentences and an issue maker naming the entry;
 * or the one issue that the card does not exist.
 */
function entryCard(entry: string, cardId: string, cards: Card[]): { claims: Claim[]; card: Card; issue: (message: string) => PriceIssue } | PriceIssue {
  const issue = (message: string): PriceIssue => ({ level: 'error', rule: 'price-figures', cardId, message: `${entry}: ${message}` });
  const card = cards.find((c) => c.id === cardId);
  return card ? { card, claims: proseClaims(card), issue } : issue(`no card "${cardId}"`);
}

/**
 * The GPU throughput the utilisation verdict computes with is the card's own: one sentence of the card names the
 * GPU with the hourly price, and one names the model with the tokens per second.
 */
export function lintThroughput(t: Prices['self_hosted_throughput'], cards: Card[]): PriceIssue[] {
  const found = entryCard('self_hosted_throughput', t.card, cards);
  if (!('claims' in found)) return [found];
  const { claims, issue } = found;
  const states = (name: string, n: number) => claims.some((c) => normalizeName(c.text).includes(normalizeName(name)) && figures(c.text).includes(n));
  const issues: PriceIssue[] = [];
  if (!states(t.gpu, t.usd_per_hour)) issues.push(issue(`no sentence of ${t.card} names ${t.gpu} at $${t.usd_per_hour} an hour`));
  if (!states(t.model, t.output_tokens_per_second)) issues.push(issue(`no sentence of ${t.card} names ${t.model} at ${t.output_tokens_per_second} tokens a second`));
  return issues;
}

/**
 * A provider's pricing term is its card's: one sentence of the card citing the entry's source names the provider and
 * says what `says` looks for; `what` words the issue ("batch processing takes 30% off").
 */
function lintProviderTerms<T extends { provider: string; card: string; url: string }>(field: string, entries: T[], cards: Card[], says: (text: string, entry: T) => boolean, what: (entry: T) => string): PriceIssue[] {
  const issues: PriceIssue[] = [];
  for (const d of entries) {
    const issue = (message: string) => issues.push({ level: 'error', rule: 'price-figures', cardId: d.card, message: `${field} (${d.provider}): ${message}` });
    const card = cards.find((c) => c.id === d.card);
    if (!card) {
      issue(`no card "${d.card}"`);
      continue;
    }
    const source = card.sources.find((x) => x.url === d.url);
    const states = proseClaims(card).some((c) => c.text.includes(d.provider) && says(c.text, d) && (!source?.id || c.sources.includes(source.id)));
    if (!source) issue(`the card cites no source at ${d.url}`);
    else if (!states) issue(`no sentence of ${d.card} citing that source says ${what(d)}`);
  }
  return issues;
}

/** A batch discount: a sentence names the provider and batch processing with the share off (50% or "halves"). */
export function lintBatchDiscounts(discounts: Prices['batch_discounts'], cards: Card[]): PriceIssue[] {
  const share = (d: Prices['batch_discounts'][number]) => (d.share_off === 0.5 ? /\b(50%|half|halves|halve)\b/i : new RegExp(`\\b${Math.round(d.share_off * 100)}%`));
  return lintProviderTerms('batch_discounts', discounts, cards, (text, d) => /\bbatch\b/i.test(text) && share(d).test(text), (d) => `${d.provider}'s batch processing takes ${Math.round(d.share_off * 100)}% off`);
}

/** The words a multiple of the input price may be written in besides "0.1 times". */
const MULTIPLE_WORDS: Record<number, string> = { 0.1: 'a tenth', 0.25: 'a quarter', 0.5: 'half' };

/** A cache-read price: a sentence names the provider and cache reads with the multiple ("0.1 times", "a tenth"). */
export function lintCacheReads(multiples: Prices['cache_read_multiples'], cards: Card[]): PriceIssue[] {
  const times = (d: Prices['cache_read_multiples'][number]) => new RegExp(String.raw`\b${String(d.multiple).replace('.', '\\.')} times\b${MULTIPLE_WORDS[d.multiple] ? `|\\b${MULTIPLE_WORDS[d.multiple]}\\b` : ''}`, 'i');
  return lintProviderTerms('cache_read_multiples', multiples, cards, (text, d) => /\bcache[ds]?[- ]reads?\b/i.test(text) && times(d).test(text), (d) => `${d.provider} bills cache reads at ${d.multiple} times the input price`);
}

/** A euro amount as the cards write it: "€35 million", "€7.5 million", "€15m". */
const euros = (text: string) => [...text.matchAll(/€(\d+(?:\.\d+)?)\s?(million|m)\b/gi)].map((m) => Number(m[1]) * 1e6);

/**
 * The fine tiers the fine verdict computes with are the card's own: for each tier, one sentence of the card states
 * its fixed amount in euros with its share of turnover, and cites the entry's source.
 */
export function lintFines(f: Prices['ai_act_fines'], cards: Card[]): PriceIssue[] {
  const found = entryCard('ai_act_fines', f.card, cards);
  if (!('claims' in found)) return [found];
  const { card, claims, issue } = found;
  const cited = new Set(card.sources.filter((s) => f.sources.some((x) => x.url === s.url)).map((s) => s.id));
  return f.tiers.flatMap((t) =>
    claims.some((c) => euros(c.text).includes(t.fixed_eur) && new RegExp(`\\b${t.turnover_percent}%`).test(c.text) && c.sources.some((k) => cited.has(k)))
      ? []
      : [issue(`no sentence of ${f.card} citing ${f.sources[0]?.url} states €${t.fixed_eur / 1e6} million with ${t.turnover_percent}% (${t.id})`)],
  );
}

/**
 * The AI Act dates the timeline verdict works with are the card's own: for each stage, one sentence of the card
 * citing the stage's source states its date.
 */
export function lintAiActDates(d: Prices['ai_act_dates'], cards: Card[]): PriceIssue[] {
  const found = entryCard('ai_act_dates', d.card, cards);
  if (!('claims' in found)) return [found];
  const { card, claims, issue } = found;
  return d.stages.flatMap((stage) => {
    const source = card.sources.find((x) => x.url === stage.source);
    if (!source) return [issue(`the card cites no source at ${stage.source}`)];
    const words = dateInWords(stage.from);
    return claims.some((c) => c.text.includes(words) && sourcesOf(c, card).includes(source)) ? [] : [issue(`no sentence of ${d.card} citing ${stage.source} states ${words} (${stage.id})`)];
  });
}

/** A count as the cards write it: "700 million", "100 million". */
const millions = (text: string) => [...text.matchAll(/\b(\d+(?:\.\d+)?)\s?million\b/gi)].map((m) => Number(m[1]) * 1e6);

/** How a card says when a licence counts its users. */
const COUNTED_WORDING: Record<NonNullable<Prices['licence_user_caps']['caps'][number]['counted']>, RegExp> = {
  'on-release-date': /\bon the [\w. ]{0,30}release date\b/i,
  'while-in-use': /\bwhile the model is in (?:commercial )?use\b|\bgrows? past\b/i,
};

/**
 * The user caps the user-cap verdict compares with are the cards' own: for each, one sentence of its card names the
 * model or its licence, states the number of monthly active users in millions and the licensor, and cites the entry's
 * source; where the entry says when the users are counted (`counted`), that sentence says so too.
 */
export function lintUserCaps(caps: Prices['licence_user_caps']['caps'], cards: Card[]): PriceIssue[] {
  return caps.flatMap((cap) => {
    const found = entryCard(`licence_user_caps (${cap.model})`, cap.card, cards);
    if (!('claims' in found)) return [found];
    const { card, claims, issue } = found;
    const source = card.sources.find((x) => x.url === cap.url);
    if (!source) return [issue(`the card cites no source at ${cap.url}`)];
    const stating = (extra: RegExp) => claims.some((c) =>
      [cap.model, cap.licence].some((name) => normalizeName(c.text).includes(normalizeName(name))) && millions(c.text).includes(cap.monthly_active_users) && /monthly active users?/i.test(c.text) && c.text.includes(cap.licensor) && extra.test(c.text) && sourcesOf(c, card).includes(source));
    if (!stating(/./)) return [issue(`no sentence of ${cap.card} citing ${cap.url} names ${cap.model} or the ${cap.licence} with ${cap.monthly_active_users / 1e6} million monthly active users and ${cap.licensor}`)];
    // When the users are counted, where the entry says, is the card's too.
    const when = cap.counted ? COUNTED_WORDING[cap.counted] : undefined;
    return !when || stating(when) ? [] : [issue(`no such sentence of ${cap.card} says the users are counted ${cap.counted === 'on-release-date' ? 'on the release date' : 'while the model is in use'}`)];
  });
}

/**
 * The throughput runs the capacity verdict sizes with are the card's own: for each run, one sentence of the card names
 * the model, the GPU with its count (in words or figures) and the tokens per second.
 */
export function lintVllmRuns(t: Prices['vllm_throughput'], cards: Card[]): PriceIssue[] {
  const found = entryCard('vllm_throughput', t.card, cards);
  if (!('claims' in found)) return [found];
  const { claims, issue } = found;
  return t.runs.flatMap((r) => {
    const count = new RegExp(`\\b(${r.gpus}|${countWord(r.gpus)})\\s+${r.gpu}s?\\b`, 'i');
    const one = r.gpus === 1 ? new RegExp(`\\b(one|an?|1)\\s+${r.gpu}\\b|\\bon\\s+${r.gpu}\\b`, 'i') : count;
    const states = claims.some((c) => c.text.includes(r.model) && (count.test(c.text) || one.test(c.text)) && figures(c.text).includes(r.output_tokens_per_second));
    return states ? [] : [issue(`no sentence of ${t.card} names ${r.model} on ${r.gpus} ${r.gpu} at ${r.output_tokens_per_second} tokens a second`)];
  });
}

/**
 * The GPU rental prices the rental verdict costs with are the card's own: each entry's GPU is a catalogue entity of
 * its card, its provider one of some card, and one sentence of the card names both with the price (and a range's top),
 * citing the entry's url with the source's date.
 */
export function lintGpuRentals(entries: GpuRental[], cards: Card[]): PriceIssue[] {
  const issues: PriceIssue[] = [];
  const entities = cards.flatMap((c) => c.entities);
  const formsOf = (name: string, own: Card['entities']) => {
    const e = own.find((x) => x.name === name);
    return e ? [e.name, ...e.aliases].map(normalizeName) : [];
  };
  entries.forEach((e, i) => {
    const issue = (rule: PriceIssue['rule'], message: string) => issues.push({ level: 'error', rule, cardId: e.card, message: `gpu_rental_usd_per_hour[${i}] (${e.provider} ${e.gpu}, $${e.price}): ${message}` });
    const card = cards.find((c) => c.id === e.card);
    if (!card) return issue('price-entity', `card "${e.card}" does not exist`);
    const gpu = formsOf(e.gpu, card.entities);
    if (!gpu.length) return issue('price-entity', `"${e.gpu}" is not a catalogue entity of ${e.card}`);
    const provider = formsOf(e.provider, entities);
    if (!provider.length) return issue('price-entity', `provider "${e.provider}" is no catalogue entity of any card`);
    const named = (text: string, forms: string[]) => forms.some((f) => normalizeName(text).includes(f));
    const stating = proseClaims(card).filter((c) => named(c.text, gpu) && named(c.text, provider) && [e.price, ...(e.high ? [e.high] : [])].every((n) => dollars(c.text).includes(n)));
    if (!stating.length) return issue('price-figures', `no sentence of ${e.card} names ${e.provider} and ${e.gpu} at these figures`);
    const cited = stating.flatMap((c) => sourcesOf(c, card)).filter((s) => s.url === e.url);
    if (!cited.length) return issue('price-source', `the sentence stating it does not cite ${e.url}`);
    if (!cited.some((s) => s.date === e.date)) issue('price-source', `date "${e.date}" is not the source's date "${cited[0]?.date}"`);
  });
  return issues;
}

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { parseCard, type Card } from './load-cards.ts';
import { WORKED_CASE_ID, WORKED_CASE_TAG } from './card-schema.ts';
import { lintClaims, lintEntities } from './lint-claims.ts';
import { lintBatchDiscounts, lintCacheReads, lintFines, lintAiActDates, lintPrices, lintThroughput, lintUserCaps, lintVllmRuns, lintGpuRentals } from './lint-prices.ts';
import { lintBridges } from './lint-bridges.ts';
import { loadPrices } from '../workflows/decision/prices.ts';

export type LintRule =
  | 'front-matter' | 'no-sources' | 'id-file-name' | 'duplicate-id' | 'broken-related' | 'invalid-date'
  | 'duplicate-checklist' | 'review-due' | 'empty-body' | 'dates-out-of-order'
  | 'source-marker' | 'leaning-opening' | 'entity' | 'entity-clash'
  | 'price-file' | 'price-entity' | 'price-figures' | 'price-source' | 'bridge';

export interface LintIssue {
  level: 'error' | 'warning';
  rule: LintRule;
  /** The card file (the price file for price rules). */
  path: string;
  cardId?: string;
  message: string;
}

export interface LintReport {
  cardsDir: string;
  cards: number;
  errors: LintIssue[];
  warnings: LintIssue[];
  /** True when there are no errors (warnings do not fail the lint). */
  ok: boolean;
}

export interface LintOptions {
  /** "Today" for the review_by check; defaults to now. */
  today?: Date;
  /** The price file checked against the cards; default: data/prices.json beside the cards folder, when there is one. */
  prices?: string;
  /** The everyday-words file checked against the cards; default: data/bridges.json beside the cards folder, when there is one. */
  bridges?: string;
}

const isRealDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

function classify(message: string): LintRule {
  if (message.startsWith('sources')) return 'no-sources';
  if (message.includes('does not match the file name')) return 'id-file-name';
  return 'front-matter';
}

/**
 * Checks every card in a directory. Errors: missing or invalid front matter, a card without sources, an id that
 * is not its file name, duplicate ids, a related id that names no card, an impossible date, two vendor questions
 * with the same checklist id or order, a worked case's tag without its id prefix or the reverse, a price entry its card does not state (see lint-prices.ts), an everyday word bridged to words no card uses (see
 * lint-bridges.ts). Warnings: review_by in the past, as_of after review_by, an empty body.
 */
export async function lintCards(cardsDir: string, options: LintOptions = {}): Promise<LintReport> {
  const today = (options.today ?? new Date()).toISOString().slice(0, 10);
  const names = (await readdir(cardsDir)).filter((n) => n.endsWith('.md')).sort();
  const issues: LintIssue[] = [];
  const cards: Card[] = [];
  const rel = (p: string) => relative(process.cwd(), p) || p;
  for (const name of names) {
    const path = join(cardsDir, name);
    const { card, problems } = parseCard(path, await readFile(path, 'utf8'));
    for (const p of problems) issues.push({ level: 'error', rule: classify(p.message), path: rel(p.path), cardId: card?.id, message: p.message });
    if (card) cards.push(card);
  }

  const fileIds = new Set(names.map((n) => basename(n, '.md')));
  const byId = new Map<string, Card[]>();
  for (const c of cards) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const checklistIds = new Map<string, Card>();
  const checklistOrders = new Map<number, Card>();

  for (const c of cards) {
    const issue = (level: LintIssue['level'], rule: LintRule, message: string) => issues.push({ level, rule, path: rel(c.path), cardId: c.id, message });
    const same = byId.get(c.id) ?? [];
    if (same.length > 1) issue('error', 'duplicate-id', `id "${c.id}" is also used by ${same.filter((o) => o !== c).map((o) => rel(o.path)).join(', ')}`);
    for (const r of c.related) {
      // A card that exists but failed to parse is reported once, not again by every card relating to it.
      if (!byId.has(r) && !fileIds.has(r)) issue('error', 'broken-related', `related id "${r}" names no card`);
      else if (r === c.id) issue('warning', 'broken-related', 'a card lists itself as related');
    }
    for (const [field, value] of [['as_of', c.as_of], ['review_by', c.review_by]] as const) {
      if (!isRealDate(value)) issue('error', 'invalid-date', `${field} "${value}" is not a real date`);
    }
    if (c.review_by < today) issue('warning', 'review-due', `review_by ${c.review_by} has passed: check the facts and sources, then move the date on`);
    if (c.as_of > c.review_by) issue('warning', 'dates-out-of-order', `as_of ${c.as_of} is after review_by ${c.review_by}`);
    if (!c.body.trim()) issue('warning', 'empty-body', 'the card has a summary but no body');
    // The answer engine tells a worked case by its id, so the tag and the id go together.
    if (c.tags.includes(WORKED_CASE_TAG) !== WORKED_CASE_ID.test(c.id)) issue('error', 'front-matter', `a worked case is tagged "${WORKED_CASE_TAG}" and has an id starting "case-"; this card has one without the other`);
    if (c.checklist) {
      const otherId = checklistIds.get(c.checklist.id);
      if (otherId) issue('error', 'duplicate-checklist', `checklist id "${c.checklist.id}" is also used by ${otherId.id}`);
      else checklistIds.set(c.checklist.id, c);
      const otherOrder = checklistOrders.get(c.checklist.order);
      if (otherOrder) issue('error', 'duplicate-checklist', `checklist order ${c.checklist.order} is also used by ${otherOrder.id}`);
      else checklistOrders.set(c.checklist.order, c);
    }
  }
  for (const c of cards) {
    for (const i of lintClaims(c)) issues.push({ ...i, path: rel(c.path), cardId: c.id });
  }
  for (const i of lintEntities(cards)) issues.push({ ...i, path: rel(i.path) });
  const pricesPath = options.prices ?? besideCards(cardsDir, 'prices.json');
  if (pricesPath) issues.push(...priceIssues(pricesPath, cards).map((i) => ({ ...i, path: rel(pricesPath) })));
  const bridgesPath = options.bridges ?? besideCards(cardsDir, 'bridges.json');
  if (bridgesPath) issues.push(...lintBridges(bridgesPath, cards).map((i) => ({ ...i, path: rel(bridgesPath) })));
  const errors = issues.filter((i) => i.level === 'error');
  return { cardsDir, cards: names.length, errors, warnings: issues.filter((i) => i.level === 'warning'), ok: errors.length === 0 };
}

/** A data file kept beside a cards folder (knowledge/cards -> knowledge/data/<name>), when there is one. */
function besideCards(cardsDir: string, name: string): string | undefined {
  const path = join(cardsDir, '..', 'data', name);
  return existsSync(path) ? path : undefined;
}

/** The price file's issues: a file that does not parse is one issue, so the card checks still report. */
function priceIssues(path: string, cards: Card[]): Omit<LintIssue, 'path'>[] {
  try {
    const prices = loadPrices(path);
    return [...lintPrices(prices.model_prices_usd_per_million, cards), ...lintThroughput(prices.self_hosted_throughput, cards), ...lintBatchDiscounts(prices.batch_discounts, cards), ...lintCacheReads(prices.cache_read_multiples, cards), ...lintFines(prices.ai_act_fines, cards), ...lintAiActDates(prices.ai_act_dates, cards), ...lintUserCaps(prices.licence_user_caps.caps, cards), ...lintVllmRuns(prices.vllm_throughput, cards), ...lintGpuRentals(prices.gpu_rental_usd_per_hour, cards)];
  } catch (err) {
    return [{ level: 'error', rule: 'price-file', message: (err as Error).message }];
  }
}

/** The human output of `kb lint`: one line per issue, then a count. */
export function formatLintReport(report: LintReport): string {
  const lines = [...report.errors, ...report.warnings].map((i) => `${i.level === 'error' ? 'error  ' : 'warning'}  ${i.path}  [${i.rule}] ${i.message}`);
  lines.push(`${report.cards} cards: ${report.errors.length} error(s), ${report.warnings.length} warning(s)${report.ok ? '' : ' — fix the errors above'}`);
  return lines.join('\n');
}

/** The `kb lint --json` output. */
export function formatLintReportJson(report: LintReport): string {
  return JSON.stringify(report);
}

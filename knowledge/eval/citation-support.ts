import type { Card } from '../load-cards.ts';
import { proseClaims } from '../claims/claims.ts';

/** Every sentence of the cards (as the answerer quotes it) and the URLs of the sources its markers name. */
export type ClaimIndex = Map<string, Set<string>>;

/** Builds the index from the cards: summary and body sentences, resolved through each card's source ids. */
export function claimIndex(cards: Card[]): ClaimIndex {
  const index: ClaimIndex = new Map();
  for (const card of cards) {
    const urlOf = new Map(card.sources.map((s) => [s.id ?? '', s.url]));
    for (const claim of proseClaims(card)) {
      // A card with a single source needs no markers: its sentences cite that source.
      const urls = claim.sources.length ? claim.sources.map((k) => urlOf.get(k)).filter((u): u is string => Boolean(u)) : card.sources.length === 1 ? [card.sources[0]?.url ?? ''] : [];
      const set = index.get(claim.text) ?? new Set<string>();
      for (const u of urls) set.add(u);
      index.set(claim.text, set);
    }
  }
  return index;
}

export interface CitationSupport {
  /** Quoted card sentences whose citation could be checked. */
  checked: number;
  /** Of those, sentences whose [n] opens a page the card's data says states the sentence. */
  supported: number;
}

/**
 * Checks an answer's citations against the cards' data: each "sentence [n]" that quotes a card sentence must cite
 * a URL among that sentence's sources. Sentences the cards do not hold verbatim (verdicts, recommendations, the
 * not-covered opening) are not counted.
 */
export function citationSupport(answer: { answer: string; citations: { n?: number; url?: string | null }[] }, index: ClaimIndex): CitationSupport {
  let checked = 0;
  let supported = 0;
  for (const m of answer.answer.matchAll(/([^[\]]+?)\s*\[(\d+)\]/g)) {
    const text = (m[1] ?? '').replace(/^[\s:•*-]+/, '').replace(/^(The closest it holds[^:]*:|From the knowledge base:)\s*/, '').trim();
    const urls = index.get(text);
    if (!urls?.size) continue;
    checked += 1;
    const url = answer.citations.find((c) => c.n === Number(m[2]))?.url;
    if (url && urls.has(url)) supported += 1;
  }
  return { checked, supported };
}

import type { Citation } from '../turn.ts';

const MARKER = /\[(\d+)\]/g;

/**
 * Joins a cited text onto citations already numbered: a page (card and URL) already cited keeps its number, a new
 * one takes the next, and the text's [n] markers are rewritten to match.
 */
export function appendCited(base: Citation[], added: { text: string; citations: Citation[] }): { text: string; citations: Citation[] } {
  const citations = [...base];
  const renumber = new Map<number, number>();
  for (const c of added.citations) {
    const same = citations.find((x) => x.id === c.id && x.url === c.url);
    const n = same?.n ?? citations.length + 1;
    if (!same) citations.push({ ...c, n });
    renumber.set(c.n, n);
  }
  return { text: added.text.replace(MARKER, (_, n: string) => `[${renumber.get(Number(n)) ?? n}]`), citations };
}

/** Drops citations the text no longer uses and renumbers the rest 1..n in their order, markers included. */
export function compactCitations(text: string, citations: Citation[]): { text: string; citations: Citation[] } {
  const used = new Set([...text.matchAll(MARKER)].map((m) => Number(m[1])));
  const kept = citations.filter((c) => used.has(c.n));
  const final = new Map(kept.map((c, i) => [c.n, i + 1]));
  return {
    text: text.replace(MARKER, (_, n: string) => `[${final.get(Number(n)) ?? n}]`),
    citations: kept.map((c) => ({ ...c, n: final.get(c.n) ?? c.n })),
  };
}

/** The sentences of a cited answer ("… [1] … [2]"), each as written and with its marker. */
export function citedSentences(text: string): { sentence: string; marker: string }[] {
  return [...text.matchAll(/(.+?)\s*\[(\d+)\]\s*/g)].map((m) => ({ sentence: (m[1] ?? '').trim(), marker: `[${m[2]}]` }));
}

/** Cited sentences put together in a new order, their citations numbered 1..n in order of first use. */
export function reorderCited(parts: { sentence: string; marker: string }[], citations: Citation[]): { text: string; citations: Citation[] } {
  const order = new Map<number, number>();
  for (const p of parts) {
    const n = Number(p.marker.slice(1, -1));
    if (!order.has(n)) order.set(n, order.size + 1);
  }
  const text = parts.map((p) => `${p.sentence} [${order.get(Number(p.marker.slice(1, -1)))}]`).join(' ');
  const kept = citations.filter((c) => order.has(c.n)).map((c) => ({ ...c, n: order.get(c.n) ?? c.n })).sort((a, b) => a.n - b.n);
  return { text, citations: kept };
}

/** A cited answer keeping only the sentences `keep` accepts; citations still used are renumbered 1..n in order. */
export function keepSentences(answer: { text: string; citations: Citation[] }, keep: (sentence: string) => boolean): { text: string; citations: Citation[] } {
  const kept = citedSentences(answer.text).filter((s) => keep(s.sentence));
  return compactCitations(kept.map((s) => `${s.sentence} ${s.marker}`).join(' '), answer.citations);
}

/** A sentence numbering its own items: "Ask every AI vendor twelve questions: (1) data use: …; (2) processor role: …". */
export const NUMBERED_ITEMS = /\(1\)[^()]+\(2\)/;

/**
 * A cited answer as list items, each with its citation marker: one item per sentence, and a sentence numbering its own
 * items split into its lead ("Ask every AI vendor twelve questions:") and those items.
 */
export function listItems(text: string): { lead?: string; items: string[]; marker: string }[] {
  return citedSentences(text).map(({ sentence, marker }) => {
    if (!NUMBERED_ITEMS.test(sentence)) return { items: [sentence], marker };
    const [lead, ...items] = sentence.split(/\s*;?\s*(?:and\s+)?\(\d{1,2}\)\s*/);
    return { lead: lead?.trim() || undefined, items: items.map((i) => i.trim().replace(/[;,]$/, '')).filter(Boolean), marker };
  });
}

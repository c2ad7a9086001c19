import type { CardSource } from '../card-schema.ts';
import { headingLabel } from '../chunk.ts';
import { stripMarkers } from '../claims/claims.ts';
import type { Retriever, RetrievalMode, RetrievedChunk } from './retriever.ts';
import { bridges } from './text/bridges.ts';

/** A retrieved chunk in the shape answer writers (extractive or model) consume. */
export interface Passage {
  /** Citation number, when the caller numbers passages for a prompt. */
  n?: number;
  chunkId: string;
  cardId: string;
  /** The card's title. */
  title: string;
  /** Heading path of the section, e.g. "Costs > GPU rental"; "Summary" for the card summary. */
  heading: string;
  /** The section's Markdown text, without source markers. */
  text: string;
  /** The card's first (primary) source URL. */
  url: string | null;
  sources: CardSource[];
  /** Ranking score of the retrieval mode (fused by default); only comparable within one query. */
  score: number;
}

/** Turns a retrieved chunk into a passage. */
export function toPassage(hit: RetrievedChunk): Passage {
  const c = hit.chunk;
  return {
    chunkId: c.id, cardId: c.cardId, title: c.title, heading: headingLabel(c), text: stripMarkers(c.text),
    url: c.sources[0]?.url ?? null, sources: c.sources, score: hit.score,
  };
}

/**
 * The `k` best passages for a question (hybrid search by default, with the cards' words for its everyday ones). Grounded generation uses these as its
 * context; the extractive answerer composes its answer from them.
 */
export async function retrievePassages(retriever: Retriever, question: string, k = 5, mode: RetrievalMode = 'fused', reorder?: Reorder): Promise<Passage[]> {
  const search = (n: number) => retriever.search(question, { k: n, mode, expand: bridges().cross(question).means });
  const hits = await search(k);
  return (reorder ? await reorder(hits, search) : hits).slice(0, k).map(toPassage);
}

/** A change to the search's order (the card model's lead), given the hits and a way to search deeper. */
export type Reorder = (hits: RetrievedChunk[], search: (k: number) => Promise<RetrievedChunk[]>) => Promise<RetrievedChunk[]>;

import { chunkEmbedText, type Chunk } from '../chunk.ts';
import { Bm25Index } from './bm25.ts';
import { cosine, type Embedder, type WordVectorLookup } from './embedder.ts';
import { terms } from './text/tokenize.ts';
import { SpellingCorrector } from './text/spelling.ts';
import type { VectorIndex } from './vector-index.ts';

export type RetrievalMode = 'bm25' | 'dense' | 'fused';

/** How the fused mode combines the two signals (defaults chosen by `kb eval`, see DEFAULT_FUSION). */
export interface FusionOptions {
  /** Weight of the dense similarity (min-max scaled over the candidates) against BM25 (divided by its best). */
  denseWeight: number;
  /** Candidates taken from each signal before fusing. */
  candidates: number;
  /** Multiplier on the fused score of summary chunks: the summary is written as the direct answer. */
  summaryBoost: number;
}

export const DEFAULT_FUSION: FusionOptions = {
  denseWeight: 0.3,
  candidates: 50,
  summaryBoost: 1.1,
};

/** What a word the asker did not type, but means, weighs in the lexical search against the asker's own (1). */
const EXPANSION_WEIGHT = 0.3;

export interface RetrievedChunk {
  chunk: Chunk;
  /** The ranking score of the mode used. */
  score: number;
  /** Raw signals: BM25 score (0 when no query term matched) and cosine similarity of the vectors. */
  bm25: number;
  dense: number;
}

export interface RetrieverParts {
  chunks: Chunk[];
  /** Raw chunk vectors in chunk order. */
  vectors: ArrayLike<number>[];
  vectorIndex: VectorIndex;
  embedder: Embedder;
  fusion?: Partial<FusionOptions>;
  /**
   * Called when the query cannot be embedded (a model server that is down). Search then carries on with BM25
   * alone, so a question still gets an answer.
   */
  onDenseError?: (err: unknown) => void;
}

/** Hybrid search over the chunks: BM25, dense vectors (hnswlib), or both fused. */
export class Retriever {
  readonly chunks: Chunk[];
  readonly lexical: Bm25Index;
  readonly fusion: FusionOptions;
  private readonly byId: Map<string, number>;
  private readonly vectors: ArrayLike<number>[];
  private lastQuery?: { text: string; vector: number[] };
  private corrector?: SpellingCorrector;
  /** Each chunk's indexed text, kept for the spelling corrector's vocabulary (about 0.3 MB for the shipped cards). */
  private readonly docs: string[];

  constructor(private readonly parts: RetrieverParts) {
    this.chunks = parts.chunks;
    this.fusion = { ...DEFAULT_FUSION, ...parts.fusion };
    this.docs = this.chunks.map((c) => chunkEmbedText(c));
    this.lexical = new Bm25Index(this.docs);
    this.byId = new Map(this.chunks.map((c, i) => [c.id, i]));
    this.vectors = parts.vectors;
  }

  /** The embedder's word vectors, when it has them (the local default does). */
  get wordVectors(): WordVectorLookup | undefined {
    return this.parts.embedder.words;
  }

  /** Corrects typos towards the cards' words (built on first use from the chunks and the word vectors' ranks). */
  get spelling(): SpellingCorrector {
    this.corrector ??= new SpellingCorrector(
      this.docs,
      (w) => this.parts.embedder.words?.rankOf?.(w),
      (w) => terms(w).some((t) => this.lexical.has(t)),
    );
    return this.corrector;
  }

  /** A chunk by id. */
  chunk(id: string): Chunk | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.chunks[i];
  }

  /** The analysed query: each distinct term at weight 1. */
  queryWeights(query: string): Map<string, number> {
    return new Map(terms(query).map((t) => [t, 1]));
  }

  /** The query vector; empty when the embedder failed. */
  async queryVector(query: string): Promise<number[]> {
    // search() and similarity() embed the same question back to back: keep the last one.
    if (this.lastQuery?.text === query) return this.lastQuery.vector;
    let vector: number[] = [];
    try {
      const [v] = await this.parts.embedder.embed([query]);
      vector = v ?? [];
    } catch (err) {
      this.parts.onDenseError?.(err);
    }
    this.lastQuery = { text: query, vector };
    return vector;
  }

  /** Cosine similarity between a query and one chunk, whatever mode ranked it. */
  async similarity(query: string, chunkId: string): Promise<number> {
    const i = this.byId.get(chunkId);
    if (i === undefined || !this.parts.vectorIndex.count) return 0;
    const q = await this.queryVector(query);
    return q.length ? this.cosineTo(q, i) : 0;
  }

  private cosineTo(q: number[], index: number): number {
    return cosine(q, this.vectors[index] ?? []);
  }


  /** Best chunks for a query, best first; `expand` adds the cards' words for what the query says in everyday ones. */
  async search(query: string, options: { k?: number; mode?: RetrievalMode; expand?: string[] } = {}): Promise<RetrievedChunk[]> {
    const k = options.k ?? 5;
    const mode = options.mode ?? 'fused';
    const n = this.fusion.candidates;
    const weights = this.queryWeights(query);
    // Words the asker did not type but means ("self-attestation" for "they self certify") count for less.
    for (const t of terms((options.expand ?? []).join(' '))) if (!weights.has(t)) weights.set(t, EXPANSION_WEIGHT);
    const lexicalHits = mode === 'dense' ? [] : this.lexical.searchTerms(weights, n);
    let denseHits: { index: number; score: number }[] = [];
    let q: number[] = [];
    if (mode !== 'bm25' && this.parts.vectorIndex.count) {
      q = await this.queryVector(query);
      denseHits = (q.length ? await this.parts.vectorIndex.search(q, n) : [])
        .map((h) => ({ index: this.byId.get(h.chunkId) ?? -1, score: h.score }))
        .filter((h) => h.index >= 0);
    }
    const bm25 = new Map(lexicalHits.map((h) => [h.index, h.score]));
    const dense = new Map(denseHits.map((h) => [h.index, h.score]));
    // The two candidate lists differ: score every candidate on both signals so fusion compares like with like.
    if (mode === 'fused' && q.length) for (const h of lexicalHits) if (!dense.has(h.index)) dense.set(h.index, this.cosineTo(q, h.index));

    const candidates = mode === 'bm25' ? [...bm25.keys()] : mode === 'dense' ? [...dense.keys()] : [...new Set([...bm25.keys(), ...dense.keys()])];
    const score = this.scorer(mode, bm25, dense);
    const boost = (index: number) => (mode === 'fused' && this.chunks[index]?.kind === 'summary' ? this.fusion.summaryBoost : 1);
    return candidates
      .map((index) => ({ chunk: this.chunks[index] as Chunk, score: score(index) * boost(index), bm25: bm25.get(index) ?? 0, dense: dense.get(index) ?? 0 }))
      .sort((a, b) => b.score - a.score || b.bm25 - a.bm25)
      .slice(0, k);
  }

  private scorer(mode: RetrievalMode, bm25: Map<number, number>, dense: Map<number, number>): (index: number) => number {
    if (mode === 'bm25') return (i) => bm25.get(i) ?? 0;
    if (mode === 'dense') return (i) => dense.get(i) ?? 0;
    // Weighted, not reciprocal-rank fusion: plain RRF measured worse on the development questions (README).
    const maxB = Math.max(0, ...bm25.values());
    const ds = [...dense.values()];
    const maxD = Math.max(...ds);
    const minD = Math.min(...ds);
    const w = this.fusion.denseWeight;
    return (i) => {
      const b = maxB > 0 ? (bm25.get(i) ?? 0) / maxB : 0;
      const d = maxD > minD ? ((dense.get(i) ?? minD) - minD) / (maxD - minD) : 0;
      return b + w * d;
    };
  }
}

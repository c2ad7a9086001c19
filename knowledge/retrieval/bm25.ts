import { terms as defaultTerms } from './text/tokenize.ts';

/** Okapi BM25 parameters; the usual defaults suit short card sections. */
export interface Bm25Options {
  k1?: number;
  b?: number;
  /** Turns text into index terms; defaults to the shared tokenizer. */
  analyze?: (text: string) => string[];
}

export interface Bm25Hit {
  /** Position of the document in the array given to the constructor. */
  index: number;
  score: number;
}

/**
 * A small in-memory BM25 index. Building it for a few hundred chunks takes a millisecond or two, so it is
 * rebuilt at start-up from the stored chunks instead of being persisted.
 */
export class Bm25Index {
  readonly size: number;
  private readonly k1: number;
  private readonly b: number;
  private readonly analyze: (text: string) => string[];
  /** term -> postings as [docIndex, termFrequency] pairs. */
  private readonly postings = new Map<string, [number, number][]>();
  private readonly lengths: number[];
  private readonly avgLength: number;

  constructor(documents: string[], options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
    this.analyze = options.analyze ?? defaultTerms;
    this.size = documents.length;
    this.lengths = documents.map((doc, i) => {
      const tf = new Map<string, number>();
      const ts = this.analyze(doc);
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, f] of tf) {
        let list = this.postings.get(t);
        if (!list) this.postings.set(t, (list = []));
        list.push([i, f]);
      }
      return ts.length;
    });
    this.avgLength = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, this.size);
  }

  /** Number of documents containing a term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  /** BM25 idf (the non-negative "plus one" variant); a term seen nowhere gets the highest idf. */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** True when some document contains the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** Every distinct term in the index. */
  vocabulary(): IterableIterator<string> {
    return this.postings.keys();
  }

  /**
   * Scores documents against already-analysed query terms, each with a weight (1 for the user's own words,
   * less for expansion terms). Returns hits with a positive score, best first.
   */
  searchTerms(query: Map<string, number>, limit = this.size): Bm25Hit[] {
    const scores = new Float64Array(this.size);
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * weight;
      for (const [doc, tf] of list) {
        const norm = this.k1 * (1 - this.b + (this.b * (this.lengths[doc] ?? 0)) / this.avgLength);
        scores[doc] = (scores[doc] ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + norm);
      }
    }
    const hits: Bm25Hit[] = [];
    scores.forEach((score, index) => {
      if (score > 0) hits.push({ index, score });
    });
    hits.sort((x, y) => y.score - x.score || x.index - y.index);
    return hits.slice(0, limit);
  }

  /** Scores documents against a free-text query. */
  search(query: string, limit?: number): Bm25Hit[] {
    const weights = new Map<string, number>();
    for (const t of this.analyze(query)) weights.set(t, 1);
    return this.searchTerms(weights, limit);
  }
}

import type { Bm25Index } from './bm25.ts';
import type { WordVectorLookup } from './embedder.ts';
import { splitCompound, surfaceTokens } from './text/tokenize.ts';
import { isStopword } from './text/stopwords.ts';
import { stem } from './text/stem.ts';

export interface ExpansionOptions {
  /** Minimum cosine between a query word and an index word for the index word to be added. */
  threshold: number;
  /** Weight of an added term relative to the user's own words (times its cosine). */
  weight: number;
  /** At most this many added terms per query word. */
  perWord: number;
}

/**
 * Query expansion with word vectors: a query word pulls in index terms whose word vectors are close
 * ("retain" -> "keep", "cost" -> "price"), at a reduced weight. This is where averaged word vectors help
 * most: synonyms a lexical index cannot see, without letting a fuzzy sentence vector outvote exact matches.
 */
export class QueryExpander {
  /** Index terms (stems) with the unit vector of their most frequent surface form. */
  private readonly terms: string[] = [];
  private readonly vectors: Float32Array[] = [];

  constructor(
    private readonly words: WordVectorLookup,
    documents: string[],
    index: Bm25Index,
    private readonly options: ExpansionOptions,
  ) {
    const forms = new Map<string, Map<string, number>>();
    for (const doc of documents) {
      for (const token of surfaceTokens(doc)) {
        for (const part of splitCompound(token)) {
          if (isStopword(part) || /\d/.test(part) || part.length < 3) continue;
          const key = stem(part);
          if (!index.has(key)) continue;
          let m = forms.get(key);
          if (!m) forms.set(key, (m = new Map()));
          m.set(part, (m.get(part) ?? 0) + 1);
        }
      }
    }
    for (const [key, m] of forms) {
      const best = [...m.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
      const v = best ? words.unitVector(best) : undefined;
      if (v) {
        this.terms.push(key);
        this.vectors.push(v);
      }
    }
  }

  /** Adds expansion terms to a weighted query (terms already present keep their weight). */
  expand(query: string, weights: Map<string, number>): Map<string, number> {
    const out = new Map(weights);
    for (const token of surfaceTokens(query)) {
      for (const part of splitCompound(token)) {
        if (isStopword(part) || /\d/.test(part)) continue;
        const q = this.words.unitVector(part);
        if (!q) continue;
        const own = stem(part);
        const near: [string, number][] = [];
        this.vectors.forEach((v, i) => {
          let dot = 0;
          for (let d = 0; d < v.length; d += 1) dot += (v[d] ?? 0) * (q[d] ?? 0);
          const term = this.terms[i] ?? '';
          if (dot >= this.options.threshold && term !== own) near.push([term, dot]);
        });
        near.sort((a, b) => b[1] - a[1]);
        for (const [term, sim] of near.slice(0, this.options.perWord)) {
          const w = this.options.weight * sim;
          if ((out.get(term) ?? 0) < w) out.set(term, w);
        }
      }
    }
    return out;
  }
}

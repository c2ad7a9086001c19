import type { Citation } from '../turn.ts';
import type { Chunk } from '../../knowledge/chunk.ts';
import type { Retriever, RetrievedChunk } from '../../knowledge/retrieval/retriever.ts';
import { terms } from '../../knowledge/retrieval/text/tokenize.ts';
import { markdownSentences } from './sentences.ts';
import { answerCue } from './question-cues.ts';

/** Tunables of the extractive composer; the defaults were chosen with `kb eval` on the dev questions. */
export interface ComposeOptions {
  /** Chunks whose sentences compete for the answer. */
  chunks: number;
  /** At most this many sentences in an answer. */
  maxSentences: number;
  /** A further sentence must score at least this share of the best one. */
  followRatio: number;
  /** Weight of the chunk's retrieval rank in a sentence's score. */
  chunkWeight: number;
  /** Bonus for a sentence carrying the kind of fact the question asks for (a figure, a date, a duration). */
  cueBonus: number;
  /** Retrieval prior of the lead card's summary, relative to the lead chunk, when it was not retrieved itself. */
  summaryPrior: number;
}

/** Extra weight of a question word that appears nowhere in the knowledge base. */
const UNKNOWN_WORD_WEIGHT = 2;

export const DEFAULT_COMPOSE: ComposeOptions = { chunks: 3, maxSentences: 3, followRatio: 0.75, chunkWeight: 0.3, cueBonus: 0.15, summaryPrior: 0.9 };

export interface ComposedSentence {
  text: string;
  chunk: Chunk;
  score: number;
  /** Query terms the sentence (or its card title and heading) contains. */
  covered: Set<string>;
}

export interface Composition {
  sentences: ComposedSentence[];
  /** Sentence texts each followed by its citation marker, e.g. "... costs $1.75 [1]". */
  answer: string;
  citations: Citation[];
  /** Share of the question's idf weight that the chosen sentences and their headings cover, in [0, 1]. */
  coverage: number;
}

/** Picks the source of a card that best matches a sentence (by shared words with the source title); the first by default. */
function bestSource(chunk: Chunk, sentence: string): string | null {
  const words = new Set(terms(sentence));
  let best = chunk.sources[0];
  let bestScore = 0;
  for (const s of chunk.sources) {
    const score = terms(s.title).filter((t) => words.has(t)).length;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best?.url ?? null;
}

/**
 * Composes an extractive answer: every sentence of the best chunks is scored by the idf-weighted share of the
 * question it covers (its card title and heading count half, as context), the rank of its chunk, and whether it
 * carries the kind of fact asked for. The best sentence leads; close runners-up that add something follow.
 * Citations are numbered in order of first use, one per card.
 */
export function compose(question: string, hits: RetrievedChunk[], retriever: Retriever, options: ComposeOptions = DEFAULT_COMPOSE): Composition {
  const qTerms = [...new Set(terms(question))];
  // A word the knowledge base never uses is the strongest sign of an off-topic question ("weather", "pizza"):
  // it weighs double, so it drags coverage down further than a known word the chosen sentences happen to miss.
  const idf = new Map(qTerms.map((t) => [t, retriever.lexical.idf(t) * (retriever.lexical.has(t) ? 1 : UNKNOWN_WORD_WEIGHT)]));
  const total = [...idf.values()].reduce((a, b) => a + b, 0);
  const cue = answerCue(question);
  const top = hits[0]?.score ?? 0;

  // The best card's summary always competes: it is written as the direct answer to the card's question.
  const pool = hits.slice(0, options.chunks);
  const lead = hits[0];
  const summary = lead && lead.chunk.kind !== 'summary' ? retriever.chunk(`${lead.chunk.cardId}#summary`) : undefined;
  if (lead && summary && !pool.some((h) => h.chunk.id === summary.id)) pool.push({ ...lead, chunk: summary, score: lead.score * options.summaryPrior });

  const candidates: ComposedSentence[] = [];
  const seen = new Set<string>();
  pool.forEach((hit) => {
    const context = new Set(terms(`${hit.chunk.title} ${hit.chunk.headingPath.join(' ')}`));
    const prior = top > 0 ? Math.max(0, hit.score) / top : 0;
    for (const text of markdownSentences(hit.chunk.text)) {
      if (seen.has(text)) continue; // the summary often repeats a section's sentence
      seen.add(text);
      const own = new Set(terms(text));
      const covered = new Set<string>();
      let lexical = 0;
      for (const t of qTerms) {
        const w = idf.get(t) ?? 0;
        if (own.has(t)) {
          lexical += w;
          covered.add(t);
        } else if (context.has(t)) {
          lexical += w / 2;
          covered.add(t);
        }
      }
      const score = (total ? lexical / total : 0) + options.chunkWeight * prior + (cue?.(text) ? options.cueBonus : 0);
      candidates.push({ text, chunk: hit.chunk, score, covered });
    }
  });
  candidates.sort((a, b) => b.score - a.score);

  const chosen: ComposedSentence[] = [];
  const best = candidates[0];
  if (best) {
    chosen.push(best);
    for (const c of candidates.slice(1)) {
      if (chosen.length >= options.maxSentences || c.score < options.followRatio * best.score) break;
      chosen.push(c);
    }
  }

  const covered = new Set(chosen.flatMap((c) => [...c.covered]));
  const coverage = total ? [...covered].reduce((a, t) => a + (idf.get(t) ?? 0), 0) / total : 0;

  const numbers = new Map<string, number>();
  const citations: Citation[] = [];
  const parts = chosen.map((c) => {
    let n = numbers.get(c.chunk.cardId);
    if (n === undefined) {
      n = citations.length + 1;
      numbers.set(c.chunk.cardId, n);
      citations.push({ n, id: c.chunk.cardId, title: c.chunk.title, url: bestSource(c.chunk, c.text) });
    }
    return `${c.text} [${n}]`;
  });
  return { sentences: chosen, answer: parts.join(' '), citations, coverage };
}

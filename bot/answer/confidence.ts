/**
 * Confidence that an extractive answer is grounded, in [0, 1]. Two signals, both measured on what the answer
 * actually quotes: the idf-weighted share of the question's words that the quoted sentences (and their headings)
 * contain, scaled by the word-vector similarity of the question to the lead chunk. A question about something the
 * knowledge base never mentions ("the weather in Paris") leaves most of its rare words uncovered.
 */
export interface ConfidenceInputs {
  /** From compose(): in [0, 1]. */
  coverage: number;
  /** Cosine similarity of the question and the lead chunk, in [-1, 1]. */
  similarity: number;
}

/**
 * Share of the confidence that the vector similarity can take away. Similarity only scales coverage down,
 * never up: averaged word vectors of any two English sentences are fairly similar, so a high similarity
 * alone must not make an off-topic question look answerable.
 */
const SIMILARITY_SHARE = 0.3;
/** Similarities at or below FLOOR add nothing; at CEILING they add their full share. */
const FLOOR = 0.2;
const CEILING = 0.7;

export function answerConfidence({ coverage, similarity }: ConfidenceInputs): number {
  const sim = Math.min(1, Math.max(0, (similarity - FLOOR) / (CEILING - FLOOR)));
  const c = Math.min(1, Math.max(0, coverage)) * (1 - SIMILARITY_SHARE + SIMILARITY_SHARE * sim);
  return Math.round(c * 1000) / 1000;
}

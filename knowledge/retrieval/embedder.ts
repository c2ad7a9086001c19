/**
 * The seam between the index and whatever turns text into vectors: the local word-vector default, or a
 * model server behind an adapter (adapters/models/embeddings.ts). knowledge/ only ever sees this interface.
 */
export interface Embedder {
  /**
   * Names the model and every setting that changes a vector. A stored vector is reused only when the chunk's
   * content hash and this id are both unchanged.
   */
  readonly id: string;
  /** Vector length; 0 until known for a remote model that has not answered yet. */
  readonly dims: number;
  /** One vector per text, in order. */
  embed(texts: string[]): Promise<number[][]>;
  /** Word-level vectors, when the embedder has them: used for query expansion. */
  readonly words?: WordVectorLookup;
}

/** Word-level access to a word-vector table. */
export interface WordVectorLookup {
  /** The unit-length vector of a lower-case word, or undefined when the word is not in the table. */
  unitVector(word: string): Float32Array | undefined;
  /** Frequency rank of a lower-case word in the vectors' corpus (0 = most common), when the table knows it. */
  rankOf?(word: string): number | undefined;
}

/** Cosine similarity of two equal-length vectors (0 when either is all zeros). */
export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

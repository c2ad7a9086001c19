/** A nearest-neighbour hit: a chunk id and its cosine similarity in [-1, 1]. */
export interface VectorHit {
  chunkId: string;
  score: number;
}

/** Dense search over the chunk vectors (hnswlib). */
export interface VectorIndex {
  readonly count: number;
  /** Nearest chunks to a (post-processed) query vector, best first. */
  search(vector: number[], k: number): Promise<VectorHit[]>;
}

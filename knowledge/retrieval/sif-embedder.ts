import { createHash } from 'node:crypto';
import { loadWordVectorCache, DEFAULT_TOP_N, type WordVectorCacheOptions } from './glove/vector-cache.ts';
import type { WordTable } from './glove/word-table.ts';
import type { Embedder, WordVectorLookup } from './embedder.ts';
import { splitCompound, surfaceTokens } from './text/tokenize.ts';
import { isStopword } from './text/stopwords.ts';

/** Settings of the smooth-inverse-frequency sentence embedding (Arora, Liang & Ma, 2017). */
export interface SifOptions {
  /** The SIF smoothing constant a in a / (a + p(w)). */
  a?: number;
  /**
   * Words missing from the table get a deterministic pseudo-random vector derived from their hash, so an
   * exact match on a rare name ("Qwen3", "A10G", "DPIA") still pulls two texts together.
   */
  hashUnknownWords?: boolean;
}

const EULER_GAMMA = 0.5772156649;
/** Vocabulary size of the wink table: the Zipf normaliser uses the full table, not the kept top-N. */
const FULL_VOCABULARY = 341_479;

/** Word vectors over the binary table; vectors are de-quantised on demand. */
export class WordVectors implements WordVectorLookup {
  readonly dims: number;
  readonly size: number;
  private readonly unitCache = new Map<string, Float32Array | null>();

  constructor(private readonly table: WordTable) {
    this.dims = table.dims;
    this.size = table.count;
  }

  /** Frequency rank (0 = most frequent), or undefined for a word not in the table. */
  rankOf(word: string): number | undefined {
    return this.table.rankOf(word);
  }

  /** Adds `weight` times the word's vector to `out`. */
  addTo(out: Float64Array, rank: number, weight: number): void {
    const scale = (this.table.scales[rank] ?? 0) * weight;
    const base = rank * this.dims;
    for (let i = 0; i < this.dims; i += 1) out[i] = (out[i] ?? 0) + (this.table.data[base + i] ?? 0) * scale;
  }

  unitVector(word: string): Float32Array | undefined {
    const hit = this.unitCache.get(word);
    if (hit !== undefined) return hit ?? undefined;
    const r = this.table.rankOf(word);
    let v: Float32Array | null = null;
    if (r !== undefined) {
      const acc = new Float64Array(this.dims);
      this.addTo(acc, r, 1);
      const norm = Math.hypot(...acc) || 1;
      v = Float32Array.from(acc, (x) => x / norm);
    }
    this.unitCache.set(word, v);
    return v ?? undefined;
  }
}

/** A deterministic pseudo-random unit-ish vector for a word not in the table. */
function hashedVector(word: string, dims: number, out: Float64Array, weight: number): void {
  const digest = createHash('sha256').update(word).digest();
  let state = digest.readUInt32LE(0) || 1;
  for (let i = 0; i < dims; i += 1) {
    // xorshift32: cheap and stable across platforms.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    out[i] = (out[i] ?? 0) + (((state >>> 0) / 0xffffffff) * 2 - 1) * weight * 0.6;
  }
}

/** The local default embedder: SIF-weighted averages of GloVe-style word vectors, no network. */
export class SifEmbedder implements Embedder {
  readonly id: string;
  readonly dims: number;
  private readonly a: number;
  private readonly hashUnknown: boolean;
  private readonly harmonic = Math.log(FULL_VOCABULARY) + EULER_GAMMA;

  constructor(
    readonly words: WordVectors,
    options: SifOptions = {},
  ) {
    this.a = options.a ?? 1e-3;
    this.hashUnknown = options.hashUnknownWords ?? true;
    this.dims = words.dims;
    // `pc0`: no principal component removed (an option once, never enabled); kept so built indexes stay valid.
    this.id = `sif-wink-sg100d:top${words.size}:a${this.a}:oov${this.hashUnknown ? 1 : 0}:pc0:v1`;
  }

  /** SIF weight a / (a + p(w)), p(w) estimated from the frequency rank by Zipf's law. */
  weight(rank: number): number {
    const p = 1 / ((rank + 1) * this.harmonic);
    return this.a / (this.a + p);
  }

  embedOne(text: string): number[] {
    const acc = new Float64Array(this.dims);
    let count = 0;
    for (const token of surfaceTokens(text)) {
      if (isStopword(token)) continue;
      const whole = this.words.rankOf(token);
      const pieces = whole !== undefined ? [token] : splitCompound(token);
      for (const piece of pieces) {
        if (isStopword(piece)) continue;
        const r = this.words.rankOf(piece);
        if (r !== undefined) this.words.addTo(acc, r, this.weight(r));
        else if (this.hashUnknown) hashedVector(piece, this.dims, acc, 1);
        else continue;
        count += 1;
      }
    }
    return Array.from(acc, (x) => (count ? x / count : 0));
  }

  async embed(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embedOne(t));
  }
}

export interface LocalEmbedderOptions extends SifOptions, Pick<WordVectorCacheOptions, 'onConvert' | 'sourcePath'> {
  /** Where the binary word-vector cache lives (created on first use), e.g. `<dataDir>/cache`. */
  cacheDir: string;
  topN?: number;
}

const loaded = new Map<string, Promise<WordVectors>>();

/**
 * Creates the local embedder, loading (or, the first time on a machine, converting) the word-vector cache.
 * The table is shared by every embedder in the process that uses the same cache file.
 */
export async function createLocalEmbedder(options: LocalEmbedderOptions): Promise<SifEmbedder> {
  const topN = options.topN ?? DEFAULT_TOP_N;
  const key = `${options.cacheDir}|${topN}|${options.sourcePath ?? ''}`;
  let table = loaded.get(key);
  if (!table) {
    table = loadWordVectorCache({ cacheDir: options.cacheDir, topN, sourcePath: options.sourcePath, onConvert: options.onConvert }).then(
      (t) => new WordVectors(t),
    );
    loaded.set(key, table);
    table.catch(() => loaded.delete(key));
  }
  return new SifEmbedder(await table, options);
}

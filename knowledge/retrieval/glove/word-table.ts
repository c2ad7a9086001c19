import type { ConvertedVectors } from './convert.ts';

/**
 * The word-vector table in its on-disk form, usable straight from the file's bytes: no per-word JS strings
 * and no Map are built at start-up (that alone took ~150 ms for 200k words). Layout, little-endian, every
 * section 4-byte aligned:
 *   "WVEC0002" | u32 header length | JSON header | pad
 *   | u32 offsets[count + 1]  (UTF-8 byte offsets of each word in the words blob)
 *   | i32 slots[tableSize]     (open-addressing hash table: rank + 1, 0 = empty)
 *   | f32 scales[count]        (value = int8 * scale, per word)
 *   | i8  data[count * dims]
 *   | words blob (UTF-8)
 */
export const MAGIC = 'WVEC0002';

export interface TableHeader {
  source: string;
  sourceSize: number;
  sourceMtimeMs: number;
  topN: number;
  dims: number;
  count: number;
  tableSize: number;
}

/** FNV-1a over UTF-16 code units: the same function at build and at lookup. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i += 1) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const align = (n: number) => (n + 3) & ~3;

/** A read-only word -> rank -> quantised vector table. */
export class WordTable {
  readonly dims: number;
  readonly count: number;
  private readonly mask: number;

  constructor(
    readonly header: TableHeader,
    private readonly offsets: Uint32Array,
    private readonly slots: Int32Array,
    readonly scales: Float32Array,
    readonly data: Int8Array,
    private readonly blob: Buffer,
  ) {
    this.dims = header.dims;
    this.count = header.count;
    this.mask = header.tableSize - 1;
  }

  wordAt(rank: number): string {
    return this.blob.toString('utf8', this.offsets[rank] ?? 0, this.offsets[rank + 1] ?? 0);
  }

  /** Frequency rank (0 = most frequent) of a word, or undefined. */
  rankOf(word: string): number | undefined {
    for (let i = hash(word) & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.slots[i] ?? 0;
      if (slot === 0) return undefined;
      if (this.wordAt(slot - 1) === word) return slot - 1;
    }
  }
}

/** Serialises converted vectors with their hash index. */
export function encodeWordTable(v: ConvertedVectors, meta: Omit<TableHeader, 'dims' | 'count' | 'tableSize'>): Buffer {
  const count = v.words.length;
  let tableSize = 1;
  while (tableSize < count * 2) tableSize *= 2;
  const header: TableHeader = { ...meta, dims: v.dims, count, tableSize };
  const blobs = v.words.map((w) => Buffer.from(w, 'utf8'));
  const offsets = new Uint32Array(count + 1);
  blobs.forEach((b, i) => (offsets[i + 1] = (offsets[i] ?? 0) + b.length));
  const slots = new Int32Array(tableSize);
  v.words.forEach((w, rank) => {
    let i = hash(w) & (tableSize - 1);
    while (slots[i] !== 0) {
      // Keep the most frequent of duplicate spellings.
      if (v.words[(slots[i] ?? 1) - 1] === w) return;
      i = (i + 1) & (tableSize - 1);
    }
    slots[i] = rank + 1;
  });
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const head = Buffer.alloc(align(12 + headerBuf.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(headerBuf.length, 8);
  headerBuf.copy(head, 12);
  parts.push(head);
  for (const arr of [offsets, slots, v.scales, v.data]) {
    const b = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
    parts.push(b, Buffer.alloc(align(b.length) - b.length));
  }
  parts.push(Buffer.concat(blobs));
  return Buffer.concat(parts);
}

/** Opens a table from a file's bytes (views, no copies when aligned); undefined when the bytes are not a table. */
export function decodeWordTable(buf: Buffer): WordTable | undefined {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) return undefined;
  const headerLen = buf.readUInt32LE(8);
  let header: TableHeader;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + headerLen)) as TableHeader;
  } catch {
    return undefined;
  }
  const { count, dims, tableSize } = header;
  // Typed-array views need the file bytes at a 4-byte aligned address; copy once if they are not.
  const bytes = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  let o = align(12 + headerLen);
  const view = <T>(make: (ab: ArrayBufferLike, off: number, n: number) => T, n: number, size: number): T => {
    const out = make(bytes.buffer, bytes.byteOffset + o, n);
    o = align(o + n * size);
    return out;
  };
  if (bytes.length < o + (count + 1) * 4 + tableSize * 4 + count * 4 + count * dims) return undefined;
  const offsets = view((ab, off, n) => new Uint32Array(ab, off, n), count + 1, 4);
  const slots = view((ab, off, n) => new Int32Array(ab, off, n), tableSize, 4);
  const scales = view((ab, off, n) => new Float32Array(ab, off, n), count, 4);
  const data = view((ab, off, n) => new Int8Array(ab, off, n), count * dims, 1);
  const blob = bytes.subarray(o);
  if (blob.length !== (offsets[count] ?? -1)) return undefined;
  return new WordTable(header, offsets, slots, scales, data, blob);
}

/**
 * A small seeded generator (mulberry32), so a fuzz run is reproducible: the same seed sends the same requests,
 * and a failure report names the seed and the case.
 */
export class Rng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  /** A string of `length` characters drawn from awkward ranges: ASCII, controls, markup, RTL, emoji, lone surrogates. */
  text(length: number): string {
    const pools = ['abc XYZ 012', '\u0000\u0001\u001f\u007f\t\r\n', '<>&"\'`|*_~[](){}%\\/', '\u202e\u200b\u00e9\u4e2d\u0645', '\ud83d\ude00\ud83c\udff3', '\ud800', '\udfff'];
    let out = '';
    while (out.length < length) {
      const pool = this.pick(pools);
      out += pool.charAt(this.int(pool.length));
    }
    return out;
  }
}

/**
 * First principal component of a set of vectors (power iteration on the uncentred second-moment matrix, as in
 * SIF), and its removal. Averaged word vectors share one large "common discourse" direction; projecting it out
 * makes cosine similarity reflect topic rather than style.
 */
export function firstPrincipalComponent(vectors: ArrayLike<number>[], dims: number, iterations = 50): number[] {
  let u = new Float64Array(dims).fill(1 / Math.sqrt(dims));
  for (let it = 0; it < iterations; it += 1) {
    const next = new Float64Array(dims);
    for (const v of vectors) {
      let dot = 0;
      for (let i = 0; i < dims; i += 1) dot += (v[i] ?? 0) * (u[i] ?? 0);
      for (let i = 0; i < dims; i += 1) next[i] = (next[i] ?? 0) + dot * (v[i] ?? 0);
    }
    const norm = Math.hypot(...next);
    if (!norm) break;
    u = next.map((x) => x / norm);
  }
  return Array.from(u);
}

/** v - (v . u) u, for a unit vector u. */
export function removeComponent(v: ArrayLike<number>, u: number[] | undefined): number[] {
  const out = Array.from(v);
  if (!u) return out;
  let dot = 0;
  for (let i = 0; i < out.length; i += 1) dot += (out[i] ?? 0) * (u[i] ?? 0);
  for (let i = 0; i < out.length; i += 1) out[i] = (out[i] ?? 0) - dot * (u[i] ?? 0);
  return out;
}

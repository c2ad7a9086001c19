import type { Rng } from './rng.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Values a field should never hold, and some it may: each class the attack runs found, and their neighbours. */
export function oddValue(rng: Rng): Json {
  const deep = (n: number): Json => (n === 0 ? null : rng.chance(0.5) ? [deep(n - 1)] : { a: deep(n - 1) });
  const choices: (() => Json)[] = [
    () => null,
    () => 0,
    () => -1,
    () => 1.5,
    () => 1e308,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => true,
    () => '',
    () => ' ',
    () => rng.text(1 + rng.int(40)),
    () => 'x'.repeat(3_000 + rng.int(60_000)),
    () => [],
    () => {
      const o: { [k: string]: Json } = {};
      return o;
    },
    () => [null],
    () => [1, 'two', { three: 3 }],
    () => ({ id: null }),
    () => ({ id: 42, text: 7 }),
    () => ({ constructor: { prototype: { polluted: true } } }),
    () => '[https://docs.vendor.example](https://evil.example/x)',
    () => '<https://evil.example|https://docs.vendor.example>',
    () => deep(50 + rng.int(400)),
    () => '%E0%A4%A',
    () => 'Infinity',
    () => '1e999',
  ];
  return rng.pick(choices)();
}

function paths(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  if (depth > 6 || value === null || typeof value !== 'object') return out;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [k, v] of entries) {
    const p = [...prefix, k];
    out.push(p);
    paths(v, p, out, depth + 1);
  }
  return out;
}

/**
 * A deep copy of `value` with 1-3 random changes: a field replaced by an odd value, deleted, or a new odd field
 * added. Any path can be hit, so the schemas are tested on every field, not only the ones the attack run named.
 */
export function mutate<T>(rng: Rng, value: T): T {
  const copy = JSON.parse(JSON.stringify(value)) as Json;
  const times = 1 + rng.int(3);
  for (let i = 0; i < times; i++) {
    const all = paths(copy);
    if (!all.length) break;
    const path = rng.pick(all);
    const key = path.at(-1)!;
    let parent = copy as { [k: string | number]: Json };
    for (const k of path.slice(0, -1)) parent = parent[k] as { [k: string | number]: Json };
    const op = rng.int(10);
    if (op === 0 && !Array.isArray(parent)) delete parent[key];
    else if (op === 1 && !Array.isArray(parent)) parent[`x_${rng.int(1000)}`] = oddValue(rng);
    else parent[key] = oddValue(rng);
  }
  return copy as T;
}

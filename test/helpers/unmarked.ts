import { stripMarks } from '../../workflows/inert/index.ts';

/**
 * A Reply (or any value) with the untrusted-text marks (bot/inert) removed from every string, for tests about
 * what the core says rather than how renderers neutralise it. Buffers and other class instances are kept as they are.
 */
export function unmarked<T>(value: T): T {
  if (typeof value === 'string') return stripMarks(value) as T;
  if (Array.isArray(value)) return value.map(unmarked) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unmarked(v)])) as T;
  }
  return value;
}

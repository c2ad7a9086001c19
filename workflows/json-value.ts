/**
 * A button or form value as data: an object as it came (Teams card data, the console) or the JSON text a Slack
 * button carries, parsed. Undefined for text that is too long or not JSON, so the caller answers politely.
 */
export function jsonValue(value: unknown, maxChars = 4000): unknown {
  if (typeof value !== 'string') return value;
  if (value.length > maxChars) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

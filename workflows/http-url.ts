/** True for an absolute http(s) URL: evidence links, and the only links chat renderers turn into hyperlinks. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

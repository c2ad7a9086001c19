/**
 * Rate limits count in fixed windows (a minute, a UTC day). A test that must stay inside one window waits, when
 * fewer than `needMs` are left of the current minute, for the next one to begin, so it can never straddle an edge.
 */
export async function awayFromMinuteEdge(needMs = 20_000): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 50));
}

import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MetricsScrape } from '../../bot/metrics.ts';

export interface MetricsEndpoint {
  scrape(): Promise<MetricsScrape>;
  /** METRICS_TOKEN: when set, a scrape must send `Authorization: Bearer <token>`. A secret: never logged. */
  token?: string;
}

/** Compared as SHA-256 digests: equal lengths for timingSafeEqual, and no early exit that times the token. */
function sameToken(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** GET /metrics: the Prometheus text, or 401 without the bearer token when one is configured. */
export async function serveMetrics(endpoint: MetricsEndpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (endpoint.token) {
    const header = req.headers.authorization ?? '';
    const given = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
    if (!given || !sameToken(given, endpoint.token)) {
      res.writeHead(401, { 'content-type': 'application/json', 'cache-control': 'no-store', 'www-authenticate': 'Bearer realm="metrics"' });
      res.end(JSON.stringify({ error: 'unauthorized' }));
      return;
    }
  }
  const { contentType, body } = await endpoint.scrape();
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a download link grants: one stored file, for one tenant, until a moment. */
export interface DownloadGrant {
  fileId: string;
  tenant: string;
  /** Expiry, in ms since the epoch. */
  expiresAt: number;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** "<payload>.<HMAC-SHA256>", both base64url, safe in a URL path segment. */
export function createDownloadToken(grant: DownloadGrant, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ f: grant.fileId, t: grant.tenant, e: grant.expiresAt })).toString('base64url');
  return `${payload}.${sign(payload, secret)}`;
}

/**
 * The grant a token carries, or undefined when the signature is wrong, the token is malformed or expired.
 * The signature is checked first (in constant time), so nothing in an unsigned payload is ever trusted.
 */
export function verifyDownloadToken(token: string, secret: string, now: number = Date.now()): DownloadGrant | undefined {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return undefined;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const p = parsed as { f?: unknown; t?: unknown; e?: unknown };
  if (typeof p.f !== 'string' || typeof p.t !== 'string' || typeof p.e !== 'number') return undefined;
  if (p.e <= now) return undefined;
  return { fileId: p.f, tenant: p.t, expiresAt: p.e };
}

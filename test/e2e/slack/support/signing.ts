import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-not-real';

/** Slack's v0 request signature: HMAC-SHA256 over `v0:<timestamp>:<raw body>`, computed here independently of Bolt. */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Skip the signature headers entirely. */
  unsigned?: boolean;
  /** Sign this body but send another (a tampered request). */
  sendBody?: string;
  secret?: string;
  headers?: Record<string, string>;
}

export interface SlackResponse {
  status: number;
  text: string;
  json(): unknown;
  ms: number;
}

/** POSTs a body to the app as Slack would, with X-Slack-Signature and X-Slack-Request-Timestamp. */
export async function postSigned(url: string, body: string, contentType: string, options: SendOptions = {}): Promise<SlackResponse> {
  const ts = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, ...options.headers };
  if (!options.unsigned) {
    headers['x-slack-request-timestamp'] = String(ts);
    headers['x-slack-signature'] = sign(body, ts, options.secret);
  }
  const t0 = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: options.sendBody ?? body });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as unknown, ms: performance.now() - t0 };
}

export const postJson = (url: string, payload: unknown, options?: SendOptions) => postSigned(url, JSON.stringify(payload), 'application/json', options);

export const postForm = (url: string, fields: Record<string, string>, options?: SendOptions) =>
  postSigned(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);

/** Interactions (block_actions, view_submission) arrive as a form with one `payload` field holding JSON. */
export const postInteraction = (url: string, payload: unknown, options?: SendOptions) => postForm(url, { payload: JSON.stringify(payload) }, options);

import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifySlackRequest } from '@slack/bolt';
import type { Logger } from '../../bot/logger.ts';
import { HttpError, bodyText, isPlainObject, parseJsonObject, readBody } from '../http/body.ts';
import { parseEnvelope, type Envelope } from './envelope.ts';

/** Slack's rule for request timestamps: more than five minutes from our clock, in either direction, is refused. */
export const MAX_CLOCK_SKEW_S = 5 * 60;
/** Slack's bodies are tens of kilobytes (a 40,000-character message with its blocks stays far below this). */
export const MAX_SLACK_BODY_BYTES = 1_000_000;
const FORM = 'application/x-www-form-urlencoded';

export interface GateOptions {
  signingSecret: string;
  logger: Logger;
  /** Whether a listener takes this envelope (listeners/index.ts); the rest are acknowledged here. */
  isServed(envelope: Envelope): boolean;
  /** Clock in ms (tests). */
  now?: () => number;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Signature and timestamp, checked before anything in the body is read. Bolt checks both again, but accepts a
 * timestamp in the future (even `Infinity`): here it must be whole seconds within five minutes of now.
 * @throws HttpError 401.
 */
function verify(req: IncomingMessage, raw: Buffer, options: GateOptions): void {
  const signature = header(req, 'x-slack-signature');
  const stamp = header(req, 'x-slack-request-timestamp');
  if (!signature || !stamp || !/^\d{1,12}$/.test(stamp)) throw new HttpError(401, 'unsigned request');
  const nowMs = (options.now ?? Date.now)();
  if (Math.abs(nowMs / 1000 - Number(stamp)) > MAX_CLOCK_SKEW_S) throw new HttpError(401, 'request timestamp outside five minutes');
  try {
    verifySlackRequest({ signingSecret: options.signingSecret, body: raw.toString(), headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(stamp) }, nowMilliseconds: nowMs });
  } catch {
    throw new HttpError(401, 'signature mismatch');
  }
}

/** A form body: one value per field (a repeated field is ambiguous), `payload` holding the interaction's JSON. */
function formBody(text: string): Record<string, unknown> {
  const fields: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (Object.hasOwn(fields, key)) throw new HttpError(400, 'repeated form field');
    fields[key] = value;
  }
  if (fields.payload === undefined) return fields;
  const payload = parseJsonObject(fields.payload);
  if (!isPlainObject(payload)) throw new HttpError(400, 'payload is not a JSON object');
  return payload;
}

/**
 * The door in front of Bolt's HTTPReceiver: reads the body (bounded), verifies it, parses it and checks its shape,
 * so that Bolt and the listeners only ever see well-formed Slack bodies. What a listener does not serve (options,
 * shortcuts, an unknown action_id) is acknowledged with an empty 200 here.
 * @returns the checked envelope (the buffered body is left on `req.rawBody` for Bolt), or undefined when this
 * already answered the request.
 * @throws HttpError 400 (malformed), 401 (signature or timestamp), 413 (too large).
 */
export async function passGate(req: IncomingMessage, res: ServerResponse, options: GateOptions): Promise<Envelope | undefined> {
  const raw = await readBody(req, MAX_SLACK_BODY_BYTES);
  const isForm = req.headers['content-type'] === FORM;
  // Slack's SSL check is the one unsigned request it makes; nothing in it is read.
  if (isForm && new URLSearchParams(raw.toString('latin1')).get('ssl_check') === '1') {
    res.writeHead(200).end();
    return undefined;
  }
  verify(req, raw, options);
  const text = bodyText(raw);
  const envelope = parseEnvelope(isForm ? formBody(text) : parseJsonObject(text));
  if ('error' in envelope) throw new HttpError(400, envelope.error);
  if (!options.isServed(envelope)) {
    options.logger.debug({ kind: envelope.kind, ...(envelope.kind === 'other' ? { type: envelope.type } : {}) }, 'slack request no listener serves; acknowledged');
    res.writeHead(200).end();
    return undefined;
  }
  // Bolt's receiver reuses a body that was already read (BufferedIncomingMessage) instead of reading the stream.
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
  return envelope;
}

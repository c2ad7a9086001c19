import pino, { type Logger } from 'pino';
import { isAppError } from './errors.ts';

export type { Logger } from 'pino';

export interface LoggerOptions {
  level?: string;
  /** Values that must never be printed (tokens, keys). They are replaced by "[redacted]" wherever they occur. */
  secrets?: string[];
  /** Destination stream; defaults to stderr so stdout stays clean for --json output. */
  destination?: NodeJS.WritableStream;
}

/** Field names whose values are always redacted, whatever they hold. */
const REDACT_PATHS = [
  'token', 'botToken', 'appToken', 'apiKey', 'password', 'secret', 'signingSecret', 'authorization',
  '*.token', '*.botToken', '*.apiKey', '*.password', '*.secret', '*.authorization', 'headers.authorization', 'req.headers.authorization',
];

/**
 * Slack token shapes (bot, user, app, refresh and rotating `xoxe.xoxb-` tokens). In OAuth mode every workspace
 * brings its own token, which no configured secret list can name, so these are scrubbed by shape from every line.
 */
const SLACK_TOKEN = /\bxox[a-z](?:\.xox[a-z])?-[A-Za-z0-9-]+/g;

/** Longest string a log field keeps: a megabyte pasted by a user must not become megabytes of log. */
const MAX_FIELD_CHARS = 2_000;

function cap(value: unknown): unknown {
  return typeof value === 'string' && value.length > MAX_FIELD_CHARS ? `${value.slice(0, MAX_FIELD_CHARS)}… [${value.length} chars]` : value;
}

/**
 * Errors as one JSON object. A coded AppError is logged by its code only: its detail is user-facing text that may
 * quote what someone typed (a vendor name), so its message and stack stay out; its cause (the real failure) is kept.
 * Other errors keep type, message and stack, each cut to a bounded length.
 */
export function serializeError(err: unknown, depth = 0): unknown {
  if (isAppError(err)) return { type: 'AppError', code: err.code, ...(err.cause !== undefined && depth < 3 ? { cause: serializeError(err.cause, depth + 1) } : {}) };
  if (!(err instanceof Error)) return { type: typeof err, message: cap(String(err)) };
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(pino.stdSerializers.err(err))) if (k !== 'cause' && k !== 'raw') out[k] = typeof v === 'object' ? v : cap(v);
  if (err.cause !== undefined && depth < 3) out.cause = serializeError(err.cause, depth + 1);
  return out;
}

/** Creates the structured logger (pino, JSON lines on stderr) that every module receives explicitly. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const scrub = (text: string) => secrets.reduce((acc, s) => acc.split(s).join('[redacted]'), text).replace(SLACK_TOKEN, '[redacted]');
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'ai-procurement' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      serializers: { err: serializeError },
      // Every top-level field is bounded too, whatever a caller passes.
      formatters: { log: (fields) => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, cap(v)])) },
      // A secret or Slack token pasted into a message or error text is scrubbed too, not only known fields.
      hooks: { streamWrite: (line: string) => scrub(line) },
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that prints nothing, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

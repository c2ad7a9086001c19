import pino, { type Logger } from 'pino';

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

/** Creates the structured logger (pino, JSON lines on stderr) that every module receives explicitly. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const scrub = (text: string) => secrets.reduce((acc, s) => acc.split(s).join('[redacted]'), text);
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });
  return pino(
    {
      level: options.level ?? 'info',
      base: { app: 'ai-procurement' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      // A secret pasted into a message or error text is scrubbed too, not only known fields.
      hooks: secrets.length ? { streamWrite: (line: string) => scrub(line) } : {},
    },
    destination as pino.DestinationStream,
  );
}

/** A logger that prints nothing, for tests and library use. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

import type { App } from '../../bot/app.ts';
import type { Logger } from '../../bot/logger.ts';
import type { FileHolder } from './files/held-files.ts';

/** Everything a handler needs, built once by createTeamsAdapter. */
export interface TeamsDeps {
  app: App;
  logger: Logger;
  files: FileHolder;
  downloads: {
    /** HMAC key for download links. */
    secret: string;
    /** Public https origin of this bot (PUBLIC_BASE_URL); links cannot be made without it. */
    baseUrl?: string;
    ttlMs: number;
  };
  /** Minimum gap between two edits of a streamed answer (Teams throttles message updates). */
  streamThrottleMs: number;
  /** Plain-http upload URLs are only accepted in unauthenticated local mode (the tests' fake connector). */
  insecureUploadsAllowed: boolean;
  /** How often the typing indicator is renewed while the bot works (Teams shows it for about 3 s). */
  typingIntervalMs: number;
}

import { randomBytes } from 'node:crypto';
import type { Config } from '../../bot/config/index.ts';
import type { Logger } from '../../bot/logger.ts';
import { teamsErrorText } from './render/markdown.ts';
import type { HttpRoute } from '../http/server.ts';
import { checkTeamsConfig, createBotAuthentication } from './auth.ts';
import type { TeamsDeps } from './deps.ts';
import type { App } from '../../bot/app.ts';
import { downloadRoute } from './files/download-route.ts';
import { storeFileHolder } from './files/held-files.ts';
import { createTurnLogic } from './handlers/index.ts';
import { messagesRoute } from './messages-route.ts';
import { keepCustomEntityFields } from './entity-fields-fix.ts';
import { CheckedCloudAdapter } from './checked-adapter.ts';

export { MESSAGES_PATH } from './messages-route.ts';
export { DOWNLOAD_PATH } from './files/download-route.ts';

export interface TeamsAdapterOptions {
  /** Uses config.teams (app id, password, tenant, type), config.publicBaseUrl and config.downloadSigningSecret. */
  config: Config;
  app: App;
  logger: Logger;
  /** Tuning; the defaults suit Teams' rate limits. */
  streamThrottleMs?: number;
  typingIntervalMs?: number;
  /** How long export links and held files last (default one hour). */
  downloadTtlMs?: number;
}

export interface TeamsAdapter {
  /** POST /api/messages and GET /downloads/…, to mount on the shared HTTP server. */
  routes: HttpRoute[];
}

/**
 * The Microsoft Teams transport: botbuilder's CloudAdapter behind POST /api/messages, handlers that turn
 * activities into Turns for the core and Replies into Adaptive Cards, and the export download route.
 * Everything botbuilder-specific lives in adapters/teams/, so moving to the Microsoft 365 Agents SDK
 * touches only this folder.
 * @throws AppError(config_invalid) without MICROSOFT_APP_ID unless TEAMS_ALLOW_UNAUTHENTICATED=true.
 */
export function createTeamsAdapter(options: TeamsAdapterOptions): TeamsAdapter {
  const { config, app } = options;
  const logger = options.logger.child({ adapter: 'teams' });
  const teams = checkTeamsConfig(config, logger);
  keepCustomEntityFields(logger);
  const adapter = new CheckedCloudAdapter(createBotAuthentication(teams));
  adapter.onTurnError = async (context, err) => {
    logger.error({ err }, 'teams turn failed');
    if (context.activity.type === 'message') await context.sendActivity(teamsErrorText(err)).catch(() => undefined);
  };

  const ttlMs = options.downloadTtlMs ?? 60 * 60_000;
  let secret = config.downloadSigningSecret;
  if (!secret) {
    // A per-process key: links die with the process, and another replica cannot check them (set the secret there).
    secret = randomBytes(32).toString('base64url');
    logger.info('DOWNLOAD_SIGNING_SECRET is not set: export links are signed with a key that changes at every restart and only this replica can check');
  }
  if (!config.publicBaseUrl) logger.warn('PUBLIC_BASE_URL is not set: exports in Teams channels cannot be linked (personal chats still work)');

  // In the store, a link made here downloads on every replica sharing the database; memory only without a store.
  const files = storeFileHolder(app.store, ttlMs);
  const deps: TeamsDeps = {
    app,
    logger,
    files,
    downloads: { secret, baseUrl: config.publicBaseUrl, ttlMs },
    streamThrottleMs: options.streamThrottleMs ?? 1000,
    typingIntervalMs: options.typingIntervalMs ?? 3000,
    insecureUploadsAllowed: !teams.appId,
  };
  return {
    routes: [
      messagesRoute({ adapter, logic: createTurnLogic(deps), requireAuth: Boolean(teams.appId) }),
      downloadRoute({ files, secret, logger }),
    ],
  };
}

/**
 * The bot scopes the app asks for: the OAuth install URL requests exactly these, and manifest.json lists the same
 * (test/e2e/slack/manifest.test.ts checks both against the Web API methods and events the adapter uses).
 */
export const BOT_SCOPES = [
  'app_mentions:read', 'assistant:write', 'channels:history', 'chat:write', 'commands', 'files:read', 'files:write',
  'groups:history', 'im:history', 'mpim:history', 'reactions:write',
] as const;

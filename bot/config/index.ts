import { isAbsolute, resolve } from 'node:path';
import { envSchema, crossFieldIssues, type ConfigIssue, type ModelProviderName, type RawEnv } from './schema.ts';

export type { ConfigIssue, ModelProviderName } from './schema.ts';
export { DEFAULT_UNANSWERED_RETENTION_DAYS, DEFAULT_QUESTION_LIMITS } from './schema.ts';

export interface ModelTarget {
  provider: ModelProviderName;
  name?: string;
  baseUrl?: string;
}

/** The validated, structured configuration; built once at start-up and passed down explicitly. */
export interface Config {
  /**
   * LOG_LEVEL when set. Unset, servers log at info and the console chat and CLI at warn, so JSON log lines do
   * not interleave with the conversation in a terminal.
   */
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  http: { port: number; host: string };
  databaseUrl: string;
  /** DATABASE_TIMEOUT_MS: every database call fails with store_unavailable after this long. */
  databaseTimeoutMs: number;
  /** Absolute directory for generated state: the search index, the embeddings cache, the SQLite file by default. */
  dataDir: string;
  /** The unanswered-question log: personal data is redacted before storing; questions older than this are deleted. */
  unansweredLog: { retentionDays: number };
  embeddings: { provider: 'local' | 'ollama' | 'openai'; model?: string; baseUrl?: string };
  model: ModelTarget & { timeoutMs: number };
  sensitive: { model: ModelTarget; channels: string[] };
  /** modelApiKey / sensitiveModelApiKey: for self-hosted servers behind authentication (MODEL_API_KEY, SENSITIVE_MODEL_API_KEY). */
  secrets: { openaiApiKey?: string; anthropicApiKey?: string; modelApiKey?: string; sensitiveModelApiKey?: string };
  slack?: {
    /** One workspace on one bot token, or OAuth distribution with each workspace's token in the store. */
    auth: SlackAuth;
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
    /** Channels where any message ending in "?" is answered (opt-in). */
    autoAnswerChannels: string[];
  };
  teams?: {
    appId?: string;
    appPassword?: string;
    tenantId?: string;
    appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
    allowUnauthenticated: boolean;
  };
  publicBaseUrl?: string;
  downloadSigningSecret?: string;
  /** Questions allowed per user per minute and per workspace per UTC day (0 = no limit). */
  questionLimits: { perUserPerMinute: number; perWorkspacePerDay: number };
  /** GET /metrics (Prometheus), off unless METRICS_ENABLED; `token` is a secret. */
  metrics: { enabled: boolean; token?: string };
}

/** The path Slack sends the browser back to after an install (manifest.json `oauth_config.redirect_urls`). */
export const SLACK_OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';

/** How the Slack adapter gets its token: SLACK_BOT_TOKEN, or per workspace from OAuth installations. */
export type SlackAuth =
  | { kind: 'token'; botToken: string }
  | {
      kind: 'oauth';
      clientId: string;
      clientSecret: string;
      /** Signs the OAuth state (cookie and `state` parameter) so an install cannot be forged or replayed elsewhere. */
      stateSecret: string;
      /** PUBLIC_BASE_URL + /slack/oauth_redirect when PUBLIC_BASE_URL is set; otherwise Slack uses the app's only redirect URL. */
      redirectUri?: string;
    };

/** Thrown when the environment is invalid; carries every problem at once. */
export class ConfigError extends Error {
  readonly issues: ConfigIssue[];
  constructor(issues: ConfigIssue[]) {
    super(formatConfigIssues(issues));
    this.name = 'ConfigError';
    this.issues = issues;
  }
}

export function formatConfigIssues(issues: ConfigIssue[]): string {
  const lines = issues.map((i) => `  - ${i.variable} ${i.message}`);
  return `Configuration is invalid; set these variables (see .env.example) and start again:\n${lines.join('\n')}`;
}

/**
 * Validates an environment (process.env at start-up, a literal object in tests) and returns the Config.
 * @throws ConfigError listing every problem.
 */
export function loadConfig(env: Record<string, string | undefined>, cwd: string = process.cwd()): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: ConfigIssue[] = [];
    for (const i of parsed.error.issues) {
      const variable = String(i.path[0] ?? 'environment');
      if (seen.has(variable)) continue;
      seen.add(variable);
      const got = env[variable];
      // Never echo a credential back, even an invalid one.
      const echo = got !== undefined && !/KEY|TOKEN|SECRET|PASSWORD/.test(variable);
      issues.push({ variable, message: `${i.message}${echo ? ` (got "${shorten(got)}")` : ''}` });
    }
    throw new ConfigError(issues);
  }
  const e = parsed.data;
  const cross = crossFieldIssues(e);
  if (cross.length > 0) throw new ConfigError(cross);

  const dataDir = isAbsolute(e.DATA_DIR) ? e.DATA_DIR : resolve(cwd, e.DATA_DIR);
  const config: Config = {
    logLevel: e.LOG_LEVEL,
    http: { port: e.PORT, host: e.HOST },
    databaseUrl: e.DATABASE_URL,
    databaseTimeoutMs: e.DATABASE_TIMEOUT_MS,
    dataDir,
    unansweredLog: { retentionDays: e.UNANSWERED_RETENTION_DAYS },
    embeddings: {
      provider: e.EMBEDDINGS_PROVIDER,
      model: e.EMBEDDINGS_MODEL,
      baseUrl: e.EMBEDDINGS_BASE_URL ?? (e.EMBEDDINGS_PROVIDER === 'ollama' ? e.MODEL_BASE_URL : undefined),
    },
    model: { provider: e.MODEL_PROVIDER, name: e.MODEL_NAME, baseUrl: e.MODEL_BASE_URL, timeoutMs: e.MODEL_TIMEOUT_MS },
    sensitive: {
      model: { provider: e.SENSITIVE_MODEL_PROVIDER, name: e.SENSITIVE_MODEL_NAME, baseUrl: e.SENSITIVE_MODEL_BASE_URL },
      channels: e.SENSITIVE_CHANNELS,
    },
    secrets: {
      openaiApiKey: e.OPENAI_API_KEY,
      anthropicApiKey: e.ANTHROPIC_API_KEY,
      modelApiKey: e.MODEL_API_KEY,
      sensitiveModelApiKey: e.SENSITIVE_MODEL_API_KEY,
    },
    publicBaseUrl: e.PUBLIC_BASE_URL,
    downloadSigningSecret: e.DOWNLOAD_SIGNING_SECRET,
    questionLimits: { perUserPerMinute: e.RATE_LIMIT_USER_PER_MINUTE, perWorkspacePerDay: e.RATE_LIMIT_WORKSPACE_PER_DAY },
    metrics: { enabled: e.METRICS_ENABLED, token: e.METRICS_TOKEN },
  };
  const slackAuth = slackAuthOf(e);
  if (slackAuth) {
    config.slack = {
      auth: slackAuth,
      signingSecret: e.SLACK_SIGNING_SECRET,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL,
      autoAnswerChannels: e.SLACK_AUTO_ANSWER_CHANNELS,
    };
  }
  if (e.MICROSOFT_APP_ID || e.TEAMS_ALLOW_UNAUTHENTICATED) {
    config.teams = {
      appId: e.MICROSOFT_APP_ID,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      appType: e.MICROSOFT_APP_TYPE,
      allowUnauthenticated: e.TEAMS_ALLOW_UNAUTHENTICATED,
    };
  }
  return config;
}

function slackAuthOf(e: RawEnv): SlackAuth | undefined {
  if (e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET) {
    const redirectUri = e.PUBLIC_BASE_URL ? `${e.PUBLIC_BASE_URL.replace(/\/+$/, '')}${SLACK_OAUTH_REDIRECT_PATH}` : undefined;
    return { kind: 'oauth', clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET, ...(redirectUri ? { redirectUri } : {}) };
  }
  return e.SLACK_BOT_TOKEN ? { kind: 'token', botToken: e.SLACK_BOT_TOKEN } : undefined;
}

/** Secrets are never echoed back; other values are cut short. */
function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}

/** The values that must never appear in a log line, reply or export. */
export function secretValues(config: Config): string[] {
  return [
    config.secrets.openaiApiKey,
    config.secrets.anthropicApiKey,
    config.secrets.modelApiKey,
    config.secrets.sensitiveModelApiKey,
    config.slack?.auth.kind === 'token' ? config.slack.auth.botToken : undefined,
    config.slack?.auth.kind === 'oauth' ? config.slack.auth.clientSecret : undefined,
    config.slack?.auth.kind === 'oauth' ? config.slack.auth.stateSecret : undefined,
    config.slack?.signingSecret,
    config.slack?.appToken,
    config.teams?.appPassword,
    config.downloadSigningSecret,
    config.metrics.token,
  ].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

import { z } from 'zod';

/**
 * The whole environment in one zod schema (STYLE.md rule 5). Every variable is documented in .env.example.
 * Empty strings count as unset, so `FOO=` in a .env file behaves like no FOO at all.
 */

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.string().url('must be a URL such as http://127.0.0.1:11434').optional());
const bool = (dflt: boolean) =>
  z.preprocess(
    (v) => emptyToUndefined(v) ?? String(dflt),
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }).transform((v) => ['true', '1', 'yes'].includes(v)),
  );
/** How long a model may take before the extractive answer stands in: the one owner of this default. */
export const DEFAULT_MODEL_TIMEOUT_MS = 20_000;

const int = (dflt: number, min: number, max: number, example: string) =>
  z.preprocess(
    (v) => emptyToUndefined(v) ?? String(dflt),
    z
      .string()
      .regex(/^\d+$/, `must be a whole number, e.g. ${example}`)
      .transform(Number)
      .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)),
  );
const list = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : []),
  z.array(z.string()),
);

/** How long the unanswered-question log keeps a question, in days, unless UNANSWERED_RETENTION_DAYS says otherwise. */
export const DEFAULT_UNANSWERED_RETENTION_DAYS = 90;

/** Questions per user per minute and per workspace per UTC day, unless RATE_LIMIT_* say otherwise (0 = off). */
export const DEFAULT_QUESTION_LIMITS = { perUserPerMinute: 10, perWorkspacePerDay: 2000 } as const;

export const MODEL_PROVIDERS = ['none', 'ollama', 'openai-compatible', 'openai', 'anthropic'] as const;
export type ModelProviderName = (typeof MODEL_PROVIDERS)[number];
const providerEnum = z.preprocess((v) => emptyToUndefined(v) ?? 'none', z.enum(MODEL_PROVIDERS, { message: `must be one of ${MODEL_PROVIDERS.join(', ')}` }));

export const envSchema = z.object({
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).optional()),
  PORT: int(3000, 1, 65535, '3000'),
  HOST: z.preprocess((v) => emptyToUndefined(v) ?? '0.0.0.0', z.string()),
  DATABASE_URL: z.preprocess(
    (v) => emptyToUndefined(v) ?? 'sqlite://data/ai-procurement.db',
    z.string().regex(/^(sqlite:\/\/.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite://relative/path.db, sqlite:///absolute/path.db or postgres://user@host:5432/db'),
  ),
  /** Longest wait for any one database call (connect, query, lock) before it counts as the store being unavailable. */
  DATABASE_TIMEOUT_MS: int(2_000, 100, 600_000, '2000'),
  DATA_DIR: z.preprocess((v) => emptyToUndefined(v) ?? 'data', z.string()),
  UNANSWERED_RETENTION_DAYS: int(DEFAULT_UNANSWERED_RETENTION_DAYS, 1, 3650, '90'),

  EMBEDDINGS_PROVIDER: z.preprocess((v) => emptyToUndefined(v) ?? 'local', z.enum(['local', 'ollama', 'openai'], { message: 'must be local, ollama or openai' })),
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_BASE_URL: optionalUrl,

  MODEL_PROVIDER: providerEnum,
  MODEL_NAME: optionalString,
  MODEL_BASE_URL: optionalUrl,
  MODEL_TIMEOUT_MS: int(DEFAULT_MODEL_TIMEOUT_MS, 100, 600_000, String(DEFAULT_MODEL_TIMEOUT_MS)),
  /** Only for a self-hosted server behind authentication (vLLM --api-key, LiteLLM master key); never the OpenAI key. */
  MODEL_API_KEY: optionalString,
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  SENSITIVE_MODEL_PROVIDER: providerEnum,
  SENSITIVE_MODEL_NAME: optionalString,
  SENSITIVE_MODEL_BASE_URL: optionalUrl,
  SENSITIVE_MODEL_API_KEY: optionalString,
  SENSITIVE_CHANNELS: list,

  // LangChain switches tracing on by itself when these are true and would then ship full prompts to LangSmith.
  // Nothing may leave the building unannounced, so they are refused rather than silently honoured.
  LANGSMITH_TRACING: z.preprocess(emptyToUndefined, z.enum(['false', '0'], { message: 'must be unset or false: tracing would send every prompt and passage to LangSmith' }).optional()),
  LANGCHAIN_TRACING_V2: z.preprocess(emptyToUndefined, z.enum(['false', '0'], { message: 'must be unset or false: tracing would send every prompt and passage to LangSmith' }).optional()),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  SLACK_AUTO_ANSWER_CHANNELS: list,
  // Distribution: all three together switch Slack to OAuth mode (one deployment, many workspaces).
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,

  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.preprocess((v) => emptyToUndefined(v) ?? 'MultiTenant', z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI'], { message: 'must be MultiTenant, SingleTenant or UserAssignedMSI' })),
  TEAMS_ALLOW_UNAUTHENTICATED: bool(false),
  PUBLIC_BASE_URL: optionalUrl,
  DOWNLOAD_SIGNING_SECRET: optionalString,

  // A closed model bills per token: questions (not workflows or buttons) are capped per user and per workspace.
  RATE_LIMIT_USER_PER_MINUTE: int(DEFAULT_QUESTION_LIMITS.perUserPerMinute, 0, 10_000, '10 (0 = no limit)'),
  RATE_LIMIT_WORKSPACE_PER_DAY: int(DEFAULT_QUESTION_LIMITS.perWorkspacePerDay, 0, 10_000_000, '2000 (0 = no limit)'),

  METRICS_ENABLED: bool(false),
  /** When set, GET /metrics asks for `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: optionalString,
});

export type RawEnv = z.infer<typeof envSchema>;

/** A problem with one variable, phrased as what to set. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

/** Rules that span variables; zod's per-field checks cannot see them. */
export function crossFieldIssues(env: RawEnv): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const needModel = (prefix: '' | 'SENSITIVE_', provider: ModelProviderName, name?: string, baseUrl?: string) => {
    if (provider === 'none') return;
    const v = (s: string) => `${prefix}${s}`;
    if ((provider === 'ollama' || provider === 'openai-compatible') && !baseUrl) {
      issues.push({ variable: v('MODEL_BASE_URL'), message: `is required when ${v('MODEL_PROVIDER')}=${provider} (e.g. http://127.0.0.1:11434 for Ollama, http://127.0.0.1:8000/v1 for vLLM)` });
    }
    if (!name) issues.push({ variable: v('MODEL_NAME'), message: `is required when ${v('MODEL_PROVIDER')}=${provider} (e.g. llama3.1:8b, gpt-4.1-mini, claude-sonnet-4-5)` });
    if (provider === 'openai' && !env.OPENAI_API_KEY) issues.push({ variable: 'OPENAI_API_KEY', message: `is required when ${v('MODEL_PROVIDER')}=openai` });
    if (provider === 'anthropic' && !env.ANTHROPIC_API_KEY) issues.push({ variable: 'ANTHROPIC_API_KEY', message: `is required when ${v('MODEL_PROVIDER')}=anthropic` });
  };
  needModel('', env.MODEL_PROVIDER, env.MODEL_NAME, env.MODEL_BASE_URL);
  needModel('SENSITIVE_', env.SENSITIVE_MODEL_PROVIDER, env.SENSITIVE_MODEL_NAME, env.SENSITIVE_MODEL_BASE_URL);
  if (env.SENSITIVE_MODEL_PROVIDER === 'openai' || env.SENSITIVE_MODEL_PROVIDER === 'anthropic') {
    issues.push({ variable: 'SENSITIVE_MODEL_PROVIDER', message: 'must be a self-hosted provider (ollama or openai-compatible): sensitive turns must not go to a closed API' });
  }
  if (env.EMBEDDINGS_PROVIDER === 'ollama' && !(env.EMBEDDINGS_BASE_URL ?? (env.MODEL_PROVIDER === 'ollama' ? env.MODEL_BASE_URL : undefined))) {
    issues.push({ variable: 'EMBEDDINGS_BASE_URL', message: 'is required when EMBEDDINGS_PROVIDER=ollama (or set MODEL_PROVIDER=ollama with MODEL_BASE_URL)' });
  }
  if (env.EMBEDDINGS_PROVIDER === 'openai' && !env.OPENAI_API_KEY) issues.push({ variable: 'OPENAI_API_KEY', message: 'is required when EMBEDDINGS_PROVIDER=openai' });

  issues.push(...slackIssues(env));
  if (env.MICROSOFT_APP_ID && env.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !env.MICROSOFT_APP_PASSWORD) {
    issues.push({ variable: 'MICROSOFT_APP_PASSWORD', message: 'is required with MICROSOFT_APP_ID (the bot registration client secret)' });
  }
  if (env.MICROSOFT_APP_TYPE === 'SingleTenant' && env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_TENANT_ID) {
    issues.push({ variable: 'MICROSOFT_APP_TENANT_ID', message: 'is required when MICROSOFT_APP_TYPE=SingleTenant' });
  }
  return issues;
}

/** The three variables that together switch Slack to OAuth distribution (SLACK_OAUTH_VARIABLES order is the message order). */
export const SLACK_OAUTH_VARIABLES = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;

/**
 * Slack's two modes: one bot token for one workspace (SLACK_BOT_TOKEN), or OAuth distribution (client id, client
 * secret and state secret, each workspace's token kept in the store). Half of either is reported, never guessed.
 */
function slackIssues(env: RawEnv): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const oauthSet = SLACK_OAUTH_VARIABLES.filter((v) => env[v]);
  const oauth = oauthSet.length > 0;
  if (oauth) {
    const where: Record<(typeof SLACK_OAUTH_VARIABLES)[number], string> = {
      SLACK_CLIENT_ID: 'Basic Information > App Credentials > Client ID',
      SLACK_CLIENT_SECRET: 'Basic Information > App Credentials > Client Secret',
      SLACK_STATE_SECRET: 'a long random string of your own (e.g. openssl rand -hex 32); it signs the OAuth state cookie',
    };
    for (const v of SLACK_OAUTH_VARIABLES) {
      if (!env[v]) issues.push({ variable: v, message: `is required for Slack OAuth distribution, with ${oauthSet.join(' and ')} (${where[v]})` });
    }
    if (env.SLACK_BOT_TOKEN) issues.push({ variable: 'SLACK_BOT_TOKEN', message: 'must be unset with SLACK_CLIENT_ID: in OAuth mode every workspace is answered with the token of its own installation' });
    if (env.SLACK_APP_TOKEN) issues.push({ variable: 'SLACK_APP_TOKEN', message: 'must be unset with SLACK_CLIENT_ID: OAuth distribution serves /slack/install and /slack/oauth_redirect over HTTP, not Socket Mode' });
    if (!env.SLACK_SIGNING_SECRET) issues.push({ variable: 'SLACK_SIGNING_SECRET', message: 'is required for Slack OAuth distribution (Basic Information > Signing Secret)' });
    return issues;
  }
  if (env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) {
    if (!env.SLACK_BOT_TOKEN) issues.push({ variable: 'SLACK_BOT_TOKEN', message: 'is required for Slack (xoxb-…, from OAuth & Permissions); or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install into many workspaces' });
    if (!env.SLACK_APP_TOKEN && !env.SLACK_SIGNING_SECRET) {
      issues.push({ variable: 'SLACK_SIGNING_SECRET', message: 'is required for Slack over HTTP (Basic Information > Signing Secret); or set SLACK_APP_TOKEN (xapp-…) for Socket Mode' });
    }
  }
  return issues;
}

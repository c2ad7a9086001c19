import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, secretValues } from '../../../bot/config/index.ts';

function issuesOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, '/srv/bot');
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).issues.map((i) => i.variable);
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('starts with nothing configured: console mode, extractive answers, SQLite default', () => {
    const c = loadConfig({}, '/srv/bot');
    expect(c.http.port).toBe(3000);
    expect(c.model.provider).toBe('none');
    expect(c.model.timeoutMs).toBe(20_000);
    expect(c.databaseUrl).toBe('sqlite://data/ai-procurement.db');
    expect(c.dataDir).toBe('/srv/bot/data');
    expect(c.slack).toBeUndefined();
    expect(c.teams).toBeUndefined();
    expect(c.embeddings.provider).toBe('local');
  });

  it('bounds every database call by DATABASE_TIMEOUT_MS: 2 s by default, a whole number from 100 ms to 10 minutes', () => {
    expect(loadConfig({}, '/srv/bot').databaseTimeoutMs).toBe(2_000);
    expect(loadConfig({ DATABASE_TIMEOUT_MS: '750' }, '/srv/bot').databaseTimeoutMs).toBe(750);
    for (const bad of ['0', '99', '1.5', 'soon', '600001']) expect(issuesOf({ DATABASE_TIMEOUT_MS: bad })).toEqual(['DATABASE_TIMEOUT_MS']);
  });

  it('names PORT when it is not a number, and says what to set', () => {
    try {
      loadConfig({ PORT: 'abc' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toMatch(/PORT must be a whole number, e\.g\. 3000 \(got "abc"\)/);
      expect((err as Error).message).toMatch(/\.env\.example/);
    }
  });

  it('reports every invalid variable at once', () => {
    const vars = issuesOf({ PORT: '99999', LOG_LEVEL: 'loud', MODEL_PROVIDER: 'gpt', DATABASE_URL: 'mysql://x' });
    expect(vars.sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'MODEL_PROVIDER', 'PORT']);
  });

  it('requires a base URL and a model name for self-hosted providers', () => {
    expect(issuesOf({ MODEL_PROVIDER: 'ollama' }).sort()).toEqual(['MODEL_BASE_URL', 'MODEL_NAME']);
    expect(issuesOf({ MODEL_PROVIDER: 'openai-compatible', MODEL_NAME: 'm' })).toEqual(['MODEL_BASE_URL']);
  });

  it('requires the vendor key for closed providers, and never echoes a credential', () => {
    expect(issuesOf({ MODEL_PROVIDER: 'openai', MODEL_NAME: 'gpt-5' })).toEqual(['OPENAI_API_KEY']);
    expect(issuesOf({ MODEL_PROVIDER: 'anthropic', MODEL_NAME: 'claude' })).toEqual(['ANTHROPIC_API_KEY']);
  });

  it('refuses a closed provider as the sensitive model', () => {
    expect(issuesOf({ SENSITIVE_MODEL_PROVIDER: 'openai', SENSITIVE_MODEL_NAME: 'x', OPENAI_API_KEY: 'sk-FAKE-NOT-REAL' })).toEqual(['SENSITIVE_MODEL_PROVIDER']);
  });

  it('needs a signing secret or an app token with a Slack bot token', () => {
    expect(issuesOf({ SLACK_BOT_TOKEN: 'xoxb-FAKE' })).toEqual(['SLACK_SIGNING_SECRET']);
    expect(issuesOf({ SLACK_SIGNING_SECRET: 'test-signing-secret' })).toEqual(['SLACK_BOT_TOKEN']);
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-FAKE', SLACK_SIGNING_SECRET: 'test-signing-secret', SLACK_AUTO_ANSWER_CHANNELS: 'C1, C2' });
    expect(http.slack?.autoAnswerChannels).toEqual(['C1', 'C2']);
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-FAKE', SLACK_APP_TOKEN: 'xapp-test-not-real' });
    expect(socket.slack?.appToken).toBe('xapp-test-not-real');
  });

  it('switches Slack to OAuth distribution with client id, client secret and state secret, all three or a clear error', () => {
    const oauth = { SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'fake-client-secret', SLACK_STATE_SECRET: 'fake-state-secret', SLACK_SIGNING_SECRET: 'test-signing-secret' };
    const c = loadConfig({ ...oauth, PUBLIC_BASE_URL: 'https://bot.example.test/' });
    expect(c.slack?.auth).toEqual({ kind: 'oauth', clientId: '1111.2222', clientSecret: 'fake-client-secret', stateSecret: 'fake-state-secret', redirectUri: 'https://bot.example.test/slack/oauth_redirect' });
    // Without PUBLIC_BASE_URL no redirect_uri is sent: Slack uses the app's one redirect URL.
    expect(loadConfig(oauth).slack?.auth).not.toHaveProperty('redirectUri');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-FAKE', SLACK_SIGNING_SECRET: 'test-signing-secret' }).slack?.auth).toEqual({ kind: 'token', botToken: 'xoxb-FAKE' });
    // Only some of the three: each missing one is named, with where to find it.
    expect(issuesOf({ SLACK_CLIENT_ID: '1111.2222', SLACK_SIGNING_SECRET: 'test-signing-secret' })).toEqual(['SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET']);
    expect(issuesOf({ SLACK_STATE_SECRET: 'fake-state-secret' })).toEqual(['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_SIGNING_SECRET']);
    // One mode at a time: a bot token or Socket Mode next to OAuth is refused rather than guessed.
    expect(issuesOf({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-FAKE' })).toEqual(['SLACK_BOT_TOKEN']);
    expect(issuesOf({ ...oauth, SLACK_APP_TOKEN: 'xapp-test-not-real' })).toEqual(['SLACK_APP_TOKEN']);
    const err = (() => {
      try {
        loadConfig({ SLACK_CLIENT_ID: '1111.2222', SLACK_CLIENT_SECRET: 'fake-client-secret', SLACK_SIGNING_SECRET: 's' });
      } catch (e) {
        return e as ConfigError;
      }
    })();
    expect(err?.message).toMatch(/SLACK_STATE_SECRET is required for Slack OAuth distribution/);
    expect(err?.message).not.toContain('fake-client-secret');
    expect(secretValues(c)).toEqual(expect.arrayContaining(['fake-client-secret', 'fake-state-secret', 'test-signing-secret']));
  });

  it('configures Teams with an app id and password, or explicitly unauthenticated', () => {
    expect(issuesOf({ MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000000' })).toEqual(['MICROSOFT_APP_PASSWORD']);
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }).teams?.allowUnauthenticated).toBe(true);
    expect(issuesOf({ TEAMS_ALLOW_UNAUTHENTICATED: 'maybe' })).toEqual(['TEAMS_ALLOW_UNAUTHENTICATED']);
  });

  it('refuses LangChain tracing, which would send prompts off the machine', () => {
    expect(issuesOf({ LANGSMITH_TRACING: 'true', LANGCHAIN_TRACING_V2: 'true' }).sort()).toEqual(['LANGCHAIN_TRACING_V2', 'LANGSMITH_TRACING']);
    expect(loadConfig({ LANGSMITH_TRACING: 'false' }).model.provider).toBe('none');
  });

  it('treats empty values as unset', () => {
    const c = loadConfig({ PORT: '', MODEL_PROVIDER: '', SLACK_BOT_TOKEN: '' });
    expect(c.http.port).toBe(3000);
    expect(c.slack).toBeUndefined();
  });

  it('lists the secrets so the logger can scrub them', () => {
    const c = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-FAKE', SLACK_SIGNING_SECRET: 'test-signing-secret' });
    expect(secretValues(c)).toEqual(['xoxb-FAKE', 'test-signing-secret']);
  });
});

import { describe, expect, it } from 'vitest';
import { createChatModel, createChatModels } from '../../../adapters/models/index.ts';
import { withApiPath } from '../../../adapters/models/openai.ts';
import { loadConfig, secretValues } from '../../../bot/config/index.ts';
import { ANTHROPIC_KEY, COMPATIBLE_KEY, OPENAI_KEY } from '../../bot/answer/model-helpers.ts';

describe('createChatModel', () => {
  it('returns no model for provider none', () => {
    expect(createChatModel({ provider: 'none' }, {})).toBeUndefined();
  });
  it('marks the closed vendors as closed and the self-hosted servers as not', () => {
    const flags = [
      createChatModel({ provider: 'ollama', name: 'm', baseUrl: 'http://127.0.0.1:11434' }, {}),
      createChatModel({ provider: 'openai-compatible', name: 'm', baseUrl: 'http://127.0.0.1:8000/v1' }, {}),
      createChatModel({ provider: 'openai', name: 'm' }, { openaiApiKey: OPENAI_KEY }),
      createChatModel({ provider: 'anthropic', name: 'm' }, { anthropicApiKey: ANTHROPIC_KEY }),
    ].map((m) => [m?.provider, m?.closed]);
    expect(flags).toEqual([['ollama', false], ['openai-compatible', false], ['openai', true], ['anthropic', true]]);
  });
  it('refuses a closed vendor without its key, with a message naming the variable', () => {
    expect(() => createChatModel({ provider: 'openai', name: 'm' }, {})).toThrow(/OPENAI_API_KEY/);
  });
  it('adds /v1 to a server root, and leaves a path alone', () => {
    expect(withApiPath('http://127.0.0.1:8000')).toBe('http://127.0.0.1:8000/v1');
    expect(withApiPath('http://127.0.0.1:1234/v1/')).toBe('http://127.0.0.1:1234/v1');
    expect(withApiPath('https://gateway.example.org/openai/v1')).toBe('https://gateway.example.org/openai/v1');
  });
});

describe('createChatModels from the Config', () => {
  it('builds the default and the sensitive model; the self-hosted keys are secrets too', () => {
    const config = loadConfig({
      MODEL_PROVIDER: 'openai',
      MODEL_NAME: 'gpt-4.1-mini',
      OPENAI_API_KEY: OPENAI_KEY,
      SENSITIVE_MODEL_PROVIDER: 'openai-compatible',
      SENSITIVE_MODEL_NAME: 'qwen',
      SENSITIVE_MODEL_BASE_URL: 'http://127.0.0.1:8000/v1',
      SENSITIVE_MODEL_API_KEY: COMPATIBLE_KEY,
      SENSITIVE_CHANNELS: 'legal, hr',
    });
    const models = createChatModels(config);
    expect(models.default).toMatchObject({ provider: 'openai', closed: true });
    expect(models.sensitive).toMatchObject({ provider: 'openai-compatible', closed: false });
    expect(secretValues(config)).toContain(COMPATIBLE_KEY);
  });
  it('builds none when MODEL_PROVIDER is unset', () => {
    expect(createChatModels(loadConfig({}))).toEqual({ default: undefined, sensitive: undefined });
  });
});

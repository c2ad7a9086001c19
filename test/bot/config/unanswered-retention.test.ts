import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_UNANSWERED_RETENTION_DAYS, loadConfig } from '../../../bot/config/index.ts';

describe('UNANSWERED_RETENTION_DAYS', () => {
  it('defaults to 90 days', () => {
    expect(DEFAULT_UNANSWERED_RETENTION_DAYS).toBe(90);
    expect(loadConfig({}).unansweredLog).toEqual({ retentionDays: 90 });
    expect(loadConfig({ UNANSWERED_RETENTION_DAYS: '' }).unansweredLog.retentionDays).toBe(90);
  });

  it('takes a whole number of days', () => {
    expect(loadConfig({ UNANSWERED_RETENTION_DAYS: '30' }).unansweredLog.retentionDays).toBe(30);
  });

  it.each(['0', '-5', 'forever', '3651', '7.5'])('refuses %j, saying what to set', (value) => {
    expect(() => loadConfig({ UNANSWERED_RETENTION_DAYS: value })).toThrow(ConfigError);
    try {
      loadConfig({ UNANSWERED_RETENTION_DAYS: value });
    } catch (err) {
      expect((err as ConfigError).issues.map((i) => i.variable)).toEqual(['UNANSWERED_RETENTION_DAYS']);
    }
  });
});

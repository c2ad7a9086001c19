import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../bot/logger.ts';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (d: Buffer) => (text += d.toString()));
  return { stream, read: () => text };
}

describe('createLogger', () => {
  it('writes JSON lines and never prints a secret, in a field or inside a message', () => {
    const out = capture();
    const logger = createLogger({ destination: out.stream, secrets: ['xoxb-FAKE'] });
    logger.info({ token: 'anything', headers: { authorization: 'Bearer abc' }, channel: 'C1' }, 'posting');
    logger.error({ err: new Error('request failed with xoxb-FAKE in the URL') }, 'failed');
    const lines = out.read().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ msg: 'posting', token: '[redacted]', channel: 'C1', headers: { authorization: '[redacted]' } });
    expect(out.read()).not.toContain('xoxb-FAKE');
    expect(out.read()).toContain('[redacted] in the URL');
  });

  it('scrubs any Slack token by its shape: each OAuth installation brings one no secret list can name', () => {
    const out = capture();
    const logger = createLogger({ destination: out.stream });
    logger.warn({ detail: 'refresh failed for xoxe.xoxb-FAKE-NOT-REAL-T0AAA with xoxe-FAKE-NOT-REAL-refresh' }, 'rotation xoxb-FAKE-NOT-REAL-T0BBB failed');
    logger.info({ team: 'T0AAA' }, 'the word xoxo stays');
    expect(out.read()).not.toMatch(/xox[a-z][.-]/);
    expect(out.read().match(/\[redacted\]/g)).toHaveLength(3);
    expect(out.read()).toContain('the word xoxo stays');
  });
});
